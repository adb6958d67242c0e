// The deletion log's hash chain: each entry's hash covers its own fields and the previous entry's
// hash, so an edited, inserted or removed entry in the middle breaks the chain and Validate says so.
//
// What a chain cannot prove: removing the LAST entry (or the last few) leaves a shorter chain that
// is still perfectly valid, and someone who rewrites every hash after an edit can rebuild a valid
// chain. The chain makes careless or casual tampering evident; it is not a signature. The docs say so.
//
// Two entry formats (issue 16). v1 hashes the cells' text and has no source or signature; its
// entries keep verifying as they are and are never rewritten. v2 (every new entry) hashes the
// LOGICAL value of each field (leading apostrophes of the add-on's text rule removed), plus the
// entry's source ("sheet" or "email") and its signature, so an entry vouched for by the worker
// or by the register key cannot be invented by someone who can only type into cells. A row is
// v2 when its source cell is filled. What the signatures and the worker's anchors add is in
// deletionEvidence.ts.
//
// Pure JavaScript (UTF-8 encoding and SHA-256 included) because shared/ runs in Apps Script, which
// has neither TextEncoder nor WebCrypto.

import type { CellValue, DocumentRow } from './types.ts';

/** The first entry's prevHash. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of one deletion, in the order the hash covers them. */
export const DELETION_ENTRY_FIELDS = [
  'holdingId',
  'reference',
  'activity',
  'rule',
  'due',
  'deletedOn',
  'deletedBy',
  'method',
] as const;
export type DeletionEntryField = (typeof DELETION_ENTRY_FIELDS)[number];
export type DeletionEntry = Record<DeletionEntryField, string>;
/** Where a v2 entry was recorded: "Mark deleted" in the sheet, or an answer to a reminder email. */
export const DELETION_SOURCES = ['sheet', 'email'] as const;
export type DeletionSource = (typeof DELETION_SOURCES)[number];
export type DeletionLogRow = DeletionEntry & {
  /** v2 only ('' in a v1 row). */
  source?: DeletionSource | '';
  /** v2 only: "ed25519:<base64url>" (the worker) or "hmac-sha256:<hex>" (the register key). */
  signature?: string;
  prevHash: string;
  hash: string;
};

/** UTF-8 bytes of a string; lone surrogates become U+FFFD, as TextEncoder does. */
export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else code = 0xfffd;
    } else if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    else
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
  }
  return out;
}

const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
];

/** SHA-256 of the UTF-8 encoding of `text`, as lowercase hex. */
export function sha256Hex(text: string): string {
  const bytes = utf8Bytes(text);
  const bitLength = bytes.length * 8;
  bytes.push(0x80);
  while (bytes.length % 64 !== 56) bytes.push(0);
  // Message length as a 64-bit big-endian number (high word first; texts never reach 2^53 bits).
  const high = Math.floor(bitLength / 0x100000000);
  bytes.push((high >>> 24) & 255, (high >>> 16) & 255, (high >>> 8) & 255, high & 255);
  bytes.push((bitLength >>> 24) & 255, (bitLength >>> 16) & 255, (bitLength >>> 8) & 255, bitLength & 255);

  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const w = new Array<number>(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < bytes.length; offset += 64) {
    for (let t = 0; t < 16; t++) {
      const j = offset + t * 4;
      w[t] = (bytes[j]! << 24) | (bytes[j + 1]! << 16) | (bytes[j + 2]! << 8) | bytes[j + 3]! | 0;
    }
    for (let t = 16; t < 64; t++) {
      const s0 = rotr(w[t - 15]!, 7) ^ rotr(w[t - 15]!, 18) ^ (w[t - 15]! >>> 3);
      const s1 = rotr(w[t - 2]!, 17) ^ rotr(w[t - 2]!, 19) ^ (w[t - 2]! >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t++) {
      const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[t]! + w[t]!) | 0;
      const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + hh) | 0;
  }
  return h.map((x) => (x >>> 0).toString(16).padStart(8, '0')).join('');
}

