// The shared due-date vectors, checked inside workerd: the worker computes every due date the
// way the sheet and the CLI do, and its reminders fall on exactly those dates.
import { describe, expect, it } from 'vitest';
import vectors from '../../shared/retention/due-vectors.json';
import { dueDate, floorDate } from '../../shared/retention/dueDate.ts';
import type { RetentionRule, TriggerDates } from '../../shared/retention/types.ts';
import { activity, holding, payload } from '../../test/fixtures/examplePayload.ts';
import { everyoneConfirmed } from '../recipients/book.ts';
import { planRegister } from './plan.ts';

interface DueVector {
  note: string;
  rule: RetentionRule;
  events: TriggerDates;
  fiscalYearEnd: string;
  due: string | null;
  /** Only on rules with a minimum period: the first day deletion is allowed. */
  mayDeleteFrom?: string | null;
}

const all = (vectors as { vectors: DueVector[] }).vectors;

/** [stage, due, key date] of the holding items the planner gives for the vector on runDate. */
function holdingItems(v: DueVector, runDate: string): (string | null)[][] {
  const p = payload({
    register: { fiscalYearEnd: v.fiscalYearEnd },
    activities: [activity('a1', { rule: v.rule, lastReview: runDate })],
    holdings: [holding('h1', { events: v.events })],
  });
  const plan = planRegister({
    payload: p,
    runDate,
    lastSyncDate: runDate,
    recorded: new Set(),
    book: everyoneConfirmed(p),
  });
  const items = plan.messages.flatMap((m) => m.items).filter((i) => i.subject === 'holding');
  return items.map((i) => [i.stage, i.due, i.key.keyDate]);
}

describe('the shared due-date vectors in workerd', () => {
  it('are all there', () => {
    expect(all.length).toBeGreaterThanOrEqual(63);
    expect(all.filter((v) => v.mayDeleteFrom !== undefined).length).toBeGreaterThanOrEqual(7);
  });

  it.each(all.map((v) => [v.note, v] as const))('%s', (_note, v) => {
    expect(dueDate(v.rule, v.events, { fiscalYearEnd: v.fiscalYearEnd })).toBe(v.due);
    if (v.mayDeleteFrom !== undefined) {
      expect(floorDate(v.rule, v.events, { fiscalYearEnd: v.fiscalYearEnd })).toBe(v.mayDeleteFrom);
    }
    if (v.due === null && v.mayDeleteFrom) {
      // A floor-only rule: the owner's "may now be deleted: decide" notice falls on that date.
      expect(holdingItems(v, v.mayDeleteFrom)).toEqual([['mayDelete', v.mayDeleteFrom, v.mayDeleteFrom]]);
    }
    if (v.due === null) return;
    // The owner's "due today" reminder falls on that very date.
    expect(holdingItems(v, v.due)).toEqual([['due', v.due, v.due]]);
  });
});
