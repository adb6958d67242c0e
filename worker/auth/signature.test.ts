import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { base64urlDecode, canonicalString } from '../../shared/sync/signing.ts';
import vectors from '../../shared/sync/signing-vectors.json' with { type: 'json' };
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import { dumpTables, enrol, freshNonce, problemOf, putSnapshot, signed } from '../test/client.ts';
import { sha256Hex, verifyHmac } from './signature.ts';

const statusPath = (id: string) => `/v1/registers/${id}/status`;

describe('the shared signing vectors, checked with crypto.subtle in workerd', () => {
  for (const v of vectors.vectors) {
    it(`verify for ${v.description}`, async () => {
      const body =
        'bodyBase64' in v && v.bodyBase64
          ? Uint8Array.from(atob(v.bodyBase64), (ch) => ch.charCodeAt(0))
          : new TextEncoder().encode(v.bodyText);
      const digest = await sha256Hex(body);
      expect(digest).toBe(v.bodySha256Hex);
      const canonical = canonicalString(v.method, v.path, v.timestamp, v.nonce, digest);
      expect(canonical).toBe(v.canonical);
      const key = base64urlDecode(v.keyBase64url)!;
      expect(await verifyHmac(key, canonical, v.signatureHex)).toBe(true);
      const flipped = (v.signatureHex[0] === '0' ? '1' : '0') + v.signatureHex.slice(1);
      expect(await verifyHmac(key, canonical, flipped)).toBe(false);
    });
  }

  it('decompress the gzipped vector to the JSON it was made from', async () => {
    const v = vectors.vectors.find((x) => 'contentEncoding' in x)!;
    const bytes = Uint8Array.from(atob((v as { bodyBase64: string }).bodyBase64), (ch) => ch.charCodeAt(0));
    const text = await new Response(
      new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')),
    ).text();
    expect(text).toBe(v.bodyText);
  });
});

