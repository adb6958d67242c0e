import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendDeletionEntry,
  canonicalEntry,
  type DeletionEntry,
  type DeletionLogRow,
  GENESIS_HASH,
  sha256Hex,
  utf8Bytes,
  verifyDeletionChain,
} from './deletionLog.ts';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const entry = (n: number, extra: Partial<DeletionEntry> = {}): DeletionEntry => ({
  holdingId: `h${n}`,
  reference: `K-2025-${String(n).padStart(3, '0')}`,
  activity: 'Klientforløb',
  rule: '3 mdr. efter sidste konsultation',
  due: '2026-06-03',
  deletedOn: '2026-06-01',
  deletedBy: 'ida@example.dk',
  method: 'Slettet',
  ...extra,
});

function chain(n: number): DeletionLogRow[] {
  const rows: DeletionLogRow[] = [];
  for (let i = 1; i <= n; i++) rows.push(appendDeletionEntry(rows, entry(i)));
  return rows;
}

describe('sha256Hex', () => {
  it('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('hashes Danish letters and other non-ASCII text as UTF-8', () => {
    for (const text of [
      'æøå ÆØÅ',
      'Sletning af børneattest',
      '€ and 😀 emoji',
      'x'.repeat(55),
      'y'.repeat(64),
    ]) {
      expect(sha256Hex(text), text).toBe(nodeSha(text));
    }
  });

  it('agrees with Node for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => sha256Hex(s) === nodeSha(s)),
      {
        numRuns: 200,
      },
    );
  });

  it('encodes UTF-8 as TextEncoder does, including lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (s) => {
        expect(utf8Bytes(s)).toEqual([...new TextEncoder().encode(s)]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the deletion-log hash chain', () => {
  it('chains the first entry to 64 zeros and every later one to the previous hash', () => {
    const rows = chain(3);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    expect(rows[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyDeletionChain(rows)).toEqual([]);
  });

  it('keeps field boundaries unambiguous', () => {
    const a = canonicalEntry(GENESIS_HASH, entry(1, { reference: 'ab', activity: 'c' }));
    const b = canonicalEntry(GENESIS_HASH, entry(1, { reference: 'a', activity: 'bc' }));
    expect(a).not.toBe(b);
    const c = canonicalEntry(GENESIS_HASH, entry(1, { reference: 'a,1:b' }));
    const d = canonicalEntry(GENESIS_HASH, entry(1, { reference: 'a', activity: 'b' }));
    expect(c).not.toBe(d);
  });

  it('reports an edited entry as edited', () => {
    const rows = chain(4);
    rows[1] = { ...rows[1]!, deletedOn: '2026-05-01' };
    expect(verifyDeletionChain(rows)).toEqual([{ index: 1, kind: 'edited' }]);
  });

  it('reports a removed middle entry as a broken link on the row after it', () => {
    const rows = chain(4);
    rows.splice(1, 1);
    expect(verifyDeletionChain(rows)).toEqual([{ index: 1, kind: 'brokenLink' }]);
  });

  it('reports swapped entries', () => {
    const rows = chain(3);
    const swapped = [rows[0]!, rows[2]!, rows[1]!];
    expect(verifyDeletionChain(swapped).map((p) => p.kind)).toContain('brokenLink');
  });

  it('reports a row without a hash', () => {
    const rows: Record<string, string>[] = chain(2);
    rows.push({ ...entry(3), prevHash: '', hash: '' });
    expect(verifyDeletionChain(rows)).toEqual([{ index: 2, kind: 'missingHash' }]);
  });

  it('cannot detect a removed last entry: the shorter chain is still valid', () => {
    const rows = chain(3);
    expect(verifyDeletionChain(rows.slice(0, 2))).toEqual([]);
  });

  it('continues a chain whose cells came back from a sheet as plain values', () => {
    const rows = chain(2).map((r) => ({ ...r, $row: 5 }));
    const next = appendDeletionEntry(rows, entry(3));
    expect(verifyDeletionChain([...rows, next])).toEqual([]);
  });
});
