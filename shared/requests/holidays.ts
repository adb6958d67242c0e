// Danish public holidays as data, and the working-day test the request deadline needs.
//
// Regulation (EEC, Euratom) No 1182/71, Art. 2(1): "public holidays" are the days designated as
// such in the Member State where the act is to be done, and Art. 3(4) moves a last day on a
// public holiday, a Sunday or a Saturday to the following working day. The Danish list
// (folkekirkens helligdage) is below. Store bededag (the fourth Friday after Easter) was
// abolished as a public holiday from 1 January 2024 (bill L 13, Folketinget 2022-23, 2nd
// session, adopted 28 February 2023); it stays in the data for dates up to 2023. Grundlovsdag
// (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December) are not public
// holidays in law: the shop-closing act lists grundlovsdag and juleaftensdag beside the
// holidays, and any day off on them comes from agreements. They are therefore working days
// here, which can only make a deadline earlier, never later.

import { addDays, daysBetween } from '../calendar/civilDate.ts';
import type { Localized } from '../register/types.ts';

/** A holiday falls a fixed number of days from Easter Sunday, or on a fixed date. */
export type HolidayRule = { easterOffset: number } | { month: number; day: number };

export interface PublicHoliday {
  id: string;
  name: Localized;
  rule: HolidayRule;
  /** First and last year the day was a public holiday, when it was not always one. */
  fromYear?: number;
  untilYear?: number;
}

export const DANISH_PUBLIC_HOLIDAYS: readonly PublicHoliday[] = [
  { id: 'newYearsDay', name: { da: 'Nytårsdag', en: "New Year's Day" }, rule: { month: 1, day: 1 } },
  { id: 'maundyThursday', name: { da: 'Skærtorsdag', en: 'Maundy Thursday' }, rule: { easterOffset: -3 } },
  { id: 'goodFriday', name: { da: 'Langfredag', en: 'Good Friday' }, rule: { easterOffset: -2 } },
  { id: 'easterSunday', name: { da: 'Påskedag', en: 'Easter Sunday' }, rule: { easterOffset: 0 } },
  { id: 'easterMonday', name: { da: '2. påskedag', en: 'Easter Monday' }, rule: { easterOffset: 1 } },
  {
    id: 'greatPrayerDay',
    name: { da: 'Store bededag', en: 'Great Prayer Day' },
    rule: { easterOffset: 26 },
    untilYear: 2023,
  },
  {
    id: 'ascensionDay',
    name: { da: 'Kristi himmelfartsdag', en: 'Ascension Day' },
    rule: { easterOffset: 39 },
  },
  { id: 'whitSunday', name: { da: 'Pinsedag', en: 'Whit Sunday' }, rule: { easterOffset: 49 } },
  { id: 'whitMonday', name: { da: '2. pinsedag', en: 'Whit Monday' }, rule: { easterOffset: 50 } },
  { id: 'christmasDay', name: { da: 'Juledag', en: 'Christmas Day' }, rule: { month: 12, day: 25 } },
  {
    id: 'boxingDay',
    name: { da: '2. juledag', en: 'Second Day of Christmas' },
    rule: { month: 12, day: 26 },
  },
];

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const byYear = new Map<number, Map<string, PublicHoliday>>();

/** The public holidays of `year` by ISO date. */
export function publicHolidaysOf(year: number): ReadonlyMap<string, PublicHoliday> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    const easter = easterSunday(year);
    for (const holiday of DANISH_PUBLIC_HOLIDAYS) {
      if ((holiday.fromYear ?? 0) > year || (holiday.untilYear ?? 9999) < year) continue;
      const r = holiday.rule;
      const date =
        'easterOffset' in r
          ? addDays(easter, r.easterOffset)
          : `${String(year).padStart(4, '0')}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
      days.set(date, holiday);
    }
    byYear.set(year, days);
  }
  return days;
}

// 1970-01-05 was a Monday.
const A_MONDAY = '1970-01-05';

/** 0 for Monday … 6 for Sunday. */
export function weekday(iso: string): number {
  return ((daysBetween(A_MONDAY, iso) % 7) + 7) % 7;
}

/** The holiday on `iso`, if it is one. */
export function publicHolidayOn(iso: string): PublicHoliday | undefined {
  return publicHolidaysOf(Number(iso.slice(0, 4))).get(iso);
}

/** Not a Saturday, a Sunday or a public holiday (the days Reg. 1182/71, Art. 3(4) moves past). */
export function isWorkingDay(iso: string): boolean {
  return weekday(iso) < 5 && publicHolidayOn(iso) === undefined;
}

/** `iso` itself when it is a working day, else the next working day (Art. 3(4)). */
export function onOrAfterWorkingDay(iso: string): string {
  let day = iso;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
