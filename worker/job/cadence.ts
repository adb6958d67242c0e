// The reminder cadence of the contracts, as date arithmetic: which reminder an item is owed on
// a given run date, and the key date that makes it unique. Each reminder is recorded once per
// (item, recipient, kind, key date), so a step's key date is the day the step began: a run
// that was missed is caught up by the next run (same key, not yet recorded), and a rerun on
// the same date finds the key recorded and sends nothing.

import { addDays, daysBetween } from '../../shared/calendar/civilDate.ts';

/** The stage of an item's life that a reminder announces. */
export type Stage = 'dueSoon' | 'due' | 'overdue';

export interface OwnerStep {
  stage: Stage;
  /** The first day of this step: the day the item entered the due-soon window, its due date,
   * or due + 7·k while overdue. */
  keyDate: string;
  /** Days past the due date on the run date (0 unless the due date has passed). */
  daysOverdue: number;
}

/**
 * The owner's step for an item that is on time through `due` (overdue from the next day):
 * the due-soon window opens `dueSoonDays` before the due date; the due date itself; then
 * every 7 days overdue (7, 14, 21 …). Only the latest step is owed, so a run after several
 * missed ones sends one reminder, not a backlog.
 */
export function ownerStep(due: string, runDate: string, dueSoonDays: number): OwnerStep | null {
  const late = daysBetween(due, runDate);
  if (late < 0) {
    if (dueSoonDays <= 0 || -late > dueSoonDays) return null;
    return { stage: 'dueSoon', keyDate: addDays(due, -dueSoonDays), daysOverdue: 0 };
  }
  const weeks = Math.floor(late / 7);
  if (weeks === 0) return { stage: 'due', keyDate: due, daysOverdue: late };
  return { stage: 'overdue', keyDate: addDays(due, 7 * weeks), daysOverdue: late };
}

export interface EscalationStep {
  keyDate: string;
  daysOverdue: number;
}

/** The escalation contact's step: from `afterDays` overdue, then every 7 days. */
export function escalationStep(due: string, runDate: string, afterDays: number): EscalationStep | null {
  const late = daysBetween(due, runDate);
  const threshold = Math.max(1, afterDays);
  if (late < threshold) return null;
  const weeks = Math.floor((late - threshold) / 7);
  return { keyDate: addDays(due, threshold + 7 * weeks), daysOverdue: late };
}

// 1970-01-05 was a Monday: anchoring weekly steps to it gives every register the same weeks.
const A_MONDAY = '1970-01-05';

/**
 * The Monday that starts the run date's week: the key date of weekly reminders that have no
 * date of their own (a routine never run, an activity never reviewed, an item whose step
 * started before anything was recorded).
 */
export function weekStart(runDate: string): string {
  const offset = ((daysBetween(A_MONDAY, runDate) % 7) + 7) % 7;
  return addDays(runDate, -offset);
}

/**
 * The weekly step of a condition that began on `since` (e.g. the first day a sync counts as
 * stale): `since`, then every 7 days; null before it began.
 */
export function weeklySince(since: string, runDate: string): string | null {
  const elapsed = daysBetween(since, runDate);
  if (elapsed < 0) return null;
  return addDays(since, 7 * Math.floor(elapsed / 7));
}
