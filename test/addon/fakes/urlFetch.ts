// Fake UrlFetchApp: fetch() is synchronous, as in Apps Script, and performs a REAL HTTP request.
// A worker thread does the asynchronous fetch while the calling thread blocks on Atomics.wait
// over a SharedArrayBuffer, then takes the reply with receiveMessageOnPort (the way the
// `synckit` package works). Only URLs under the manifest's urlFetchWhitelist are fetched;
// `route` maps the whitelisted origin to where a local server really listens, so the add-on
// keeps signing the paths it would sign in production. muteHttpExceptions, payload kinds and
// the HTTPResponse methods behave as documented for Apps Script. A test can instead install
// an in-process `handler` (no network) for unit tests.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { FAKE_NAME, Fake } from './base.ts';
import { FakeBlob, fromSignedBytes, toSignedBytes } from './services.ts';

type Byte = GoogleAppsScript.Byte;

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** The exact body bytes sent. */
  body: Buffer | null;
  contentType: string | null;
  muteHttpExceptions: boolean;
}
export interface FetchReply {
  status: number;
  /** Header name → value; a repeated header as an array. */
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
}
export type FetchHandler = (req: FetchRequest) => FetchReply;

/** Apps Script gives up on a fetch after about 60 seconds. */
export const FETCH_TIMEOUT_MS = 60_000;

export class FakeHttpResponse
  extends Fake
  implements
    Pick<
      GoogleAppsScript.URL_Fetch.HTTPResponse,
      'getResponseCode' | 'getContentText' | 'getHeaders' | 'getAllHeaders' | 'getContent' | 'getBlob'
    >
{
  get [FAKE_NAME]() {
    return 'HTTPResponse';
  }
  constructor(readonly reply: FetchReply) {
    super();
  }
  private bytes(): Buffer {
    const b = this.reply.body ?? '';
    return typeof b === 'string' ? Buffer.from(b, 'utf8') : b;
  }
  private header(name: string): string | null {
    for (const [k, v] of Object.entries(this.reply.headers ?? {})) {
      if (k.toLowerCase() === name) return Array.isArray(v) ? v[v.length - 1] : v;
    }
    return null;
  }
  getResponseCode(): number {
    return this.reply.status;
  }
  getContentText(_charset?: string): string {
    return this.bytes().toString('utf8');
  }
  /** One value per header (the last, for a repeated one), as Apps Script's getHeaders. */
  getHeaders(): object {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.reply.headers ?? {}))
      out[k] = Array.isArray(v) ? v[v.length - 1] : v;
    return out;
  }
  /** Repeated headers as arrays, as Apps Script's getAllHeaders. */
  getAllHeaders(): object {
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(this.reply.headers ?? {})) out[k] = Array.isArray(v) ? [...v] : v;
    return out;
  }
  getContent(): Byte[] {
    return toSignedBytes(this.bytes());
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    const type = this.header('content-type');
    return new FakeBlob(
      Buffer.from(this.bytes()),
      type ? type.split(';')[0].trim() : null,
    ) as unknown as GoogleAppsScript.Base.Blob;
  }
}

// ---- the synchronous HTTP bridge ----------------------------------------------------------------

interface WireRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | null;
  followRedirects: boolean;
  timeoutMs: number;
}
type WireReply =
  | { ok: true; status: number; headers: [string, string][]; body: Uint8Array }
  | { ok: false; code: string; message: string };

