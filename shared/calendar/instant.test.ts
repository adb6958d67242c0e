// ISO date-times with explicit offsets, and the wall clock of a time zone across both
// daylight-saving changes. Expected instants are written with Date.UTC from the calendar:
// in 2026 Europe/Copenhagen moves to summer time on Sunday 29 March at 01:00 UTC and back on
// Sunday 25 October at 01:00 UTC (the last Sundays of March and October).
import { describe, expect, it } from 'vitest';
import {
  formatInstant,
  formatUtc,
  isIsoDateTime,
  localToInstant,
  offsetMinutes,
  parseIsoDateTime,
} from './instant.ts';

const CPH = 'Europe/Copenhagen';

describe('an ISO date-time with an explicit offset', () => {
  it('names the same instant whatever offset it is written with', () => {
    const instant = Date.UTC(2026, 2, 27, 8, 0);
    expect(parseIsoDateTime('2026-03-27T09:00:00+01:00')).toBe(instant);
    expect(parseIsoDateTime('2026-03-27T08:00Z')).toBe(instant);
    expect(parseIsoDateTime('2026-03-27T03:00:00-05:00')).toBe(instant);
    expect(parseIsoDateTime('2026-03-27T13:30:00+05:30')).toBe(instant);
    expect(parseIsoDateTime('2026-03-27T08:00:00.250Z')).toBe(instant + 250);
  });

  it('is refused without an offset, with an impossible date or time, or as anything but text', () => {
    for (const bad of [
      '2026-03-27T09:00:00',
      '2026-03-27 09:00+01:00',
      '2026-02-30T09:00+01:00',
      '2026-03-27T24:00+01:00',
      '2026-03-27T09:60+01:00',
      '2026-03-27T09:00+19:00',
      '2026-03-27',
      '',
      45_000,
      null,
    ]) {
      expect(parseIsoDateTime(bad), String(bad)).toBeNull();
      expect(isIsoDateTime(bad)).toBe(false);
    }
  });
});

describe('the wall clock of a time zone', () => {
  it('has the winter and the summer offset of Copenhagen, changing at 01:00 UTC', () => {
    expect(offsetMinutes(CPH, Date.UTC(2026, 2, 29, 0, 59))).toBe(60);
    expect(offsetMinutes(CPH, Date.UTC(2026, 2, 29, 1, 0))).toBe(120);
    expect(offsetMinutes(CPH, Date.UTC(2026, 9, 25, 0, 59))).toBe(120);
    expect(offsetMinutes(CPH, Date.UTC(2026, 9, 25, 1, 0))).toBe(60);
  });

  it('formats an instant with the offset that applied then, and in UTC', () => {
    expect(formatInstant(Date.UTC(2026, 2, 29, 0, 30), CPH)).toBe('2026-03-29T01:30:00+01:00');
    expect(formatInstant(Date.UTC(2026, 2, 29, 1, 0), CPH)).toBe('2026-03-29T03:00:00+02:00');
    expect(formatInstant(Date.UTC(2026, 9, 25, 0, 30), CPH)).toBe('2026-10-25T02:30:00+02:00');
    expect(formatInstant(Date.UTC(2026, 9, 25, 1, 30), CPH)).toBe('2026-10-25T02:30:00+01:00');
    expect(formatInstant(Date.UTC(2026, 0, 1, 12, 0), 'America/New_York')).toBe('2026-01-01T07:00:00-05:00');
    expect(formatUtc(Date.UTC(2026, 2, 27, 8, 5, 9))).toBe('2026-03-27T08:05:09Z');
    for (const t of [
      Date.UTC(2026, 2, 29, 1, 0),
      Date.UTC(2026, 9, 25, 1, 30),
      Date.UTC(1999, 11, 31, 23, 59),
    ])
      expect(parseIsoDateTime(formatInstant(t, CPH))).toBe(t);
  });

  it('turns a typed date and time into an instant: the skipped spring hour moves forward, the doubled autumn hour is its first', () => {
    expect(localToInstant('2026-07-01', '12:00', CPH)).toBe(Date.UTC(2026, 6, 1, 10, 0));
    expect(localToInstant('2026-01-15', '09:00', CPH)).toBe(Date.UTC(2026, 0, 15, 8, 0));
    // 02:30 does not exist on 29 March: it is read as 03:30 summer time.
    expect(localToInstant('2026-03-29', '02:30', CPH)).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // 02:30 happens twice on 25 October: the first, still summer time.
    expect(localToInstant('2026-10-25', '02:30', CPH)).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(localToInstant('2026-10-25', '03:00', CPH)).toBe(Date.UTC(2026, 9, 25, 2, 0));
    expect(localToInstant('2026-02-30', '09:00', CPH)).toBeNull();
    expect(localToInstant('2026-03-01', '9:00', CPH)).toBeNull();
    expect(localToInstant('2026-03-01', '24:00', CPH)).toBeNull();
  });
});
