// Shared plumbing of the Apps Script fakes: the marker every fake object carries (so the
// harness can wrap it in a call-counting Proxy) and the call counter itself.

/** The class name used in call counts ("Range.getValues"). */
export const FAKE_NAME: unique symbol = Symbol('fakeName');

export abstract class Fake {
  abstract get [FAKE_NAME](): string;
}

export function isFake(v: unknown): v is Fake {
  return v instanceof Fake;
}

/** Realm-independent Date test: values coming from the vm context are Dates of another realm. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** Counts every method call on every fake, by "Class.method": the performance figure. */
export class CallCounter {
  readonly counts: Record<string, number> = {};

  count(key: string): void {
    this.counts[key] = (this.counts[key] ?? 0) + 1;
  }

  total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  /** Calls to one service, e.g. "SpreadsheetApp" or "Range" (prefix before the dot). */
  of(className: string): number {
    return Object.entries(this.counts)
      .filter(([k]) => k.startsWith(`${className}.`))
      .reduce((a, [, n]) => a + n, 0);
  }

  reset(): void {
    for (const k of Object.keys(this.counts)) delete this.counts[k];
  }

  snapshot(): Record<string, number> {
    return { ...this.counts };
  }
}