// Plain JavaScript (an eval'd CommonJS worker), so no TypeScript loader is needed in the thread.
const BRIDGE_SOURCE = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', async ({ signal, port, request }) => {
  let reply;
  try {
    const res = await fetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body ?? undefined,
      redirect: request.followRedirects ? 'follow' : 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    const body = new Uint8Array(await res.arrayBuffer());
    const headers = [];
    res.headers.forEach((value, name) => {
      if (name !== 'set-cookie') headers.push([name, value]);
    });
    // Cookies are the one header that may not be folded into one value.
    for (const c of res.headers.getSetCookie()) headers.push(['set-cookie', c]);
    reply = { ok: true, status: res.status, headers, body };
  } catch (error) {
    const cause = error && error.cause;
    reply = {
      ok: false,
      code: String((cause && cause.code) || (error && error.name) || 'Error'),
      message: String((cause && cause.message) || (error && error.message) || error),
    };
  }
  port.postMessage(reply);
  port.close();
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
`;

let bridge: Worker | null = null;

function bridgeThread(): Worker {
  if (!bridge) {
    bridge = new Worker(BRIDGE_SOURCE, { eval: true });
    // The thread must never keep a finished test process alive.
    bridge.unref();
    bridge.on('exit', () => {
      bridge = null;
    });
  }
  return bridge;
}

/** Performs one HTTP request synchronously: the calling thread sleeps until the reply arrives. */
export function fetchSync(request: WireRequest): WireReply {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  bridgeThread().postMessage({ signal, port: port2, request }, [port2]);
  // A little longer than the fetch's own timeout, so the thread reports the timeout itself.
  const waited = Atomics.wait(signal, 0, 0, request.timeoutMs + 5_000);
  const message = receiveMessageOnPort(port1);
  port1.close();
  if (waited === 'timed-out' || !message) {
    return { ok: false, code: 'TimeoutError', message: 'no reply from the HTTP thread' };
  }
  return message.message as WireReply;
}

/** Stops the HTTP thread (tests normally leave it: it is unref'd). */
export async function stopFetchThread(): Promise<void> {
  const t = bridge;
  bridge = null;
  if (t) await t.terminate();
}

// ---- UrlFetchApp ------------------------------------------------------------------------------

/** The manifest's urlFetchWhitelist of a build folder (build/addon-test/appsscript.json). */
export function manifestWhitelist(buildDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, 'appsscript.json'), 'utf8')) as {
    urlFetchWhitelist?: string[];
  };
  return manifest.urlFetchWhitelist ?? [];
}

export interface RealHttpOptions {
  /** URL prefixes the add-on may fetch (the manifest's urlFetchWhitelist). */
  whitelist: string[];
  /** Where a whitelisted URL is really sent, e.g. the configured origin → a local port. */
  route?: (url: string) => string;
  timeoutMs?: number;
}

function requestBody(payload: unknown): { body: Buffer | null; type: string | null } {
  if (payload === undefined || payload === null) return { body: null, type: null };
  if (payload instanceof FakeBlob) return { body: Buffer.from(payload.data), type: payload.contentType };
  if (typeof payload === 'string') return { body: Buffer.from(payload, 'utf8'), type: null };
  if (Array.isArray(payload)) return { body: fromSignedBytes(payload as number[]), type: null };
  if (typeof payload === 'object') {
    // An object payload is sent as an HTML form, as Apps Script does.
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(payload as Record<string, unknown>)) form.append(k, String(v));
    return { body: Buffer.from(form.toString(), 'utf8'), type: 'application/x-www-form-urlencoded' };
  }
  throw new Error(`Exception: Invalid argument: payload (${typeof payload})`);
}

export class FakeUrlFetchApp extends Fake implements Pick<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch'> {
  get [FAKE_NAME]() {
    return 'UrlFetchApp';
  }
  /** An in-process responder (unit tests); when null, real HTTP is used if configured. */
  handler: FetchHandler | null = null;
  /** Every request the add-on made, with the exact bytes sent. */
  requests: FetchRequest[] = [];
  private http: RealHttpOptions | null = null;

  /** Sends fetches over real HTTP, only to URLs under `whitelist`. */
  useRealHttp(options: RealHttpOptions): this {
    this.http = options;
    return this;
  }

  private isWhitelisted(url: string): boolean {
    const list = this.http?.whitelist ?? [];
    return list.some((prefix) => url.startsWith(prefix));
  }

  fetch(
    url: string,
    params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {},
  ): GoogleAppsScript.URL_Fetch.HTTPResponse {
    const p = params as Record<string, unknown>;
    const { body, type } = requestBody(p.payload);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries((p.headers as Record<string, unknown>) ?? {})) headers[k] = String(v);
    const contentType =
      (p.contentType as string | undefined) ?? type ?? (body ? 'application/x-www-form-urlencoded' : null);
    const req: FetchRequest = {
      url,
      method: String(p.method ?? 'get').toUpperCase(),
      headers,
      body,
      contentType,
      muteHttpExceptions: Boolean(p.muteHttpExceptions),
    };
    this.requests.push(req);
    let reply: FetchReply;
    if (this.handler) {
      reply = this.handler(req);
    } else if (this.http) {
      if (!this.isWhitelisted(url)) {
        throw new Error(
          `Exception: UrlFetchApp: ${url} is not under the manifest's urlFetchWhitelist (${this.http.whitelist.join(', ')}).`,
        );
      }
      reply = this.send(req, p.followRedirects !== false);
    } else {
      throw new Error(`Exception: test: UrlFetchApp is not wired in this test (fetch ${url})`);
    }
    if (reply.status >= 400 && !req.muteHttpExceptions) {
      const text =
        typeof reply.body === 'string' ? reply.body : (reply.body ?? Buffer.alloc(0)).toString('utf8');
      throw new Error(
        `Exception: Request failed for ${url} returned code ${reply.status}. Truncated server response: ${text.slice(0, 100)} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return new FakeHttpResponse(reply) as unknown as GoogleAppsScript.URL_Fetch.HTTPResponse;
  }

  private send(req: FetchRequest, followRedirects: boolean): FetchReply {
    const http = this.http!;
    const target = http.route ? http.route(req.url) : req.url;
    const headers: Record<string, string> = { ...req.headers };
    if (req.contentType && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) {
      headers['Content-Type'] = req.contentType;
    }
    const wire = fetchSync({
      url: target,
      method: req.method,
      headers,
      body: req.body ? new Uint8Array(req.body) : null,
      followRedirects,
      timeoutMs: http.timeoutMs ?? FETCH_TIMEOUT_MS,
    });
    if (!wire.ok) {
      // Apps Script's words for a server it cannot reach, or one that does not answer in time.
      if (wire.code === 'TimeoutError' || wire.code === 'AbortError')
        throw new Error(`Exception: Timeout: ${req.url}`);
      throw new Error(`Exception: Address unavailable: ${req.url} (${wire.code})`);
    }
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of wire.headers) {
      const prev = out[name];
      out[name] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
    return { status: wire.status, headers: out, body: Buffer.from(wire.body) };
  }
}
