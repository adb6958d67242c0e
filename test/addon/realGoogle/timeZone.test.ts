// Date cells without Intl time-zone data: Apps Script's V8 is not documented to carry it, so
// the built bundle runs here with an Intl.DateTimeFormat that refuses every zone but UTC, and
// date cells on both sides of Copenhagen's daylight-saving changes must still read and write
// as the civil dates they show.

import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { RetentionChange } from '../../../addon/views/retention.ts';
import type { RegisterDocument } from '../../../shared/register/types.ts';
import { fakeRegister, PRACTICE, sheetRows } from '../features/fixtureRegister.ts';
import { callPublic, fixToday } from '../features/helpers.ts';
import { loadAddon } from '../harness.ts';

/** Makes the add-on realm's Intl.DateTimeFormat throw RangeError for any zone but UTC. */
function withoutZoneData(context: object): void {
  vm.runInContext(
    `(() => {
      const Original = Intl.DateTimeFormat;
      const Shim = function (locales, options) {
        const zone = options && options.timeZone;
        if (zone !== undefined && String(zone).toUpperCase() !== 'UTC')
          throw new RangeError('Invalid time zone specified: ' + zone);
        return new Original(locales, options);
      };
      Shim.prototype = Original.prototype;
      Shim.supportedLocalesOf = Original.supportedLocalesOf;
      Intl.DateTimeFormat = Shim;
    })()`,
    context,
  );
}

/** Recruitment holdings collected on both sides of the spring change (29 March 2026). */
function register(): RegisterDocument {
  const doc: RegisterDocument = structuredClone(PRACTICE);
  const base = { activityId: 'act-rekr', activity: 'Rekruttering' };
  doc.sheets.retentionLog = [
    { ...base, id: 'h-winter', reference: 'ANS-W', collected: '2026-03-28' },
    { ...base, id: 'h-summer', reference: 'ANS-S', collected: '2026-03-30' },
  ];
  return doc;
}

function addonWithoutZoneData() {
  const addon = loadAddon({ spreadsheet: fakeRegister(register()), locale: 'da_DK' });
  withoutZoneData(addon.ctx);
  fixToday(addon, '2026-11-25');
  return addon;
}

describe('date cells in Europe/Copenhagen where Intl has no time-zone data', () => {
  it('the shim really takes Intl’s zone data away from the add-on', () => {
    const addon = addonWithoutZoneData();
    expect(() =>
      vm.runInContext(`new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Copenhagen' })`, addon.ctx),
    ).toThrow(/Invalid time zone/);
  });

  it('reads a date before and a date after the spring change as the days they show (due six months later)', () => {
    const addon = addonWithoutZoneData();
    const reply = callPublic<RetentionChange>(addon, 'extendHolding', 'h-winter', '2026-12-31', 'Klage');
    if (!reply.ok) throw new Error(reply.message);
    const due = Object.fromEntries(
      [...reply.value.overview.overdue, ...reply.value.overview.dueSoon].map((i) => [i.holdingId, i.due]),
    );
    // Six months after 30 March 2026 (summer time) is 30 September; read a day early, it would be the 29th.
    expect(due['h-summer']).toBe('2026-09-30');
  });

  it('writes dates on both sides of the autumn change as midnight of that day in Copenhagen', () => {
    const addon = addonWithoutZoneData();
    for (const [id, until] of [
      ['h-winter', '2027-10-30'],
      ['h-summer', '2027-11-01'],
    ]) {
      const reply = callPublic(addon, 'extendHolding', id, until, 'Verserende sag');
      if (!reply.ok) throw new Error(reply.message);
    }
    const rows = sheetRows(addon.ss, 'retentionLog');
    const instant = (id: string) =>
      (rows.find((h) => h.id === id)?.extendedUntil as Date | undefined)?.toISOString();
    // Midnight 30 October 2027 is in summer time (UTC+2), midnight 1 November in winter time (UTC+1).
    expect(instant('h-winter')).toBe('2027-10-29T22:00:00.000Z');
    expect(instant('h-summer')).toBe('2027-10-31T23:00:00.000Z');
  });
});
