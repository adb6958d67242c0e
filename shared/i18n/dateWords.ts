// Month and weekday names in Danish and English, and the long date written with them
// ("tirsdag 7. april 2026" / "Tuesday 7 April 2026"): one table for the worker's emails, the
// request form's live deadline and the breach clock. Written out here rather than asked of
// Intl, whose Danish data differs between Apps Script, workerd and Node.

import type { Lang } from '../register/types.ts';
import { weekday } from '../requests/holidays.ts';

export const MONTH_NAMES: Record<Lang, readonly string[]> = {
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

/** Monday first, as `weekday` counts. */
export const WEEKDAY_NAMES: Record<Lang, readonly string[]> = {
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** An ISO date with its weekday, in words: "tirsdag 7. april 2026" / "Tuesday 7 April 2026". */
export function longDateWithWeekday(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = WEEKDAY_NAMES[lang][weekday(iso)];
  return lang === 'da'
    ? `${day} ${d}. ${MONTH_NAMES.da[m - 1]} ${y}`
    : `${day} ${d} ${MONTH_NAMES.en[m - 1]} ${y}`;
}
