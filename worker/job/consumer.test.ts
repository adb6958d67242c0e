import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays } from '../../shared/calendar/civilDate.ts';
import { activity, holding, payload } from '../../test/fixtures/examplePayload.ts';
import { enrolAndSync, jobEnv, RecordingSender, utc } from '../../test/worker/fixtures.ts';
import { meteredD1 } from '../store/queryBudget.ts';
import { consumeRegisterBatch, QueryBudgetExhausted, type RegisterJob, runRegister } from './consumer.ts';

const DB = env.DB;
const REG = 'reg_month';

/** One nightly run at 02:00 UTC on `date` (03:00 in Copenhagen, the same civil date). */
function runOn(date: string, sender: RecordingSender, registerId = REG, extra = {}) {
  return runRegister(jobEnv(extra), DB, registerId, { scheduledTime: utc(`${date}T02:00`), sender });
}

function marchDays(): string[] {
  return Array.from({ length: 31 }, (_, i) => addDays('2026-03-01', i));
}

async function rows<T = Record<string, unknown>>(sql: string, ...binds: unknown[]): Promise<T[]> {
  return (
    await DB.prepare(sql)
      .bind(...binds)
      .all<T>()
  ).results;
}

beforeEach(async () => {
  await DB.prepare('DELETE FROM registers').run();
  await DB.batch(
    ['activities', 'data_categories', 'holdings', 'snapshot_versions'].map((t) =>
      DB.prepare(`DELETE FROM ${t}`),
    ),
  );
});

// Owner A: h1 due 2026-03-30 (due soon from 03-16); h2 due 2026-02-28, overdue all month.
// Owner B: h3 due 2026-04-10 (due soon from 03-27). Last sync 1 March: stale from 9 March.
const month = payload({
  activities: [
    activity('a1', { ownerEmail: 'a@klinik.dk', lastReview: '2026-01-05' }),
    activity('a2', { ownerEmail: 'b@klinik.dk', lastReview: '2026-01-05', sheetRow: 3 }),
  ],
  holdings: [
    holding('h1', { events: { collected: '2025-09-30' } }),
    holding('h2', { events: { collected: '2025-08-31' }, sheetRow: 3 }),
    holding('h3', { activityId: 'a2', events: { collected: '2025-10-10' }, sheetRow: 4 }),
  ],
});

