// The add-on's half of "one test-vector file checked by both sides": every vector of
// shared/sync/signing-vectors.json is signed by the BUILT bundle's signing code with the fake
// Utilities (signed Int8 byte arrays, as Apps Script returns them) and must give the vector's
// body digest, canonical string and signature. The worker's tests check the same file.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAddon, ROOT } from './harness.ts';

interface Vector {
  description: string;
  keyBase64url: string;
  method: string;
  path: string;
  timestamp: string;
  nonce: string;
  bodyText: string;
  bodyBase64?: string;
  bodySha256Hex: string;
  canonical: string;
  signatureHex: string;
}

const { vectors } = JSON.parse(readFileSync(join(ROOT, 'shared/sync/signing-vectors.json'), 'utf8')) as {
  vectors: Vector[];
};

describe('The built add-on signs requests exactly as the shared vectors say', () => {
  const addon = loadAddon();
  it('the vector file is not empty and covers a gzipped body', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(5);
    expect(vectors.some((v) => v.bodyBase64)).toBe(true);
  });
  for (const v of vectors) {
    it(`${v.description}: same digest, canonical string and signature`, () => {
      const bodyBase64 = v.bodyBase64 ?? Buffer.from(v.bodyText, 'utf8').toString('base64');
      const out = addon.toNode<{ canonical: string; signatureHex: string; bodySha256Hex: string }>(
        addon.ctx.signVector_(addon.toContext({ ...v, bodyBase64 })),
      );
      expect(out.bodySha256Hex).toBe(v.bodySha256Hex);
      expect(out.canonical).toBe(v.canonical);
      expect(out.signatureHex).toBe(v.signatureHex);
    });
  }
  it('a key that is not base64url is refused rather than signed with', () => {
    expect(() =>
      addon.ctx.signVector_(addon.toContext({ ...vectors[0], keyBase64url: 'not base64!', bodyBase64: '' })),
    ).toThrow(/base64url/);
  });
  it('the signing helper is private in Apps Script (its name ends in "_"), so no page can call it', () => {
    const code = readFileSync(join(ROOT, 'build/addon-test/Code.js'), 'utf8');
    expect(code).toMatch(/^function signVector_\(/m);
    expect(code).not.toMatch(/^function signVector\(/m);
  });
});
