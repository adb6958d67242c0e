import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { meteredD1 } from '../store/queryBudget.ts';
import {
  failingStreaks,
  finishRun,
  loadRecorded,
  loadRunHistory,
  type OutboxEntry,
  recordFailed,
  recordSent,
} from './records.ts';
import { type ReminderKey, reminderKeyString } from './reminderKey.ts';

const REG = 'reg_records';

async function enrol(id: string) {
  await env.DB.prepare(
    `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at) VALUES (?, 'sheet', 'c', 'iv', '2026-01-01T00:00:00Z')`,
  )
    .bind(id)
    .run();
}

function key(itemId: string, keyDate = '2026-03-01', kind: ReminderKey['kind'] = 'overdue'): ReminderKey {
  return { itemId, recipient: 'owner@example.dk', kind, keyDate };
}

function entry(id: string, keys: ReminderKey[], runDate = '2026-03-01'): OutboxEntry {
  return {
    id,
    registerId: REG,
    runDate,
    recipient: 'owner@example.dk',
    kind: 'digest',
    subject: 'Deletion: 1 overdue',
    keys,
    bodyText: null,
    bodyHtml: null,
    attemptedAt: '2026-03-01T02:00:01Z',
  };
}

async function count(sql: string): Promise<number> {
  return (await env.DB.prepare(sql).first<{ n: number }>())?.n ?? -1;
}

beforeEach(async () => {
  await env.DB.prepare('DELETE FROM registers').run();
  await enrol(REG);
});

describe('failing streaks', () => {
  it('count this run and the unbroken run of earlier failures of the same address', () => {
    const history = [
      { runDate: '2026-03-02', failedAddresses: ['a@x.dk', 'b@x.dk'] },
      { runDate: '2026-03-01', failedAddresses: ['a@x.dk'] },
      { runDate: '2026-02-28', failedAddresses: [] },
      { runDate: '2026-02-27', failedAddresses: ['a@x.dk'] },
    ];
    expect(
      failingStreaks({ runDate: '2026-03-03', failedAddresses: ['a@x.dk', 'b@x.dk', 'c@x.dk'] }, history),
    ).toEqual([
      { address: 'a@x.dk', since: '2026-03-01', consecutiveRuns: 3 },
      { address: 'b@x.dk', since: '2026-03-02', consecutiveRuns: 2 },
      { address: 'c@x.dk', since: '2026-03-03', consecutiveRuns: 1 },
    ]);
  });
});

describe('the reminder record', () => {
  it('holds every key of a sent message, read back as recorded', async () => {
    await recordSent(env.DB, entry('m1@x', [key('holding:h1'), key('holding:h2', '2026-02-20', 'dueSoon')]));
    const recorded = await loadRecorded(env.DB, REG, '2026-03-02');
    expect(recorded.has(reminderKeyString(key('holding:h1')))).toBe(true);
    expect(recorded.has(reminderKeyString(key('holding:h2', '2026-02-20', 'dueSoon')))).toBe(true);
    expect(recorded.has(reminderKeyString(key('holding:h3')))).toBe(false);
    expect(await count(`SELECT count(*) AS n FROM outbox WHERE status = 'sent'`)).toBe(1);
  });

  it('keeps a key once when the same message had to be sent twice after a crash', async () => {
    await recordSent(env.DB, entry('m1@x', [key('holding:h1')]));
    await recordSent(env.DB, entry('m2@x', [key('holding:h1')]));
    expect(await count('SELECT count(*) AS n FROM reminders')).toBe(1);
    expect(await count('SELECT count(*) AS n FROM outbox')).toBe(2);
  });

  it('writes a digest of 1,200 items in one batch of packed inserts within the D1 limits', async () => {
    const keys = Array.from({ length: 1200 }, (_, i) => key(`holding:h${i}`));
    const { db, meter } = meteredD1(env.DB);
    await recordSent(db, entry('big@x', keys));
    expect(meter.queries).toBe(4); // the outbox row and three chunks of reminders
    expect(await count('SELECT count(*) AS n FROM reminders')).toBe(1200);
  });

  it('records a failed send in the outbox but no reminder, so the next run sends it again', async () => {
    await recordFailed(env.DB, entry('m1@x', [key('holding:h1')]), 'mailbox unavailable');
    expect(
      await count(
        `SELECT count(*) AS n FROM outbox WHERE status = 'failed' AND error = 'mailbox unavailable'`,
      ),
    ).toBe(1);
    expect((await loadRecorded(env.DB, REG, '2026-03-01')).size).toBe(0);
  });

  it('still knows a failing-address warning older than two months', async () => {
    const warned = {
      itemId: 'address:a@x.dk',
      recipient: 'admin@x.dk',
      kind: 'failingAddress' as const,
      keyDate: '2025-11-01',
    };
    await recordSent(env.DB, { ...entry('n1@x', [warned]), recipient: 'admin@x.dk', kind: 'notice' });
    await recordSent(env.DB, entry('m1@x', [key('holding:old', '2025-11-01')]));
    const recorded = await loadRecorded(env.DB, REG, '2026-03-01');
    expect(recorded.has(reminderKeyString(warned))).toBe(true);
    expect(recorded.has(reminderKeyString(key('holding:old', '2025-11-01')))).toBe(false);
  });
});

