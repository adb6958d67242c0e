import { describe, expect, it } from 'vitest';
import { demoBreachTimes } from './breaches.ts';

describe("the demo's breach", () => {
  it('is discovered at 09:00 the day before the run date in Copenhagen and reminded 24 hours later', () => {
    // Monday 2 March 2026: aware Sunday 1 March 09:00 (08:00 UTC, winter time).
    expect(demoBreachTimes('2026-03-02')).toEqual({
      awareAt: Date.UTC(2026, 2, 1, 8, 0),
      remindAt: Date.UTC(2026, 2, 2, 8, 0),
    });
    // Summer time began on Sunday 29 March 2026: 09:00 that day is 07:00 UTC, and so is 09:00 on
    // the Monday, 24 hours on.
    expect(demoBreachTimes('2026-03-30')).toEqual({
      awareAt: Date.UTC(2026, 2, 29, 7, 0),
      remindAt: Date.UTC(2026, 2, 30, 7, 0),
    });
  });
});
