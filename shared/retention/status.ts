// Where a holding, a deletion routine or an activity's review stands on a given day. The
// sheet, the CLI and the worker all ask these functions, with the register's one due-soon
// window, so their counts agree.

import { addDays, addMonths, daysBetween, isIsoDate } from '../calendar/civilDate.ts';
import { dueDate } from './dueDate.ts';
import { assessFloor, type FloorAssessment } from './floor.ts';
import type { RetentionRule, TriggerDates } from './types.ts';

export interface HoldingFacts {
  events: TriggerDates;
  deletedOn: string | null;
  legalHold: boolean;
  extendedUntil: string | null;
}

/** 'mayDelete': a minimum period has run and the owner is asked to decide; 'floorReview': nobody
 * decided within the register's window, so it is a review item. Neither is ever overdue. */
export type HoldingStatus =
  | 'deleted'
  | 'legalHold'
  | 'manual'
  | 'missingDate'
  | 'overdue'
  | 'dueSoon'
  | 'mayDelete'
  | 'floorReview'
  | 'ok';

export interface HoldingAssessment {
  status: HoldingStatus;
  /** The date that applies: `extendedUntil` when set, else the rule's due date. */
  due: string | null;
  /** Days past `due`; 0 unless overdue. */
  daysOverdue: number;
  /** True when an extension overrides the rule's date. */
  extended: boolean;
  /** Only for a rule with a minimum period whose date is known: the first day the item may be
   * deleted (or the later date a decision to keep it set), and the day it becomes a review item. */
  mayDeleteFrom?: string;
  reviewFrom?: string;
}

/** An activity is reviewed at least this often (reviewIsStale, reviewDue). */
export const REVIEW_MONTHS = 12;

/** Escalation after this many days overdue when the register sets none (or 0). */
export const DEFAULT_ESCALATION_DAYS = 14;

/** The register's escalation delay as the reminders use it. */
export function escalationDays(escalationAfterDays: number): number {
  return escalationAfterDays > 0 ? escalationAfterDays : DEFAULT_ESCALATION_DAYS;
}

/**
 * "Where retention lives": a data-category row with its own rule decides; else the
 * activity's default does; null when the holding names no activity. The sheet, the status
 * counts and the reminders all ask this one function.
 */
export function retentionSource(
  categoryHasOwnRule: boolean,
  hasActivity: boolean,
): 'dataCategory' | 'activity' | null {
  return categoryHasOwnRule ? 'dataCategory' : hasActivity ? 'activity' : null;
}

export const CADENCE_IDS = ['weekly', 'monthly', 'quarterly', 'halfYearly', 'yearly'] as const;
export type Cadence = (typeof CADENCE_IDS)[number];

export type RoutineStatus = 'overdue' | 'dueSoon' | 'ok' | 'never' | 'none';

export interface RoutineAssessment {
  status: RoutineStatus;
  due: string | null;
  daysOverdue: number;
}

