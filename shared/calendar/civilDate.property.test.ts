// Invariants of civil-date arithmetic over generated dates, checked against the platform's own
// UTC calendar (only here, in a test: the core itself never touches Date).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addPeriod,
  addYears,
  compareIso,
  daysBetween,
  daysInMonth,
  isIsoDate,
} from './civilDate.ts';

const isoDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2400, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('civil-date invariants', () => {
  it('agrees with the UTC calendar when adding days', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -40000, max: 40000 }), (iso, n) => {
        const expected = new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(iso, n)).toBe(expected);
      }),
    );
  });

  it('undoes an addition of days by subtracting them, and daysBetween measures it', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -40000, max: 40000 }), (iso, n) => {
        const later = addDays(iso, n);
        expect(isIsoDate(later)).toBe(true);
        expect(addDays(later, -n)).toBe(iso);
        expect(daysBetween(iso, later)).toBe(n);
        expect(Math.sign(compareIso(later, iso))).toBe(Math.sign(n));
      }),
    );
  });

  it('keeps the day of month when adding months, unless the target month is shorter', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -1200, max: 1200 }), (iso, n) => {
        const out = addMonths(iso, n);
        const [y, m, d] = iso.split('-').map(Number);
        const [oy, om, od] = out.split('-').map(Number);
        expect(oy * 12 + om - (y * 12 + m)).toBe(n);
        expect(od).toBe(Math.min(d, daysInMonth(oy, om)));
      }),
    );
  });

  it('never moves backwards when adding a non-negative number of months or years', () => {
    fc.assert(
      fc.property(isoDate, fc.nat(600), fc.nat(50), (iso, months, years) => {
        expect(compareIso(addMonths(iso, months), iso)).toBeGreaterThanOrEqual(0);
        expect(compareIso(addYears(iso, years), iso)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('adds twelve months exactly as one year', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -100, max: 100 }), (iso, n) => {
        expect(addYears(iso, n)).toBe(addMonths(iso, 12 * n));
      }),
    );
  });
});

describe('adding a retention period', () => {
  it('adds years, then months, then days, exactly as the three steps one after the other', () => {
    fc.assert(
      fc.property(isoDate, fc.nat(60), fc.nat(60), fc.nat(800), (iso, years, months, days) => {
        expect(addPeriod(iso, years, months, days)).toBe(
          addDays(addMonths(addYears(iso, years), months), days),
        );
      }),
    );
  });
});
