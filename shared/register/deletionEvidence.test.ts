import { createHash, createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type LogHead, verifyDeletionEvidence } from './deletionEvidence.ts';
import {
  appendDeletionEntry,
  appendDeletionEntryV2,
  type DeletionEntry,
  type DeletionLogRow,
  GENESIS_HASH,
  signedContent,
  verifyDeletionChain,
} from './deletionLog.ts';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const b64url = (b: Buffer) => b.toString('base64url');

// The worker's key pair, made by Node's own Ed25519 (the oracle for @noble/curves' verify).
function workerKeys() {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'jwk' }).x!;
  return {
    publicKey: raw,
    signEntry: (content: string) => `ed25519:${b64url(sign(null, Buffer.from(content, 'utf8'), privateKey))}`,
  };
}

const REGISTER_KEY = Buffer.alloc(32, 7);
const hmac = (content: string) => createHmac('sha256', REGISTER_KEY).update(content, 'utf8').digest('hex');
const verifySheetSignature = (content: string, hex: string) => hmac(content) === hex;

const entry = (n: number): DeletionEntry => ({
  holdingId: `h${n}`,
  reference: `K-${n}`,
  activity: 'Klientforløb',
  rule: '3 mdr. efter sidste konsultation',
  due: '2026-06-03',
  deletedOn: '2026-06-01',
  deletedBy: 'ida@example.dk',
  method: 'Slettet',
});

/** A log of two v1 entries (today's format), then one sheet entry and one email entry in v2. */
function mixedLog(keys = workerKeys()) {
  const rows: DeletionLogRow[] = [];
  rows.push(appendDeletionEntry(rows, entry(1)));
  rows.push(appendDeletionEntry(rows, entry(2)));
  const sheet = { ...entry(3), source: 'sheet' as const };
  rows.push(appendDeletionEntryV2(rows, entry(3), 'sheet', `hmac-sha256:${hmac(signedContent(sheet))}`));
  const email = { ...entry(4), deletedBy: 'owner@example.dk', source: 'email' as const };
  rows.push(appendDeletionEntryV2(rows, email, 'email', keys.signEntry(signedContent(email))));
  return { rows, keys };
}

const head = (rows: DeletionLogRow[], count: number): LogHead => ({ count, hash: rows[count - 1]!.hash });

describe('v1 entries (today format)', () => {
  it('keep verifying with the hash written by hand from the v1 contract', () => {
    const row = { ...entry(1), prevHash: GENESIS_HASH, hash: '' };
    const canonical =
      'art30-deletion-v1\n2:h1,3:K-1,12:Klientforløb,32:3 mdr. efter sidste konsultation,10:2026-06-03,' +
      `10:2026-06-01,14:ida@example.dk,7:Slettet,64:${GENESIS_HASH}`;
    row.hash = nodeSha(canonical);
    expect(verifyDeletionChain([row])).toEqual([]);
    expect(verifyDeletionEvidence([row]).problems).toEqual([]);
  });
});

describe('v2 entries', () => {
  it('hash the logical value, so the apostrophe of the add-on text rule changes nothing', () => {
    const { rows } = mixedLog();
    // Only v2 rows: a v1 entry keeps hashing its cell text exactly as it did.
    const asRead = rows.map((r, i) =>
      i < 2 ? r : { ...r, reference: `'${r.reference}`, activity: `'${r.activity}` },
    );
    expect(verifyDeletionChain(asRead)).toEqual([]);
  });

  it('cover the source and the signature', () => {
    const { rows } = mixedLog();
    const moved = rows.map((r, i) => (i === 3 ? { ...r, source: 'sheet' } : r));
    expect(verifyDeletionChain(moved)).toEqual([{ index: 3, kind: 'edited' }]);
    const resigned = rows.map((r, i) => (i === 2 ? { ...r, signature: 'hmac-sha256:00' } : r));
    expect(verifyDeletionChain(resigned)).toEqual([{ index: 2, kind: 'edited' }]);
  });

  it('follow v1 entries in one chain', () => {
    const { rows } = mixedLog();
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    expect(verifyDeletionChain(rows)).toEqual([]);
  });
});

