// Signs a request to the worker exactly as the worker verifies it ("Signing" in the
// architecture contracts), with Apps Script's own crypto: SHA-256 of the exact body bytes sent
// (Utilities.computeDigest), the shared canonical string, and HMAC-SHA256 with the register key
// decoded from base64url to bytes (Utilities.computeHmacSha256Signature). Apps Script's byte
// arrays are signed (-128..127), so bytes are converted at each boundary.

import {
  base64urlDecode,
  base64urlEncode,
  canonicalString,
  NONCE_HEADER,
  SIGNATURE_HEADER,
  signedBytesToHex,
  TIMESTAMP_HEADER,
} from '../../../shared/sync/signing.ts';

/** Unsigned bytes → the signed bytes Apps Script's services take. */
export function toAppsScriptBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/** Hex SHA-256 of bytes (signed or unsigned values), with Apps Script's digest. */
export function sha256HexOf(bytes: readonly number[]): string {
  return signedBytesToHex(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, bytes as number[]));
}

/** Hex SHA-256 of text as UTF-8. */
export function sha256HexOfText(text: string): string {
  return signedBytesToHex(
    Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8),
  );
}

/**
 * A fresh nonce: the 16 bytes of a random UUID (Apps Script draws them from a secure random
 * source; Math.random is not one), base64url-encoded to 22 characters.
 */
export function newNonce(): string {
  const hex = Utilities.getUuid().replace(/-/g, '');
  const bytes = new Uint8Array(16);
  for (let i = 0; i < 16; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16) || 0;
  return base64urlEncode(bytes);
}

export interface SignedHeaders {
  [TIMESTAMP_HEADER]: string;
  [NONCE_HEADER]: string;
  [SIGNATURE_HEADER]: string;
}

export interface SignInput {
  keyBase64url: string;
  method: string;
  /** The URL's full path (a query string is ignored, as the contract says). */
  path: string;
  /** The exact body bytes sent (gzipped bytes when gzipped); empty for none. */
  body: readonly number[];
  /** Unix seconds. */
  timestamp: number | string;
  nonce: string;
}

/** The canonical string and its signature; throws when the key is not base64url. */
export function sign(input: SignInput): { canonical: string; signatureHex: string; bodySha256Hex: string } {
  const key = base64urlDecode(input.keyBase64url);
  if (!key || key.length === 0) throw new Error('The register key is not base64url text');
  const bodySha256Hex = sha256HexOf(input.body);
  const canonical = canonicalString(input.method, input.path, input.timestamp, input.nonce, bodySha256Hex);
  const canonicalBytes = Utilities.newBlob(canonical).getBytes();
  const signature = Utilities.computeHmacSha256Signature(canonicalBytes, toAppsScriptBytes(key));
  return { canonical, signatureHex: signedBytesToHex(signature), bodySha256Hex };
}

/** The three signature headers for a request sent now. */
export function signatureHeaders(
  keyBase64url: string,
  method: string,
  path: string,
  body: readonly number[],
): SignedHeaders {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = newNonce();
  const { signatureHex } = sign({ keyBase64url, method, path, body, timestamp, nonce });
  return { [TIMESTAMP_HEADER]: timestamp, [NONCE_HEADER]: nonce, [SIGNATURE_HEADER]: signatureHex };
}

/**
 * For the test that checks shared/sync/signing-vectors.json through the built bundle: signs one
 * vector's fields (the body given as base64, so gzipped bytes travel unchanged). Exported from
 * main.ts as signVector_: the trailing underscore makes it private in Apps Script, so neither a
 * page (google.script.run) nor a menu can call it.
 */
export function signVector(vector: {
  keyBase64url: string;
  method: string;
  path: string;
  timestamp: string;
  nonce: string;
  bodyBase64: string;
}): { canonical: string; signatureHex: string; bodySha256Hex: string } {
  const body = vector.bodyBase64 === '' ? [] : Utilities.base64Decode(vector.bodyBase64);
  return sign({ ...vector, body });
}
