// Civil-date arithmetic on ISO `YYYY-MM-DD` strings: the only way the core does date maths.
// A civil date has no time and no zone, so it cannot shift by a day when it crosses a time
// zone or a daylight-saving change; `todayInTimeZone` is the one place an instant becomes a
// civil date. No `Date` object is created or returned here: dates are turned into day
// numbers with pure arithmetic (days since 1970-01-01, proleptic Gregorian calendar), which
// runs the same in Apps Script's V8, workerd and Node.

const MIN_YEAR = 1;
const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True for a real calendar date written `YYYY-MM-DD` (years 0001 to 9999). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && packed(value) >= 0;
}

function validParts(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= MIN_YEAR &&
    y <= MAX_YEAR &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

// Reading an ISO date is on the hot path (a register has 100,000 holdings with several dates
// each), so it reads char codes and returns y*10000 + m*100 + d, or -1, allocating nothing.
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000000;
}
function packed(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return -1;
  return y * 10000 + m * 100 + d;
}

/** `iso` as y*10000 + m*100 + d; throws for anything but a real ISO date. */
function packedOrThrow(iso: string): number {
  const p = typeof iso === 'string' ? packed(iso) : -1;
  if (p < 0) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${String(iso).slice(0, 40)}`);
  return p;
}
const yearOf = (p: number) => Math.floor(p / 10000);
const monthOf = (p: number) => Math.floor(p / 100) % 100;
const dayOf = (p: number) => p % 100;

function dayNumberOf(iso: string): number {
  const p = packedOrThrow(iso);
  return toDayNumber(yearOf(p), monthOf(p), dayOf(p));
}

function format(y: number, m: number, d: number): string {
  if (y < MIN_YEAR || y > MAX_YEAR) throw new RangeError(`Date outside years 0001-9999 (year ${y})`);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days-from-civil).
function toDayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** `iso` plus `n` days (n may be negative). */
export function addDays(iso: string, n: number): string {
  return fromDayNumber(dayNumberOf(iso) + Math.trunc(n));
}

/** `iso` plus `n` months; a day that does not exist in the target month becomes that
 * month's last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(iso: string, n: number): string {
  const p = packedOrThrow(iso);
  const y = yearOf(p);
  const m = monthOf(p);
  const d = dayOf(p);
  const total = y * 12 + (m - 1) + Math.trunc(n);
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** `iso` plus years, then months (clamped to the month's last day), then days: how a
 * retention period is added (see dueDate.ts). Same as addDays(addMonths(addYears(…)))
 * with one parse and one format. */
export function addPeriod(iso: string, years: number, months: number, days: number): string {
  const p = packedOrThrow(iso);
  const y = yearOf(p);
  const m = monthOf(p);
  const d = dayOf(p);
  // Clamp after the years and again after the months: 29 Feb 2024 + 1 year = 28 Feb 2025,
  // + 6 months = 28 Aug 2025 (not 29 Aug, which adding 18 months at once would give).
  const y1 = y + Math.trunc(years);
  const d1 = y1 >= MIN_YEAR && y1 <= MAX_YEAR ? Math.min(d, daysInMonth(y1, m)) : d;
  const total = y1 * 12 + (m - 1) + Math.trunc(months);
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  if (ty < MIN_YEAR || ty > MAX_YEAR) throw new RangeError(`Date outside years 0001-9999 (year ${ty})`);
  const td = Math.min(d1, daysInMonth(ty, tm));
  return days === 0 ? format(ty, tm, td) : fromDayNumber(toDayNumber(ty, tm, td) + Math.trunc(days));
}

/** `iso` plus `n` years; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, n: number): string {
  return addMonths(iso, Math.trunc(n) * 12);
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumberOf(b) - dayNumberOf(a);
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. ISO dates sort as
 * strings, so this is a string comparison. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Building a DateTimeFormat is costly (ICU data lookup); one per time zone is plenty.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The default time zone of a register (the spreadsheet's, Europe/Copenhagen by default). */
export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';

/** True if the runtime knows this IANA time zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The civil date at `instant` (epoch milliseconds) in `timeZone`. An unknown zone name falls
 * back to Europe/Copenhagen rather than throwing: a nightly run over many registers must not
 * stop at one misconfigured register, and the callers validate the name where a user typed it
 * (`isTimeZone`).
 */
export function todayInTimeZone(timeZone: string, instant: number): string {
  const f = isTimeZone(timeZone) ? formatterFor(timeZone) : formatterFor(DEFAULT_TIME_ZONE);
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of f.formatToParts(instant)) {
    if (p.type === 'year') y = Number(p.value);
    else if (p.type === 'month') m = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
  }
  return format(y, m, d);
}

const MONTH_NAMES = new Map<string, number>(
  Object.entries({
    jan: 1,
    januar: 1,
    january: 1,
    feb: 2,
    februar: 2,
    february: 2,
    mar: 3,
    mrt: 3,
    marts: 3,
    march: 3,
    apr: 4,
    april: 4,
    maj: 5,
    may: 5,
    jun: 6,
    juni: 6,
    june: 6,
    jul: 7,
    juli: 7,
    july: 7,
    aug: 8,
    august: 8,
    sep: 9,
    sept: 9,
    september: 9,
    okt: 10,
    oct: 10,
    oktober: 10,
    october: 10,
    nov: 11,
    november: 11,
    dec: 12,
    december: 12,
  }),
);

function fullYear(text: string): number {
  const n = Number(text);
  // Two-digit years are how people abbreviate recent dates ("01.03.26").
  if (text.length === 2) return n < 70 ? 2000 + n : 1900 + n;
  return n;
}

function isoOrNull(y: number, m: number, d: number): string | null {
  return validParts(y, m, d) ? format(y, m, d) : null;
}

/**
 * A date as people type it in sheets and CSV files, or null: `2026-03-01` (a time after it
 * is ignored), and day-first `1-3-2026`, `01.03.2026`, `1/3/2026`, `1.3.26`, `1. marts 2026`,
 * `1 March 2026`, `March 1, 2026`. Day-first because the product's users write dates the
 * Danish and European way; a month-first US date such as 3/1/2026 is read as 3 January.
 */
export function parseLooseDate(text: string): string | null {
  if (typeof text !== 'string') return null;
  const t = text.trim().toLowerCase();
  if (t.length === 0 || t.length > 40) return null;
  let m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (m) return isoOrNull(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*([-./])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/.exec(t);
  if (m) return isoOrNull(fullYear(m[4]), Number(m[3]), Number(m[1]));
  m = /^(\d{1,2})\.?\s*([a-zæøå]+)\.?\s*(\d{4})$/.exec(t);
  if (m && MONTH_NAMES.has(m[2])) return isoOrNull(Number(m[3]), MONTH_NAMES.get(m[2])!, Number(m[1]));
  m = /^([a-zæøå]+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s*(\d{4})$/.exec(t);
  if (m && MONTH_NAMES.has(m[1])) return isoOrNull(Number(m[3]), MONTH_NAMES.get(m[1])!, Number(m[2]));
  return null;
}
