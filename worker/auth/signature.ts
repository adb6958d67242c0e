// Verifies a signed request exactly as the contract says ("Signing" in the architecture):
// headers present and well-formed, timestamp within ±300 s of the server clock, the register
// exists (an unknown id is answered exactly as a wrong signature), HMAC-SHA256 over the canonical string with the register's decrypted key, and the
// nonce not seen before. Nothing is written to D1 before the signature verifies; the nonce is
// then spent even if the request is later refused for its content, so no signed request can
// be replayed.

import type { MiddlewareHandler } from 'hono';
import {
  canonicalString,
  isFreshTimestamp,
  isWellFormedNonce,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  SIGNATURE_WINDOW_SECONDS,
  TIMESTAMP_HEADER,
  toHex,
} from '../../shared/sync/signing.ts';
import type { SignedAppEnv } from '../env.ts';
import { Problem } from '../routes/problem.ts';
import { spendNonce } from '../store/nonces.ts';
import { type EnrolledRegister, findRegister, wrappedKeyOf } from '../store/registers.ts';
import { readBodyCapped } from './body.ts';
import { type KeyRing, keyRing, unwrapRegisterKey } from './keys.ts';

/** The largest request body accepted, compressed or not (and again after decompression). */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

const encoder = new TextEncoder();
/** Verified against when there is no register key, so every refusal costs the same work. */
const PROBE_KEY = new Uint8Array(32);

function signatureNotAccepted(): Problem {
  return new Problem(
    'signatureInvalid',
    'The signature does not match a register enrolled here, this path and this body. Sign with the key ' +
      'received at enrolment, or enrol again if the register was removed.',
  );
}
const HEX_SIGNATURE = /^[0-9a-f]{64}$/;

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** HMAC-SHA256 check in constant time (crypto.subtle.verify). */
export async function verifyHmac(key: Uint8Array, message: string, signatureHex: string): Promise<boolean> {
  const hmacKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'verify',
  ]);
  return crypto.subtle.verify('HMAC', hmacKey, hexToBytes(signatureHex), encoder.encode(message));
}

/** The three signature headers, checked for form and freshness (not yet for the key). */
export interface SignatureHeaders {
  timestamp: string;
  nonce: string;
  signature: string;
  /** The server's clock when they were read, Unix seconds. */
  now: number;
}

/** Whether a request carries any of the signature headers (a re-enrolment's proof). */
export function hasSignatureHeaders(header: (name: string) => string | undefined): boolean {
  return [TIMESTAMP_HEADER, NONCE_HEADER, SIGNATURE_HEADER].some((name) => header(name) !== undefined);
}

/** Reads and checks the headers' form and the timestamp's window; throws the problem otherwise. */
export function readSignatureHeaders(header: (name: string) => string | undefined): SignatureHeaders {
  const timestamp = header(TIMESTAMP_HEADER);
  const nonce = header(NONCE_HEADER);
  const signature = header(SIGNATURE_HEADER);
  if (!timestamp || !nonce || !signature) {
    throw new Problem(
      'signatureMissing',
      `This endpoint needs the headers ${TIMESTAMP_HEADER}, ${NONCE_HEADER} and ${SIGNATURE_HEADER}.`,
    );
  }
  if (!/^\d{1,12}$/.test(timestamp)) {
    throw new Problem('signatureInvalid', `${TIMESTAMP_HEADER} must be the time in Unix seconds.`);
  }
  const now = Math.floor(Date.now() / 1000);
  if (!isFreshTimestamp(Number(timestamp), now)) {
    const skew = Number(timestamp) - now;
    throw new Problem(
      'signatureExpired',
      `The request was signed ${Math.abs(skew)} seconds ${skew < 0 ? 'ago' : 'ahead of the server clock'}; ` +
        `at most ${SIGNATURE_WINDOW_SECONDS} are allowed. Check the clock of the signing computer.`,
      { serverTime: now },
    );
  }
  if (!isWellFormedNonce(nonce)) {
    throw new Problem('signatureInvalid', `${NONCE_HEADER} must be 16 to 128 base64url characters.`);
  }
  if (!HEX_SIGNATURE.test(signature)) {
    throw new Problem('signatureInvalid', `${SIGNATURE_HEADER} must be 64 lowercase hex characters.`);
  }
  return { timestamp, nonce, signature, now };
}

/**
 * Verifies that `headers` sign this method, path and body with `register`'s key, then spends
 * the nonce. An unknown register (null), a key that no longer unwraps (its KEK version was
 * removed from the configuration, auth/keys.ts) and a wrong signature get the same answer after
 * the same work, so register ids cannot be probed.
 */
export async function verifyRegisterSignature(
  db: D1Database,
  ring: KeyRing,
  register: EnrolledRegister | null,
  request: { method: string; path: string; body: Uint8Array },
  headers: SignatureHeaders,
): Promise<void> {
  const canonical = canonicalString(
    request.method,
    request.path,
    headers.timestamp,
    headers.nonce,
    await sha256Hex(request.body),
  );
  const key = register ? await unwrapRegisterKey(ring, register.id, wrappedKeyOf(register)) : null;
  const verified = await verifyHmac(key ?? PROBE_KEY, canonical, headers.signature);
  if (!register || !key || !verified) throw signatureNotAccepted();
  if (!(await spendNonce(db, register.id, headers.nonce, headers.now))) {
    throw new Problem('nonceReplayed', 'This nonce was already used. Sign every request with a fresh nonce.');
  }
}

export function signedRequest(): MiddlewareHandler<SignedAppEnv> {
  return async (c, next) => {
    const headers = readSignatureHeaders((name) => c.req.header(name));
    // The size is capped (from Content-Length, or while streaming) before anything is looked
    // up or hashed, so an oversize body costs neither a query nor a digest.
    const body = await readBodyCapped(c.req.raw, MAX_BODY_BYTES);
    const db = c.get('db');
    const register = await findRegister(db, c.req.param('id') ?? '');
    const request = { method: c.req.method, path: new URL(c.req.url).pathname, body };
    await verifyRegisterSignature(db, keyRing(c.env), register, request, headers);
    c.set('register', register as EnrolledRegister);
    c.set('body', body);
    await next();
  };
}