describe('signed requests', () => {
  it('a correctly signed request is accepted', async () => {
    const reg = await enrol('1SignedSheet');
    const response = await putSnapshot(reg, examplePayload({ spreadsheetId: '1SignedSheet' }));
    expect(response.status).toBe(200);
  });

  it.each([
    [
      'without any signature headers',
      {
        tamper: (h: Headers) => {
          for (const n of ['x-art30-timestamp', 'x-art30-nonce', 'x-art30-signature']) h.delete(n);
        },
      },
      401,
      'signatureMissing',
    ],
    ['without the nonce', { tamper: (h: Headers) => h.delete('x-art30-nonce') }, 401, 'signatureMissing'],
    [
      'with a forged signature',
      { tamper: (h: Headers) => h.set('x-art30-signature', 'ab'.repeat(32)) },
      401,
      'signatureInvalid',
    ],
    [
      'with an upper-case signature',
      { tamper: (h: Headers) => h.set('x-art30-signature', h.get('x-art30-signature')!.toUpperCase()) },
      401,
      'signatureInvalid',
    ],
    [
      'signed with another key',
      { key: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8' },
      401,
      'signatureInvalid',
    ],
    ['signed six minutes ago', { timestamp: Math.floor(Date.now() / 1000) - 360 }, 401, 'signatureExpired'],
    [
      'signed six minutes in the future',
      { timestamp: Math.floor(Date.now() / 1000) + 360 },
      401,
      'signatureExpired',
    ],
    [
      'with a timestamp in milliseconds',
      { tamper: (h: Headers) => h.set('x-art30-timestamp', String(Date.now())) },
      401,
      'signatureInvalid',
    ],
    [
      'with an ISO timestamp',
      { tamper: (h: Headers) => h.set('x-art30-timestamp', '2026-01-01T00:00:00Z') },
      401,
      'signatureInvalid',
    ],
    [
      'with a short nonce',
      { tamper: (h: Headers) => h.set('x-art30-nonce', 'abc') },
      401,
      'signatureInvalid',
    ],
  ])('a request %s is refused and changes nothing', async (_name, options, status, code) => {
    const reg = await enrol('1Sheet');
    const before = await dumpTables();
    const response = await signed('GET', statusPath(reg.registerId), reg, options);
    expect(response.status).toBe(status);
    expect((await problemOf(response)).code).toBe(code);
    expect(await dumpTables()).toEqual(before);
  });

  it('a body changed after signing is refused and changes nothing', async () => {
    const reg = await enrol('1TamperSheet');
    const payload = examplePayload({ spreadsheetId: '1TamperSheet' });
    const before = await dumpTables();
    const response = await putSnapshot(reg, payload, {
      sendBody: JSON.stringify({ ...payload, version: 99 }),
    });
    expect(response.status).toBe(401);
    expect((await problemOf(response)).code).toBe('signatureInvalid');
    expect(await dumpTables()).toEqual(before);
  });

  it('the signature covers method and path: a status request cannot be turned into a deletion', async () => {
    const reg = await enrol('1PathSheet');
    const response = await signed('GET', statusPath(reg.registerId), reg, {
      sendTo: { method: 'DELETE', path: `/v1/registers/${reg.registerId}` },
    });
    expect(response.status).toBe(401);
    expect((await problemOf(response)).code).toBe('signatureInvalid');
    const still = await env.DB.prepare('SELECT id FROM registers WHERE id = ?').bind(reg.registerId).first();
    expect(still).not.toBeNull();
  });

  it('a query string does not change what is signed', async () => {
    const reg = await enrol('1QuerySheet');
    const response = await signed('GET', statusPath(reg.registerId), reg, {
      sendTo: { method: 'GET', path: `${statusPath(reg.registerId)}?lang=da` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ registerId: reg.registerId, version: null });
  });

  it('a replayed nonce is refused, even with a fresh signature, and changes nothing', async () => {
    const reg = await enrol('1ReplaySheet');
    const nonce = freshNonce();
    const first = await signed('GET', statusPath(reg.registerId), reg, { nonce });
    expect(first.status).toBe(200);
    const before = await dumpTables();
    const replay = await signed('GET', statusPath(reg.registerId), reg, { nonce });
    expect(replay.status).toBe(401);
    expect((await problemOf(replay)).code).toBe('nonceReplayed');
    expect(await dumpTables()).toEqual(before);
  });

  it('the same nonce may be used by two different registers', async () => {
    const a = await enrol('1SheetA');
    const b = await enrol('1SheetB');
    const nonce = freshNonce();
    for (const reg of [a, b]) {
      const response = await signed('GET', statusPath(reg.registerId), reg, { nonce });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ registerId: reg.registerId });
    }
  });

  it('a register id that was never enrolled is answered as a bad signature and changes nothing', async () => {
    const reg = await enrol('1KnownSheet');
    const before = await dumpTables();
    const response = await signed('GET', statusPath('reg_doesNotExist0000000'), reg);
    expect(response.status).toBe(401);
    expect((await problemOf(response)).code).toBe('signatureInvalid');
    expect(await dumpTables()).toEqual(before);
  });

  it("another tenant's register id cannot be used with one's own key, for reading, writing or deleting", async () => {
    const mine = await enrol('1MySheet');
    const theirs = await enrol('1TheirSheet');
    const their = { registerId: theirs.registerId, key: mine.key };
    const before = await dumpTables();
    const read = await signed('GET', statusPath(theirs.registerId), their);
    const write = await putSnapshot(their, examplePayload({ spreadsheetId: '1TheirSheet' }));
    const remove = await signed('DELETE', `/v1/registers/${theirs.registerId}`, their);
    for (const response of [read, write, remove]) {
      expect(response.status).toBe(401);
      expect((await problemOf(response)).code).toBe('signatureInvalid');
    }
    expect(await dumpTables()).toEqual(before);
  });
});
