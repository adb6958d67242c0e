// The structured retention rule: what `parseRetention` produces, what travels to the worker,
// and what `dueDate` computes from. Trigger events are data: each is a date column of the
// retention log (see "Trigger events are data" in the contracts).

export const TRIGGER_EVENTS = [
  'collected',
  'lastContact',
  'relationshipEnded',
  'purposeFulfilled',
  'recordDate',
] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

/** A period added years first, then months (with month-end clamping), then weeks and days. */
export interface Period {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

/** One "period after event" term. `anchor: 'fiscalYearEnd'` counts from the end of the
 * financial year in which the event date falls (Bogføringsloven § 12(1)). */
export interface RetentionTerm {
  period: Period;
  trigger: TriggerEvent;
  anchor: 'event' | 'fiscalYearEnd';
}

export type ManualReason =
  | 'purposeBased' // "så længe formålet består", "formålsbaseret"
  | 'caseByCase' // "efter konkret vurdering"
  | 'unknownTrigger' // a period was understood but its trigger maps to no event kind
  | 'notUnderstood' // nothing computable could be read
  | 'empty'; // no text at all

export interface ComputedRule {
  kind: 'computed';
  /** One or more alternatives; `combine` says which date wins. */
  terms: RetentionTerm[];
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
