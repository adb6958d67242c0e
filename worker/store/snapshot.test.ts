import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { TRIGGER_EVENTS } from '../../shared/retention/types.ts';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import { meteredD1 } from './queryBudget.ts';
import { insertRegister } from './registers.ts';
import {
  chunkRows,
  EVENT_COLUMNS,
  loadCurrentSnapshot,
  MAX_CHUNK_JSON_BYTES,
  ROWS_PER_CHUNK,
  writeSnapshot,
} from './snapshot.ts';

let n = 0;
async function register(): Promise<{ id: string; spreadsheetId: string }> {
  const r = { id: `reg_store${++n}`, spreadsheetId: `1Store${n}` };
  await insertRegister(
    env.DB,
    { ...r, keyCiphertext: 'x', keyIv: 'y', kekVersion: 1 },
    '2026-01-01T00:00:00.000Z',
  );
  return r;
}

describe('chunking rows for packed inserts', () => {
  it('puts at most ROWS_PER_CHUNK rows in a chunk and keeps every row', () => {
    const rows = Array.from({ length: 1234 }, (_, i) => [`id${i}`, i]);
    const chunks = chunkRows(rows);
    expect(chunks).toHaveLength(Math.ceil(1234 / ROWS_PER_CHUNK));
    expect(chunks.flatMap((c) => JSON.parse(c))).toEqual(rows);
  });

  it('starts a new chunk before a chunk would exceed its byte cap', () => {
    const wide = Array.from({ length: 30 }, (_, i) => [`id${i}`, 'x'.repeat(50_000)]);
    const chunks = chunkRows(wide);
    for (const c of chunks)
      expect(new TextEncoder().encode(c).length).toBeLessThanOrEqual(MAX_CHUNK_JSON_BYTES);
    expect(chunks.flatMap((c) => JSON.parse(c))).toHaveLength(30);
  });
});

describe('writing and reading snapshots', () => {
  it('a register that never synced has no snapshot; an unknown register neither', async () => {
    const r = await register();
    expect(await loadCurrentSnapshot(env.DB, r.id)).toBeNull();
    expect(await loadCurrentSnapshot(env.DB, 'reg_nobody')).toBeNull();
    expect(await writeSnapshot(env.DB, 'reg_nobody', examplePayload(), 'h', 0)).toEqual({ kind: 'notFound' });
  });

  it('a staging claim left by a writer that died is taken over after 15 minutes, not before', async () => {
    const r = await register();
    const payload = examplePayload({ spreadsheetId: r.spreadsheetId, version: 5 });
    const t0 = Date.UTC(2026, 0, 1);
    await env.DB.prepare(`INSERT INTO snapshot_versions VALUES (?, 5, 'h', 'staging', ?, 0, 0, 0)`)
      .bind(r.id, t0 / 1000)
      .run();
    await env.DB.prepare(
      `INSERT INTO holdings (register_id, version, id, reference, activity_id, legal_hold, sheet_row) VALUES (?, 5, 'orphan', 'K-1', 'act-1', 0, 2)`,
    )
      .bind(r.id)
      .run();
    expect(await writeSnapshot(env.DB, r.id, payload, 'h', t0 + 60_000)).toEqual({
      kind: 'inProgress',
      version: 5,
    });
    const outcome = await writeSnapshot(env.DB, r.id, payload, 'h', t0 + 16 * 60_000);
    expect(outcome.kind).toBe('written');
    const loaded = await loadCurrentSnapshot(env.DB, r.id);
    expect(loaded?.holdings.map((h) => h.id)).not.toContain('orphan');
    // Breaches are not read back: only the open ones are kept, in the index (store/breaches.ts).
    expect(loaded).toEqual({ ...payload, breaches: [] });
  });

  it('ingests 100,000 holdings within the per-invocation query limit, in statements within D1 limits', async () => {
    const r = await register();
    const payload = examplePayload({ spreadsheetId: r.spreadsheetId, activities: 40, holdings: 100_000 });
    const { db, meter } = meteredD1(env.DB);
    const outcome = await writeSnapshot(db, r.id, payload, 'hash-100k', Date.now());
    expect(outcome).toEqual({
      kind: 'written',
      version: 1,
      counts: { activities: 40, dataCategories: 2, holdings: 100_000 },
    });
    expect(meter.queries).toBeLessThan(1000);
    expect(meter.largestSqlBytes).toBeLessThan(100_000);
    expect(meter.largestBoundBytes).toBeLessThanOrEqual(MAX_CHUNK_JSON_BYTES + 200);
    const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM holdings WHERE register_id = ?')
      .bind(r.id)
      .first<{ n: number }>();
    expect(count?.n).toBe(100_000);
  });

  it('no reader sees half a snapshot while a large one is being written', async () => {
    const r = await register();
    const v1 = examplePayload({ spreadsheetId: r.spreadsheetId, version: 1, holdings: 3_000 });
    await writeSnapshot(env.DB, r.id, v1, 'v1', Date.now());
    const v2 = examplePayload({ spreadsheetId: r.spreadsheetId, version: 2, holdings: 30_000 });
    let writing = true;
    const seen: number[] = [];
    const reader = (async () => {
      while (writing) {
        const s = await loadCurrentSnapshot(env.DB, r.id);
        seen.push(s ? s.holdings.length * 10 + s.version : -1);
      }
    })();
    await writeSnapshot(env.DB, r.id, v2, 'v2', Date.now());
    writing = false;
    await reader;
    seen.push(((await loadCurrentSnapshot(env.DB, r.id))?.holdings.length ?? 0) * 10 + 2);
    // Every read is either all of version 1 or all of version 2.
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen.filter((x) => x !== 30_001 && x !== 300_002))).toEqual(new Set());
    expect(seen).toContain(300_002);
  });
});

describe('storage follows the trigger events', () => {
  it('the holdings table has one date column for each trigger event of the payload', async () => {
    const columns = await env.DB.prepare('PRAGMA table_info(holdings)').all<{ name: string }>();
    const names = columns.results.map((c) => c.name);
    for (const event of TRIGGER_EVENTS) expect(names, event).toContain(EVENT_COLUMNS[event]);
  });
});
