import { describe, expect, it } from 'vitest';
import { parseRetention } from './parse.ts';
import { assessHolding, assessRoutine, type HoldingFacts, nextRoutineRun, reviewIsStale } from './status.ts';

const sixMonths = parseRetention('6 måneder efter modtagelse').rule;
const manualRule = parseRetention('så længe formålet består').rule;
const opts = { today: '2025-09-01', dueSoonDays: 14, fiscalYearEnd: '12-31' };
const facts = (f: Partial<HoldingFacts> = {}): HoldingFacts => ({
  events: { collected: '2025-03-15' },
  deletedOn: null,
  legalHold: false,
  extendedUntil: null,
  ...f,
});

describe('assessHolding', () => {
  it('is ok before the due-soon window, due soon inside it, and overdue from the day after the due date', () => {
    expect(assessHolding(facts(), sixMonths, { ...opts, today: '2025-08-31' })).toEqual({
      status: 'ok',
      due: '2025-09-15',
      daysOverdue: 0,
      extended: false,
    });
    expect(assessHolding(facts(), sixMonths, { ...opts, today: '2025-09-01' }).status).toBe('dueSoon');
    expect(assessHolding(facts(), sixMonths, { ...opts, today: '2025-09-15' }).status).toBe('dueSoon');
    expect(assessHolding(facts(), sixMonths, { ...opts, today: '2025-09-16' })).toEqual({
      status: 'overdue',
      due: '2025-09-15',
      daysOverdue: 1,
      extended: false,
    });
  });

  it('treats a deleted holding as deleted whatever else is true', () => {
    const a = assessHolding(facts({ deletedOn: '2025-09-10', legalHold: true }), sixMonths, {
      ...opts,
      today: '2026-01-01',
    });
    expect(a.status).toBe('deleted');
    expect(a.daysOverdue).toBe(0);
  });

  it('stops the clock for a legal hold, even long past the due date', () => {
    const a = assessHolding(facts({ legalHold: true }), sixMonths, { ...opts, today: '2027-01-01' });
    expect(a).toEqual({ status: 'legalHold', due: '2025-09-15', daysOverdue: 0, extended: false });
  });

  it('lets an extension replace the computed date, even for a manual rule', () => {
    const extended = facts({ extendedUntil: '2025-12-31' });
    expect(assessHolding(extended, sixMonths, { ...opts, today: '2025-10-01' })).toEqual({
      status: 'ok',
      due: '2025-12-31',
      daysOverdue: 0,
      extended: true,
    });
    expect(assessHolding(extended, manualRule, { ...opts, today: '2026-01-02' }).status).toBe('overdue');
  });

  it('reports a manual rule, no rule, and a missing event date without a due date', () => {
    expect(assessHolding(facts(), manualRule, opts)).toEqual({
      status: 'manual',
      due: null,
      daysOverdue: 0,
      extended: false,
    });
    expect(assessHolding(facts(), null, opts).status).toBe('manual');
    expect(assessHolding(facts({ events: {} }), sixMonths, opts)).toEqual({
      status: 'missingDate',
      due: null,
      daysOverdue: 0,
      extended: false,
    });
  });

  it('ignores facts that are not dates rather than failing', () => {
    const odd = {
      events: { collected: 'soon' },
      deletedOn: 'yes',
      legalHold: 'x',
      extendedUntil: 42,
    } as unknown as HoldingFacts;
    expect(assessHolding(odd, sixMonths, opts).status).toBe('missingDate');
  });

  it("refuses a today that is not a date: the clock is the caller's, not the sheet's", () => {
    expect(() => assessHolding(facts(), sixMonths, { ...opts, today: '01-09-2025' })).toThrow(RangeError);
  });
});

describe('assessRoutine', () => {
  it('is due one cadence after the last run', () => {
    expect(nextRoutineRun('weekly', '2025-09-01')).toBe('2025-09-08');
    expect(nextRoutineRun('monthly', '2025-01-31')).toBe('2025-02-28');
    expect(nextRoutineRun('quarterly', '2025-11-30')).toBe('2026-02-28');
    expect(nextRoutineRun('halfYearly', '2025-03-31')).toBe('2025-09-30');
    expect(nextRoutineRun('yearly', '2024-02-29')).toBe('2025-02-28');
  });

  it('is overdue, due soon or ok against today', () => {
    const routine = { cadence: 'monthly' as const, lastRun: '2025-08-01' };
    expect(assessRoutine(routine, { today: '2025-08-10', dueSoonDays: 14 })).toEqual({
      status: 'ok',
      due: '2025-09-01',
      daysOverdue: 0,
    });
    expect(assessRoutine(routine, { today: '2025-08-20', dueSoonDays: 14 }).status).toBe('dueSoon');
    expect(assessRoutine(routine, { today: '2025-09-04', dueSoonDays: 14 })).toEqual({
      status: 'overdue',
      due: '2025-09-01',
      daysOverdue: 3,
    });
  });

  it('keeps a weekly routine from being "due soon" all week: the window is at most half the cadence', () => {
    const routine = { cadence: 'weekly' as const, lastRun: '2025-09-01' };
    expect(assessRoutine(routine, { today: '2025-09-02', dueSoonDays: 14 }).status).toBe('ok');
    expect(assessRoutine(routine, { today: '2025-09-05', dueSoonDays: 14 }).status).toBe('dueSoon');
  });

  it('says "never" for a routine with a cadence and no last run, and "none" without a cadence', () => {
    expect(
      assessRoutine({ cadence: 'yearly', lastRun: null }, { today: '2025-09-01', dueSoonDays: 14 }).status,
    ).toBe('never');
    expect(
      assessRoutine({ cadence: null, lastRun: '2025-01-01' }, { today: '2025-09-01', dueSoonDays: 14 })
        .status,
    ).toBe('none');
  });
});

describe('reviewIsStale', () => {
  it('is stale more than 12 months after the last review, or with no review at all', () => {
    expect(reviewIsStale('2024-09-01', '2025-09-01')).toBe(false);
    expect(reviewIsStale('2024-09-01', '2025-09-02')).toBe(true);
    expect(reviewIsStale('2024-02-29', '2025-02-28')).toBe(false);
    expect(reviewIsStale('2024-02-29', '2025-03-01')).toBe(true);
    expect(reviewIsStale(null, '2025-09-01')).toBe(true);
    expect(reviewIsStale('last spring', '2025-09-01')).toBe(true);
  });
});
