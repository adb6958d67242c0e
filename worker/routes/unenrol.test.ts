import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import { registerTables } from '../store/registers.ts';
import { dumpTables, enrol, problemOf, putSnapshot, signed } from '../test/client.ts';

/** Rows held for `registerId` in every table that has a register_id column, and in registers. */
async function rowsHeldFor(registerId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of await registerTables(env.DB)) {
    const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE register_id = ?`)
      .bind(registerId)
      .first<{ n: number }>();
    out[table] = row!.n;
  }
  const reg = await env.DB.prepare('SELECT COUNT(*) AS n FROM registers WHERE id = ?')
    .bind(registerId)
    .first<{ n: number }>();
  out.registers = reg!.n;
  return out;
}

describe('DELETE /v1/registers/:id (unenrolment)', () => {
  it('finds every per-register table from the schema, including the nightly job tables', async () => {
    const tables = await registerTables(env.DB);
    expect(tables).toEqual(
      expect.arrayContaining(['activities', 'data_categories', 'holdings', 'nonces', 'snapshot_versions']),
    );
    expect(tables).not.toContain('registers');
  });

  it('removes every row the worker holds for the register, and nothing of any other register', async () => {
    const gone = await enrol('1GoneSheet');
    const kept = await enrol('1KeptSheet');
    await putSnapshot(gone, examplePayload({ spreadsheetId: '1GoneSheet', holdings: 200 }));
    await putSnapshot(kept, examplePayload({ spreadsheetId: '1KeptSheet', holdings: 50 }));
    // Rows the nightly job would have written, in whichever of its tables exist.
    const tables = await registerTables(env.DB);
    if (tables.includes('runs')) {
      await env.DB.prepare(
        `INSERT INTO runs (register_id, run_date, sent, failed, finished_at) VALUES (?, '2026-03-01', 2, 0, '2026-03-01T02:00:00Z')`,
      )
        .bind(gone.registerId)
        .run();
    }
    const keptBefore = await rowsHeldFor(kept.registerId);
    expect(Object.values(await rowsHeldFor(gone.registerId)).some((count) => count > 0)).toBe(true);

    const response = await signed('DELETE', `/v1/registers/${gone.registerId}`, gone);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ registerId: gone.registerId, deleted: true });

    const after = await rowsHeldFor(gone.registerId);
    for (const [table, count] of Object.entries(after)) expect(count, table).toBe(0);
    expect(await rowsHeldFor(kept.registerId)).toEqual(keptBefore);
  });

  it('a deleted register can no longer sign anything', async () => {
    const reg = await enrol('1ShortLivedSheet');
    await signed('DELETE', `/v1/registers/${reg.registerId}`, reg);
    const before = await dumpTables();
    const response = await putSnapshot(reg, examplePayload({ spreadsheetId: '1ShortLivedSheet' }));
    expect(response.status).toBe(401);
    expect((await problemOf(response)).code).toBe('signatureInvalid');
    expect(await dumpTables()).toEqual(before);
  });

  it('an unsigned deletion is refused and deletes nothing', async () => {
    const reg = await enrol('1ProtectedSheet');
    const before = await dumpTables();
    const { call } = await import('../test/client.ts');
    const response = await call(`/v1/registers/${reg.registerId}`, { method: 'DELETE' });
    expect(response.status).toBe(401);
    expect(await dumpTables()).toEqual(before);
  });
});
