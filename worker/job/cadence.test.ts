import { describe, expect, it } from 'vitest';
import { escalationStep, ownerStep, weeklySince, weekStart } from './cadence.ts';

describe('the owner cadence', () => {
  it('says nothing before the due-soon window opens', () => {
    expect(ownerStep('2026-03-31', '2026-03-16', 14)).toBeNull();
  });

  it('announces an item on the first day of the due-soon window, keyed by that day', () => {
    expect(ownerStep('2026-03-31', '2026-03-17', 14)).toEqual({
      stage: 'dueSoon',
      keyDate: '2026-03-17',
      daysOverdue: 0,
    });
  });

  it('keeps the same due-soon key through the window, so a missed run is caught up once', () => {
    expect(ownerStep('2026-03-31', '2026-03-30', 14)?.keyDate).toBe('2026-03-17');
  });

  it('reminds on the due date, and the first six days overdue still belong to that step', () => {
    expect(ownerStep('2028-02-29', '2028-02-29', 14)).toEqual({
      stage: 'due',
      keyDate: '2028-02-29',
      daysOverdue: 0,
    });
    expect(ownerStep('2028-02-29', '2028-03-06', 14)).toEqual({
      stage: 'due',
      keyDate: '2028-02-29',
      daysOverdue: 6,
    });
  });

  it('reminds weekly while overdue: 7, 14 and 21 days late, each keyed by its own day', () => {
    expect(ownerStep('2026-01-31', '2026-02-07', 14)).toEqual({
      stage: 'overdue',
      keyDate: '2026-02-07',
      daysOverdue: 7,
    });
    expect(ownerStep('2026-01-31', '2026-02-13', 14)?.keyDate).toBe('2026-02-07');
    expect(ownerStep('2026-01-31', '2026-02-14', 14)?.keyDate).toBe('2026-02-14');
    expect(ownerStep('2026-01-31', '2026-02-21', 14)?.daysOverdue).toBe(21);
  });

  it('has no due-soon step when the window is zero days', () => {
    expect(ownerStep('2026-03-31', '2026-03-30', 0)).toBeNull();
    expect(ownerStep('2026-03-31', '2026-03-31', 0)?.stage).toBe('due');
  });
});

describe('the escalation cadence', () => {
  it('starts when the item is the configured number of days overdue, then weekly', () => {
    expect(escalationStep('2026-03-01', '2026-03-14', 14)).toBeNull();
    expect(escalationStep('2026-03-01', '2026-03-15', 14)).toEqual({
      keyDate: '2026-03-15',
      daysOverdue: 14,
    });
    expect(escalationStep('2026-03-01', '2026-03-21', 14)?.keyDate).toBe('2026-03-15');
    expect(escalationStep('2026-03-01', '2026-03-22', 14)?.keyDate).toBe('2026-03-22');
  });

  it('never escalates an item on its due date, even with a zero threshold', () => {
    expect(escalationStep('2026-03-01', '2026-03-01', 0)).toBeNull();
    expect(escalationStep('2026-03-01', '2026-03-02', 0)?.keyDate).toBe('2026-03-02');
  });
});

describe('weekly steps without a date of their own', () => {
  it('are keyed by the Monday of the run week', () => {
    expect(weekStart('2026-03-04')).toBe('2026-03-02');
    expect(weekStart('2026-03-02')).toBe('2026-03-02');
    expect(weekStart('2026-03-01')).toBe('2026-02-23');
  });

  it('of a condition that began on a day step every seven days from that day', () => {
    expect(weeklySince('2026-03-10', '2026-03-09')).toBeNull();
    expect(weeklySince('2026-03-10', '2026-03-16')).toBe('2026-03-10');
    expect(weeklySince('2026-03-10', '2026-03-17')).toBe('2026-03-17');
  });
});
