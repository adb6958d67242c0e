// The structured retention rule: what `parseRetention` produces, what travels to the worker,
// and what `dueDate` computes from. Trigger events are data: each is a date column of the
// retention log (see "Trigger events are data" in the contracts). `customEvent` is the
// retention log's event-date column: the date of whatever named event a rule counts from
// when it is none of the others ("6 måneder efter projektstart").

export const TRIGGER_EVENTS = [
  'collected',
  'lastContact',
  'relationshipEnded',
  'purposeFulfilled',
  'recordDate',
  'customEvent',
] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

/** A period added years first, then months (with month-end clamping), then weeks and days. */
export interface Period {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/** Where a term's period starts: the event date itself, or the end of the financial year
 * (Bogføringsloven § 12(1)) or of the calendar year in which the event date falls. */
export const ANCHORS = ['event', 'fiscalYearEnd', 'calendarYearEnd'] as const;
export type Anchor = (typeof ANCHORS)[number];

/** Custom events the parser knows by name; their keys stand for their words in both languages. */
export const NAMED_CUSTOM_EVENTS = [
  'applicationDeadline',
  'complaintDeadline',
  'referencePeriodEnd',
] as const;

/** One "period after event" term. A `customEvent` term names its event in `event`: one of
 * NAMED_CUSTOM_EVENTS, or the words the rule used ("projektstart"); other terms have none. */
export interface RetentionTerm {
  period: Period;
  trigger: TriggerEvent;
  anchor: Anchor;
  event?: string;
}

export type ManualReason =
  | 'purposeBased' // "så længe formålet består", "formålsbaseret"
  | 'caseByCase' // "efter konkret vurdering"
  | 'unknownTrigger' // counted from events the retention log cannot date (two custom events)
  | 'notUnderstood' // nothing computable could be read
  | 'empty'; // no text at all

export interface ComputedRule {
  kind: 'computed';
  /** The deadline's alternatives; `combine` says which date wins. Empty only when the rule
   * is a floor and nothing else ("mindst 5 år efter ophør"). */
  terms: RetentionTerm[];
  /** Minimum periods ("mindst", "at least", "minimum"): the item may be deleted from the day
   * after the last of them has run; they set no deadline. Absent when the rule has none. */
  floor?: RetentionTerm[];
  combine: 'earliest' | 'latest';
  /** "op til", "max.", "senest": the period is a ceiling, not a fixed time. */
  ceiling: boolean;
  /** "kan opbevares længere ved verserende krav": a legal hold stops the clock. */
  legalHoldExtends: boolean;
}

export interface ManualRule {
  kind: 'manual';
  reason: ManualReason;
  legalHoldExtends: boolean;
}

export type RetentionRule = ComputedRule | ManualRule;

/** Event dates of one holding, ISO `YYYY-MM-DD`; a missing event is absent or null. */
export type TriggerDates = Partial<Record<TriggerEvent, string | null>>;

/** The custom event a rule counts from (deadline or floor), or null when it names none. */
export function customEventOf(rule: RetentionRule | null): string | null {
  if (rule?.kind !== 'computed') return null;
  for (const term of [...rule.terms, ...(rule.floor ?? [])]) {
    if (term.trigger === 'customEvent') return term.event ?? '';
  }
  return null;
}
