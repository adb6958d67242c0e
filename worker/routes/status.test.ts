import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import { type RegisterStatus, registerStatus } from '../store/status.ts';
import { enrol, putSnapshot, signed } from '../test/client.ts';

const getStatus = async (reg: { registerId: string; key: string }) => {
  const response = await signed('GET', `/v1/registers/${reg.registerId}/status`, reg);
  expect(response.status).toBe(200);
  return response.json<RegisterStatus>();
};

describe('GET /v1/registers/:id/status', () => {
  it('reports zeros and no run for a register that has not synced yet', async () => {
    const reg = await enrol('1NewSheet');
    expect(await getStatus(reg)).toEqual({
      registerId: reg.registerId,
      version: null,
      today: null,
      lastSyncAt: null,
      overdue: 0,
      dueSoon: 0,
      activities: [],
      lastRun: null,
    });
  });

  it("counts overdue and due-soon holdings per activity on the register's today, in its time zone", async () => {
    const reg = await enrol('1StatusSheet');
    const payload = examplePayload({ spreadsheetId: '1StatusSheet', activities: 2, holdings: 5 });
    payload.register.timeZone = 'Pacific/Auckland';
    payload.dataCategories = [];
    const today = todayInTimeZone('Pacific/Auckland', Date.now());
    // Activity rules are 6 months after collection (act-1) and 5 years from the end of the
    // financial year (act-2); collection dates relative to today make the outcome fixed.
    const collected = [
      addMonths(addDays(today, -3), -6), // act-1: due 3 days ago → overdue
      addMonths(today, -70), // act-2: record date 70 months ago → overdue
      addMonths(addDays(today, 5), -6), // act-1: due in 5 days → due soon
      addMonths(today, -1), // act-2: fine
      addMonths(addDays(today, 40), -6), // act-1: due in 40 days → fine
    ];
    payload.holdings.forEach((h, i) => {
      h.events = { collected: collected[i], recordDate: collected[i] };
      h.dataCategoryId = null;
      h.deletedOn = null;
      h.legalHold = false;
      h.extendedUntil = null;
    });
    expect((await putSnapshot(reg, payload)).status).toBe(200);
    const status = await getStatus(reg);
    expect(status).toMatchObject({
      version: 1,
      today,
      overdue: 2,
      dueSoon: 1,
      activities: [
        { activityId: 'act-1', name: payload.activities[0].name, overdue: 1, dueSoon: 1 },
        { activityId: 'act-2', name: payload.activities[1].name, overdue: 1, dueSoon: 0 },
      ],
      lastRun: null,
    });
    expect(Date.parse(status.lastSyncAt!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('reports what the last nightly run sent and the addresses that failed', async () => {
    const reg = await enrol('1RunSheet');
    await putSnapshot(reg, examplePayload({ spreadsheetId: '1RunSheet' }));
    const insert = env.DB.prepare(
      'INSERT INTO runs (register_id, run_date, sent, failed, failed_addresses, finished_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    await env.DB.batch([
      insert.bind(reg.registerId, '2026-03-01', 5, 0, '[]', '2026-03-01T02:00:05Z'),
      insert.bind(reg.registerId, '2026-03-02', 3, 1, '["gone@example.dk"]', '2026-03-02T02:00:05Z'),
    ]);
    expect((await getStatus(reg)).lastRun).toEqual({
      date: '2026-03-02',
      remindersSent: 3,
      remindersFailed: 1,
      failedAddresses: ['gone@example.dk'],
      cutShort: null,
    });
  });

  it('answers from the counts stored at ingest: the same numbers with the holding rows gone', async () => {
    const reg = await enrol('1CountsSheet');
    const { payload, today } = dueMix('1CountsSheet');
    expect((await putSnapshot(reg, payload)).status).toBe(200);
    const before = await getStatus(reg);
    expect(before).toMatchObject({ overdue: 2, dueSoon: 1 });
    await env.DB.prepare('DELETE FROM holdings WHERE register_id = ?').bind(reg.registerId).run();
    const after = await getStatus(reg);
    expect(after).toEqual(before);
    expect(after.today).toBe(today);
  });

  it('moves holdings from due soon to overdue as the days pass, without a new sync', async () => {
    const reg = await enrol('1DaysPassSheet');
    const { payload } = dueMix('1DaysPassSheet');
    expect((await putSnapshot(reg, payload)).status).toBe(200);
    // Ten days later the holding due in 5 days is overdue, and the one due in 40 is not yet
    // within the 14-day window (it is 30 days away).
    const later = await registerStatus(env.DB, reg.registerId, Date.now() + 10 * 86_400_000);
    expect(later).toMatchObject({ overdue: 3, dueSoon: 0 });
    const muchLater = await registerStatus(env.DB, reg.registerId, Date.now() + 30 * 86_400_000);
    expect(muchLater).toMatchObject({ overdue: 3, dueSoon: 1 });
  });

  it('still counts a snapshot stored before counts were kept at ingest, from its rows', async () => {
    const reg = await enrol('1OldSnapshotSheet');
    const { payload } = dueMix('1OldSnapshotSheet');
    expect((await putSnapshot(reg, payload)).status).toBe(200);
    await env.DB.batch([
      env.DB.prepare('DELETE FROM holding_deadlines WHERE register_id = ?').bind(reg.registerId),
      env.DB.prepare('UPDATE registers SET deadlines_counted = 0 WHERE id = ?').bind(reg.registerId),
    ]);
    expect(await getStatus(reg)).toMatchObject({ overdue: 2, dueSoon: 1 });
  });

  it('shows a last run that was cut short, and why', async () => {
    const reg = await enrol('1CutShortSheet');
    await putSnapshot(reg, examplePayload({ spreadsheetId: '1CutShortSheet' }));
    await env.DB.prepare(
      `INSERT INTO runs (register_id, run_date, sent, failed, failed_addresses, finished_at, cut_short)
       VALUES (?, '2026-03-02', 4, 0, '[]', '2026-03-02T02:00:05Z', 'queryBudget')`,
    )
      .bind(reg.registerId)
      .run();
    expect((await getStatus(reg)).lastRun).toEqual({
      date: '2026-03-02',
      remindersSent: 4,
      remindersFailed: 0,
      failedAddresses: [],
      cutShort: 'queryBudget',
    });
  });
});

/** Two activities and five holdings whose due dates relative to today are fixed: 6 months
 * after collection for act-1, 5 years from the end of the financial year for act-2. */
function dueMix(spreadsheetId: string) {
  const payload = examplePayload({ spreadsheetId, activities: 2, holdings: 5 });
  payload.dataCategories = [];
  const today = todayInTimeZone(payload.register.timeZone, Date.now());
  const collected = [
    addMonths(addDays(today, -3), -6), // act-1: due 3 days ago → overdue
    addMonths(today, -70), // act-2: overdue
    addMonths(addDays(today, 5), -6), // act-1: due in 5 days → due soon
    addMonths(today, -1), // act-2: fine
    addMonths(addDays(today, 40), -6), // act-1: due in 40 days → fine
  ];
  payload.holdings.forEach((h, i) => {
    h.events = { collected: collected[i], recordDate: collected[i] };
    h.dataCategoryId = null;
    h.deletedOn = null;
    h.legalHold = false;
    h.extendedUntil = null;
  });
  return { payload, today };
}
