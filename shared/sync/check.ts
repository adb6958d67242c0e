// The strict check of a snapshot as it arrives at the worker (and as the add-on checks it
// before sending): the payload schema (schema.ts) run over untrusted JSON, with each problem
// reported as "path: message" in English developer text (the add-on shows its own da/en
// message for the problem's code, and the path says where). The current payloadVersion (4) and
// the two before it (3 and 2) are accepted; an older one is lifted to the current shape (its
// spreadsheet URL dropped: links are the worker's); any other version is refused as such,
// before its fields are looked at.

import * as v from 'valibot';
import { DEFAULT_SETTINGS } from '../register/settings.ts';
import {
  OLDEST_PAYLOAD_VERSION,
  PAYLOAD_VERSION,
  PREVIOUS_PAYLOAD_VERSION,
  SyncPayloadOldestSchema,
  SyncPayloadPreviousSchema,
  SyncPayloadSchema,
} from './schema.ts';
import type { SyncPayload, SyncPayloadOldest, SyncPayloadPrevious } from './types.ts';

export type CheckResult =
  | { ok: true; payload: SyncPayload }
  | { ok: false; errors: string[]; unsupportedVersion?: true };

/** More errors than this are summarised: a broken client should not get a 10 MB reply. */
const MAX_ERRORS = 50;

/** `activities[3].rule.terms[0].trigger`, from a valibot issue's path. */
function pathText(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  }
  return out || 'payload';
}

function isObject(json: unknown): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

/** The version a payload declares: 1 when it has no `payloadVersion` (it predates the field). */
export function payloadVersionOf(json: unknown): unknown {
  return isObject(json) && 'payloadVersion' in json ? json.payloadVersion : 1;
}

/** A version-3 payload in the current shape: it had no Requests or Breaches sheet, and the
 * spreadsheet URL it sent is dropped (the worker builds links from the bound spreadsheet id). */
export function upgradePayload(previous: SyncPayloadPrevious): SyncPayload {
  const { spreadsheetUrl: _dropped, ...register } = previous.register;
  return { ...previous, payloadVersion: PAYLOAD_VERSION, register, requests: [], breaches: [] };
}

/** A version-2 payload in the current shape: every rule and event it can hold means the same
 * in later versions, and its register waits the default time for floor decisions. */
export function upgradeOldestPayload(oldest: SyncPayloadOldest): SyncPayload {
  return upgradePayload({
    ...oldest,
    payloadVersion: PREVIOUS_PAYLOAD_VERSION,
    register: { ...oldest.register, floorReviewDays: DEFAULT_SETTINGS.floorReviewDays },
  });
}

const ACCEPTED_VERSIONS: readonly unknown[] = [
  PAYLOAD_VERSION,
  PREVIOUS_PAYLOAD_VERSION,
  OLDEST_PAYLOAD_VERSION,
];

/**
 * How far a snapshot version may run ahead of the checking clock. Versions are the add-on's
 * millisecond timestamps, and a stored version only ever grows, so a version far in the future
 * (2^53 - 1, say) would lock the register for good; a day allows for any clock skew.
 */
export const MAX_VERSION_LEAD_MS = 24 * 60 * 60 * 1000;

/** The problem with `version` when the clock says `nowMs`, or null when it is plausible. */
export function versionLeadProblem(version: number, nowMs: number): string | null {
  return version > nowMs + MAX_VERSION_LEAD_MS
    ? `version: is more than 24 hours ahead of the server clock (${nowMs} ms); versions are millisecond timestamps`
    : null;
}

/**
 * Checks untrusted JSON against the sync payload contract; given `nowMs` (the worker's clock),
 * also refuses a version more than MAX_VERSION_LEAD_MS ahead of it.
 */
export function checkSyncPayload(json: unknown, nowMs?: number): CheckResult {
  const result = checkShape(json);
  if (!result.ok || nowMs === undefined) return result;
  const lead = versionLeadProblem(result.payload.version, nowMs);
  return lead ? { ok: false, errors: [lead] } : result;
}

function checkShape(json: unknown): CheckResult {
  // valibot takes an array for an object; the payload never is one.
  if (!isObject(json)) return { ok: false, errors: ['payload: must be an object'] };
  const version = payloadVersionOf(json);
  if (!ACCEPTED_VERSIONS.includes(version)) {
    return {
      ok: false,
      unsupportedVersion: true,
      errors: [
        `payloadVersion: ${JSON.stringify(version)} is not accepted; this server reads ${ACCEPTED_VERSIONS.join(', ')}`,
      ],
    };
  }
  if (version === PAYLOAD_VERSION) {
    const current = v.safeParse(SyncPayloadSchema, json);
    return current.success ? { ok: true, payload: current.output } : failure(current.issues);
  }
  if (version === PREVIOUS_PAYLOAD_VERSION) {
    const previous = v.safeParse(SyncPayloadPreviousSchema, json);
    return previous.success
      ? { ok: true, payload: upgradePayload(previous.output) }
      : failure(previous.issues);
  }
  const oldest = v.safeParse(SyncPayloadOldestSchema, json);
  return oldest.success ? { ok: true, payload: upgradeOldestPayload(oldest.output) } : failure(oldest.issues);
}

function failure(issues: readonly v.BaseIssue<unknown>[]): CheckResult {
  const errors = issues.slice(0, MAX_ERRORS).map((issue) => `${pathText(issue)}: ${issue.message}`);
  if (issues.length > MAX_ERRORS)
    errors.push(`… and possibly more problems (only the first ${MAX_ERRORS} are listed)`);
  return { ok: false, errors };
}
