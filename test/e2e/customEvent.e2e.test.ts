// End to end for a retention rule that counts from an event the retention log has no column of
// its own for ("1 år efter bevillingsperiodens udløb"): the BUILT add-on (node:vm, Apps Script
// fakes, real HTTP) sets the register up with the Event date column, Validate asks for the date
// only on the holding that lacks it, the sync carries the dates, and the nightly job of the real
// local worker (workerd, local D1, the Queue) reminds exactly the holdings whose date has passed,
// and, once the missing date is typed in and synced, that one too.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmAll } from '../../cli/local/confirmLinks.ts';
import { type CapturedEmail, type LocalWorker, startLocalWorker } from '../../cli/local/startLocalWorker.ts';
import { sheetDef } from '../../shared/register/schema.ts';
import { callPublic } from '../addon/features/helpers.ts';
import { addHoldings, columnOf, holdingIdAt, readyRegister } from '../addon/syncRegister.ts';
import { addonAgainst, CONFIGURED_ORIGIN, night, type Reply } from './steps.ts';

/** 03:00 in Copenhagen on Monday 2 March 2026, and a week later. */
const RUN_1 = { instant: '2026-03-02T02:00:00Z', date: '2026-03-02' };
const RUN_2 = { instant: '2026-03-09T02:00:00Z', date: '2026-03-09' };
const OWNER = 'projekt@example.org';
const RULE = '1 år efter bevillingsperiodens udløb';

let worker: LocalWorker;

beforeAll(async () => {
  worker = await startLocalWorker();
});

afterAll(async () => {
  await worker?.stop();
});

function holdingItems(mail: CapturedEmail | undefined): string[] {
  return (mail?.items ?? [])
    .filter(([item]) => item.startsWith('holding:'))
    .map(([item, kind]) => `${item.slice('holding:'.length)}:${kind}`)
    .sort();
}

describe('A rule that counts from a custom event', () => {
  it('goes from Set up through Validate and sync to the nightly email, by the Event date column', async () => {
    const addon = addonAgainst(worker);
    const lang = 'da';
    const { activities } = readyRegister(
      addon,
      lang,
      { owner: OWNER, admin: 'admin@example.org', escalation: 'chef@example.org' },
      RUN_1.date,
    );
    // Set up made the Event date column; the first activity's rule now names a custom event.
    const eventCol = columnOf(addon, 'retentionLog', 'customEvent', lang);
    const acts = addon.ss.sheet(sheetDef('activities').title.da);
    acts.put(2, columnOf(addon, 'activities', 'retention', lang), [[RULE]]);
    const grant = activities[0];

    // Relative to RUN_1: the grant ended 15 Jan 2025 (due 15 Jan 2026: overdue), 1 Dec 2025
    // (due 1 Dec 2026: fine), and one holding whose event date nobody has typed yet.
    const rows = addHoldings(
      addon,
      [
        { reference: 'G-OVER', activity: grant, customEvent: '2025-01-15' },
        { reference: 'G-FINE', activity: grant, customEvent: '2025-12-01' },
        { reference: 'G-NODATE', activity: grant },
      ],
      lang,
    );

    // Validate asks for the date exactly where it is missing, naming the event.
    addon.ctx.validateRegister();
    const log = addon.ss.sheet(sheetDef('retentionLog').title.da);
    expect(log.notes.get(rows[2], eventCol)).toMatch(/^\[Art30\] .*bevillingsperiodens udløb/s);
    expect(log.notes.get(rows[0], eventCol)).toBe('');
    expect(log.notes.get(rows[1], eventCol)).toBe('');

    const enrolled = callPublic(
      addon,
      'enrolRegister',
      `${CONFIGURED_ORIGIN}/`,
      await worker.issueEnrolmentToken('Projekthuset ApS'),
    ) as Reply;
    expect(enrolled.ok).toBe(true);
    const id = Object.fromEntries(
      ['G-OVER', 'G-FINE', 'G-NODATE'].map((ref, i) => [ref, holdingIdAt(addon, rows[i], lang)]),
    );
    // The worker holds the event dates, and no date where the sheet has none.
    const stored = await worker.query<{ reference: string; custom_event: string | null }>(
      'SELECT h.reference, h.custom_event FROM holdings h JOIN registers r ON r.id = h.register_id AND r.current_version = h.version ORDER BY h.reference',
    );
    expect(stored.filter((h) => h.reference.startsWith('G-'))).toEqual([
      { reference: 'G-FINE', custom_event: '2025-12-01' },
      { reference: 'G-NODATE', custom_event: null },
      { reference: 'G-OVER', custom_event: '2025-01-15' },
    ]);

    // Nobody gets reminders before confirming (issue 15): the night before sends the
    // confirmation emails, and every contact confirms from its page by POST.
    expect(
      await confirmAll(worker, await night(worker, { instant: '2026-03-01T02:00:00Z', date: '2026-03-01' })),
    ).toContain(OWNER);

    const first = (await night(worker, RUN_1)).find((m) => m.recipient === OWNER);
    expect(holdingItems(first)).toEqual([`${id['G-OVER']}:overdue`]);
    expect(first?.body_text).toContain('G-OVER');
    expect(first?.body_text).not.toContain('G-NODATE');

    // The user types the missing date (the grant ended 1 Feb 2025: due 1 Feb 2026) and syncs.
    log.put(rows[2], eventCol, [['2025-02-01']]);
    addon.ctx.validateRegister();
    expect(log.notes.get(rows[2], eventCol)).toBe('');
    const synced = callPublic(addon, 'syncNow') as Reply;
    expect(synced.ok).toBe(true);

    const second = (await night(worker, RUN_2)).find((m) => m.recipient === OWNER);
    expect(holdingItems(second)).toContain(`${id['G-NODATE']}:overdue`);
    expect(holdingItems(second)).not.toContain(`${id['G-FINE']}:overdue`);
  });
});
