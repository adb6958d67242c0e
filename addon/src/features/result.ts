// What every public server function of the sidebars returns: plain JSON, either the value or
// an error value with a code and a message in the register's language. google.script.run
// would turn a thrown exception into an English stack-trace-ish string in the page; a value
// lets the page show a proper message and lose nothing the user typed.

import type { Lang } from '../../../shared/register/types.ts';
import { type FeatureMessageCode, featureMessage } from './messages.ts';

export interface FeatureError {
  ok: false;
  code: string;
  message: string;
}

export type FeatureResult<T> = { ok: true; value: T } | FeatureError;

export function ok<T>(value: T): FeatureResult<T> {
  return { ok: true, value };
}

export function fail(
  lang: Lang,
  code: FeatureMessageCode,
  params: Record<string, string | number> = {},
): FeatureError {
  return { ok: false, code, message: featureMessage(lang, code, params) };
}

/** Thrown inside a feature to end it with a user-facing error value (caught by `guarded`). */
export class FeatureFailure extends Error {
  constructor(
    readonly code: FeatureMessageCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

/**
 * Runs a feature and turns any exception into an error value, so no raw exception reaches
 * the page. `lang` is asked lazily: reading the register language may itself fail.
 */
export function guarded<T>(lang: () => Lang, body: () => FeatureResult<T>): FeatureResult<T> {
  try {
    return body();
  } catch (error) {
    let language: Lang = 'en';
    try {
      language = lang();
    } catch {
      // keep English: the register could not even be read
    }
    if (error instanceof FeatureFailure) return fail(language, error.code, error.params);
    return fail(language, 'unexpected', { detail: String((error as Error)?.message ?? error) });
  }
}

/** Checks that a value crossing google.script.run is plain JSON (no Date, no functions). */
export function isPlainJson(value: unknown): boolean {
  if (value === null) return true;
  const t = typeof value;
  if (t === 'string' || t === 'boolean') return true;
  if (t === 'number') return Number.isFinite(value as number);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (t === 'object') {
    const proto = Object.getPrototypeOf(value);
    // Realm-agnostic: a plain object's prototype is some realm's Object.prototype (or null).
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return false;
    return Object.values(value as object).every((v) => v === undefined || isPlainJson(v));
  }
  return false;
}
