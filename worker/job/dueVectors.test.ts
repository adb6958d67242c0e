// The shared due-date vectors, checked inside workerd: the worker computes every due date the
// way the sheet and the CLI do, and its reminders fall on exactly those dates.
import { describe, expect, it } from 'vitest';
import vectors from '../../shared/retention/due-vectors.json';
import { dueDate } from '../../shared/retention/dueDate.ts';
import type { RetentionRule, TriggerDates } from '../../shared/retention/types.ts';
import { activity, holding, payload } from './fixtures.ts';
import { planRegister } from './plan.ts';

interface DueVector {
  note: string;
  rule: RetentionRule;
  events: TriggerDates;
  fiscalYearEnd: string;
  due: string | null;
}

const all = (vectors as { vectors: DueVector[] }).vectors;

describe('the shared due-date vectors in workerd', () => {
  it('are all there', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it.each(all.map((v) => [v.note, v] as const))('%s', (_note, v) => {
    expect(dueDate(v.rule, v.events, { fiscalYearEnd: v.fiscalYearEnd })).toBe(v.due);
    if (v.due === null) return;
    // The owner's "due today" reminder falls on that very date.
    const p = payload({
      register: { fiscalYearEnd: v.fiscalYearEnd },
      activities: [activity('a1', { rule: v.rule, lastReview: v.due })],
      holdings: [holding('h1', { events: v.events })],
    });
    const plan = planRegister({ payload: p, runDate: v.due, lastSyncDate: v.due, recorded: new Set() });
    const items = plan.messages.flatMap((m) => m.items).filter((i) => i.subject === 'holding');
    expect(items.map((i) => [i.stage, i.due, i.key.keyDate])).toEqual([['due', v.due, v.due]]);
  });
});
