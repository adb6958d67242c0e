// The due date of a retention rule: the LAST day on which deletion is on time (an item is
// overdue from the next day). Convention: due = trigger date + period, adding years first,
// then months (clamped to the month's last day), then weeks and days. So "6 måneder efter
// modtagelse" for data received 2026-01-31 is due 2026-07-31, and for 2025-08-31 it is due
// 2026-02-28: the period is counted from the event date itself, the way Danish and English
// practice reads "6 months after" (no extra day is added, none taken away). A test states it.
// The add-on, the CLI and the worker all call this one function, and due-vectors.json pins it.
//
// A minimum period ("mindst 5 år efter ophør") is a floor, not a deadline: `floorDate` gives
// the FIRST day the item may be deleted, the day after the period has run (kept "at least 5
// years" from 15 March 2025 means kept through 15 March 2030, deletable from 16 March 2030).

import { addDays, addPeriod, compareIso, daysInMonth, isIsoDate } from '../calendar/civilDate.ts';
import type { ComputedRule, RetentionRule, RetentionTerm, TriggerDates } from './types.ts';

export const DEFAULT_FISCAL_YEAR_END = '12-31';
const LAST_DATE = '9999-12-31';

/** True for a financial-year end written 'MM-DD' that exists in some year ('02-29' does). */
export function isFiscalYearEnd(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{2}-\d{2}$/.test(value)) return false;
  const month = Number(value.slice(0, 2));
  const day = Number(value.slice(3));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
}

/** The last day of the financial year in which `iso` falls. A year ending '02-29' ends on
 * 28 February in a common year. */
