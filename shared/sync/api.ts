// The worker's HTTP API, defined once: the paths, the replies of each route and every error
// code with its HTTP status and title. The worker's routes are checked against these types
// (`satisfies`), and the add-on's client reads its replies and maps the codes to its own
// da/en messages with them. Plain types and constants: no Hono, no Workers types, so the
// Apps Script bundle can import it.

import type { ActivityCounts } from './status.ts';

/** Every error is an RFC 9457 problem (application/problem+json) with one of these codes. */
export const PROBLEMS = {
  identityTokenMissing: { status: 401, title: 'Neither an identity token nor an enrolment token' },
  identityTokenInvalid: { status: 403, title: 'Identity token not accepted' },
  identityNotAccepted: { status: 403, title: 'This server does not accept Google sign-in' },
  identityKeysUnavailable: { status: 503, title: "Google's signing keys are unavailable" },
  enrolmentTokenInvalid: { status: 403, title: 'Enrolment token not accepted' },
  alreadyEnrolled: { status: 409, title: 'Spreadsheet already enrolled by this account' },
  enrolmentLimitReached: { status: 429, title: 'Too many enrolments today' },
  registerLimitReached: { status: 403, title: 'Register limit reached' },
  operatorTokenMissing: { status: 401, title: 'Admin token missing' },
  operatorTokenInvalid: { status: 403, title: 'Admin token not accepted' },
  enrolmentTokenNotFound: { status: 404, title: 'Enrolment token not found' },
  requestInvalid: { status: 422, title: 'Request body not valid' },
  recipientDomainNotAllowed: { status: 422, title: "Address outside the organisation's allowed domains" },
  signatureMissing: { status: 401, title: 'Request not signed' },
  signatureExpired: { status: 401, title: 'Request timestamp outside the allowed window' },
  signatureInvalid: { status: 401, title: 'Signature does not match' },
  nonceReplayed: { status: 401, title: 'Request already seen' },
  registerNotFound: { status: 404, title: 'Register not found' },
  spreadsheetMismatch: { status: 403, title: 'Snapshot is from another spreadsheet' },
  unsupportedEncoding: { status: 415, title: 'Unsupported content encoding' },
  payloadTooLarge: { status: 413, title: 'Snapshot too large' },
  registerTooLarge: { status: 413, title: 'Register larger than this server stores' },
  keyChanged: { status: 409, title: 'The register key was changed by another request' },
  bodyNotJson: { status: 400, title: 'Body is not valid JSON' },
  payloadInvalid: { status: 422, title: 'Snapshot does not match the sync payload schema' },
  payloadVersionUnsupported: { status: 422, title: 'Snapshot payloadVersion not accepted' },
  versionConflict: { status: 409, title: 'Snapshot version conflict' },
  snapshotInProgress: { status: 409, title: 'This snapshot version is being written' },
  notFound: { status: 404, title: 'No such endpoint' },
  internal: { status: 500, title: 'Internal error' },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  /** payloadInvalid: each problem as "path: message". */
  errors?: string[];
  /** versionConflict: the version the server holds. */
  storedVersion?: number;
  /** signatureExpired: the server's clock, Unix seconds. */
  serverTime?: number;
  /** alreadyEnrolled: the register this account holds for the spreadsheet. */
  registerId?: string;
  [extension: string]: unknown;
}

export const API_PATHS = {
  enrol: '/v1/registers',
  snapshot: (registerId: string) => `/v1/registers/${encodeURIComponent(registerId)}/snapshot`,
  status: (registerId: string) => `/v1/registers/${encodeURIComponent(registerId)}/status`,
  register: (registerId: string) => `/v1/registers/${encodeURIComponent(registerId)}`,
  key: (registerId: string) => `/v1/registers/${encodeURIComponent(registerId)}/key`,
  recipients: (registerId: string) => `/v1/registers/${encodeURIComponent(registerId)}/recipients`,
} as const;

/** Where an address stands with the worker (issue 15): only a confirmed one gets reminders. */
export const RECIPIENT_STATES = ['waiting', 'confirmed', 'unsubscribed', 'failing'] as const;
export type RecipientState = (typeof RECIPIENT_STATES)[number];
/** Validate warns about an address that has waited longer than this to confirm. */
export const WAITING_WARNING_DAYS = 7;

export interface RecipientStatus {
  address: string;
  state: RecipientState;
  /** Civil date (register's zone) since when it is in this state: first named, for waiting. */
  since: string;
}

/** GET /v1/registers/:id/recipients (200): every address of the register and its state. */
export interface RecipientsReply {
  registerId: string;
  recipients: RecipientStatus[];
}

/**
 * POST /v1/registers (201). The key is shown this once. Credentials: the Google ID token in
 * IDENTITY_HEADER (hosted), or an organisation's token as `Authorization: Bearer`. Re-enrolling
 * a spreadsheet the same account or token already enrolled must be signed with the old key
 * (the X-Art30-* signature headers over this path and body); it then replaces that register.
 */
export interface EnrolReply {
  registerId: string;
  key: string;
  /** The register this enrolment replaced, when it was signed with that register's key. */
  replaced?: string;
}

/** POST /v1/registers/:id/key (200): the register's new key, shown this once; the key that
 * signed the request stops working at once. */
export interface KeyReply {
  registerId: string;
  key: string;
}

/** The header carrying the Google ID token (ScriptApp.getIdentityToken()) at enrolment. */
export const IDENTITY_HEADER = 'X-Art30-Identity-Token';

/** PUT /v1/registers/:id/snapshot (200). */
export interface SnapshotReply {
  registerId: string;
  version: number;
  result: 'written' | 'unchanged';
  counts: { activities: number; dataCategories: number; holdings: number };
}

export interface LastRun {
  date: string;
  remindersSent: number;
  remindersFailed: number;
  failedAddresses: string[];
  /** Why the run did not finish: the invocation's D1 query budget ran out (the queue retries
   * it), or the queue gave up after its retries (dead-letter queue); null when it finished. */
  cutShort: 'queryBudget' | 'retriesExhausted' | null;
}

/** GET /v1/registers/:id/status (200). */
export interface StatusReply {
  registerId: string;
  /** null until the first snapshot arrives. */
  version: number | null;
  today: string | null;
  lastSyncAt: string | null;
  overdue: number;
  dueSoon: number;
  activities: ActivityCounts[];
  lastRun: LastRun | null;
}

/** DELETE /v1/registers/:id (200). */
export interface UnenrolReply {
  registerId: string;
  deleted: true;
}
