// The generator of shared/retention/due-vectors.json, and a second implementation of the due
// date written from the contract alone (docs/architecture.md, "due-date arithmetic"; the rule
// types in shared/retention/types.ts), never importing shared/retention/dueDate.ts or
// shared/calendar. It counts with the JavaScript Date in UTC instead of day numbers:
// - due = the event date (or, for a financial-year anchor, the last day of the financial year
//   the event falls in; for a calendar-year anchor, 31 December of the event's year) plus
//   years, then months, each clamped to the month's last day, then weeks and days; the due
//   date is the last day on which deletion is on time;
// - a custom event (trigger 'customEvent', whatever its name) is dated by `events.customEvent`;
// - 'earliest' takes the earliest date among the terms whose event is known (null if none);
//   'latest' needs every event and is otherwise null; a manual rule has no date;
// - a ceiling and a legal-hold extension do not move the date;
// - a rule with minimum periods (`floor`) also gets `mayDeleteFrom`: the day after the latest
//   floor period has run (each counted like a term), or null if any floor's event is unknown.
// `npx tsx test/tools/generate-due-vectors.ts` rewrites every vector's `due` (and, for a rule
// with a floor, `mayDeleteFrom`) from its inputs (note, rule, events, fiscalYearEnd, which are
// written by hand); test/tools/due-vectors.test.ts
// checks that the committed file is exactly what this computes.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const VECTORS_FILE = fileURLToPath(
  new URL('../../shared/retention/due-vectors.json', import.meta.url),
);

interface Term {
  period: { years: number; months: number; weeks: number; days: number };
  trigger: string;
  anchor: 'event' | 'fiscalYearEnd' | 'calendarYearEnd';
  event?: string;
}
type Rule =
  | { kind: 'manual' }
  | { kind: 'computed'; terms: Term[]; floor?: Term[]; combine: 'earliest' | 'latest' };
export interface DueVector {
  note: string;
  rule: Rule;
  events: Record<string, string | null>;
  fiscalYearEnd: string;
  due: string | null;
  mayDeleteFrom?: string | null;
}

const DAY_MS = 86_400_000;

function lastDayOfMonth(year: number, month1: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month1, 0); // day 0 of the next month is the last of this one
  return d.getUTCDate();
}

function utc(year: number, month1: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month1 - 1, day);
  return d;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number);
  return [y, m, d];
}

function addYearsMonthsClamped(isoDate: string, years: number, months: number): string {
  const [y, m, d] = parts(isoDate);
  const y1 = y + years;
  const d1 = Math.min(d, lastDayOfMonth(y1, m));
  const m0 = m - 1 + months;
  const y2 = y1 + Math.floor(m0 / 12);
  const m2 = (m0 % 12) + 1;
  return iso(utc(y2, m2, Math.min(d1, lastDayOfMonth(y2, m2))));
}

/** The last day of the financial year ending on MM-DD (29 Feb: 28 Feb in a common year) that
 * contains the date. */
function financialYearEnd(isoDate: string, mmdd: string): string {
  const [month, day] = mmdd.split('-').map(Number);
  const [year] = parts(isoDate);
  const endIn = (y: number) => iso(utc(y, month, Math.min(day, lastDayOfMonth(y, month))));
  return isoDate <= endIn(year) ? endIn(year) : endIn(year + 1);
}

function termDue(term: Term, events: DueVector['events'], fiscalYearEnd: string): string | null {
  const event = events[term.trigger];
  if (typeof event !== 'string') return null;
  const start =
    term.anchor === 'fiscalYearEnd'
      ? financialYearEnd(event, fiscalYearEnd)
      : term.anchor === 'calendarYearEnd'
        ? `${event.slice(0, 4)}-12-31`
        : event;
  const { years, months, weeks, days } = term.period;
  const afterMonths = addYearsMonthsClamped(start, years, months);
  return iso(new Date(Date.parse(`${afterMonths}T00:00:00Z`) + (weeks * 7 + days) * DAY_MS));
}

/** The due date of one vector's rule, computed independently of shared/retention. */
export function independentDue(v: Omit<DueVector, 'due'>): string | null {
  if (v.rule.kind !== 'computed') return null;
  const dates = v.rule.terms.map((t) => termDue(t, v.events, v.fiscalYearEnd));
  const known = dates.filter((d): d is string => d !== null).sort();
  if (v.rule.combine === 'latest') return known.length === dates.length ? known[known.length - 1] : null;
  return known[0] ?? null;
}

/** The first day a floor rule's item may be deleted, computed independently of shared/retention:
 * the day after the latest floor has run; null if any floor's event is unknown. `undefined` for
 * a rule without a floor. */
export function independentMayDeleteFrom(
  v: Omit<DueVector, 'due' | 'mayDeleteFrom'>,
): string | null | undefined {
  if (v.rule.kind !== 'computed' || !v.rule.floor) return undefined;
  const ends = v.rule.floor.map((t) => termDue(t, v.events, v.fiscalYearEnd));
  if (ends.some((d) => d === null)) return null;
  const latest = (ends as string[]).sort()[ends.length - 1];
  return iso(new Date(Date.parse(`${latest}T00:00:00Z`) + DAY_MS));
}

/** One vector with its computed fields; `mayDeleteFrom` only where the rule has a floor. */
function generatedVector(v: DueVector): DueVector {
  const { mayDeleteFrom: _written, ...inputs } = v;
  const mayDeleteFrom = independentMayDeleteFrom(inputs);
  const due = independentDue(inputs);
  return mayDeleteFrom === undefined ? { ...inputs, due } : { ...inputs, due, mayDeleteFrom };
}

/** The vector file as this generator writes it from the file's hand-written inputs. */
export function generatedFile(): string {
  const file = JSON.parse(readFileSync(VECTORS_FILE, 'utf8')) as { vectors: DueVector[] };
  const vectors = file.vectors.map(generatedVector);
  return `${JSON.stringify({ ...file, vectors }, null, 1)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(VECTORS_FILE, generatedFile());
  console.log(`wrote ${VECTORS_FILE}`);
}
