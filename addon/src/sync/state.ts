// What the add-on remembers about its worker, in the spreadsheet's DOCUMENT properties (shared
// by the document's editors, invisible to other spreadsheets): the worker URL, the register id
// and key from enrolment (the key is never shown again nor returned to a page), the last
// version and content hash sent, and the last sync's outcome and status for the settings page.

import { RECIPIENT_STATES, type RecipientStatus } from '../../../shared/sync/api.ts';

const P = {
  workerUrl: 'art30.sync.workerUrl',
  registerId: 'art30.sync.registerId',
  key: 'art30.sync.key',
  lastVersion: 'art30.sync.lastVersion',
  lastHash: 'art30.sync.lastHash',
  lastSyncAt: 'art30.sync.lastSyncAt',
  lastAttemptAt: 'art30.sync.lastAttemptAt',
  lastError: 'art30.sync.lastError',
  status: 'art30.sync.status',
  statusAt: 'art30.sync.statusAt',
  /** The worker's last GET /recipients reply: each address's state (issue 15). */
  recipients: 'art30.sync.recipients',
  pending: 'art30.sync.pending',
  /** Who installed the auto-sync triggers (they run as that user). */
  triggerOwner: 'art30.sync.triggerOwner',
  /** Why auto-sync is off (a message key), when the triggers could not be installed. */
  autoSyncOff: 'art30.sync.autoSyncOff',
} as const;

export interface Enrolment {
  workerUrl: string;
  registerId: string;
  key: string;
}

export interface SyncMemory {
  workerUrl: string | null;
  enrolment: Enrolment | null;
  lastVersion: number;
  lastHash: string | null;
  /** ISO instants. */
  lastSyncAt: string | null;
  lastAttemptAt: string | null;
  lastError: { code: string; message: string; at: string } | null;
  /** The worker's last GET /status reply (JSON) and when it was fetched. */
  status: unknown;
  statusAt: string | null;
  /** Each address's state as the worker last told it: [{ address, state, since }]. */
  recipients: RecipientStatus[];
  /** A change arrived while a sync was skipped (debounce or lock): the next chance syncs. */
  pending: boolean;
  triggerOwner: string | null;
  autoSyncOff: string | null;
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function parse(text: string | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** Everything in one getProperties call. */
export function readMemory(): SyncMemory {
  const all = props().getProperties();
  const workerUrl = all[P.workerUrl] || null;
  const enrolment =
    workerUrl && all[P.registerId] && all[P.key]
      ? { workerUrl, registerId: all[P.registerId], key: all[P.key] }
      : null;
  const version = Number(all[P.lastVersion]);
  return {
    workerUrl,
    enrolment,
    lastVersion: Number.isSafeInteger(version) && version > 0 ? version : 0,
    lastHash: all[P.lastHash] || null,
    lastSyncAt: all[P.lastSyncAt] || null,
    lastAttemptAt: all[P.lastAttemptAt] || null,
    lastError: parse(all[P.lastError]) as SyncMemory['lastError'],
    status: parse(all[P.status]),
    statusAt: all[P.statusAt] || null,
    recipients: asRecipients(parse(all[P.recipients])),
    pending: all[P.pending] === '1',
    triggerOwner: all[P.triggerOwner] || null,
    autoSyncOff: all[P.autoSyncOff] || null,
  };
}

export function saveEnrolment(e: Enrolment): void {
  props().setProperties({ [P.workerUrl]: e.workerUrl, [P.registerId]: e.registerId, [P.key]: e.key });
}

export function saveWorkerUrl(url: string): void {
  props().setProperty(P.workerUrl, url);
}

/** Forgets the key and everything learnt from the worker; keeps the URL for a later enrolment. */
export function forgetEnrolment(): void {
  const p = props();
  for (const key of [
    P.registerId,
    P.key,
    P.lastHash,
    P.lastSyncAt,
    P.lastError,
    P.status,
    P.statusAt,
    P.recipients,
    P.pending,
    P.triggerOwner,
    P.autoSyncOff,
  ])
    p.deleteProperty(key);
}

export function recordAttempt(at: string): void {
  props().setProperty(P.lastAttemptAt, at);
}

export function recordSuccess(version: number, hash: string, at: string): void {
  const p = props();
  p.setProperties({
    [P.lastVersion]: String(version),
    [P.lastHash]: hash,
    [P.lastSyncAt]: at,
    [P.pending]: '',
  });
  p.deleteProperty(P.lastError);
}

export function recordError(code: string, message: string, at: string): void {
  props().setProperty(P.lastError, JSON.stringify({ code, message: message.slice(0, 2000), at }));
}

/** The register's auto-sync: installed by `owner`, or off for `reason` (a message key). */
export function recordAutoSync(owner: string | null, reason: string | null): void {
  const p = props();
  p.setProperties({ [P.triggerOwner]: owner ?? '', [P.autoSyncOff]: reason ?? '' });
}

export function markPending(pending: boolean): void {
  props().setProperty(P.pending, pending ? '1' : '');
}

/** Properties hold at most 9 KB each: a status too large keeps only its totals. */
export function recordStatus(status: unknown, at: string): void {
  let text = JSON.stringify(status);
  if (text.length > 8000 && status && typeof status === 'object') {
    text = JSON.stringify({ ...(status as object), activities: [] });
  }
  props().setProperties({ [P.status]: text, [P.statusAt]: at });
}

/** Keeps the addresses' states (a property holds 9 KB: about 100 addresses; the rest are left
 * out, the waiting ones kept first since Validate warns about those). */
export function recordRecipients(reply: unknown): void {
  const list = asRecipients((reply as { recipients?: unknown } | null)?.recipients);
  const ordered = [
    ...list.filter((r) => r.state === 'waiting'),
    ...list.filter((r) => r.state !== 'waiting'),
  ];
  let kept = ordered;
  while (kept.length > 0 && JSON.stringify(kept).length > 8000)
    kept = kept.slice(0, Math.floor(kept.length * 0.8));
  props().setProperty(P.recipients, JSON.stringify(kept));
}

/** Only the stored recipients (one property read), for Validate. */
export function readRecipients(): RecipientStatus[] {
  return asRecipients(parse(props().getProperty(P.recipients) ?? undefined));
}

/** The recipients of a reply or a stored value, each checked; anything else is dropped. */
export function asRecipients(value: unknown): RecipientStatus[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is RecipientStatus =>
      typeof r === 'object' &&
      r !== null &&
      typeof r.address === 'string' &&
      typeof r.since === 'string' &&
      (RECIPIENT_STATES as readonly string[]).includes(r.state),
  );
}

export const SYNC_PROPERTY_KEYS = P;
