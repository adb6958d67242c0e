// When the worker's nightly job runs next, for the settings page. The cron lives in
// wrangler.toml ("0 2 * * *", UTC); a test checks this constant against it.

/** The nightly job's time of day in UTC (wrangler.toml [triggers] crons). */
export const NIGHTLY_RUN_UTC = { hour: 2, minute: 0 } as const;

/** The next run strictly after `nowMs` (epoch ms). */
export function nextNightlyRun(nowMs: number): number {
  const d = new Date(nowMs);
  const today = Date.UTC(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    NIGHTLY_RUN_UTC.hour,
    NIGHTLY_RUN_UTC.minute,
  );
  return today > nowMs ? today : today + 24 * 60 * 60 * 1000;
}