export function fiscalYearEndFor(iso: string, fiscalYearEnd: string): string {
  const fye = isFiscalYearEnd(fiscalYearEnd) ? fiscalYearEnd : DEFAULT_FISCAL_YEAR_END;
  const month = Number(fye.slice(0, 2));
  const day = Number(fye.slice(3));
  const endIn = (year: number) =>
    `${String(year).padStart(4, '0')}-${fye.slice(0, 2)}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;
  const year = Number(iso.slice(0, 4));
  const thisYear = endIn(year);
  return compareIso(iso, thisYear) <= 0 ? thisYear : endIn(year + 1);
}

/** The last day of the calendar year in which `iso` falls ("udgangen af kalenderåret",
 * "indkomståret"), whatever the register's financial year. */
export function calendarYearEndFor(iso: string): string {
  return `${iso.slice(0, 4)}-12-31`;
}

/** Where a term's period starts for this event date. */
function anchorDate(term: RetentionTerm, event: string, fiscalYearEnd: string): string {
  if (term.anchor === 'fiscalYearEnd') return fiscalYearEndFor(event, fiscalYearEnd);
  if (term.anchor === 'calendarYearEnd') return calendarYearEndFor(event);
  return event;
}

/** A period's count as a whole number of units. A rule from elsewhere (a synced payload)
 * might carry a negative or broken number; a period never runs backwards. */
function units(v: unknown): number {
  return typeof v === 'number' && v > 0 ? Math.trunc(v) : 0;
}

/** The due date of one term: it depends on the term and on one event date only. */
function termDue(term: RetentionTerm, events: TriggerDates, fiscalYearEnd: string): string | null {
  const event = events[term.trigger];
  if (!isIsoDate(event)) return null;
  const start = anchorDate(term, event, fiscalYearEnd);
  const period = term.period;
  try {
    return addPeriod(
      start,
      units(period?.years),
      units(period?.months),
      units(period?.weeks) * 7 + units(period?.days),
    );
  } catch {
    // Beyond year 9999: for every practical purpose never, and still not before the event.
    return LAST_DATE;
  }
}

/**
 * The due date of `rule` for a holding with these event dates, or null when it cannot be
 * computed (a manual rule, or no event date the rule needs).
 *
 * Alternatives: with combine 'earliest', the earliest due date among the terms whose event
 * date is known. A term whose event has not happened yet can only make the true date earlier
 * once it happens, so the known minimum is already a date by which deletion is required;
 * it moves earlier when the missing date is filled in. With combine 'latest', every event
 * is needed: a missing one could push the date later, so the date is unknown (null) until all
 * are filled in, rather than a date that might tell someone to delete too early.
 */
export function dueDate(
  rule: RetentionRule,
  events: TriggerDates,
  options: { fiscalYearEnd: string } = { fiscalYearEnd: DEFAULT_FISCAL_YEAR_END },
): string | null {
  if (!isComputable(rule)) return null;
  return combineTerms(rule, events ?? {}, options?.fiscalYearEnd ?? DEFAULT_FISCAL_YEAR_END, termDue);
}

/**
 * The first day on which the item may be deleted under the rule's minimum periods, or null
 * when the rule has none or an event date it needs is missing. With several minimum periods
 * every one must have run, so every event is needed (a missing one could only make it later).
 */
export function floorDate(
  rule: RetentionRule,
  events: TriggerDates,
  options: { fiscalYearEnd: string } = { fiscalYearEnd: DEFAULT_FISCAL_YEAR_END },
): string | null {
  if (rule?.kind !== 'computed' || !Array.isArray(rule.floor) || rule.floor.length === 0) return null;
  const fiscalYearEnd = options?.fiscalYearEnd ?? DEFAULT_FISCAL_YEAR_END;
  let last: string | null = null;
  for (const term of rule.floor) {
    const end = termDue(term, events ?? {}, fiscalYearEnd);
    if (end === null) return null;
    if (last === null || compareIso(end, last) > 0) last = end;
  }
  return last === null || last === LAST_DATE ? last : addDays(last, 1);
}

function isComputable(rule: RetentionRule): rule is ComputedRule {
  return rule?.kind === 'computed' && Array.isArray(rule.terms) && rule.terms.length > 0;
}

type TermDue = (term: RetentionTerm, events: TriggerDates, fiscalYearEnd: string) => string | null;

/** The date of the rule's terms that wins under its `combine` (see dueDate). */
function combineTerms(
  rule: ComputedRule,
  events: TriggerDates,
  fiscalYearEnd: string,
  dueOfTerm: TermDue,
): string | null {
  const latest = rule.combine === 'latest';
  let best: string | null = null;
  for (const term of rule.terms) {
    const due = dueOfTerm(term, events, fiscalYearEnd);
    if (due === null) {
      if (latest) return null;
      continue;
    }
    if (best === null || (latest ? compareIso(due, best) > 0 : compareIso(due, best) < 0)) best = due;
  }
  return best;
}

/**
 * `dueDate` for a whole register: the same answers, with each term's date remembered per
 * event date, because 100,000 holdings share a few thousand dates and a handful of rules.
 * Rules must not change while the returned function is in use (the parsed rules of one
 * register evaluation never do); make a new one for each evaluation.
 */
export function createDueDateMemo(options: {
  fiscalYearEnd: string;
}): (rule: RetentionRule, events: TriggerDates) => string | null {
  const fiscalYearEnd = options?.fiscalYearEnd ?? DEFAULT_FISCAL_YEAR_END;
  const byTerm = new Map<RetentionTerm, Map<string, string | null>>();
  const rememberedTermDue: TermDue = (term, events, fye) => {
    const event = events[term.trigger];
    if (typeof event !== 'string') return null; // not a date at all: nothing to remember
    let dates = byTerm.get(term);
    if (!dates) {
      dates = new Map();
      byTerm.set(term, dates);
    }
    let due = dates.get(event);
    if (due === undefined) {
      due = termDue(term, events, fye);
      dates.set(event, due);
    }
    return due;
  };
  return (rule, events) =>
    isComputable(rule) ? combineTerms(rule, events ?? {}, fiscalYearEnd, rememberedTermDue) : null;
}
