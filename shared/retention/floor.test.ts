import { describe, expect, it } from 'vitest';
import { assessFloor, floorReviewDays } from './floor.ts';
import { parseRetention } from './parse.ts';

const rule = (text: string) => parseRetention(text).rule;
const FLOOR = rule('mindst 5 år efter ophør');
const events = { relationshipEnded: '2025-03-15' };
const at = (today: string, extendedUntil: string | null = null, days?: number) =>
  assessFloor(FLOOR, events, extendedUntil, { today, fiscalYearEnd: '12-31', floorReviewDays: days });

describe('the stage of a minimum period', () => {
  it('keeps the item before its date, asks to decide from it, and makes it a review item after 90 days', () => {
    // Kept through 2030-03-15; may be deleted from 2030-03-16; 90 days later is 2030-06-14.
    expect(at('2030-03-15')).toEqual({
      stage: 'notYet',
      mayDeleteFrom: '2030-03-16',
      reviewFrom: '2030-06-14',
    });
    expect(at('2030-03-16')?.stage).toBe('mayDelete');
    expect(at('2030-06-13')?.stage).toBe('mayDelete');
    expect(at('2030-06-14')?.stage).toBe('review');
    expect(at('2045-01-01')?.stage).toBe('review');
  });

  it("uses the register's decision window, and 90 days when it is unset or not positive", () => {
    expect(at('2030-04-15', null, 30)).toMatchObject({ stage: 'review', reviewFrom: '2030-04-15' });
    expect(at('2030-04-14', null, 30)?.stage).toBe('mayDelete');
    expect(floorReviewDays(0)).toBe(90);
    expect(floorReviewDays(null)).toBe(90);
    expect(floorReviewDays(-3)).toBe(90);
    expect(floorReviewDays(45)).toBe(45);
  });

  it('takes a decision to keep the item (an extension with a new date) as the next day to decide', () => {
    expect(at('2030-07-01', '2031-01-01')).toEqual({
      stage: 'notYet',
      mayDeleteFrom: '2031-01-01',
      reviewFrom: '2031-04-01',
    });
    expect(at('2031-01-01', '2031-01-01')?.stage).toBe('mayDelete');
    // An extension before the floor cannot make deletion allowed earlier.
    expect(at('2030-01-01', '2029-01-01')).toMatchObject({ stage: 'notYet', mayDeleteFrom: '2030-03-16' });
  });

  it('has no stage for a rule without a floor, or when the event date is missing', () => {
    expect(
      assessFloor(rule('5 år efter ophør'), events, null, { today: '2031-01-01', fiscalYearEnd: '12-31' }),
    ).toBeNull();
    expect(assessFloor(FLOOR, {}, null, { today: '2031-01-01', fiscalYearEnd: '12-31' })).toBeNull();
    expect(assessFloor(null, events, null, { today: '2031-01-01', fiscalYearEnd: '12-31' })).toBeNull();
  });
});
