// Cell values across the boundary between Sheets and the core: a date cell (a Date at midnight
// in the spreadsheet's time zone) becomes an ISO string and back, a date-time cell an ISO
// date-time with the zone's offset and back; text the add-on writes is
// neutralised so that Sheets never reads it as a formula, a number or a date. Pure functions:
// no service calls, so converting 20,000 rows costs nothing in round trips.

import { parseIsoDateTime } from '../../../shared/calendar/instant.ts';
import type { ColumnDef } from '../../../shared/register/schema.ts';
import type { CellValue } from '../../../shared/register/types.ts';

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    try {
      formatters.set(
        timeZone,
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          year: 'numeric',
          month: '2-digit',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
          second: '2-digit',
        }),
      );
    } catch {
      formatters.set(timeZone, null);
    }
  }
  return formatters.get(timeZone) ?? null;
}

/** An instant's civil fields [y, m, d, h, min, s] in a zone, from outside Intl. */
export type ZoneFields = (instant: number) => number[];

const zoneSources = new Map<string, { fields: ZoneFields; seen: Map<number, number[]> }>();

/** Whether this runtime's Intl knows the zone. */
export function zoneKnownToIntl(timeZone: string): boolean {
  return formatterFor(timeZone) !== null;
}

/**
 * Where Intl lacks the zone, its civil fields come from Apps Script (Utilities.formatDate),
 * asked once per distinct instant: date cells on either side of a daylight-saving change each
 * get their own offset.
 */
export function setZoneFields(timeZone: string, fields: ZoneFields): void {
  zoneSources.set(timeZone, { fields, seen: new Map() });
}

function zoneFields(instant: number, timeZone: string): number[] {
  const fmt = formatterFor(timeZone);
  const source = zoneSources.get(timeZone);
  if (!fmt && source) {
    let fields = source.seen.get(instant);
    if (!fields) {
      fields = source.fields(instant);
      source.seen.set(instant, fields);
    }
    return fields;
  }
  if (!fmt) {
    // No such zone: fall back to the script's own zone (the manifest's Europe/Copenhagen).
    const d = new Date(instant);
    return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
  }
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(instant))) parts[p.type] = Number(p.value);
  return [parts.year, parts.month, parts.day, parts.hour % 24, parts.minute, parts.second];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The civil date (YYYY-MM-DD) a date cell shows in the spreadsheet's time zone. */
export function isoFromDate(d: Date, timeZone: string): string {
  const [y, m, day] = zoneFields(d.getTime(), timeZone);
  return `${pad(y, 4)}-${pad(m)}-${pad(day)}`;
}

/** Midnight of a civil date in the spreadsheet's time zone, as Sheets stores a typed date. */
export function dateFromIso(iso: string, timeZone: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const offsetAt = (t: number) => {
    const [yy, mm, dd, hh, mi, ss] = zoneFields(t, timeZone);
    return Date.UTC(yy, mm - 1, dd, hh, mi, ss) - Math.floor(t / 1000) * 1000;
  };
  let t = guess - offsetAt(guess);
  t = guess - offsetAt(t);
  return new Date(t);
}

/**
 * A date-time cell as an ISO date-time with the spreadsheet zone's offset at that instant, the
 * same text `Utilities.formatDate(d, zone, "yyyy-MM-dd'T'HH:mm:ssXXX")` gives (the civil fields
 * come from Intl, or from Apps Script where Intl lacks the zone: see setZoneFields).
 */
export function isoDateTimeFromDate(d: Date, timeZone: string): string {
  const t = Math.floor(d.getTime() / 1000) * 1000;
  const [y, m, day, h, mi, s] = zoneFields(t, timeZone);
  const offset = Math.round((Date.UTC(y, m - 1, day, h, mi, s) - t) / 60_000);
  const abs = Math.abs(offset);
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(day)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A raw cell value as the core sees it: Dates → ISO (a date, or a date-time with its offset in
 * a dateTime column), blanks → ''. Text typed into a dateTime cell stays text: Validate accepts
 * it when it is an ISO date-time with an offset and reports anything else as unreadable.
 */
export function toCore(raw: unknown, timeZone: string, column?: ColumnDef): CellValue {
  if (raw === null || raw === undefined) return '';
  if (isDate(raw))
    return column?.type === 'dateTime' ? isoDateTimeFromDate(raw, timeZone) : isoFromDate(raw, timeZone);
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return String(raw);
}

/**
 * Text the add-on writes, kept exactly as the user's text: one rule, an apostrophe in front of
 * every non-empty text. Sheets stores what follows the apostrophe as text and never parses it
 * (formulas, numbers, dates, times, percentages, currency, TRUE/FALSE, or a text that itself
 * starts with an apostrophe). Guessing which texts Sheets would misread missed some.
 */
export function textForCell(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** A core value written into a cell of this column. */
export function toCell(
  value: CellValue | undefined,
  column: ColumnDef | undefined,
  timeZone: string,
): unknown {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    if (column?.type === 'date' && ISO_DATE.test(value)) return dateFromIso(value, timeZone);
    const instant = column?.type === 'dateTime' ? parseIsoDateTime(value) : null;
    if (instant !== null) return new Date(instant);
    return textForCell(value);
  }
  return value;
}

/** A raw value read from a cell, written back unchanged (text that Sheets would re-parse is guarded). */
export function rawForCell(raw: unknown): unknown {
  if (typeof raw === 'string') return textForCell(raw);
  return raw ?? '';
}
