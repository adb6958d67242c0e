// End to end for personal-data breaches: the BUILT add-on (test build) in node:vm with the Apps
// Script fakes, against the real worker in a child process. A register is enrolled and its
// contacts confirm their addresses after the first night (issue 15: nobody is emailed
// reminders unconfirmed); a person saves a new breach in the new-breach form (its server function, as the sidebar calls it),
// which syncs at once; the hourly cron 24 hours after awareness emails the responsible person
// and the escalation contact; the notification to Datatilsynet is then recorded in the sheet
// and synced, and the next hourly run at 48 hours is silent. Instants by hand: aware Monday
// 30 November 2026 at 09:00 in Copenhagen (08:00 UTC), so Datatilsynet must be notified by
// Thursday 3 December 2026 at 09:00.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmAll } from '../../cli/local/confirmLinks.ts';
import { type LocalWorker, startLocalWorker } from '../../cli/local/startLocalWorker.ts';
import { callPublic } from '../addon/features/helpers.ts';
import { columnOf, readyRegister } from '../addon/syncRegister.ts';
import { addonAgainst, enrolHosted, night, type Reply } from './steps.ts';

/** The hourly cron of wrangler.toml (worker/job/scheduled.ts dispatches on it). */
const HOURLY = '0 * * * *';
const AWARE_UTC = Date.UTC(2026, 10, 30, 8, 0);
const HOUR = 3_600_000;
const at = (hours: number) => new Date(AWARE_UTC + hours * HOUR).toISOString();
/** The register's owner, who handles the breach: an address the register already names. */
const RESPONSIBLE = 'ejer@example.org';
const ESCALATION = 'chef@example.org';

let worker: LocalWorker;

beforeAll(async () => {
  worker = await startLocalWorker();
});

afterAll(async () => {
  await worker?.stop();
});

describe('A personal-data breach from the form to the 24-hour reminder', () => {
  it('saving a breach syncs at once, the hourly run at 24 hours emails its people, and a recorded notification silences the next run', async () => {
    const addon = addonAgainst(worker);
    readyRegister(
      addon,
      'da',
      { owner: RESPONSIBLE, admin: 'admin@example.org', escalation: ESCALATION },
      '2026-11-30',
    );
    const enrolled = await enrolHosted(addon, worker, {
      subject: 'breaches-e2e',
      email: 'admin@example.org',
    });
    expect(enrolled.ok).toBe(true);
    // The first night asks the register's contacts to confirm; they do, by POST.
    const confirmed = await confirmAll(
      worker,
      await night(worker, { instant: '2026-11-30T02:00:00Z', date: '2026-11-30' }),
    );
    expect(confirmed).toEqual(expect.arrayContaining([RESPONSIBLE, ESCALATION]));

    const saved = callPublic<{ id: string; sheetRow: number; notifyBy: number; synced: boolean }>(
      addon,
      'saveBreach',
      {
        reference: 'BRUD-2026-7',
        startedAt: '',
        awareAt: '2026-11-30T09:00',
        description: 'En medarbejder sendte en klientliste til en forkert modtager.',
        approxSubjects: '12',
        role: 'controller',
        risk: '',
        riskReasoning: '',
        responsible: RESPONSIBLE,
      },
    );
    expect(saved.ok ? 'ok' : saved.message).toBe('ok');
    if (!saved.ok) return;
    expect(saved.value.notifyBy).toBe(AWARE_UTC + 72 * HOUR);
    // Synced at once, with no call to Sync now: the worker's index holds the open breach.
    expect(saved.value.synced).toBe(true);
    expect(
      await worker.query('SELECT breach_id, reference, aware_at, role, responsible_email FROM open_breaches'),
    ).toEqual([
      {
        breach_id: saved.value.id,
        reference: 'BRUD-2026-7',
        aware_at: AWARE_UTC,
        role: 'controller',
        responsible_email: RESPONSIBLE,
      },
    ]);

    // 23 hours: no milestone yet.
    await worker.runScheduled(at(23), HOURLY);
    expect(await worker.readOutbox({ runDate: '2026-12-01' })).toEqual([]);
    // 24 hours: the responsible person and the escalation contact, once each.
    await worker.runScheduled(at(24), HOURLY);
    await worker.runScheduled(at(24.5), HOURLY);
    const first = await worker.readOutbox({ runDate: '2026-12-01' });
    expect(first.map((m) => [m.recipient, m.kind, m.run_date]).sort()).toEqual([
      [ESCALATION, 'notice', '2026-12-01'],
      [RESPONSIBLE, 'notice', '2026-12-01'],
    ]);
    for (const m of first) {
      expect(m.subject).toBe(
        'Brud BRUD-2026-7: Datatilsynet skal have besked senest torsdag 3. december 2026 kl. 09:00',
      );
      expect(m.body_text).not.toContain('klientliste');
    }

    // Datatilsynet notified on Tuesday 1 December at 10:30, typed into the sheet, then synced.
    const sheet = addon.ss.sheet('Brud');
    sheet.put(saved.value.sheetRow, columnOf(addon, 'breaches', 'authorityNotifiedAt', 'da'), [
      [new Date(Date.UTC(2026, 11, 1, 9, 30))],
    ]);
    const synced = callPublic(addon, 'syncNow') as Reply;
    expect(synced.ok ? 'ok' : synced.message).toBe('ok');
    expect(await worker.query('SELECT breach_id FROM open_breaches')).toEqual([]);

    // 48 hours: silent.
    await worker.runScheduled(at(48), HOURLY);
    expect(await worker.readOutbox({ runDate: '2026-12-02' })).toEqual([]);
  });
});
