// The shared due-date vectors: the add-on and the worker check the same file, so the sheet,
// the CLI and the nightly reminders agree on every date.
import { describe, expect, it } from 'vitest';
import vectors from './due-vectors.json' with { type: 'json' };
import { dueDate, floorDate } from './dueDate.ts';
import type { RetentionRule, TriggerDates } from './types.ts';

interface DueVector {
  note: string;
  rule: RetentionRule;
  events: TriggerDates;
  fiscalYearEnd: string;
  due: string | null;
  /** Only on vectors of rules with minimum periods: the first day deletion is allowed. */
  mayDeleteFrom?: string | null;
}

const all = vectors.vectors as DueVector[];

describe('shared due-date vectors', () => {
  it('cover at least 40 cases', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it.each(all.map((v) => [v.note, v] as const))('%s', (_note, v) => {
    expect(dueDate(v.rule, v.events, { fiscalYearEnd: v.fiscalYearEnd })).toBe(v.due);
    if ('mayDeleteFrom' in v)
      expect(floorDate(v.rule, v.events, { fiscalYearEnd: v.fiscalYearEnd })).toBe(v.mayDeleteFrom);
  });
});
