// The request-signing contract between the add-on and the worker (see "Signing" in the
// architecture contracts): the header names, the freshness window, the one function that
// builds the canonical string both sides sign, and base64url for the register key and nonces.
// The HMAC itself is platform code (Utilities.computeHmacSha256Signature in Apps Script,
// crypto.subtle in the worker); signing-vectors.json proves the two agree.

export const TIMESTAMP_HEADER = 'X-Art30-Timestamp';
export const NONCE_HEADER = 'X-Art30-Nonce';
export const SIGNATURE_HEADER = 'X-Art30-Signature';

/** A request is fresh when its timestamp is within this many seconds of the server's clock. */
export const SIGNATURE_WINDOW_SECONDS = 300;

/** Register keys are 32 random bytes. */
export const REGISTER_KEY_BYTES = 32;

/** Nonces are base64url text of this length range (16 random bytes encode to 22 characters). */
export const NONCE_MIN_LENGTH = 16;
export const NONCE_MAX_LENGTH = 128;

const HEX_64 = /^[0-9a-f]{64}$/;
const DIGITS = /^[0-9]{1,12}$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;

/**
 * The text that is signed: `METHOD\nPATH\nTIMESTAMP\nNONCE\nhex(SHA-256 of the body bytes)`.
 * The method is upper-cased and any query string is cut from the path, so a signature never
 * depends on how a client spells either. Throws on input no honest client produces, so a bug
 * surfaces as an error rather than as a signature that can never verify.
 */
export function canonicalString(
  method: string,
  path: string,
  timestamp: string | number,
  nonce: string,
  bodySha256Hex: string,
): string {
  const ts = String(timestamp);
  if (!DIGITS.test(ts)) throw new Error(`Timestamp must be Unix seconds, got "${ts}"`);
  if (!isWellFormedNonce(nonce)) throw new Error('Nonce must be 16–128 base64url characters');
  if (!HEX_64.test(bodySha256Hex)) throw new Error('Body digest must be 64 lowercase hex characters');
  const query = path.indexOf('?');
  const bare = query === -1 ? path : path.slice(0, query);
  if (!bare.startsWith('/')) throw new Error(`Path must start with "/", got "${bare}"`);
  return `${method.toUpperCase()}\n${bare}\n${ts}\n${nonce}\n${bodySha256Hex}`;
}

export function isWellFormedNonce(nonce: string): boolean {
  return nonce.length >= NONCE_MIN_LENGTH && nonce.length <= NONCE_MAX_LENGTH && BASE64URL.test(nonce);
}

/** True when `timestamp` (Unix seconds) is within the window around `nowSeconds`. */
export function isFreshTimestamp(timestamp: number, nowSeconds: number): boolean {
  return Math.abs(nowSeconds - timestamp) <= SIGNATURE_WINDOW_SECONDS;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes → unpadded base64url (RFC 4648 §5). */
export function base64urlEncode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

/**
 * Base64url (padded or not; standard `+`/`/` are accepted too, since a key pasted through
 * other tools may have been converted) → bytes. Returns null for text that is not base64.
 */
export function base64urlDecode(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  if (!BASE64URL.test(clean) || clean.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    value = (value << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
      value &= (1 << bits) - 1;
    }
  }
  // Leftover bits must be zero, or the text was not produced by an encoder.
  if ((value & ((1 << bits) - 1)) !== 0) return null;
  return out;
}

/** Bytes → lowercase hex, as the signature header carries it. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += (b < 16 ? '0' : '') + b.toString(16);
  return out;
}

/** Apps Script's computeHmacSha256Signature returns signed bytes (-128..127): map them to hex. */
export function signedBytesToHex(bytes: readonly number[]): string {
  return toHex(Uint8Array.from(bytes, (b) => b & 0xff));
}
