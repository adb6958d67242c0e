import { describe, expect, it } from 'vitest';
import { measureCalls } from './figures.ts';

describe('service calls do not grow with the register', () => {
  it('set-up and validate make the same number of calls on 10 activities/10 holdings as on 1,000/20,000', () => {
    const small = measureCalls(10, 10);
    const large = measureCalls(1000, 20_000);
    expect(large.setUpByMethod).toEqual(small.setUpByMethod);
    expect(large.validateByMethod).toEqual(small.validateByMethod);
    expect(large.setUp).toBe(small.setUp);
    expect(large.validate).toBe(small.validate);
    // A round trip costs 50–500 ms: keep both well inside Apps Script's 6-minute limit.
    expect(small.setUp * 0.05).toBeLessThan(60);
    expect(small.validate * 0.05).toBeLessThan(10);
  }, 240_000);
});
