import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import type { RegisterStatus } from '../store/status.ts';
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
    });
  });
});