describe('finishing a run', () => {
  it('stores the summary, adds a rerun to the same date, and dates the register', async () => {
    await finishRun(
      env.DB,
      { registerId: REG, runDate: '2026-03-01', sent: 2, failed: 1, failedAddresses: ['a@x.dk'] },
      't1',
    );
    await finishRun(
      env.DB,
      { registerId: REG, runDate: '2026-03-01', sent: 1, failed: 0, failedAddresses: [] },
      't2',
    );
    const run = await env.DB.prepare('SELECT * FROM runs WHERE register_id = ?').bind(REG).first();
    expect(run).toMatchObject({ sent: 3, failed: 0, failed_addresses: '[]', finished_at: 't2' });
    const reg = await env.DB.prepare('SELECT last_run_date FROM registers WHERE id = ?').bind(REG).first();
    expect(reg).toEqual({ last_run_date: '2026-03-01' });
    expect(await loadRunHistory(env.DB, REG, '2026-03-02')).toEqual([
      { runDate: '2026-03-01', failedAddresses: [] },
    ]);
  });

  it('purges outbox, reminders and runs older than 13 months by the run date, not the clock', async () => {
    await recordSent(env.DB, entry('old@x', [key('holding:old', '2025-01-31')], '2025-01-31'));
    await recordSent(env.DB, entry('kept@x', [key('holding:kept', '2025-02-28')], '2025-02-28'));
    await finishRun(
      env.DB,
      { registerId: REG, runDate: '2025-01-31', sent: 1, failed: 0, failedAddresses: [] },
      't0',
    );
    // 2026-03-31 minus 13 months clamps to 2025-02-28: the run of 2025-01-31 goes, 2025-02-28 stays.
    await finishRun(
      env.DB,
      { registerId: REG, runDate: '2026-03-31', sent: 0, failed: 0, failedAddresses: [] },
      't1',
    );
    expect(
      await env.DB.prepare('SELECT id FROM outbox')
        .all()
        .then((r) => r.results),
    ).toEqual([{ id: 'kept@x' }]);
    expect(await count('SELECT count(*) AS n FROM reminders')).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM runs WHERE run_date = '2025-01-31'`)).toBe(0);
  });

  it('goes with its register: deleting the register deletes the job records', async () => {
    await recordSent(env.DB, entry('m1@x', [key('holding:h1')]));
    await finishRun(
      env.DB,
      { registerId: REG, runDate: '2026-03-01', sent: 1, failed: 0, failedAddresses: [] },
      't',
    );
    await env.DB.prepare('DELETE FROM registers WHERE id = ?').bind(REG).run();
    expect(
      await count(
        'SELECT (SELECT count(*) FROM outbox) + (SELECT count(*) FROM reminders) + (SELECT count(*) FROM runs) AS n',
      ),
    ).toBe(0);
  });
});
