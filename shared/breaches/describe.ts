// The breach clock in words, for the sidebar's live clock, Validate's messages and the
// worker's reminders: "Datatilsynet must be notified by Monday 30 March at 10:00", with the
// weekday and month names of shared/i18n/dateWords.ts; and the hours left, for the form and the overview.

import { wallClockAt } from '../calendar/instant.ts';
import { longDateWithWeekday } from '../i18n/dateWords.ts';
import { formatMessage } from '../i18n/format.ts';
import type { Lang, Localized } from '../register/types.ts';
import { notifyBy } from './clock.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** "mandag 30. marts 2026 kl. 10:00" / "Monday 30 March 2026 at 10:00", on the wall clock of `timeZone`. */
export function describeInstant(instant: number, timeZone: string, lang: Lang): string {
  const w = wallClockAt(instant, timeZone);
  const time = `${pad(w.hour)}:${pad(w.minute)}`;
  return `${longDateWithWeekday(w.date, lang)} ${lang === 'da' ? 'kl.' : 'at'} ${time}`;
}

/** The sentence the breach form shows live: when the authority must be notified. */
export function notifyByText(awareAt: number, timeZone: string): Localized {
  const by = notifyBy(awareAt);
  return {
    da: `Datatilsynet skal have besked senest ${describeInstant(by, timeZone, 'da')}.`,
    en: `Datatilsynet must be notified by ${describeInstant(by, timeZone, 'en')}.`,
  };
}

const HOURS_LEFT: Localized = { da: '{n|# time|# timer} tilbage', en: '{n|# hour|# hours} left' };
const LAST_HOUR: Localized = { da: 'Under en time tilbage', en: 'Less than an hour left' };

/** The whole hours left before a deadline, in words ("5 timer tilbage"; under an hour when 0). */
export function hoursLeftText(hours: number, lang: Lang): string {
  return hours > 0 ? formatMessage(lang, HOURS_LEFT[lang], { n: hours }) : LAST_HOUR[lang];
}
