import { describe, expect, it } from 'vitest';
import { calendarYearEndFor, dueDate, fiscalYearEndFor, floorDate, isFiscalYearEnd } from './dueDate.ts';
import { parseRetention } from './parse.ts';
import type { TriggerDates } from './types.ts';

const due = (text: string, events: TriggerDates, fiscalYearEnd = '12-31') =>
  dueDate(parseRetention(text).rule, events, { fiscalYearEnd });

describe('dueDate', () => {
  it('is the event date plus the period: "6 måneder efter modtagelse" received 2026-01-31 is due 2026-07-31', () => {
    expect(due('6 måneder efter modtagelse', { collected: '2026-01-31' })).toBe('2026-07-31');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(due('6 måneder efter modtagelse', { collected: '2025-08-31' })).toBe('2026-02-28');
    expect(due('1 måned efter modtagelse', { collected: '2024-01-31' })).toBe('2024-02-29');
  });

  it('adds years, then months: 1 år og 6 måneder from 29 February 2024 is 28 August 2025', () => {
    expect(due('1 år og 6 måneder efter ophør', { relationshipEnded: '2024-02-29' })).toBe('2025-08-28');
    expect(due('18 måneder efter ophør', { relationshipEnded: '2024-02-29' })).toBe('2025-08-29');
  });

  it('counts from the end of the financial year the record date falls in', () => {
    expect(due('5 år fra udgangen af regnskabsåret', { recordDate: '2025-03-15' })).toBe('2030-12-31');
    expect(due('5 år fra udgangen af regnskabsåret', { recordDate: '2025-03-15' }, '06-30')).toBe(
      '2030-06-30',
    );
    expect(due('5 år fra udgangen af regnskabsåret', { recordDate: '2025-07-01' }, '06-30')).toBe(
      '2031-06-30',
    );
    expect(due('5 år fra udgangen af regnskabsåret', { recordDate: '2025-06-30' }, '06-30')).toBe(
      '2030-06-30',
    );
  });

  it('knows where a financial year ends, also one ending in February', () => {
    expect(fiscalYearEndFor('2025-03-01', '02-29')).toBe('2026-02-28');
    expect(fiscalYearEndFor('2027-03-01', '02-29')).toBe('2028-02-29');
    expect(fiscalYearEndFor('2025-01-01', 'nonsense')).toBe('2025-12-31');
    expect(isFiscalYearEnd('06-30')).toBe(true);
    expect(isFiscalYearEnd('06-31')).toBe(false);
    expect(isFiscalYearEnd('6-30')).toBe(false);
  });

  it('is the event date itself for a zero period', () => {
    expect(due('slettes straks', { purposeFulfilled: '2025-03-15' })).toBe('2025-03-15');
  });

  it('takes the earliest known alternative, and moves earlier when the missing event is filled in', () => {
    const text = '2 måneder efter afslag eller 4 måneder efter modtagelse';
    expect(due(text, { collected: '2025-01-10' })).toBe('2025-05-10');
    expect(due(text, { collected: '2025-01-10', purposeFulfilled: '2025-02-01' })).toBe('2025-04-01');
  });

  it('waits for every event before it names the later of two alternatives', () => {
    const text = '1 år efter ophør eller 3 år efter oprettelse, hvad der kommer sidst';
    expect(due(text, { collected: '2024-01-01' })).toBeNull();
    expect(due(text, { collected: '2024-01-01', relationshipEnded: '2025-06-01' })).toBe('2027-01-01');
  });

  it('gives no date for a manual rule or a missing or unreadable event date', () => {
    expect(due('så længe formålet består', { collected: '2025-01-01' })).toBeNull();
    expect(due('6 måneder efter modtagelse', {})).toBeNull();
    expect(due('6 måneder efter modtagelse', { collected: '31-01-2026' })).toBeNull();
    expect(due('6 måneder efter modtagelse', { collected: null })).toBeNull();
  });

  it('never runs a period backwards, even for a broken rule from elsewhere', () => {
    const rule = {
      kind: 'computed' as const,
      terms: [
        {
          period: { years: -1, months: Number.NaN, weeks: 0, days: -5 },
          trigger: 'collected' as const,
          anchor: 'event' as const,
        },
      ],
      combine: 'earliest' as const,
      ceiling: false,
      legalHoldExtends: false,
    };
    expect(dueDate(rule, { collected: '2025-03-15' }, { fiscalYearEnd: '12-31' })).toBe('2025-03-15');
  });
});

const floor = (text: string, events: TriggerDates, fiscalYearEnd = '12-31') =>
  floorDate(parseRetention(text).rule, events, { fiscalYearEnd });

describe('calendar years, custom events and floors', () => {
  it("counts from 31 December of the event's year whatever the financial year", () => {
    expect(calendarYearEndFor('2025-03-15')).toBe('2025-12-31');
    expect(due('5 år fra udgangen af kalenderåret', { recordDate: '2025-03-15' }, '06-30')).toBe(
      '2030-12-31',
    );
    expect(due('5 år fra udgangen af kalenderåret', { recordDate: '2025-12-31' }, '06-30')).toBe(
      '2030-12-31',
    );
    expect(due('5 år fra udgangen af kalenderåret', { recordDate: '2026-01-01' }, '06-30')).toBe(
      '2031-12-31',
    );
  });

  it("dates a custom event from the retention log's event-date column", () => {
    expect(due('6 måneder efter projektstart', { customEvent: '2025-08-31', collected: '2025-01-01' })).toBe(
      '2026-02-28',
    );
    expect(due('6 måneder efter projektstart', { collected: '2025-01-01' })).toBeNull();
  });

  it('gives a floor no deadline, and the day after its period as the first day to delete', () => {
    expect(due('mindst 5 år efter ophør', { relationshipEnded: '2025-03-15' })).toBeNull();
    expect(floor('mindst 5 år efter ophør', { relationshipEnded: '2025-03-15' })).toBe('2030-03-16');
    expect(floor('mindst 1 år efter ophør', { relationshipEnded: '2024-02-29' })).toBe('2025-03-01');
    expect(floor('mindst 5 år fra udgangen af regnskabsåret', { recordDate: '2025-03-15' })).toBe(
      '2031-01-01',
    );
    expect(floor('mindst 1 år efter ophør', {})).toBeNull();
    expect(floor('5 år efter ophør', { relationshipEnded: '2025-03-15' })).toBeNull();
  });

  it('gives a rule with a floor and a ceiling both dates', () => {
    const events = { relationshipEnded: '2025-03-15' };
    expect(floor('at least 5 and at most 10 years after termination', events)).toBe('2030-03-16');
    expect(due('at least 5 and at most 10 years after termination', events)).toBe('2035-03-15');
  });

  it('needs every floor to have run, so a missing event leaves the floor unknown', () => {
    const text = 'mindst 1 år efter ophør og mindst 3 år efter modtagelse';
    expect(floor(text, { relationshipEnded: '2025-03-15', collected: '2020-01-10' })).toBe('2026-03-16');
    expect(floor(text, { relationshipEnded: '2020-03-15', collected: '2025-01-10' })).toBe('2028-01-11');
    expect(floor(text, { relationshipEnded: '2025-03-15' })).toBeNull();
  });
});
