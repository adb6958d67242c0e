// The largest register one deployment stores. A snapshot is written in one invocation, so its
// rows must fit the per-invocation D1 query budget with room to spare (100,000 holdings take
// about 420 statements of 1,000; docs/performance.md, issue 14), and the decompressed JSON is
// capped separately (MAX_BODY_BYTES). An operator may lower the holdings cap per deployment.

import type { SyncPayload } from '../../shared/sync/types.ts';
import type { Env } from '../env.ts';
import { Problem } from '../routes/problem.ts';

export const REGISTER_LIMITS = {
  activities: 5_000,
  dataCategories: 20_000,
  holdings: 100_000,
} as const;

type Limits = { -readonly [K in keyof typeof REGISTER_LIMITS]: number };

/** The limits in force: MAX_HOLDINGS_PER_REGISTER may lower the holdings cap, never raise it. */
export function registerLimits(env: Pick<Env, 'MAX_HOLDINGS_PER_REGISTER'>): Limits {
  const configured = Number(env.MAX_HOLDINGS_PER_REGISTER);
  const holdings =
    Number.isInteger(configured) && configured > 0
      ? Math.min(configured, REGISTER_LIMITS.holdings)
      : REGISTER_LIMITS.holdings;
  return { ...REGISTER_LIMITS, holdings };
}

const WHAT: Record<keyof Limits, string> = {
  activities: 'processing activities',
  dataCategories: 'data-category rows',
  holdings: 'retention-log holdings',
};

/** Refuses a snapshot with more rows of any kind than the limits allow; nothing is written. */
export function checkRegisterSize(payload: SyncPayload, limits: Limits): void {
  for (const kind of Object.keys(WHAT) as (keyof Limits)[]) {
    const count = payload[kind].length;
    if (count > limits[kind]) {
      throw new Problem(
        'registerTooLarge',
        `The register has ${count} ${WHAT[kind]}; this server stores at most ${limits[kind]}. ` +
          'Remove deleted holdings from the retention log, or split the register.',
        { limit: limits[kind], count, rows: kind },
      );
    }
  }
}
