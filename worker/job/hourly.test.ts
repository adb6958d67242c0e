// The hourly breach run in workerd with real D1: it reads the open-breach index and nothing
// else, reminds at 24, 48 and 60 hours and escalates at 72, each once, and goes silent when the
// sheet records the notification. Instants by hand: awareness Monday 23 November 2026 09:00 in
// Copenhagen (08:00 UTC), so the deadline is Thursday 26 November 09:00.

import { createExecutionContext, createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { SyncBreach } from '../../shared/sync/types.ts';
import { payload, register } from '../../test/fixtures/examplePayload.ts';
import { confirmAddresses, enrolAndSync, RecordingSender, utc } from '../../test/worker/fixtures.ts';
import type { Env } from '../env.ts';
import { meteredD1 } from '../store/queryBudget.ts';
import { registerTables } from '../store/registers.ts';
import { writeSnapshot } from '../store/snapshot.ts';
import type { RegisterJob } from './consumer.ts';
import { runHourly } from './hourly.ts';
import { runScheduled } from './scheduled.ts';

const AWARE = '2026-11-23T08:00:00Z';
const at = (hours: number) => utc('2026-11-23T08:00') + hours * 3_600_000;

function breach(id: string, extra: Partial<SyncBreach> = {}): SyncBreach {
  return {
    id,
    reference: `BRUD-${id}`,
    awareAt: AWARE,
    risk: 'risk',
    role: 'controller',
    authorityNotifiedAt: null,
    controllerNotifiedAt: null,
    responsibleEmail: 'ida@klinik.dk',
    sheetRow: 2,
    ...extra,
  };
}

async function outbox() {
  const { results } = await env.DB.prepare(
    'SELECT register_id, recipient, kind, subject, item_keys, status FROM outbox ORDER BY sent_at, recipient',
  ).all<{
    register_id: string;
    recipient: string;
    kind: string;
    subject: string;
    item_keys: string;
    status: string;
  }>();
  return results;
}

beforeEach(async () => {
  const tables = await registerTables(env.DB);
  await env.DB.batch([
    ...tables.map((t) => env.DB.prepare(`DELETE FROM "${t}"`)),
    env.DB.prepare('DELETE FROM registers'),
  ]);
});

describe('the hourly breach run', () => {
  it('at 1,000 registers with 10 open breaches it reads the index once and touches only those 10', async () => {
    // 980 registers with no breach at all, 10 whose breaches are closed, 10 with an open one.
    for (let i = 0; i < 980; i += 98) {
      await env.DB.batch(
        Array.from({ length: 98 }, (_, k) =>
          env.DB.prepare(
            `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at, current_version) VALUES (?, 's', 'c', 'iv', 'x', 1)`,
          ).bind(`reg_quiet_${String(i + k).padStart(4, '0')}`),
        ),
      );
    }
    for (let i = 0; i < 10; i++) {
      const closed = payload({
        breaches: [
          breach('c', { risk: 'noRisk' }),
          breach('d', { authorityNotifiedAt: '2026-11-23T15:00:00Z' }),
        ],
      });
      await enrolAndSync(env.DB, `reg_closed_${i}`, closed, '2026-11-23T10:00:00Z');
      await enrolAndSync(
        env.DB,
        `reg_open_${i}`,
        payload({ breaches: [breach('b')] }),
        '2026-11-23T10:00:00Z',
      );
    }
    const { db, meter } = meteredD1(env.DB);
    const sender = new RecordingSender();
    const started = Date.now();
    const summary = await runHourly({ ...env, DB: db }, at(24), { sender });
    const elapsed = Date.now() - started;
    expect(summary).toEqual({ registers: 10, breaches: 10, sent: 20, failed: 0 });
    const touched = new Set((await outbox()).map((m) => m.register_id));
    expect([...touched].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `reg_open_${i}`));
    // 1 index query; per register 4 (its row, its breach reminders, and issue 15's recipients
    // and enrolling user) and 2 per message sent (outbox row, reminder row): 1 + 10 × (4 + 2 × 2).
    expect(meter.queries).toBe(81);
    console.log(`hourly run at 1,000 registers, 10 open: ${meter.queries} D1 queries, ${elapsed} ms`);
  });

  it('reminds the responsible person and the escalation contact once per milestone, and escalates at 72 hours', async () => {
    await enrolAndSync(env.DB, 'reg_a', payload({ breaches: [breach('b1')] }), '2026-11-23T10:00:00Z');
    const sender = new RecordingSender();
    const sentAt = async (hours: number) => {
      const before = sender.sent.length;
      await runHourly(env, at(hours), { sender });
      return sender.sent.slice(before).map((m) => [m.to, m.subject]);
    };
    expect(await sentAt(23)).toEqual([]);
    const reminder = 'Brud BRUD-b1: Datatilsynet skal have besked senest torsdag 26. november 2026 kl. 09:00';
    expect(await sentAt(24)).toEqual([
      ['ida@klinik.dk', reminder],
      ['boss@klinik.dk', reminder],
    ]);
    expect(await sentAt(25)).toEqual([]);
    expect(await sentAt(47)).toEqual([]);
    expect((await sentAt(48)).length).toBe(2);
    expect(await sentAt(48)).toEqual([]);
    expect((await sentAt(60)).length).toBe(2);
    const escalation = 'Fristen er overskredet: brud BRUD-b1 er ikke anmeldt til Datatilsynet';
    expect(await sentAt(72)).toEqual([
      ['ida@klinik.dk', escalation],
      ['boss@klinik.dk', escalation],
    ]);
    expect(await sentAt(73)).toEqual([]);
    expect(await sentAt(200)).toEqual([]);
    const keys = (await outbox()).map((m) => [m.recipient, m.kind, JSON.parse(m.item_keys)]);
    expect(keys.filter(([r]) => r === 'ida@klinik.dk')).toEqual([
      ['ida@klinik.dk', 'notice', [['breach:b1', 'breach', '24h']]],
      ['ida@klinik.dk', 'notice', [['breach:b1', 'breach', '48h']]],
      ['ida@klinik.dk', 'notice', [['breach:b1', 'breach', '60h']]],
      ['ida@klinik.dk', 'escalation', [['breach:b1', 'breachEscalation', '72h']]],
    ]);
  });

  it('obeys issue 15: an unconfirmed address gets nothing, the confirmed admin gets it with a note, one-click unsubscribe and only a link to the bound spreadsheet', async () => {
    await enrolAndSync(
      env.DB,
      'reg_a',
      payload({ breaches: [breach('b1')] }),
      '2026-11-23T10:00:00Z',
      undefined,
      false,
    );
    await confirmAddresses(env.DB, 'reg_a', ['admin@klinik.dk']);
    const sender = new RecordingSender();
    await runHourly(env, at(24), { sender });
    // The responsible and the escalation contact have not confirmed: both route to the admin, once.
    expect(sender.sent.map((m) => m.to)).toEqual(['admin@klinik.dk']);
    const [mail] = sender.sent;
    expect(mail.text).toContain(
      'Nogle af disse elementer hører til ida@klinik.dk, som endnu ikke har bekræftet sin e-mailadresse.',
    );
    expect(mail.headers['List-Unsubscribe']).toMatch(
      /^<https:\/\/art30\.example\.org\/unsubscribe\/[A-Za-z0-9_-]{22}>$/,
    );
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const hosts = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => new URL(m[1]).host);
    expect(hosts).toEqual(['docs.google.com', 'art30.example.org']);
    expect(mail.text).toContain('https://docs.google.com/spreadsheets/d/sheet-1/edit');
  });

  it('a missed hour sends the latest milestone only', async () => {
    await enrolAndSync(env.DB, 'reg_a', payload({ breaches: [breach('b1')] }), '2026-11-23T10:00:00Z');
    const sender = new RecordingSender();
    await runHourly(env, at(61), { sender });
    expect(sender.sent.map((m) => m.to)).toEqual(['ida@klinik.dk', 'boss@klinik.dk']);
    expect(JSON.parse((await outbox())[0]!.item_keys)).toEqual([['breach:b1', 'breach', '60h']]);
  });

  it('a notification recorded in the sheet and synced stops the reminders', async () => {
    await enrolAndSync(env.DB, 'reg_a', payload({ breaches: [breach('b1')] }), '2026-11-23T10:00:00Z');
    const sender = new RecordingSender();
    await runHourly(env, at(24), { sender });
    expect(sender.sent.length).toBe(2);
    const notified = payload({
      version: 2,
      breaches: [breach('b1', { authorityNotifiedAt: '2026-11-24T12:00:00Z' })],
    });
    expect((await writeSnapshot(env.DB, 'reg_a', notified, 'hash-2', at(28))).kind).toBe('written');
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM open_breaches').first<{ n: number }>())!.n).toBe(
      0,
    );
    await runHourly(env, at(48), { sender });
    await runHourly(env, at(72), { sender });
    expect(sender.sent.length).toBe(2);
  });

  it("a processor's breach reminds it to notify its controller, and stops when it has", async () => {
    const processor = breach('p1', { role: 'processor', risk: null });
    await enrolAndSync(env.DB, 'reg_p', payload({ breaches: [processor] }), '2026-11-23T10:00:00Z');
    const sender = new RecordingSender();
    await runHourly(env, at(24), { sender });
    expect(sender.sent[0]!.subject).toBe('Brud BRUD-p1: den dataansvarlige er ikke underrettet (24 timer)');
    const told = payload({
      version: 2,
      breaches: [{ ...processor, controllerNotifiedAt: '2026-11-24T09:00:00Z' }],
    });
    await writeSnapshot(env.DB, 'reg_p', told, 'hash-2', at(25));
    await runHourly(env, at(48), { sender });
    expect(sender.sent.length).toBe(2);
  });

  it('a failed send records no reminder, so the next hour sends it again', async () => {
    await enrolAndSync(env.DB, 'reg_a', payload({ breaches: [breach('b1')] }), '2026-11-23T10:00:00Z');
    const sender = new RecordingSender();
    sender.failing.add('ida@klinik.dk');
    expect(await runHourly(env, at(24), { sender })).toMatchObject({ sent: 1, failed: 1 });
    sender.failing.clear();
    await runHourly(env, at(25), { sender });
    expect(sender.sent.map((m) => m.to)).toEqual(['boss@klinik.dk', 'ida@klinik.dk']);
  });

  it('the English register gets English messages, and without an escalation contact the admin is told', async () => {
    const english = payload({
      register: register({ lang: 'en', escalationEmail: null }),
      breaches: [breach('b1', { responsibleEmail: null })],
    });
    await enrolAndSync(env.DB, 'reg_en', english, '2026-11-23T10:00:00Z');
    const sender = new RecordingSender();
    await runHourly(env, at(24), { sender });
    expect(sender.sent.map((m) => [m.to, m.subject])).toEqual([
      [
        'admin@klinik.dk',
        'Breach BRUD-b1: Datatilsynet must be notified by Thursday 26 November 2026 at 09:00',
      ],
    ]);
  });
});

