// The stage of a minimum period ("mindst 5 år efter ophør"): a floor is not a deadline. Before
// its date the item is simply kept; from its date it MAY be deleted and its owner is asked to
// decide ("may now be deleted: decide"), never told it is overdue and never escalated; if
// nobody records a decision within the register's decision window (floorReviewDays, default
// 90), it comes back as a review item. A decision is either the deletion (Deleted on) or keeping
// it with a reason and a new review date, which the retention log records as an extension
// (Extended until + its reason): the new date is then the next day to decide.

import { addDays, compareIso, isIsoDate } from '../calendar/civilDate.ts';
import { DEFAULT_SETTINGS } from '../register/settings.ts';
import { floorDate } from './dueDate.ts';
import type { RetentionRule, TriggerDates } from './types.ts';

export type FloorStage = 'notYet' | 'mayDelete' | 'review';

export interface FloorAssessment {
  stage: FloorStage;
  /** The first day the item may be deleted, or the later review date a decision to keep it set. */
  mayDeleteFrom: string;
  /** The first day it is a review item if nobody has decided. */
  reviewFrom: string;
}

/** The register's decision window as the assessment uses it: the default when unset or not positive. */
export function floorReviewDays(days: number | null | undefined): number {
  return typeof days === 'number' && Number.isInteger(days) && days > 0
    ? days
    : DEFAULT_SETTINGS.floorReviewDays;
}

/**
 * Where a holding stands under the minimum periods of `rule` on `today`, or null when the rule
 * has none or the floor's date is unknown (an event date is missing). `extendedUntil` is a
 * decision to keep the item until then; it only ever moves the decision later.
 */
export function assessFloor(
  rule: RetentionRule | null,
  events: TriggerDates,
  extendedUntil: string | null,
  opts: { today: string; fiscalYearEnd: string; floorReviewDays?: number | null },
): FloorAssessment | null {
  const floor = rule ? floorDate(rule, events ?? {}, { fiscalYearEnd: opts.fiscalYearEnd }) : null;
  if (floor === null) return null;
  const kept = isIsoDate(extendedUntil) && compareIso(extendedUntil, floor) > 0 ? extendedUntil : null;
  const mayDeleteFrom = kept ?? floor;
  const reviewFrom = addDays(mayDeleteFrom, floorReviewDays(opts.floorReviewDays));
  const stage: FloorStage =
    compareIso(opts.today, mayDeleteFrom) < 0
      ? 'notYet'
      : compareIso(opts.today, reviewFrom) < 0
        ? 'mayDelete'
        : 'review';
  return { stage, mayDeleteFrom, reviewFrom };
}
