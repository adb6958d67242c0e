// The add-on's client of the worker API: enrol (POST /v1/registers with the user's Google
// identity token, or an organisation's enrolment token; signed with the old key when it
// replaces this spreadsheet's earlier register),
// upload a snapshot (PUT …/snapshot, gzipped and signed), read the status (GET …/status),
// rotate the key (POST …/key) and
// unenrol (DELETE). Requests go through UrlFetchApp with muteHttpExceptions, and every failure
// becomes a SyncFailure with a code the user-facing catalogue knows: the worker's problem+json
// `code` is mapped here, in one place.

import {
  API_PATHS,
  type EnrolReply,
  IDENTITY_HEADER,
  type KeyReply,
  type ProblemBody,
  type ProblemCode,
  type SnapshotReply,
} from '../../../shared/sync/api.ts';
import { isUnderWorkerOrigin, WORKER_ORIGIN } from '../buildConfig.ts';
import type { SyncUiMessage } from './messages.ts';

export type { EnrolReply, SnapshotReply };

import { signatureHeaders } from './signing.ts';

export class SyncFailure extends Error {
  constructor(
    readonly code: SyncUiMessage,
    readonly params: Record<string, string | number> = {},
    /** The worker's own words (English), kept for the log and the settings page's details. */
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'SyncFailure';
  }
}