describe('the scheduled handler dispatches on the cron', () => {
  function capturingQueue() {
    const jobs: RegisterJob[] = [];
    const queue = {
      async sendBatch(messages: Iterable<MessageSendRequest<RegisterJob>>) {
        for (const m of messages) jobs.push(m.body);
      },
    };
    return { jobs, queue: queue as unknown as Queue };
  }

  it('the nightly cron fans out every register as before and sends no breach message', async () => {
    await enrolAndSync(env.DB, 'reg_a', payload({ breaches: [breach('b1')] }), '2026-11-23T10:00:00Z');
    await enrolAndSync(
      env.DB,
      'reg_b',
      payload({ register: register({ spreadsheetId: 'sheet-2' }) }),
      '2026-11-23T10:00:00Z',
    );
    const { jobs, queue } = capturingQueue();
    const controller = createScheduledController({ scheduledTime: at(42), cron: '0 2 * * *' });
    await runScheduled(controller, { ...env, REGISTER_QUEUE: queue } as Env, createExecutionContext());
    expect(jobs.map((j) => j.registerId).sort()).toEqual(['reg_a', 'reg_b']);
    expect(await outbox()).toEqual([]);
  });

  it('the hourly cron enqueues nothing and sends the breach reminders', async () => {
    await enrolAndSync(env.DB, 'reg_a', payload({ breaches: [breach('b1')] }), '2026-11-23T10:00:00Z');
    const { jobs, queue } = capturingQueue();
    const controller = createScheduledController({ scheduledTime: at(24), cron: '0 * * * *' });
    await runScheduled(controller, { ...env, REGISTER_QUEUE: queue } as Env, createExecutionContext());
    expect(jobs).toEqual([]);
    expect((await outbox()).map((m) => [m.recipient, m.status]).sort()).toEqual([
      ['boss@klinik.dk', 'sent'],
      ['ida@klinik.dk', 'sent'],
    ]);
  });
});
