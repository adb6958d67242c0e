import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareIso,
  daysBetween,
  isIsoDate,
  isTimeZone,
  parseLooseDate,
  todayInTimeZone,
} from './civilDate.ts';

describe('civil dates', () => {
  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-4-3')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate(' 2025-01-01')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2025-03-15', 0)).toBe('2025-03-15');
    expect(addDays('1970-01-01', 365 * 400 + 97)).toBe('2370-01-01');
  });

  it('clamps a month addition to the last day of the target month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-01-31', 6)).toBe('2026-07-31');
    expect(addMonths('2026-03-31', 3)).toBe('2026-06-30');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-03-15', 24)).toBe('2027-03-15');
  });

  it('turns 29 February plus a year into 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2025-03-15', 5)).toBe('2030-03-15');
  });

  it('counts days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-15', '2025-03-01')).toBe(-14);
    expect(daysBetween('2025-03-30', '2025-03-31')).toBe(1);
  });

  it('orders ISO dates', () => {
    expect(compareIso('2025-01-02', '2025-01-10')).toBeLessThan(0);
    expect(compareIso('2025-01-10', '2025-01-10')).toBe(0);
    expect(compareIso('2026-01-01', '2025-12-31')).toBeGreaterThan(0);
  });

  it('rejects a malformed date instead of computing with it', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('soon', 1)).toThrow(RangeError);
    expect(() => addYears('9999-06-01', 1)).toThrow(RangeError);
  });

  it("gives today's civil date in the register's time zone, not the machine's", () => {
    // 2025-03-29 23:30 UTC is already 30 March in Copenhagen (UTC+1) but not in New York.
    const instant = Date.UTC(2025, 2, 29, 23, 30);
    expect(todayInTimeZone('Europe/Copenhagen', instant)).toBe('2025-03-30');
    expect(todayInTimeZone('America/New_York', instant)).toBe('2025-03-29');
    expect(todayInTimeZone('UTC', instant)).toBe('2025-03-29');
    // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July in Copenhagen (UTC+2).
    expect(todayInTimeZone('Europe/Copenhagen', Date.UTC(2025, 5, 30, 22, 30))).toBe('2025-07-01');
    expect(todayInTimeZone('Pacific/Kiritimati', Date.UTC(2025, 11, 31, 12, 0))).toBe('2026-01-01');
  });

  it('falls back to Copenhagen for an unknown time zone instead of stopping a nightly run', () => {
    const instant = Date.UTC(2025, 2, 29, 23, 30);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('Europe/Copenhagen')).toBe(true);
    expect(todayInTimeZone('Mars/Olympus_Mons', instant)).toBe('2025-03-30');
  });

  it('reads dates as people type them, day first', () => {
    expect(parseLooseDate('2026-03-01')).toBe('2026-03-01');
    expect(parseLooseDate('2026-3-1')).toBe('2026-03-01');
    expect(parseLooseDate('2026-03-01T10:15:00Z')).toBe('2026-03-01');
    expect(parseLooseDate('2026-03-01 00:00:00')).toBe('2026-03-01');
    expect(parseLooseDate('1-3-2026')).toBe('2026-03-01');
    expect(parseLooseDate('01.03.2026')).toBe('2026-03-01');
    expect(parseLooseDate('1/3/2026')).toBe('2026-03-01');
    expect(parseLooseDate(' 1.3.26 ')).toBe('2026-03-01');
    expect(parseLooseDate('1. marts 2026')).toBe('2026-03-01');
    expect(parseLooseDate('1 March 2026')).toBe('2026-03-01');
    expect(parseLooseDate('March 1, 2026')).toBe('2026-03-01');
    expect(parseLooseDate('29.02.2024')).toBe('2024-02-29');
  });

  it('returns null for text that is not a date rather than guessing', () => {
    for (const text of [
      '',
      'snart',
      '29.02.2025',
      '32/1/2026',
      '1/13/2026',
      '2026',
      '1-3/2026',
      '1 constructor 2026',
    ]) {
      expect(parseLooseDate(text), text).toBeNull();
    }
  });
});
