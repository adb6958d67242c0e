// The spreadsheet's civil dates from Apps Script's own time-zone data: Utilities.formatDate
// with the spreadsheet's time zone. Apps Script's V8 is not documented to carry full Intl
// time-zone data, so the add-on asks Utilities for what the core would otherwise compute
// with Intl.DateTimeFormat (today's date; a date cell's civil date where Intl lacks the zone).

import { setZoneFields, zoneKnownToIntl } from './cells.ts';

/** Today (YYYY-MM-DD) in the spreadsheet's time zone. */
export function spreadsheetToday(timeZone: string): string {
  return Utilities.formatDate(new Date(Date.now()), timeZone, 'yyyy-MM-dd');
}

/**
 * When this runtime's Intl lacks the zone, date cells are converted with Utilities.formatDate
 * in that zone (one Utilities call per distinct instant, none when Intl knows the zone), so a
 * date on the other side of a daylight-saving change gets that day's offset.
 */
export function prepareZone(timeZone: string): void {
  if (zoneKnownToIntl(timeZone)) return;
  setZoneFields(timeZone, (instant) =>
    Utilities.formatDate(new Date(instant), timeZone, 'yyyy-MM-dd-HH-mm-ss').split('-').map(Number),
  );
}