/** A worker URL as the settings page accepts it: under the build's origin, ending in "/". */
export function normaliseWorkerUrl(input: string): string {
  const url = String(input ?? '').trim();
  const withSlash = url.endsWith('/') ? url : `${url}/`;
  if (!/^https?:\/\/[^\s/?#]+\/[^\s?#]*$/.test(withSlash) || !isUnderWorkerOrigin(withSlash)) {
    throw new SyncFailure('urlNotAllowed', { url: url.slice(0, 200), origin: WORKER_ORIGIN });
  }
  return withSlash;
}

/** The path part of a URL (what is signed): everything after the origin, without a query. */
export function pathOf(url: string): string {
  const match = /^https?:\/\/[^/]+(\/[^?#]*)?/.exec(url);
  return match?.[1] || '/';
}

/** A problem+json reply as far as the client trusts it: any field may be missing. */
type Problem = Partial<Pick<ProblemBody, 'detail' | 'storedVersion' | 'serverTime'>> & { code?: string };

function problemOf(response: GoogleAppsScript.URL_Fetch.HTTPResponse): Problem {
  try {
    const body = JSON.parse(response.getContentText()) as Problem;
    return body && typeof body === 'object' ? body : {};
  } catch {
    return {};
  }
}

/** The user-facing failure for a worker's error response. */
export function failureFor(status: number, problem: Problem): SyncFailure {
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  switch (problem.code as ProblemCode | undefined) {
    case 'enrolmentTokenInvalid':
      return new SyncFailure('wrongToken', {}, detail);
    case 'identityTokenMissing':
      return new SyncFailure('identityMissing', {}, detail);
    case 'identityTokenInvalid':
      return new SyncFailure('identityRejected', {}, detail);
    case 'identityNotAccepted':
      return new SyncFailure('tokenRequired', {}, detail);
    case 'alreadyEnrolled':
      return new SyncFailure('alreadyEnrolled', {}, detail);
    case 'enrolmentLimitReached':
      return new SyncFailure('enrolmentLimit', {}, detail);
    case 'registerLimitReached':
      return new SyncFailure('registerLimit', {}, detail);
    case 'identityKeysUnavailable':
      return new SyncFailure('tryAgain', {}, detail);
    case 'signatureExpired':
      return new SyncFailure('clockSkew', { detail }, detail);
    case 'signatureInvalid':
    case 'signatureMissing':
    case 'registerNotFound':
    case 'spreadsheetMismatch':
      return new SyncFailure('notEnrolled', {}, detail);
    case 'versionConflict':
      return new SyncFailure('versionConflict', { stored: problem.storedVersion ?? '?' }, detail);
    case 'payloadTooLarge':
    case 'registerTooLarge':
      return new SyncFailure('tooLarge', { detail }, detail);
    case 'payloadInvalid':
    case 'recipientDomainNotAllowed':
    case 'payloadVersionUnsupported':
    case 'bodyNotJson':
    case 'unsupportedEncoding':
      return new SyncFailure('rejected', { detail: detail.slice(0, 300) }, detail);
    case 'nonceReplayed':
    case 'snapshotInProgress':
    case 'keyChanged':
      return new SyncFailure('tryAgain', {}, detail);
    default:
      if (status === 413) return new SyncFailure('tooLarge', { detail: `HTTP ${status}` }, detail);
      return new SyncFailure('serverError', { status }, detail);
  }
}

interface Call {
  method: 'get' | 'post' | 'put' | 'delete';
  url: string;
  headers: Record<string, string>;
  payload?: number[] | string;
  contentType?: string;
}

function send(call: Call): { status: number; json: unknown } {
  let response: GoogleAppsScript.URL_Fetch.HTTPResponse;
  try {
    const params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
      method: call.method,
      headers: call.headers,
      muteHttpExceptions: true,
      followRedirects: false,
    };
    if (call.payload !== undefined) params.payload = call.payload;
    if (call.contentType) params.contentType = call.contentType;
    response = UrlFetchApp.fetch(call.url, params);
  } catch (error) {
    // DNS, refused connection, timeout, or a URL the manifest does not whitelist.
    throw new SyncFailure('unreachable', { url: call.url }, String((error as Error)?.message ?? error));
  }
  const status = response.getResponseCode();
  if (status >= 400) throw failureFor(status, problemOf(response));
  if (status >= 300)
    throw new SyncFailure('serverError', { status }, `redirect to elsewhere (HTTP ${status})`);
  let json: unknown = null;
  try {
    json = JSON.parse(response.getContentText());
  } catch {
    throw new SyncFailure('serverError', { status }, 'the reply was not JSON');
  }
  return { status, json };
}

function endpoint(workerUrl: string, path: string): string {
  return `${workerUrl.replace(/\/+$/, '')}${path}`;
}

function signedCall(
  workerUrl: string,
  key: string,
  method: Call['method'],
  path: string,
  body: number[] = [],
  extra: Record<string, string> = {},
  contentType?: string,
): { status: number; json: unknown } {
  const url = endpoint(workerUrl, path);
  const headers = { ...extra, ...signatureHeaders(key, method.toUpperCase(), pathOf(url), body) };
  return send({ method, url, headers, payload: body.length > 0 ? body : undefined, contentType });
}

/** Who enrols: the user's Google identity (hosted) or an organisation's enrolment token. */
export type EnrolCredentials = { identityToken: string } | { enrolmentToken: string };

/**
 * Enrols the spreadsheet. `previousKey`, the key of this spreadsheet's earlier register on the
 * same worker, signs the request, so the worker replaces that register instead of refusing.
 */
export function enrol(
  workerUrl: string,
  credentials: EnrolCredentials,
  spreadsheetId: string,
  previousKey: string | null = null,
): EnrolReply {
  const url = endpoint(workerUrl, API_PATHS.enrol);
  const body = Utilities.newBlob(JSON.stringify({ spreadsheetId })).getBytes();
  const headers: Record<string, string> =
    'identityToken' in credentials
      ? { [IDENTITY_HEADER]: credentials.identityToken }
      : { Authorization: `Bearer ${credentials.enrolmentToken}` };
  if (previousKey) Object.assign(headers, signatureHeaders(previousKey, 'POST', pathOf(url), body));
  const { json } = send({ method: 'post', url, headers, payload: body, contentType: 'application/json' });
  const reply = json as Partial<EnrolReply> | null;
  if (!reply || typeof reply.registerId !== 'string' || typeof reply.key !== 'string') {
    throw new SyncFailure('serverError', { status: 201 }, 'enrolment reply without registerId and key');
  }
  return { registerId: reply.registerId, key: reply.key };
}

/** Uploads gzipped JSON bytes; the signature covers exactly those bytes. */
export function putSnapshot(
  workerUrl: string,
  registerId: string,
  key: string,
  gzipped: number[],
): SnapshotReply {
  const { json } = signedCall(
    workerUrl,
    key,
    'put',
    API_PATHS.snapshot(registerId),
    gzipped,
    { 'Content-Encoding': 'gzip' },
    'application/json',
  );
  return json as SnapshotReply;
}

/** Rotates the register key: signed with the current key, answered with the new one, which the
 * caller must keep at once (the old key no longer works). */
export function rotateKey(workerUrl: string, registerId: string, key: string): KeyReply {
  const { json } = signedCall(workerUrl, key, 'post', API_PATHS.key(registerId));
  const reply = json as Partial<KeyReply> | null;
  if (!reply || reply.registerId !== registerId || typeof reply.key !== 'string') {
    throw new SyncFailure(
      'serverError',
      { status: 200 },
      'key rotation reply without this registerId and a key',
    );
  }
  return { registerId, key: reply.key };
}

export function getStatus(workerUrl: string, registerId: string, key: string): unknown {
  return signedCall(workerUrl, key, 'get', API_PATHS.status(registerId)).json;
}

/** GET …/recipients: each address of the register and its state (issue 15). */
export function getRecipients(workerUrl: string, registerId: string, key: string): unknown {
  return signedCall(workerUrl, key, 'get', API_PATHS.recipients(registerId)).json;
}

export function unenrol(workerUrl: string, registerId: string, key: string): void {
  signedCall(workerUrl, key, 'delete', API_PATHS.register(registerId));
}
