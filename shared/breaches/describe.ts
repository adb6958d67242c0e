// The breach clock in words, for the sidebar's live clock, Validate's messages and the
// worker's reminders: "Datatilsynet must be notified by Monday 30 March at 10:00". Weekday and
// month names are written out here rather than asked of Intl, whose Danish data differs
// between Apps Script, workerd and Node.

import { daysBetween } from '../calendar/civilDate.ts';
import { wallClockAt } from '../calendar/instant.ts';
import type { Lang, Localized } from '../register/types.ts';
import { notifyBy } from './clock.ts';

const WEEKDAYS: Record<Lang, string[]> = {
  // Index 0 is Thursday: 1970-01-01, day 0 of the epoch, was a Thursday.
  da: ['torsdag', 'fredag', 'lørdag', 'søndag', 'mandag', 'tirsdag', 'onsdag'],
  en: ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'],
};
const MONTHS: Record<Lang, string[]> = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const pad = (n: number) => String(n).padStart(2, '0');

/** "mandag 30. marts 2026 kl. 10:00" / "Monday 30 March 2026 at 10:00", on the wall clock of `timeZone`. */
export function describeInstant(instant: number, timeZone: string, lang: Lang): string {
  const w = wallClockAt(instant, timeZone);
  const weekday = WEEKDAYS[lang][((daysBetween('1970-01-01', w.date) % 7) + 7) % 7];
  const [y, m, d] = w.date.split('-').map(Number);
  const time = `${pad(w.hour)}:${pad(w.minute)}`;
  return lang === 'da'
    ? `${weekday} ${d}. ${MONTHS.da[m - 1]} ${y} kl. ${time}`
    : `${weekday} ${d} ${MONTHS.en[m - 1]} ${y} at ${time}`;
}

/** The sentence the breach form shows live: when the authority must be notified. */
export function notifyByText(awareAt: number, timeZone: string): Localized {
  const by = notifyBy(awareAt);
  return {
    da: `Datatilsynet skal have besked senest ${describeInstant(by, timeZone, 'da')}.`,
    en: `Datatilsynet must be notified by ${describeInstant(by, timeZone, 'en')}.`,
  };
}
