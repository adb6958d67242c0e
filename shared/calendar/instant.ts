// Instants (epoch milliseconds) and the ISO date-time text that carries them across the
// contract: `YYYY-MM-DDTHH:mm[:ss]` followed by an explicit offset (`Z` or `±HH:MM`). A
// date-time without an offset is refused, because nobody could tell which instant it meant.
// The core computes on instants (a breach's 72 hours are 72 real hours, whatever the clocks
// do); only the adapters at the edges turn a wall-clock time in a time zone into an instant and
// back, with `localToInstant` and `formatInstant`. Like civilDate.ts, nothing here creates a
// `Date`: the calendar arithmetic is civilDate's, the zone rules come from `Intl`.

import { addDays, DEFAULT_TIME_ZONE, daysBetween, isIsoDate, isTimeZone } from './civilDate.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const EPOCH = '1970-01-01';

/** An ISO date-time with an explicit offset, e.g. `2026-03-27T09:00:00+01:00`. */
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Epoch milliseconds of a wall-clock reading as if it were UTC. */
function wallAsUtc(date: string, hour: number, minute: number, second = 0, ms = 0): number {
  return daysBetween(EPOCH, date) * DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/**
 * The instant an ISO date-time with an explicit offset names, or null for anything else (no
 * offset, an impossible date or time, an offset beyond ±18:00, or not a string).
 */
export function parseIsoDateTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = DATE_TIME.exec(value.trim());
  if (!m || !isIsoDate(m[1])) return null;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = Number((m[5] ?? '0').padEnd(3, '0'));
  let offset = 0;
  if (m[6] !== 'Z') {
    const [oh, om] = [Number(m[8]), Number(m[9])];
    if (oh > 18 || om > 59) return null;
    offset = (m[7] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return wallAsUtc(m[1], hour, minute, second, ms) - offset * MINUTE;
}

/** True for an ISO date-time with an explicit offset that names a real instant. */
export function isIsoDateTime(value: unknown): value is string {
  return parseIsoDateTime(value) !== null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const zone = isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The wall-clock reading at `instant` in `timeZone` (an unknown zone reads as Copenhagen). */
export interface WallClock {
  date: string;
  hour: number;
  minute: number;
  second: number;
}

export function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const date = `${String(parts.year).padStart(4, '0')}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
  return { date, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

/** The zone's offset from UTC at `instant`, in minutes (Copenhagen: 60 in winter, 120 in summer). */
export function offsetMinutes(timeZone: string, instant: number): number {
  const w = wallClockAt(instant, timeZone);
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return Math.round((wallAsUtc(w.date, w.hour, w.minute, w.second) - whole) / MINUTE);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `instant` as an ISO date-time in `timeZone` with its offset, e.g. `2026-03-30T11:00:00+02:00`. */
export function formatInstant(instant: number, timeZone: string): string {
  const w = wallClockAt(instant, timeZone);
  const offset = offsetMinutes(timeZone, instant);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${w.date}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `instant` in UTC (`…Z`), the form stored by the worker. */
export function formatUtc(instant: number): string {
  const day = Math.floor(instant / DAY);
  const rest = instant - day * DAY;
  const s = Math.floor(rest / 1000);
  return `${addDays(EPOCH, day)}T${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}Z`;
}

/**
 * The instant a wall-clock date and time (`HH:mm`) in `timeZone` names, or null when either is
 * not valid. Like Temporal's "compatible" choice: a time that occurs twice (the autumn hour)
 * is its first occurrence, and a time the spring change skips is moved forward by the gap
 * (02:30 on the spring Sunday in Copenhagen is 03:30 summer time).
 */
export function localToInstant(date: string, time: string, timeZone: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(String(time).trim());
  if (!isIsoDate(date) || !m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  const wall = wallAsUtc(date, Number(m[1]), Number(m[2]));
  // Offsets half a day either side: transitions are months apart, so these are the two that
  // can apply to this wall-clock time.
  const before = offsetMinutes(timeZone, wall - DAY / 2);
  const after = offsetMinutes(timeZone, wall + DAY / 2);
  const candidates = [wall - before * MINUTE, wall - after * MINUTE].filter(
    (t, i) => offsetMinutes(timeZone, t) === (i === 0 ? before : after),
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before * MINUTE;
}
