// The worker's bindings and configuration, as declared in wrangler.toml. Vars arrive as
// strings; `config(env)` turns them into checked values once, so a typo in wrangler.toml fails
// loudly instead of silently using NaN.

import type { Lang } from '../shared/register/types.ts';
import type { QueryMeter } from './store/queryBudget.ts';
import type { EnrolledRegister } from './store/registers.ts';

export interface Env {
  DB: D1Database;
  /** One message per register per nightly run (the job's consumer defines the body). */
  REGISTER_QUEUE: Queue;
  /** Cloudflare Email Service; in local mode the outbox is the capture instead. */
  EMAIL: SendEmail;
  SENDER_ADDRESS: string;
  PRODUCT_NAME: string;
  DEFAULT_LANG: string;
  DUE_SOON_DAYS: string;
  ESCALATION_AFTER_DAYS: string;
  /** "production" or "local" (tests and the demo). */
  MODE: string;
  FAIL_SEND_TO?: string; // Local mode only: comma-separated addresses whose sends fail (tests, demo).
  /** Secret: bearer token that lets an add-on enrol a spreadsheet. */
  ENROLMENT_TOKEN: string;
  /** Secret: 32 bytes base64url; AES-GCM key protecting stored register keys. */
  KEY_ENCRYPTION_KEY: string;
}

export interface WorkerConfig {
  senderAddress: string;
  productName: string;
  defaultLang: Lang;
  dueSoonDays: number;
  escalationAfterDays: number;
  mode: 'production' | 'local';
}

function wholeNumber(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`wrangler.toml var ${name} must be a whole number, got "${value}"`);
  return n;
}

export function config(env: Env): WorkerConfig {
  if (env.MODE !== 'production' && env.MODE !== 'local') {
    throw new Error(`wrangler.toml var MODE must be "production" or "local", got "${env.MODE}"`);
  }
  return {
    senderAddress: env.SENDER_ADDRESS,
    productName: env.PRODUCT_NAME,
    defaultLang: env.DEFAULT_LANG === 'en' ? 'en' : 'da',
    dueSoonDays: wholeNumber('DUE_SOON_DAYS', env.DUE_SOON_DAYS),
    escalationAfterDays: wholeNumber('ESCALATION_AFTER_DAYS', env.ESCALATION_AFTER_DAYS),
    mode: env.MODE,
  };
}

/** Hono's view of the app: bindings plus the per-request metered database. */
export interface AppEnv {
  Bindings: Env;
  Variables: { db: D1Database; meter: QueryMeter };
}

/** Routes behind signedRequest(): also the verified register and the exact body bytes. */
export interface SignedAppEnv {
  Bindings: Env;
  Variables: AppEnv['Variables'] & { register: EnrolledRegister; body: Uint8Array };
}
