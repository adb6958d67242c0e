import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  base64urlDecode,
  base64urlEncode,
  canonicalString,
  isFreshTimestamp,
  isWellFormedNonce,
  SIGNATURE_WINDOW_SECONDS,
  signedBytesToHex,
  toHex,
} from './signing.ts';
import file from './signing-vectors.json' with { type: 'json' };

const EMPTY_SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

function bodyBytes(v: (typeof file.vectors)[number]): Buffer {
  return 'bodyBase64' in v && v.bodyBase64
    ? Buffer.from(v.bodyBase64, 'base64')
    : Buffer.from(v.bodyText, 'utf8');
}

describe('the shared signing vectors, recomputed with node:crypto', () => {
  it('hold at least six vectors, one of them gzipped', () => {
    expect(file.vectors.length).toBeGreaterThanOrEqual(6);
    expect(file.vectors.some((v) => 'contentEncoding' in v && v.contentEncoding === 'gzip')).toBe(true);
  });

  for (const v of file.vectors) {
    it(`agree for ${v.description}`, () => {
      const body = bodyBytes(v);
      const digest = createHash('sha256').update(body).digest('hex');
      expect(digest).toBe(v.bodySha256Hex);
      const canonical = canonicalString(v.method, v.path, v.timestamp, v.nonce, digest);
      expect(canonical).toBe(v.canonical);
      const key = base64urlDecode(v.keyBase64url);
      expect(key).not.toBeNull();
      expect(key!.length).toBe(32);
      const mac = createHmac('sha256', key!).update(canonical, 'utf8').digest('hex');
      expect(mac).toBe(v.signatureHex);
    });
  }
});

describe('canonicalString', () => {
  it('upper-cases the method and drops the query string', () => {
    expect(
      canonicalString('put', '/v1/registers/a/snapshot?x=1', 5, 'AAAAAAAAAAAAAAAAAAAAAA', EMPTY_SHA),
    ).toBe(`PUT\n/v1/registers/a/snapshot\n5\nAAAAAAAAAAAAAAAAAAAAAA\n${EMPTY_SHA}`);
  });

  it('refuses a timestamp that is not Unix seconds, a short nonce, an upper-case digest or a relative path', () => {
    const nonce = 'AAAAAAAAAAAAAAAAAAAAAA';
    expect(() => canonicalString('GET', '/x', '2026-01-01', nonce, EMPTY_SHA)).toThrow(/Unix seconds/);
    expect(() => canonicalString('GET', '/x', 1, 'short', EMPTY_SHA)).toThrow(/Nonce/);
    expect(() => canonicalString('GET', '/x', 1, nonce, EMPTY_SHA.toUpperCase())).toThrow(/digest/);
    expect(() => canonicalString('GET', 'x', 1, nonce, EMPTY_SHA)).toThrow(/Path/);
  });
});

describe('base64url', () => {
  it('round-trips every length from 0 to 40 bytes and matches Node', () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 13) & 0xff);
      const text = base64urlEncode(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect(Array.from(base64urlDecode(text)!)).toEqual(Array.from(bytes));
    }
  });

  it('accepts padding and the standard alphabet, and refuses text that is not base64', () => {
    expect(Array.from(base64urlDecode('+/8=')!)).toEqual([0xfb, 0xff]);
    expect(base64urlDecode('a b')).toBeNull();
    expect(base64urlDecode('abcde')).toBeNull();
    expect(base64urlDecode('AB')).toBeNull(); // non-zero leftover bits
  });
});

describe('freshness and nonces', () => {
  it('accepts a timestamp exactly at the edge of the window and refuses one second beyond it', () => {
    expect(isFreshTimestamp(1000, 1000 + SIGNATURE_WINDOW_SECONDS)).toBe(true);
    expect(isFreshTimestamp(1000, 1000 - SIGNATURE_WINDOW_SECONDS)).toBe(true);
    expect(isFreshTimestamp(1000, 1001 + SIGNATURE_WINDOW_SECONDS)).toBe(false);
  });

  it('takes only base64url nonces of a sensible length', () => {
    expect(isWellFormedNonce('q83vEjRWeJCrze8SNFZ4kA')).toBe(true);
    expect(isWellFormedNonce('q83vEjRWeJCrze8SNFZ4k=')).toBe(false);
    expect(isWellFormedNonce('x'.repeat(129))).toBe(false);
  });
});

describe('hex', () => {
  it('turns Apps Script signed bytes into the same lowercase hex as unsigned bytes', () => {
    expect(signedBytesToHex([-1, 0, 15, -128, 127])).toBe('ff000f807f');
    expect(toHex(Uint8Array.from([255, 0, 15, 128, 127]))).toBe('ff000f807f');
  });
});
