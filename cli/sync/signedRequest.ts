// The CLI's signed requests to the worker, exactly as the add-on signs them ("Signing" in the
// architecture contracts): the shared canonical string over method, path, timestamp, nonce and
// the SHA-256 of the exact body bytes sent (the gzipped bytes), HMAC-SHA256 with the register key
// decoded from base64url, in node:crypto instead of Apps Script's Utilities.

import { createHash, createHmac, randomBytes } from 'node:crypto';
import {
  base64urlDecode,
  base64urlEncode,
  canonicalString,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
} from '../../shared/sync/signing.ts';

export interface SignedHeaders {
  [TIMESTAMP_HEADER]: string;
  [NONCE_HEADER]: string;
  [SIGNATURE_HEADER]: string;
}

/** The lowercase hex HMAC-SHA256 of the canonical string of one request. */
export function signRequest(input: {
  keyBase64url: string;
  method: string;
  path: string;
  timestamp: string;
  nonce: string;
  body: Uint8Array;
}): string {
  const key = base64urlDecode(input.keyBase64url);
  if (!key?.length) throw new Error('The register key is not base64url text');
  const digest = createHash('sha256').update(input.body).digest('hex');
  const canonical = canonicalString(input.method, input.path, input.timestamp, input.nonce, digest);
  return createHmac('sha256', key).update(canonical, 'utf8').digest('hex');
}

/** The signature headers for a request sent at `nowMs`. */
export function signatureHeaders(
  keyBase64url: string,
  method: string,
  path: string,
  body: Uint8Array,
  nowMs = Date.now(),
): SignedHeaders {
  const timestamp = String(Math.floor(nowMs / 1000));
  const nonce = base64urlEncode(new Uint8Array(randomBytes(16)));
  const signature = signRequest({ keyBase64url, method, path, timestamp, nonce, body });
  return { [TIMESTAMP_HEADER]: timestamp, [NONCE_HEADER]: nonce, [SIGNATURE_HEADER]: signature };
}
