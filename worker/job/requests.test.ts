// Data-subject requests in the nightly job, in workerd with local D1: an open request is
// reminded like a deletion (due-soon window, deadline day, weekly overdue, escalation), once per
// cadence step; an answered request is never reminded. Dates worked out by hand: received
// Monday 2 March 2026, the month ends on Thursday 2 April, which is skærtorsdag; langfredag,
// the Easter weekend and 2. påskedag follow, so the answer is due Tuesday 7 April 2026.

import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar/civilDate.ts';
import { activity, payload, request } from '../../test/fixtures/examplePayload.ts';
import { enrolAndSync, jobEnv, RecordingSender, utc } from '../../test/worker/fixtures.ts';
import { runRegister } from './consumer.ts';

const DB = env.DB;
const REG = 'reg_requests';

const runOn = (date: string, sender: RecordingSender) =>
  runRegister(jobEnv(), DB, REG, { scheduledTime: utc(`${date}T02:00`), sender });

beforeEach(async () => {
  await DB.prepare('DELETE FROM registers').run();
  await DB.batch(
    ['activities', 'data_categories', 'holdings', 'requests', 'snapshot_versions'].map((t) =>
      DB.prepare(`DELETE FROM ${t}`),
    ),
  );
});

const snapshot = payload({
  activities: [activity('a1', { lastReview: '2026-03-01' })],
  requests: [
    request('r1', '2026-03-02'),
    request('r2', '2026-03-02', { state: 'answered', responsibleEmail: 'answered@example.dk', sheetRow: 3 }),
  ],
});

/** Every day from `from` through `to`, each run twice (the rerun must send nothing). */
async function simulate(
  from: string,
  to: string,
  sender: RecordingSender,
): Promise<Record<string, string[]>> {
  const byDay: Record<string, string[]> = {};
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const before = sender.sent.length;
    await runOn(day, sender);
    await runOn(day, sender);
    const sent = sender.sent
      .slice(before)
      .filter((m) => m.to !== 'admin@klinik.dk') // the stale-sync notices are not this test's
      .map((m) => `${m.to} ${m.subject.split(':')[0]}`);
    if (sent.length > 0) byDay[day] = sent.sort();
  }
  return byDay;
}

describe('data-subject requests in the nightly digest', () => {
  it('a due request is reminded once per cadence step: 7 days before, on the deadline, weekly after, escalated from 14 days', async () => {
    await enrolAndSync(DB, REG, snapshot, '2026-03-20T08:00:00Z');
    const sender = new RecordingSender();
    expect(await simulate('2026-03-20', '2026-04-30', sender)).toEqual({
      '2026-03-31': ['responsible@example.dk Anmodninger'],
      '2026-04-07': ['responsible@example.dk Anmodninger'],
      '2026-04-14': ['responsible@example.dk Anmodninger'],
      '2026-04-21': ['boss@klinik.dk Eskalering', 'responsible@example.dk Anmodninger'],
      '2026-04-28': ['boss@klinik.dk Eskalering', 'responsible@example.dk Anmodninger'],
    });
    const escalation = sender.sent.find((m) => m.to === 'boss@klinik.dk')!;
    expect(escalation.subject).toBe('Eskalering: 1 frist langt overskredet – Klinik Ærø');
    const first = sender.sent.find((m) => m.to === 'responsible@example.dk')!;
    expect(first.subject).toBe('Anmodninger: 1 anmodning fra en registreret – Klinik Ærø');
    expect(first.text).toContain('SAG-r1');
    expect(first.text).toContain('Indsigt (art. 15)');
    expect(first.text).toContain('Besvares senest: 7. apr. 2026');
    const keys = await DB.prepare(
      `SELECT recipient, kind, key_date FROM reminders WHERE item_id = 'request:r1' ORDER BY key_date, recipient`,
    ).all();
    expect(keys.results.map((k) => `${k.key_date} ${k.kind} ${k.recipient}`)).toEqual([
      '2026-03-31 dueSoon responsible@example.dk',
      '2026-04-07 due responsible@example.dk',
      '2026-04-14 overdue responsible@example.dk',
      '2026-04-21 escalation boss@klinik.dk',
      '2026-04-21 overdue responsible@example.dk',
      '2026-04-28 escalation boss@klinik.dk',
      '2026-04-28 overdue responsible@example.dk',
    ]);
  });

  it('an answered request is never reminded, not even long after its deadline', async () => {
    await enrolAndSync(DB, REG, snapshot, '2026-03-20T08:00:00Z');
    const sender = new RecordingSender();
    await simulate('2026-03-20', '2026-05-31', sender);
    expect(sender.attempts.filter((m) => m.to === 'answered@example.dk')).toEqual([]);
    expect(sender.attempts.some((m) => m.text.includes('SAG-r2'))).toBe(false);
    const keys = await DB.prepare(`SELECT COUNT(*) AS n FROM reminders WHERE item_id = 'request:r2'`).first();
    expect(keys?.n).toBe(0);
  });

  it('a request extended in time is due three months from receipt', async () => {
    // Received 2 March, extended: 2 June 2026, a Tuesday; due soon from 26 May.
    const extended = payload({
      activities: [activity('a1', { lastReview: '2026-03-01' })],
      requests: [request('r1', '2026-03-02', { extended: true })],
    });
    await enrolAndSync(DB, REG, extended, '2026-05-20T08:00:00Z');
    const sender = new RecordingSender();
    expect(await simulate('2026-05-20', '2026-06-02', sender)).toEqual({
      '2026-05-26': ['responsible@example.dk Anmodninger'],
      '2026-06-02': ['responsible@example.dk Anmodninger'],
    });
    expect(sender.sent[0]!.text).toContain('forlænget til tre måneder');
  });
});