describe('the nightly job over a simulated month', () => {
  it('sends exactly the cadence’s emails on exactly the right days, and a rerun sends nothing', async () => {
    await enrolAndSync(DB, REG, month, '2026-03-01T08:00:00Z');
    const sender = new RecordingSender();
    const byDay: Record<string, string[]> = {};
    for (const day of marchDays()) {
      const before = sender.sent.length;
      await runOn(day, sender);
      await runOn(day, sender); // the rerun of the same date
      const sent = sender.sent.slice(before).map((m) => {
        const kind = m.subject.split(':')[0];
        return `${m.to} ${kind}`;
      });
      if (sent.length > 0) byDay[day] = sent.sort();
    }
    expect(byDay).toEqual({
      '2026-03-01': ['a@klinik.dk Sletning'],
      '2026-03-07': ['a@klinik.dk Sletning'],
      '2026-03-09': ['admin@klinik.dk Art30 kræver din opmærksomhed – Klinik Ærø'],
      '2026-03-14': ['a@klinik.dk Sletning', 'boss@klinik.dk Eskalering'],
      '2026-03-16': ['a@klinik.dk Sletning', 'admin@klinik.dk Art30 kræver din opmærksomhed – Klinik Ærø'],
      '2026-03-21': ['a@klinik.dk Sletning', 'boss@klinik.dk Eskalering'],
      '2026-03-23': ['admin@klinik.dk Art30 kræver din opmærksomhed – Klinik Ærø'],
      '2026-03-27': ['b@klinik.dk Sletning'],
      '2026-03-28': ['a@klinik.dk Sletning', 'boss@klinik.dk Eskalering'],
      '2026-03-30': ['a@klinik.dk Sletning', 'admin@klinik.dk Art30 kræver din opmærksomhed – Klinik Ærø'],
    });
    // What the reminders say: the right items at the right steps.
    const reminders = await rows<{ item_id: string; recipient: string; kind: string; key_date: string }>(
      'SELECT item_id, recipient, kind, key_date FROM reminders WHERE register_id = ? ORDER BY key_date, recipient, item_id',
      REG,
    );
    expect(reminders.map((r) => `${r.key_date} ${r.recipient} ${r.item_id} ${r.kind}`)).toEqual([
      '2026-02-28 a@klinik.dk holding:h2 due',
      '2026-03-07 a@klinik.dk holding:h2 overdue',
      '2026-03-09 admin@klinik.dk register staleSync',
      '2026-03-14 a@klinik.dk holding:h2 overdue',
      '2026-03-14 boss@klinik.dk holding:h2 escalation',
      '2026-03-16 a@klinik.dk holding:h1 dueSoon',
      '2026-03-16 admin@klinik.dk register staleSync',
      '2026-03-21 a@klinik.dk holding:h2 overdue',
      '2026-03-21 boss@klinik.dk holding:h2 escalation',
      '2026-03-23 admin@klinik.dk register staleSync',
      '2026-03-27 b@klinik.dk holding:h3 dueSoon',
      '2026-03-28 a@klinik.dk holding:h2 overdue',
      '2026-03-28 boss@klinik.dk holding:h2 escalation',
      '2026-03-30 a@klinik.dk holding:h1 due',
      '2026-03-30 admin@klinik.dk register staleSync',
    ]);
    const outbox = await rows<{ n: number }>(`SELECT count(*) AS n FROM outbox WHERE status = 'sent'`);
    expect(outbox[0].n).toBe(sender.sent.length);
    const runs = await rows<{ n: number; sent: number }>('SELECT count(*) AS n, sum(sent) AS sent FROM runs');
    expect(runs[0]).toEqual({ n: 31, sent: sender.sent.length });
  });

  it('keeps the full bodies in the outbox in local mode, with the activity name escaped', async () => {
    const p = payload({
      activities: [activity('a1', { name: '<script>alert(1)</script>', lastReview: '2026-01-05' })],
      holdings: [holding('h1', { events: { collected: '2025-08-31' } })],
    });
    await enrolAndSync(DB, REG, p, '2026-02-27T08:00:00Z');
    await runOn('2026-02-28', new RecordingSender());
    const [row] = await rows<{ body_html: string; body_text: string; subject: string }>(
      'SELECT body_html, body_text, subject FROM outbox',
    );
    expect(row.subject).toBe('Sletning: 1 forfalder i dag – Klinik Ærø');
    expect(row.body_html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(row.body_html).not.toContain('<script>');
    // The heading says which day the status is for: the run's date, not the send time.
    expect(row.body_html).toContain('28. februar 2026');
  });

  it('keeps no bodies in production mode', async () => {
    await enrolAndSync(DB, REG, month, '2026-03-01T08:00:00Z');
    await runRegister({ ...jobEnv(), MODE: 'production' }, DB, REG, {
      scheduledTime: utc('2026-03-01T02:00'),
      sender: new RecordingSender(),
    });
    const [row] = await rows<{ body_html: string | null; body_text: string | null }>(
      'SELECT body_html, body_text FROM outbox',
    );
    expect(row).toEqual({ body_html: null, body_text: null });
  });
});

describe('failed sends', () => {
  it('are retried on the next run, warn the admin on the third failing run, and nothing is lost or doubled', async () => {
    await enrolAndSync(DB, REG, month, '2026-03-01T08:00:00Z');
    const sender = new RecordingSender();
    sender.failing.add('a@klinik.dk');
    for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) await runOn(day, sender);
    sender.failing.clear();
    expect(sender.sent.filter((m) => m.to === 'a@klinik.dk')).toHaveLength(0);
    const failed = await rows<{ run_date: string }>(
      `SELECT run_date FROM outbox WHERE status = 'failed' ORDER BY run_date`,
    );
    expect(failed.map((r) => r.run_date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-03']);
    const warning = sender.sent.find((m) => m.to === 'admin@klinik.dk');
    expect(warning?.text).toContain(
      'Påmindelser til a@klinik.dk er ikke kommet frem ved de seneste 3 kørsler',
    );

    // The address works again: the owed reminder goes out once, then the cadence resumes.
    for (const day of ['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07']) await runOn(day, sender);
    const toA = sender.sent.filter((m) => m.to === 'a@klinik.dk');
    expect(toA.map((m) => m.messageId.slice(0, 10))).toEqual(['2026-03-04', '2026-03-07']);
    const keys = await rows<{ item_id: string; kind: string; key_date: string }>(
      `SELECT item_id, kind, key_date FROM reminders WHERE recipient = 'a@klinik.dk' ORDER BY key_date`,
    );
    expect(keys).toEqual([
      { item_id: 'holding:h2', kind: 'due', key_date: '2026-02-28' },
      { item_id: 'holding:h2', kind: 'overdue', key_date: '2026-03-07' },
    ]);
    const runs = await rows<{ run_date: string; failed: number; failed_addresses: string }>(
      'SELECT run_date, failed, failed_addresses FROM runs ORDER BY run_date',
    );
    expect(runs.slice(0, 4).map((r) => [r.run_date, r.failed, r.failed_addresses])).toEqual([
      ['2026-03-01', 1, '["a@klinik.dk"]'],
      ['2026-03-02', 1, '["a@klinik.dk"]'],
      ['2026-03-03', 1, '["a@klinik.dk"]'],
      ['2026-03-04', 0, '[]'],
    ]);
  });

  it('of one recipient do not hold back the others', async () => {
    const p = payload({
      activities: [
        activity('a1', { ownerEmail: 'a@klinik.dk', lastReview: '2026-01-05' }),
        activity('a2', { ownerEmail: 'b@klinik.dk', lastReview: '2026-01-05' }),
      ],
      holdings: [
        holding('h1', { events: { collected: '2025-08-31' } }),
        holding('h2', { activityId: 'a2', events: { collected: '2025-08-31' } }),
      ],
    });
    await enrolAndSync(DB, REG, p, '2026-02-28T08:00:00Z');
    const sender = new RecordingSender();
    sender.failing.add('a@klinik.dk');
    const outcome = await runOn('2026-02-28', sender);
    expect(outcome).toMatchObject({ kind: 'ran', sent: 1, failed: 1, failedAddresses: ['a@klinik.dk'] });
    expect(sender.sent.map((m) => m.to)).toEqual(['b@klinik.dk']);
  });

  it('can be injected in local mode with FAIL_SEND_TO, for tests and the demo', async () => {
    await enrolAndSync(DB, REG, month, '2026-03-01T08:00:00Z');
    await runRegister(jobEnv({ FAIL_SEND_TO: 'B@klinik.dk, A@klinik.dk' }), DB, REG, {
      scheduledTime: utc('2026-03-01T02:00'),
    });
    const outbox = await rows<{ recipient: string; status: string; error: string }>(
      'SELECT recipient, status, error FROM outbox',
    );
    expect(outbox).toEqual([
      { recipient: 'a@klinik.dk', status: 'failed', error: expect.stringContaining('FAIL_SEND_TO') },
    ]);
  });
});

describe('a crash between a send and its record', () => {
  it('sends that one message at most twice, and records each reminder once', async () => {
    await enrolAndSync(DB, REG, month, '2026-03-01T08:00:00Z');
    const sender = new RecordingSender();
    let crashes = 1;
    const crashOnce = () => {
      if (crashes-- > 0) throw new Error('the isolate died after the send');
    };
    await expect(
      runRegister(jobEnv(), DB, REG, {
        scheduledTime: utc('2026-03-14T02:00'),
        sender,
        afterSend: crashOnce,
      }),
    ).rejects.toThrow(/isolate died/);
    // The queue retries the message: the same run date again.
    await runRegister(jobEnv(), DB, REG, {
      scheduledTime: utc('2026-03-14T02:00'),
      sender,
      afterSend: crashOnce,
    });
    await runOn('2026-03-14', sender);

    const perRecipient = sender.sent.reduce<Record<string, number>>((acc, m) => {
      acc[m.to] = (acc[m.to] ?? 0) + 1;
      return acc;
    }, {});
    expect(perRecipient).toEqual({ 'a@klinik.dk': 2, 'boss@klinik.dk': 1, 'admin@klinik.dk': 1 });
    const reminders = await rows<{ n: number }>(
      `SELECT count(*) AS n FROM reminders WHERE recipient = 'a@klinik.dk' AND key_date = '2026-03-14'`,
    );
    expect(reminders[0].n).toBe(1);
  });
});

describe('the D1 query budget of an invocation', () => {
  it('stops a register before a send whose record might not fit, and the retry resumes without duplicates', async () => {
    const owners = ['a', 'b', 'c', 'd'].map((o) => `${o}@klinik.dk`);
    const p = payload({
      register: { adminEmail: null, escalationEmail: null },
      activities: owners.map((o, i) => activity(`a${i}`, { ownerEmail: o, lastReview: '2026-01-05' })),
      holdings: owners.map((_, i) =>
        holding(`h${i}`, { activityId: `a${i}`, events: { collected: '2025-08-31' } }),
      ),
    });
    await enrolAndSync(DB, REG, p, '2026-02-28T08:00:00Z');
    const sender = new RecordingSender();
    const attempt = () => {
      // 12 queries of reading (snapshot with its requests, records, recipients, open breaches'
      // addresses, the night's count), then 3 per message (night counter, outbox row, reminders)
      // with 11 needed free.
      const { db, meter } = meteredD1(DB, 26);
      return runRegister(jobEnv(), db, REG, { scheduledTime: utc('2026-02-28T02:00'), sender, meter });
    };
    await expect(attempt()).rejects.toBeInstanceOf(QueryBudgetExhausted);
    expect(sender.attempts.map((m) => m.to)).toEqual(['a@klinik.dk', 'b@klinik.dk']);
    await expect(attempt()).resolves.toMatchObject({ kind: 'ran', sent: 2 });
    expect(sender.sent.map((m) => m.to)).toEqual(owners);
    const [{ n }] = await rows<{ n: number }>('SELECT count(*) AS n FROM reminders');
    expect(n).toBe(4);
  });
});

describe('a run cut short by the query budget', () => {
  const owners = Array.from({ length: 80 }, (_, i) => `owner${i}@klinik.dk`);
  const many = payload({
    register: { adminEmail: null, escalationEmail: null },
    activities: owners.map((o, i) => activity(`a${i}`, { ownerEmail: o, lastReview: '2026-01-05' })),
    holdings: owners.map((_, i) =>
      holding(`h${i}`, { activityId: `a${i}`, events: { collected: '2025-08-31' } }),
    ),
  });
  const job = (id: string) =>
    createMessageBatch<RegisterJob>('art30-registers', [
      {
        id,
        timestamp: new Date(utc('2026-02-28T02:00')),
        attempts: 1,
        body: { registerId: REG, runDate: '2026-02-28', scheduledTime: utc('2026-02-28T02:00') },
      },
    ]);
  const lastRun = async () =>
    (await rows('SELECT run_date, sent, cut_short FROM runs WHERE register_id = ?', REG))[0];

  it('is on record as cut short with what it sent, is retried, and the finished retry clears the mark', async () => {
    await enrolAndSync(DB, REG, many, '2026-02-28T08:00:00Z');
    const sender = new RecordingSender();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const first = job('m1');
    // 160 queries: the register starts (150 in reserve) but 80 messages need about 170.
    await consumeRegisterBatch(first, env, { sender, queryLimit: 160 });
    logged.mockRestore();
    expect((await getQueueResult(first, createExecutionContext())).retryMessages).toHaveLength(1);
    const partial = sender.sent.length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(80);
    expect(await lastRun()).toEqual({ run_date: '2026-02-28', sent: partial, cut_short: 'queryBudget' });

    const retry = job('m2');
    await consumeRegisterBatch(retry, env, { sender });
    expect((await getQueueResult(retry, createExecutionContext())).explicitAcks).toEqual(['m2']);
    expect(sender.sent).toHaveLength(80);
    expect(await lastRun()).toEqual({ run_date: '2026-02-28', sent: 80, cut_short: null });
  });
});

describe('run dates', () => {
  it('are the register’s civil date at the scheduled time: 23:30 UTC is the next day in Copenhagen', async () => {
    await enrolAndSync(DB, REG, month, '2026-03-01T08:00:00Z');
    const outcome = await runRegister(jobEnv(), DB, REG, {
      scheduledTime: utc('2026-03-29T23:30'),
      sender: new RecordingSender(),
    });
    expect(outcome).toMatchObject({ kind: 'ran', runDate: '2026-03-30' });
  });

  it('are the register’s civil date in a zone west of UTC too', async () => {
    await enrolAndSync(
      DB,
      REG,
      payload({ register: { timeZone: 'America/New_York' } }),
      '2026-03-01T08:00:00Z',
    );
    const outcome = await runRegister(jobEnv(), DB, REG, {
      scheduledTime: utc('2026-03-30T02:00'),
      sender: new RecordingSender(),
    });
    expect(outcome).toMatchObject({ kind: 'ran', runDate: '2026-03-29' });
  });
});

describe('registers that stopped syncing', () => {
  it('are warned about after 13 months and deleted with everything the worker holds a month later', async () => {
    await enrolAndSync(DB, REG, month, '2025-01-31T08:00:00Z');
    const sender = new RecordingSender();
    await runOn('2026-02-28', sender);
    const notice = sender.sent.find((m) => m.to === 'admin@klinik.dk');
    expect(notice?.text).toContain('slettes 31. mar. 2026');
    expect(await runOn('2026-03-30', sender)).toMatchObject({ kind: 'ran' });
    expect(await runOn('2026-03-31', sender)).toMatchObject({ kind: 'deleted' });
    for (const table of ['registers', 'holdings', 'activities', 'outbox', 'reminders', 'runs']) {
      const [{ n }] = await rows<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
      expect(`${table}: ${n}`).toBe(`${table}: 0`);
    }
  });

  it('are left alone by the consumer when they never synced at all (the nightly purge deletes them)', async () => {
    await DB.prepare(
      `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at) VALUES (?, 's', 'c', 'iv', '2025-01-10T10:00:00Z')`,
    )
      .bind(REG)
      .run();
    expect(await runOn('2026-03-10', new RecordingSender())).toMatchObject({ kind: 'neverSynced' });
    const [{ n }] = await rows<{ n: number }>('SELECT count(*) AS n FROM registers');
    expect(n).toBe(1);
  });
});

describe('the queue consumer', () => {
  it('acks each register on its own and retries only the one that failed', async () => {
    await enrolAndSync(DB, 'reg_a', month, '2026-03-01T08:00:00Z');
    await enrolAndSync(DB, 'reg_b', month, '2026-03-01T08:00:00Z');
    await enrolAndSync(DB, 'reg_broken', month, '2026-03-01T08:00:00Z');
    // A corrupt stored rule: loading this register's snapshot throws.
    await DB.prepare(`UPDATE activities SET rule_json = '{not json' WHERE register_id = 'reg_broken'`).run();
    const jobs: RegisterJob[] = ['reg_a', 'reg_broken', 'reg_b'].map((registerId) => ({
      registerId,
      runDate: '2026-03-14',
      scheduledTime: utc('2026-03-14T02:00'),
    }));
    const batch = createMessageBatch<RegisterJob>(
      'art30-registers',
      jobs.map((body, i) => ({
        id: `m${i}`,
        timestamp: new Date(utc('2026-03-14T02:00')),
        attempts: 1,
        body,
      })),
    );
    const ctx = createExecutionContext();
    const sender = new RecordingSender();
    // The failure is logged for the operator; captured here instead of printed with each run.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const outcomes = await consumeRegisterBatch(batch, env, { sender });
    const messages = logged.mock.calls.map((call) => call[0]);
    logged.mockRestore();
    expect(messages).toEqual(['Nightly run of register reg_broken failed; it will be retried']);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(['m0', 'm2']);
    expect(result.retryMessages.map((m: { msgId: string }) => m.msgId)).toEqual(['m1']);
    expect(outcomes.map((o) => o.registerId)).toEqual(['reg_a', 'reg_b']);
    expect(new Set(sender.sent.map((m) => m.to))).toEqual(
      new Set(['a@klinik.dk', 'boss@klinik.dk', 'admin@klinik.dk']),
    );
  });

  it('acks a register that was unenrolled since the run was enqueued', async () => {
    const batch = createMessageBatch<RegisterJob>('art30-registers', [
      {
        id: 'gone',
        timestamp: new Date(),
        attempts: 1,
        body: { registerId: 'reg_gone', runDate: '2026-03-14' },
      },
    ]);
    const outcomes = await consumeRegisterBatch(batch, env, { sender: new RecordingSender() });
    expect(outcomes).toEqual([{ kind: 'notFound', registerId: 'reg_gone' }]);
    expect((await getQueueResult(batch, createExecutionContext())).explicitAcks).toEqual(['gone']);
  });
});
