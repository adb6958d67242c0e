import { describe, expect, it } from 'vitest';
import { dueSoonReceipt } from './requests.ts';

describe("the demo's open request", () => {
  it('is received on the latest day whose deadline falls 1 to 5 days after the run date', () => {
    // Run on Wednesday 25 November 2026. Received 1 November: due 1 December, 6 days on (too
    // far). Received 31 October: one month on is 30 November (November has no 31st), a Monday.
    expect(dueSoonReceipt('2026-11-25')).toBe('2026-10-31');
  });
});
