// A test client that talks to the worker exactly as the add-on does: enrol with the token,
// then sign each request (timestamp, nonce, HMAC over the canonical string) with the key.
// Requests go to the worker's own fetch handler inside workerd.

import { env, exports } from 'cloudflare:workers';
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

export async function enrol(spreadsheetId: string, token = env.ENROLMENT_TOKEN): Promise<Enrolment> {
  const response = await call('/v1/registers', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ spreadsheetId }),
  });
  if (response.status !== 201)
    throw new Error(`enrolment failed: ${response.status} ${await response.text()}`);
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
