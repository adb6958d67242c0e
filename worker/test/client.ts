// A test client that talks to the worker exactly as the add-on does: enrol with a Google
// identity token (signed by this run's local issuer, worker/vitest.config.ts) or an
// organisation's enrolment token, then sign each request (timestamp, nonce, HMAC over the
// canonical string) with the key. Requests go to the worker's own fetch handler inside workerd.

import { env, exports } from 'cloudflare:workers';
import { importJWK, type JWK } from 'jose';
import {
  type LocalAccount,
  signLocalIdentityToken,
  type TokenOptions,
} from '../../cli/local/localIdentity.ts';
import { IDENTITY_HEADER } from '../../shared/sync/api.ts';
import { base64urlDecode, base64urlEncode, canonicalString, toHex } from '../../shared/sync/signing.ts';

export const BASE = 'https://art30.test';
const encoder = new TextEncoder();

export interface Enrolment {
  registerId: string;
  key: string;
}

export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${BASE}${path}`, init));
}

let accounts = 0;

/** A Google account of its own (a fresh `sub` each call, so no test shares another's caps). */
export function newAccount(name = 'user'): LocalAccount {
  accounts += 1;
  const subject = `1${String(accounts).padStart(6, '0')}${base64urlEncode(crypto.getRandomValues(new Uint8Array(6)))}`;
  return { subject, email: `${name}.${accounts}@example.org` };
}

/** An ID token for `account`, as Google would issue it to the add-on (this run's test key). */
export async function identityToken(account: LocalAccount, options: TokenOptions = {}): Promise<string> {
  const jwk = JSON.parse(env.TEST_IDENTITY_PRIVATE_JWK) as JWK & { kid: string };
  const key = (await importJWK(jwk, 'RS256')) as CryptoKey;
  return signLocalIdentityToken(key, jwk.kid, account, options);
}

/** Who enrols: a Google account (hosted) or an organisation's enrolment token (operator). */
export type Enroller = { account: LocalAccount } | { token: string };

/** The enrolment request's credentials header. */
export async function credentialsOf(who: Enroller): Promise<Record<string, string>> {
  return 'token' in who
    ? { authorization: `Bearer ${who.token}` }
    : { [IDENTITY_HEADER]: await identityToken(who.account) };
}

/** POST /v1/registers as `who`, with any extra headers (a re-enrolment's signature). */
export async function enrolRequest(
  spreadsheetId: string,
  who: Enroller,
  headers: Record<string, string> = {},
): Promise<Response> {
  return call('/v1/registers', {
    method: 'POST',
    headers: { ...(await credentialsOf(who)), 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ spreadsheetId }),
  });
}

/** Enrols a spreadsheet, by default as a Google account of its own; throws unless 201. */
export async function enrol(
  spreadsheetId: string,
  who: Enroller = { account: newAccount() },
): Promise<Enrolment> {
  const response = await enrolRequest(spreadsheetId, who);
  if (response.status !== 201)
    throw new Error(`enrolment failed: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A call to the admin API with the operator's ADMIN_TOKEN. */
export function adminCall(method: string, path: string, body?: unknown): Promise<Response> {
  return call(`/admin${path}`, {
    method,
    headers: { authorization: `Bearer ${env.ADMIN_TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** An organisation's enrolment token, issued through the admin API. */
export async function issueToken(request: Record<string, unknown> = { organisation: 'Test ApS' }): Promise<{
  id: string;
  token: string;
}> {
  const response = await adminCall('POST', '/tokens', request);
  if (response.status !== 201)
    throw new Error(`token not issued: ${response.status} ${await response.text()}`);
  return response.json();
}

export async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([encoder.encode(text)]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function hmacHex(keyBase64url: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    base64urlDecode(keyBase64url)!,
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message))));
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

export function freshNonce(): string {
  return base64urlEncode(crypto.getRandomValues(new Uint8Array(16)));
}

export interface SignOptions {
  body?: string | Uint8Array;
  gzip?: boolean;
  timestamp?: number;
  nonce?: string;
  /** Sign with this key instead of the register's own. */
  key?: string;
  /** Change the request after signing (forgeries): its headers, body, method or path. */
  tamper?: (headers: Headers) => void;
  sendBody?: string;
  sendTo?: { method: string; path: string };
  headers?: Record<string, string>;
}

/** Builds a request signed as the contract says, without sending it. */
export async function signedRequest(
  method: string,
  path: string,
  enrolment: Enrolment,
  options: SignOptions = {},
): Promise<Request> {
  let body: Uint8Array =
    typeof options.body === 'string' ? encoder.encode(options.body) : (options.body ?? new Uint8Array(0));
  const headers = new Headers(options.headers);
  if (options.gzip) {
    body = await gzip(new TextDecoder().decode(body));
    headers.set('content-encoding', 'gzip');
  }
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? freshNonce();
  const canonical = canonicalString(method, path, timestamp, nonce, await sha256Hex(body));
  headers.set('x-art30-timestamp', timestamp);
  headers.set('x-art30-nonce', nonce);
  headers.set('x-art30-signature', await hmacHex(options.key ?? enrolment.key, canonical));
  if (body.length > 0) headers.set('content-type', 'application/json');
  options.tamper?.(headers);
  const sent = options.sendBody === undefined ? body : encoder.encode(options.sendBody);
  const target = options.sendTo ?? { method, path };
  const hasBody = target.method !== 'GET' && target.method !== 'HEAD';
  return new Request(`${BASE}${target.path}`, {
    method: target.method,
    headers,
    body: hasBody ? sent : undefined,
  });
}

/** Sends a request signed as the contract says. */
export async function signed(
  method: string,
  path: string,
  enrolment: Enrolment,
  options: SignOptions = {},
): Promise<Response> {
  return exports.default.fetch(await signedRequest(method, path, enrolment, options));
}

export function putSnapshot(
  enrolment: Enrolment,
  payload: unknown,
  options: SignOptions = {},
): Promise<Response> {
  return signed('PUT', `/v1/registers/${enrolment.registerId}/snapshot`, enrolment, {
    body: JSON.stringify(payload),
    ...options,
  });
}

/** Every row of every table (bar migrations bookkeeping), to prove a request changed nothing. */
export async function dumpTables(options: { except?: string[] } = {}): Promise<Record<string, unknown[]>> {
  const { results } = await env.DB.prepare(
    `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'
     AND name <> 'd1_migrations' ORDER BY name`,
  ).all<{ name: string }>();
  const out: Record<string, unknown[]> = {};
  for (const { name } of results) {
    if (options.except?.includes(name)) continue;
    out[name] = (await env.DB.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()).results;
  }
  return out;
}

/** The JSON of a problem response, checking its media type. */
export async function problemOf(
  response: Response,
): Promise<{ code: string; status: number; title: string; detail: string }> {
  if (!response.headers.get('content-type')?.startsWith('application/problem+json')) {
    throw new Error(
      `expected a problem response, got ${response.status} ${response.headers.get('content-type')}`,
    );
  }
  return response.json();
}
