// The spreadsheet's civil dates from Apps Script's own time-zone data: Utilities.formatDate
// with the spreadsheet's time zone. Apps Script's V8 is not documented to carry full Intl
// time-zone data, so the add-on asks Utilities for what the core would otherwise compute
// with Intl.DateTimeFormat (today's date; a zone's offset where Intl does not know it).

import { setZoneOffsetFallback, zoneKnownToIntl } from './cells.ts';

/** Today (YYYY-MM-DD) in the spreadsheet's time zone. */
export function spreadsheetToday(timeZone: string): string {
  return Utilities.formatDate(new Date(Date.now()), timeZone, 'yyyy-MM-dd');
}

/**
 * When this runtime's Intl lacks the zone, date cells are converted with the zone's current
 * offset from Utilities (one call; none when Intl knows the zone).
 */
export function prepareZone(timeZone: string): void {
  if (zoneKnownToIntl(timeZone)) return;
  const offset = Utilities.formatDate(new Date(Date.now()), timeZone, 'Z');
  const m = /^([+-])(\d{2})(\d{2})$/.exec(offset);
  if (m) setZoneOffsetFallback(timeZone, (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])));
}
