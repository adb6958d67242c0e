// What makes the Deletion log hold up as evidence beyond its hash chain (issue 16):
// - anchors: the heads (entry count, latest hash) the worker has seen at earlier syncs. A log
//   shorter than a head, or whose entry at a head's count no longer has that hash, was shrunk
//   or rewritten, which the chain alone cannot show;
// - signatures: every entry after the latest anchor must be a v2 entry with a signature, so an
//   entry typed into the cells with a correct hash is reported; an email answer carries the
//   worker's Ed25519 signature ("ed25519:"), checked with the worker's pinned public key, and a
//   sheet entry an HMAC-SHA256 with the register key ("hmac-sha256:"), checked by the add-on.
// Ed25519 is @noble/curves: pure JavaScript, so it runs in Apps Script, workerd and Node alike.

import { ed25519 } from '@noble/curves/ed25519.js';
import { base64urlDecode } from '../sync/signing.ts';
import {
  type ChainProblem,
  type ChainProblemKind,
  isV2Entry,
  logicalValue,
  signedContent,
  utf8Bytes,
  verifyDeletionChain,
} from './deletionLog.ts';
import type { DocumentRow } from './types.ts';

/** A head of the log as the worker saw it at a sync. */
export interface LogHead {
  count: number;
  hash: string;
}

export const WORKER_SIGNATURE_PREFIX = 'ed25519:';
export const SHEET_SIGNATURE_PREFIX = 'hmac-sha256:';

export interface EvidenceContext {
  /** Heads the worker reported having seen (from the sync replies). */
  anchors?: readonly LogHead[];
  /** The worker's Ed25519 public key (32 bytes, base64url), pinned at enrolment or first sync. */
  workerPublicKey?: string | null;
  /** Checks a sheet entry's HMAC (the add-on holds the register key); absent: not checked. */
  verifySheetSignature?: (content: string, signatureHex: string) => boolean;
}

export type EvidenceProblemKind = ChainProblemKind | 'shrunk' | 'rewritten' | 'unsigned' | 'badSignature';

export interface EvidenceProblem {
  index: number;
  kind: EvidenceProblemKind;
  /** shrunk: the entry count the worker saw. */
  count?: number;
}

export interface EvidenceReport {
  problems: EvidenceProblem[];
  /** Rows (0-based) whose worker signature is valid: the entries the worker vouches for. */
  vouched: number[];
}

/** Whether `signature` ("ed25519:<base64url>") is the worker's signature of `content`. */
export function verifyWorkerSignature(content: string, signature: string, publicKey: string): boolean {
  if (!signature.startsWith(WORKER_SIGNATURE_PREFIX)) return false;
  const sig = base64urlDecode(signature.slice(WORKER_SIGNATURE_PREFIX.length));
  const key = base64urlDecode(publicKey);
  if (!sig || !key || sig.length !== 64 || key.length !== 32) return false;
  try {
    return ed25519.verify(sig, Uint8Array.from(utf8Bytes(content)), key);
  } catch {
    return false;
  }
}

function anchorProblems(rows: readonly DocumentRow[], anchors: readonly LogHead[]): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  const longest = anchors.reduce((max, a) => Math.max(max, a.count), 0);
  if (rows.length < longest) {
    problems.push({ index: Math.max(0, rows.length - 1), kind: 'shrunk', count: longest });
  }
  const rewritten = new Set<number>();
  for (const a of anchors) {
    if (a.count < 1 || a.count > rows.length) continue;
    const row = rows[a.count - 1]!;
    if (logicalValue(row.hash).trim() !== a.hash) rewritten.add(a.count - 1);
  }
  for (const index of [...rewritten].sort((x, y) => x - y)) problems.push({ index, kind: 'rewritten' });
  return problems;
}

/** One row's signature: vouched (the worker's, valid), fine, missing or bad. */
function signatureOf(
  row: DocumentRow,
  ctx: EvidenceContext,
): 'vouched' | 'ok' | 'missing' | 'bad' | 'unchecked' {
  if (!isV2Entry(row)) return 'missing';
  const signature = logicalValue(row.signature).trim();
  const source = logicalValue(row.source).trim();
  if (!signature) return 'missing';
  const content = signedContent(row);
  if (signature.startsWith(WORKER_SIGNATURE_PREFIX)) {
    if (!ctx.workerPublicKey) return 'unchecked';
    return verifyWorkerSignature(content, signature, ctx.workerPublicKey) ? 'vouched' : 'bad';
  }
  // An email answer is only ever signed by the worker.
  if (source === 'email' || !signature.startsWith(SHEET_SIGNATURE_PREFIX)) return 'bad';
  if (!ctx.verifySheetSignature) return 'unchecked';
  return ctx.verifySheetSignature(content, signature.slice(SHEET_SIGNATURE_PREFIX.length)) ? 'ok' : 'bad';
}

/**
 * Everything Validate reports about the deletion log: the chain's own problems, a log that shrank
 * or was rewritten below a head the worker saw, entries after the latest head without a
 * signature, and signatures that do not verify; and the entries the worker vouches for.
 */
export function verifyDeletionEvidence(
  rows: readonly DocumentRow[],
  ctx: EvidenceContext = {},
): EvidenceReport {
  const problems: EvidenceProblem[] = verifyDeletionChain(rows).map((p: ChainProblem) => ({ ...p }));
  const anchors = (ctx.anchors ?? []).filter((a) => Number.isSafeInteger(a.count) && a.count >= 0);
  problems.push(...anchorProblems(rows, anchors));
  const anchoredUpTo = anchors.length > 0 ? Math.max(...anchors.map((a) => a.count)) : null;
  const vouched: number[] = [];
  rows.forEach((row, index) => {
    const signature = signatureOf(row, ctx);
    if (signature === 'vouched') vouched.push(index);
    else if (signature === 'bad') problems.push({ index, kind: 'badSignature' });
    else if (signature === 'missing' && anchoredUpTo !== null && index >= anchoredUpTo) {
      problems.push({ index, kind: 'unsigned' });
    }
  });
  problems.sort((a, b) => a.index - b.index);
  return { problems, vouched };
}

/** The head the next sync reports: the entry count and the last entry's hash ('' when empty). */
export function logHead(rows: readonly DocumentRow[]): LogHead {
  const last = rows[rows.length - 1];
  return { count: rows.length, hash: last ? logicalValue(last.hash).trim() : '' };
}