/** A cell as the text the hash covers: blanks are '', numbers and booleans their plain text. */
function fieldText(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/**
 * The exact text an entry's hash covers. Each field is written as its length, a colon and the
 * text (a netstring), so no choice of field contents can make two different entries collide.
 */
export function canonicalEntry(
  prevHash: string,
  entry: { readonly [field: string]: CellValue | undefined },
): string {
  const parts = [...DELETION_ENTRY_FIELDS.map((f) => fieldText(entry[f])), prevHash];
  return `art30-deletion-v1\n${parts.map((p) => `${p.length}:${p}`).join(',')}`;
}

/**
 * A v2 field's logical value: what the user sees, whatever way the cell stores it. The add-on
 * writes every text with an apostrophe in front (cells.ts), which a reader may or may not hand
 * back; removing leading apostrophes makes both readings one value.
 */
export function logicalValue(value: CellValue | undefined): string {
  return fieldText(value).replace(/^'+/, '');
}

const netstrings = (parts: readonly string[]) => parts.map((p) => `${p.length}:${p}`).join(',');

/** Whether a row is in the v2 format (its source cell is filled). */
export function isV2Entry(row: { readonly [field: string]: CellValue | undefined }): boolean {
  return logicalValue(row.source).trim() !== '';
}

/** The text a v2 entry's signature covers: its fields and its source, not its place in the chain
 * (the worker signs an answer before the add-on knows where it will be appended). */
export function signedContent(entry: { readonly [field: string]: CellValue | undefined }): string {
  const parts = [...DELETION_ENTRY_FIELDS.map((f) => logicalValue(entry[f])), logicalValue(entry.source)];
  return `art30-deletion-signed-v2\n${netstrings(parts)}`;
}

/** The exact text a v2 entry's hash covers: fields, source, signature and the previous hash. */
export function canonicalEntryV2(
  prevHash: string,
  entry: { readonly [field: string]: CellValue | undefined },
): string {
  const parts = [
    ...DELETION_ENTRY_FIELDS.map((f) => logicalValue(entry[f])),
    logicalValue(entry.source),
    logicalValue(entry.signature),
    prevHash,
  ];
  return `art30-deletion-v2\n${netstrings(parts)}`;
}

/** The hash of an entry chained to `prevHash`, in the entry's own format. */
export function chainEntryHash(
  prevHash: string,
  entry: { readonly [field: string]: CellValue | undefined },
): string {
  return sha256Hex(isV2Entry(entry) ? canonicalEntryV2(prevHash, entry) : canonicalEntry(prevHash, entry));
}

function lastHash(existingRows: readonly DocumentRow[]): string {
  const last = existingRows[existingRows.length - 1];
  return last ? fieldText(last.hash) || GENESIS_HASH : GENESIS_HASH;
}

/** The new last row of the deletion log for `entry` in the v1 format (kept for the tests of
 * today's entries; the add-on writes v2 with appendDeletionEntryV2). */
export function appendDeletionEntry(
  existingRows: readonly DocumentRow[],
  entry: DeletionEntry,
): DeletionLogRow {
  const prevHash = lastHash(existingRows);
  return { ...entry, prevHash, hash: chainEntryHash(prevHash, entry) };
}

/** The new last row of the deletion log in the v2 format, chained to the existing rows. */
export function appendDeletionEntryV2(
  existingRows: readonly DocumentRow[],
  entry: DeletionEntry,
  source: DeletionSource,
  signature: string,
): DeletionLogRow {
  const prevHash = lastHash(existingRows);
  const row = { ...entry, source, signature };
  return { ...row, prevHash, hash: chainEntryHash(prevHash, row) };
}

export type ChainProblemKind = 'edited' | 'brokenLink' | 'missingHash';

export interface ChainProblem {
  /** Index of the row in the deletion log (0-based; the user's row is userRow(row, index)). */
  index: number;
  kind: ChainProblemKind;
}

/**
 * Problems in the chain, row by row: a row without a hash, a row whose fields no longer match its
 * hash (edited), or a row whose prevHash is not the previous row's hash (a row was removed,
 * inserted or reordered above it). Removing the last row cannot be detected this way.
 */
export function verifyDeletionChain(rows: readonly DocumentRow[]): ChainProblem[] {
  const problems: ChainProblem[] = [];
  let expectedPrev = GENESIS_HASH;
  rows.forEach((row, index) => {
    const hash = fieldText(row.hash).trim();
    const prevHash = fieldText(row.prevHash).trim();
    if (!hash) {
      problems.push({ index, kind: 'missingHash' });
    } else {
      if (prevHash !== expectedPrev) problems.push({ index, kind: 'brokenLink' });
      if (chainEntryHash(prevHash, row) !== hash) problems.push({ index, kind: 'edited' });
    }
    // Continue from what this row claims, so one bad row is reported once, not on every row after it.
    expectedPrev = hash || expectedPrev;
  });
  return problems;
}
