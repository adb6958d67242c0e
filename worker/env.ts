// The worker's bindings and configuration, as declared in wrangler.toml. Vars arrive as
// strings; MODE is checked where it is read (deploymentMode), so a typo in wrangler.toml fails
// loudly instead of silently choosing a mode.

import type { CapVars } from './job/caps.ts';
import type { QueryMeter } from './store/queryBudget.ts';
import type { EnrolledRegister } from './store/registers.ts';

export interface Env extends CapVars {
  DB: D1Database;
  /** One message per register per nightly run (the job's consumer defines the body). */
  REGISTER_QUEUE: Queue;
  /** Cloudflare Email Service; in local mode the outbox is the capture instead. */
  EMAIL: SendEmail;
  SENDER_ADDRESS: string;
  PRODUCT_NAME: string;
  /** https origin of this deployment: confirmation, unsubscribe and service-page links. */
  PUBLIC_ORIGIN: string;
  /** Who runs this deployment, and how to reach them: the service pages say so (issue 15). */
  OPERATOR_NAME: string;
  OPERATOR_CONTACT: string;
  /** One of DEPLOYMENT_MODES; read through deploymentMode(). */
  MODE: string;
  FAIL_SEND_TO?: string; // Local mode only: comma-separated addresses whose sends fail (tests, demo).
  /** Secret: the operator's bearer token for the admin API (/admin/…); unset, that API refuses all. */
  ADMIN_TOKEN?: string;
  /** Hosted enrolment: the OAuth client id of the add-on's Apps Script project, the audience of
   * its Google ID tokens. Unset: only organisation enrolment tokens can enrol. */
  GOOGLE_CLIENT_ID?: string;
  /** Local mode only (tests, demo): a JSON Web Key Set that replaces Google's keys. */
  IDENTITY_JWKS?: string;
  /** Caps of a Google account (hosted mode); tokens carry their own. Decimal strings. */
  MAX_REGISTERS_PER_ACCOUNT: string;
  MAX_ENROLMENTS_PER_ACCOUNT_PER_DAY: string;
  /** Secret: 32 bytes base64url; AES-GCM key protecting stored register keys: KEK version 1. */
  KEY_ENCRYPTION_KEY?: string;
  /** Secret: more KEK versions, "<version>:<32 bytes base64url>" separated by commas (auth/keys.ts). */
  KEY_ENCRYPTION_KEYS?: string;
  /** The KEK version that wraps new keys and that re-wrapping moves keys to; default the highest. */
  KEK_CURRENT_VERSION?: string;
  /** Lowers the largest register accepted (holdings per snapshot); see store/registerSize.ts. */
  MAX_HOLDINGS_PER_REGISTER?: string;
}

/** "production" sends through EMAIL and stores no message bodies; "local" (tests and the
 * demo) sends nothing and keeps full bodies in the outbox, the capture the Node side reads. */
export const DEPLOYMENT_MODES = ['production', 'local'] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];

/** The MODE var, the one place it is read. Any other value is a configuration error, told
 * loudly rather than guessed at. */
export function deploymentMode(env: { MODE?: string }): DeploymentMode {
  const mode = DEPLOYMENT_MODES.find((m) => m === env.MODE);
  if (mode === undefined) {
    throw new Error(`wrangler.toml var MODE must be "production" or "local", got "${env.MODE}"`);
  }
  return mode;
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
