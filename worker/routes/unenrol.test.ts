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
    // The rows the nightly job writes for a register: an outbox message, its reminder, the run,
    // and the recipient it was sent to (issue 15).
    for (const reg of [gone, kept]) {
      await env.DB.batch([
        env.DB.prepare(
          `INSERT INTO recipients (register_id, address, state, first_seen, confirm_emails, leave_token, changed_at)
           VALUES (?1, 'ejer@example.org', 'confirmed', '2026-02-20', 1, ?2, '2026-02-21T10:00:00Z')`,
        ).bind(reg.registerId, `leave-${reg.registerId}`),
        env.DB.prepare(
          `INSERT INTO outbox (id, register_id, run_date, recipient, kind, subject, item_keys, status, sent_at)
           VALUES (?1, ?2, '2026-03-01', 'ejer@example.org', 'digest', 'Sletning', '[]', 'sent', '2026-03-01T02:00:00Z')`,
        ).bind(`msg-${reg.registerId}@art30.test`, reg.registerId),
        env.DB.prepare(
          `INSERT INTO reminders (register_id, item_id, recipient, kind, key_date, run_date, outbox_id)
           VALUES (?1, 'holding:h1', 'ejer@example.org', 'overdue', '2026-03-01', '2026-03-01', ?2)`,
        ).bind(reg.registerId, `msg-${reg.registerId}@art30.test`),
        env.DB.prepare(
          `INSERT INTO runs (register_id, run_date, sent, failed, finished_at) VALUES (?, '2026-03-01', 1, 0, '2026-03-01T02:00:00Z')`,
        ).bind(reg.registerId),
      ]);
    }
    const keptBefore = await rowsHeldFor(kept.registerId);
    // Every table the schema has for a register holds rows of it before the deletion, so the
    // test below proves each one is emptied.
    const goneBefore = await rowsHeldFor(gone.registerId);
    expect(Object.keys(goneBefore).sort()).toEqual([
      'activities',
      'data_categories',
      'holding_deadlines',
      'holdings',
      'nonces',
      'open_breaches',
      'outbox',
      'recipients',
      'registers',
      'reminders',
      'requests',
      'runs',
      'snapshot_versions',
    ]);
    for (const [table, count] of Object.entries(goneBefore)) expect(count, table).toBeGreaterThan(0);

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
