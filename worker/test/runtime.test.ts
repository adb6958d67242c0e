// The worker's tests run inside workerd, the Workers runtime, not in Node.
import { describe, expect, it } from 'vitest';

describe('the worker test runtime', () => {
  it('is workerd, whatever Node runs vitest', () => {
    expect(navigator.userAgent).toBe('Cloudflare-Workers');
  });
});