function requireToday(today: string): void {
  // `today` comes from the caller's clock, never from a cell: a wrong one is a bug to surface.
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date, got ${String(today).slice(0, 40)}`);
}

function windowDays(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

function byDate(due: string, today: string, dueSoonDays: number): 'overdue' | 'dueSoon' | 'ok' {
  return byDaysLeft(daysBetween(today, due), dueSoonDays);
}

function byDaysLeft(daysLeft: number, dueSoonDays: number): 'overdue' | 'dueSoon' | 'ok' {
  return daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'dueSoon' : 'ok';
}

/**
 * A holding's status. Precedence: deleted, then legal hold (a hold always stops the clock),
 * then an extension (its date replaces the rule's, even for a manual rule), then a manual
 * rule, a missing event date, overdue (today is after the due date), due soon (due within
 * `dueSoonDays` days, the due day included), ok. Facts come from sheets and are never
 * trusted: anything that is not an ISO date counts as absent, and this never throws for them.
 */
export function assessHolding(
  h: HoldingFacts,
  rule: RetentionRule | null,
  opts: { today: string; dueSoonDays: number; fiscalYearEnd: string; floorReviewDays?: number },
): HoldingAssessment {
  requireToday(opts.today);
  const facts = (h ?? {}) as Partial<HoldingFacts>;
  const events = facts.events && typeof facts.events === 'object' ? facts.events : {};
  const computedDue = rule ? dueDate(rule, events, { fiscalYearEnd: opts.fiscalYearEnd }) : null;
  return assessHoldingWithDue(facts, rule, computedDue, opts, holdingFloor(facts, rule, opts));
}

/** The stage of the holding's minimum period, if its rule has one (see floor.ts). */
export function holdingFloor(
  facts: Partial<HoldingFacts>,
  rule: RetentionRule | null,
  opts: { today: string; fiscalYearEnd: string; floorReviewDays?: number },
): FloorAssessment | null {
  if (rule?.kind !== 'computed' || !rule.floor?.length) return null;
  const events = facts.events && typeof facts.events === 'object' ? facts.events : {};
  const extendedUntil = isIsoDate(facts.extendedUntil) ? facts.extendedUntil : null;
  return assessFloor(rule, events, extendedUntil, opts);
}

const FLOOR_STATUS: Record<FloorAssessment['stage'], HoldingStatus> = {
  notYet: 'ok',
  mayDelete: 'mayDelete',
  review: 'floorReview',
};

/**
 * assessHolding once the rule's due date for these facts is known (`dueDate(rule, events)`,
 * null without a rule): for evaluating a whole register, which computes due dates in bulk.
 */
export function assessHoldingWithDue(
  h: Partial<HoldingFacts>,
  rule: RetentionRule | null,
  computedDue: string | null,
  opts: { today: string; dueSoonDays: number },
  floor: FloorAssessment | null = null,
): HoldingAssessment {
  requireToday(opts.today);
  const facts = h ?? {};
  const extendedUntil = isIsoDate(facts.extendedUntil) ? facts.extendedUntil : null;
  // A rule that is only a floor has no deadline: an extension there is a decision to keep the
  // item until a new date, which the floor's stage already counts from (floor.ts).
  const floorOnly = rule?.kind === 'computed' && rule.terms.length === 0;
  const due = floorOnly ? null : (extendedUntil ?? computedDue);
  const extended = extendedUntil !== null;
  const dates = floor ? { mayDeleteFrom: floor.mayDeleteFrom, reviewFrom: floor.reviewFrom } : {};
  if (isIsoDate(facts.deletedOn)) return { status: 'deleted', due, daysOverdue: 0, extended, ...dates };
  if (facts.legalHold === true) return { status: 'legalHold', due, daysOverdue: 0, extended, ...dates };
  if (floorOnly || (!extended && computedDue === null && rule?.kind === 'computed')) {
    const status = floor ? FLOOR_STATUS[floor.stage] : 'missingDate';
    return { status, due: null, daysOverdue: 0, extended, ...dates };
  }
  if (!extended && (!rule || rule.kind === 'manual'))
    return { status: 'manual', due: null, daysOverdue: 0, extended };
  // One date difference serves both the status and the days overdue (its negation).
  const daysLeft = daysBetween(opts.today, due!);
  const byDeadline = byDaysLeft(daysLeft, windowDays(opts.dueSoonDays));
  // Between a floor and its ceiling the owner is asked to decide; the deadline wins once near.
  const status = byDeadline === 'ok' && floor ? FLOOR_STATUS[floor.stage] : byDeadline;
  return { status, due, daysOverdue: status === 'overdue' ? -daysLeft : 0, extended, ...dates };
}

/**
 * The date by which a holding can become due soon or overdue: its `due`, unless it is deleted
 * or on legal hold or has no date. It does not depend on the day the assessment was made for,
 * so it can be stored once per snapshot and classified on any later day (deadlineBounds).
 */
export function deadlineOf(a: HoldingAssessment): string | null {
  return a.status === 'deleted' || a.status === 'legalHold' ? null : a.due;
}

/**
 * How assessHolding classifies a deadline on `today`, as a date range: overdue when the
 * deadline is before `overdueBefore` (today), due soon from `overdueBefore` up to and including
 * `dueSoonThrough`. Lets a store count stored deadlines without re-assessing holdings.
 */
export function deadlineBounds(
  today: string,
  dueSoonDays: number,
): { overdueBefore: string; dueSoonThrough: string } {
  requireToday(today);
  return { overdueBefore: today, dueSoonThrough: addDays(today, windowDays(dueSoonDays)) };
}

/** The day a routine run on `lastRun` is next due. */
export function nextRoutineRun(cadence: Cadence, lastRun: string): string {
  switch (cadence) {
    case 'weekly':
      return addDays(lastRun, 7);
    case 'monthly':
      return addMonths(lastRun, 1);
    case 'quarterly':
      return addMonths(lastRun, 3);
    case 'halfYearly':
      return addMonths(lastRun, 6);
    case 'yearly':
      return addMonths(lastRun, 12);
  }
}

/** A routine's due-soon window: the register's, but at most half the cadence. */
export function routineWindow(lastRun: string, due: string, dueSoonDays: number): number {
  return Math.min(windowDays(dueSoonDays), Math.floor(daysBetween(lastRun, due) / 2));
}

/**
 * A deletion routine's status: 'none' without a cadence, 'never' when it has a cadence but
 * no (readable) last run, else due one cadence after the last run. The due-soon window is
 * at most half the cadence: with the default 14 days a weekly routine would otherwise be
 * "due soon" every day of the week, and a warning that never stops is not read.
 */
export function assessRoutine(
  routine: { cadence: Cadence | null; lastRun: string | null },
  opts: { today: string; dueSoonDays: number },
): RoutineAssessment {
  requireToday(opts.today);
  const cadence = routine?.cadence;
  if (!cadence || !(CADENCE_IDS as readonly string[]).includes(cadence)) {
    return { status: 'none', due: null, daysOverdue: 0 };
  }
  if (!isIsoDate(routine.lastRun)) return { status: 'never', due: null, daysOverdue: 0 };
  const due = nextRoutineRun(cadence, routine.lastRun);
  const status = byDate(due, opts.today, routineWindow(routine.lastRun, due, opts.dueSoonDays));
  return { status, due, daysOverdue: status === 'overdue' ? daysBetween(due, opts.today) : 0 };
}

/** True when an activity was last reviewed more than 12 months before `today`, or never
 * (no readable date): either way it needs a review now. */
export function reviewIsStale(lastReview: string | null, today: string): boolean {
  requireToday(today);
  if (!isIsoDate(lastReview)) return true;
  return daysBetween(reviewDue(lastReview), today) > 0;
}

/** The last day a review done on `lastReview` is on time. */
export function reviewDue(lastReview: string): string {
  return addMonths(lastReview, REVIEW_MONTHS);
}
