// Sheets' serial dates: a date cell's value is the number of days since 30 December 1899 in the
// spreadsheet's own time zone (the Sheets API's SERIAL_NUMBER rendering), so its civil date needs
// no time-zone arithmetic: the whole days counted from that epoch.

import { addDays, daysBetween } from '../../shared/calendar/civilDate.ts';

const EPOCH = '1899-12-30';

/** The civil date (YYYY-MM-DD) a serial number shows; the time of day is dropped. */
export function isoFromSerial(serial: number): string {
  return addDays(EPOCH, Math.floor(serial));
}

/** The serial number of a civil date at midnight. */
export function serialFromIso(iso: string): number {
  return daysBetween(EPOCH, iso);
}
