// The add-on's cell adapter for date-time cells: a Sheets date-time (a Date) becomes an ISO
// date-time with the spreadsheet zone's offset at that instant, and back. Expected texts written
// by hand: Copenhagen is UTC+1 in winter and UTC+2 in summer, changing at 01:00 UTC on the
// last Sundays of March (29 March 2026) and October (25 October 2026).

import { describe, expect, it } from 'vitest';
import { isDate, isoDateTimeFromDate, toCell, toCore } from '../../addon/src/sheets/cells.ts';
import { columnDef } from '../../shared/register/schema.ts';

const CPH = 'Europe/Copenhagen';
const awareAt = columnDef('breaches', 'awareAt');

describe('date-time cells between Sheets and the core', () => {
  it('a winter date-time reads with +01:00 and a summer one with +02:00', () => {
    expect(isoDateTimeFromDate(new Date(Date.UTC(2026, 10, 24, 8, 0)), CPH)).toBe(
      '2026-11-24T09:00:00+01:00',
    );
    expect(isoDateTimeFromDate(new Date(Date.UTC(2026, 5, 1, 7, 15, 30)), CPH)).toBe(
      '2026-06-01T09:15:30+02:00',
    );
  });

  it('the instants either side of the daylight-saving changes keep their own offsets', () => {
    expect(isoDateTimeFromDate(new Date(Date.UTC(2026, 2, 29, 0, 59)), CPH)).toBe(
      '2026-03-29T01:59:00+01:00',
    );
    expect(isoDateTimeFromDate(new Date(Date.UTC(2026, 2, 29, 1, 0)), CPH)).toBe('2026-03-29T03:00:00+02:00');
    expect(isoDateTimeFromDate(new Date(Date.UTC(2026, 9, 25, 0, 30)), CPH)).toBe(
      '2026-10-25T02:30:00+02:00',
    );
    expect(isoDateTimeFromDate(new Date(Date.UTC(2026, 9, 25, 1, 30)), CPH)).toBe(
      '2026-10-25T02:30:00+01:00',
    );
  });

  it("another spreadsheet zone gives that zone's wall clock and offset", () => {
    expect(isoDateTimeFromDate(new Date(Date.UTC(2026, 10, 24, 8, 0)), 'America/New_York')).toBe(
      '2026-11-24T03:00:00-05:00',
    );
  });

  it('a Date in a date-time column is read as a date-time, in a date column as a date', () => {
    const d = new Date(Date.UTC(2026, 10, 24, 8, 0));
    expect(toCore(d, CPH, awareAt)).toBe('2026-11-24T09:00:00+01:00');
    expect(toCore(d, CPH, columnDef('retentionLog', 'collected'))).toBe('2026-11-24');
  });

  it('text typed into a date-time cell reaches the core unchanged, for Validate to judge', () => {
    expect(toCore('2026-11-24T09:00+01:00', CPH, awareAt)).toBe('2026-11-24T09:00+01:00');
    expect(toCore('i går morges', CPH, awareAt)).toBe('i går morges');
  });

  it('an ISO date-time with any offset is written as the Date of that instant', () => {
    const cell = toCell('2026-11-24T08:00:00Z', awareAt, CPH);
    expect(isDate(cell) && cell.getTime()).toBe(Date.UTC(2026, 10, 24, 8, 0));
    const other = toCell('2026-11-24T10:00:00+02:00', awareAt, CPH);
    expect(isDate(other) && other.getTime()).toBe(Date.UTC(2026, 10, 24, 8, 0));
  });

  it('text that is no ISO date-time is written back as text, never guessed at', () => {
    expect(toCell('24-11-2026 09:00', awareAt, CPH)).toBe("'24-11-2026 09:00");
  });
});