describe('the evidence a log holds', () => {
  it('names the entries the worker vouches for and finds nothing wrong with an intact log', () => {
    const { rows, keys } = mixedLog();
    const report = verifyDeletionEvidence(rows, {
      anchors: [head(rows, 2), head(rows, 4)],
      workerPublicKey: keys.publicKey,
      verifySheetSignature,
    });
    expect(report).toEqual({ problems: [], vouched: [3] });
  });

  it('reports an invented v2 entry with a correct hash but no signature, after the last head', () => {
    const { rows, keys } = mixedLog();
    const invented = appendDeletionEntryV2(rows, entry(5), 'sheet', '');
    const report = verifyDeletionEvidence([...rows, invented], {
      anchors: [head(rows, 4)],
      workerPublicKey: keys.publicKey,
    });
    expect(report.problems).toEqual([{ index: 4, kind: 'unsigned' }]);
  });

  it('reports a shrunk log: the worker saw four entries, three are left', () => {
    const { rows, keys } = mixedLog();
    const report = verifyDeletionEvidence(rows.slice(0, 3), {
      anchors: [head(rows, 4)],
      workerPublicKey: keys.publicKey,
    });
    expect(report.problems).toEqual([{ index: 2, kind: 'shrunk', count: 4 }]);
  });

  it('reports a rewritten log: a consistent new chain whose head at a seen count differs', () => {
    const { rows, keys } = mixedLog();
    const rebuilt: DeletionLogRow[] = [];
    rebuilt.push(appendDeletionEntry(rebuilt, { ...entry(1), deletedOn: '2026-05-01' }));
    rebuilt.push(appendDeletionEntry(rebuilt, entry(2)));
    expect(verifyDeletionChain(rebuilt)).toEqual([]);
    const report = verifyDeletionEvidence(rebuilt, {
      anchors: [head(rows, 2)],
      workerPublicKey: keys.publicKey,
    });
    expect(report.problems).toEqual([{ index: 1, kind: 'rewritten' }]);
  });

  it('reports a forged worker signature and does not vouch for it', () => {
    const { rows, keys } = mixedLog();
    const forger = workerKeys();
    const forged = { ...entry(5), source: 'email' as const };
    const row = appendDeletionEntryV2(rows, forged, 'email', forger.signEntry(signedContent(forged)));
    const report = verifyDeletionEvidence([...rows, row], {
      anchors: [head(rows, 4)],
      workerPublicKey: keys.publicKey,
    });
    expect(report.problems).toEqual([{ index: 4, kind: 'badSignature' }]);
    expect(report.vouched).toEqual([3]);
  });

  it('reports an email entry whose fields were changed after the worker signed them, rehashed', () => {
    const { rows, keys } = mixedLog();
    const changed = {
      ...entry(4),
      deletedBy: 'owner@example.dk',
      deletedOn: '2026-01-01',
      source: 'email' as const,
    };
    const genuine = rows[3]!.signature!;
    const rebuilt = [...rows.slice(0, 3), appendDeletionEntryV2(rows.slice(0, 3), changed, 'email', genuine)];
    const report = verifyDeletionEvidence(rebuilt, { workerPublicKey: keys.publicKey });
    expect(report.problems).toEqual([{ index: 3, kind: 'badSignature' }]);
  });

  it('reports a sheet entry whose HMAC is not the register key one', () => {
    const { rows, keys } = mixedLog();
    const fake = appendDeletionEntryV2(rows, entry(5), 'sheet', `hmac-sha256:${'ab'.repeat(32)}`);
    const report = verifyDeletionEvidence([...rows, fake], {
      workerPublicKey: keys.publicKey,
      verifySheetSignature,
    });
    expect(report.problems).toEqual([{ index: 4, kind: 'badSignature' }]);
  });
});
