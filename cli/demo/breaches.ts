// The demo's personal-data breach: discovered yesterday at 09:00 (the run date's eve, on the
// register's wall clock), entered through the add-on's own new-breach form (saveBreach) as a
// person would, not yet assessed; the hourly job at 09:00 on the run date, 24 hours on, then
// reminds the person handling it and the escalation contact.

import { notifyBy } from '../../shared/breaches/clock.ts';
import { describeInstant } from '../../shared/breaches/describe.ts';
import { addDays, DEFAULT_TIME_ZONE } from '../../shared/calendar/civilDate.ts';
import { localToInstant } from '../../shared/calendar/instant.ts';
import type { Lang } from '../../shared/register/types.ts';
import { callPublic } from '../../test/addon/features/helpers.ts';
import type { LoadedAddon } from '../../test/addon/harness.ts';
import { DEMO_TEXT } from './messages.ts';
import { DEMO_PEOPLE, DemoRegisterError } from './register.ts';

const HOUR = 3_600_000;

export interface DemoBreach {
  reference: string;
  /** Awareness and the hourly run 24 hours on, as instants. */
  awareAt: number;
  remindAt: number;
  /** "onsdag 4. marts 2026 kl. 09:00": when Datatilsynet must have been notified. */
  notifyByText: string;
}

/** Yesterday at 09:00 on the register's wall clock, and the hour 24 hours on. */
export function demoBreachTimes(
  runDate: string,
  timeZone = DEFAULT_TIME_ZONE,
): { awareAt: number; remindAt: number } {
  const awareAt = localToInstant(addDays(runDate, -1), '09:00', timeZone);
  if (awareAt === null) throw new DemoRegisterError(`no 09:00 on the day before ${runDate}`);
  return { awareAt, remindAt: awareAt + 24 * HOUR };
}

/**
 * Saves the breach through the form's server function, with the add-on's clock on the run date
 * at noon (the form refuses an awareness in the future; the demo's "now" is its run date).
 */
export function addDemoBreach(addon: LoadedAddon, lang: Lang, runDate: string): DemoBreach {
  const { awareAt, remindAt } = demoBreachTimes(runDate);
  const reference = lang === 'da' ? `BRUD-${runDate.slice(0, 4)}-001` : `BREACH-${runDate.slice(0, 4)}-001`;
  const realNow = addon.realm.Date.now;
  addon.realm.Date.now = () => awareAt + 27 * HOUR;
  try {
    const reply = callPublic<{ notifyBy: number | null }>(addon, 'saveBreach', {
      reference,
      startedAt: '',
      awareAt: `${addDays(runDate, -1)}T09:00`,
      description: DEMO_TEXT.breachDescription[lang],
      approxSubjects: '25',
      role: 'controller',
      risk: '',
      riskReasoning: '',
      responsible: DEMO_PEOPLE[lang].owners[1],
    });
    if (!reply.ok) throw new DemoRegisterError(DEMO_TEXT.breachFailed(reply.message)[lang]);
  } finally {
    addon.realm.Date.now = realNow;
  }
  return {
    reference,
    awareAt,
    remindAt,
    notifyByText: describeInstant(notifyBy(awareAt), DEFAULT_TIME_ZONE, lang),
  };
}
