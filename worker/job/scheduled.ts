// The cron entry: the hourly breach run (hourly.ts) on its own cron; otherwise the nightly job.
// The cron entry of the nightly job: purge the registers that enrolled and never synced (after
// PURGE_NEVER_SYNCED_AFTER_DAYS, a bounded number per night), then fan out one queue message
// per synced register, so each register is handled by the consumer on its own. The run date of each register is its civil date at the
// cron's scheduled time in the register's own time zone (23:30 UTC is already tomorrow in
// Copenhagen), computed here from controller.scheduledTime, never from the wall clock.

import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type { Env } from '../env.ts';
import { registerTables } from '../store/registers.ts';
import type { RegisterJob } from './consumer.ts';
import { runHourly } from './hourly.ts';

/** A register that enrolled this many days ago and never synced is deleted by the nightly run. */
export const PURGE_NEVER_SYNCED_AFTER_DAYS = 7;
/** Registers deleted per D1 batch, and batches per night: the purge's work is bounded, and
 * what is left waits for the next night. */
export const PURGE_PER_BATCH = 100;
export const PURGE_BATCHES_PER_RUN = 10;
const DAY_MS = 86_400_000;

/** One batch of the purge: the oldest never-synced registers enrolled before `cutoff`, with
 * every row held for them, in one transaction. A register that synced meanwhile is kept. */
async function purgeBatch(db: D1Database, tables: string[], cutoff: string): Promise<number> {
  const { results } = await db
    .prepare(
      'SELECT id FROM registers WHERE current_version IS NULL AND created_at < ? ORDER BY created_at LIMIT ?',
    )
    .bind(cutoff, PURGE_PER_BATCH)
    .all<{ id: string }>();
  if (results.length === 0) return 0;
  const ids = JSON.stringify(results.map((r) => r.id));
  const doomed =
    'SELECT id FROM registers WHERE id IN (SELECT value FROM json_each(?1)) AND current_version IS NULL';
  const deleted = await db.batch([
    ...tables.map((t) => db.prepare(`DELETE FROM "${t}" WHERE register_id IN (${doomed})`).bind(ids)),
    db.prepare(`DELETE FROM registers WHERE id IN (${doomed})`).bind(ids),
  ]);
  return deleted[deleted.length - 1].meta.changes;
}

/** Deletes registers enrolled more than PURGE_NEVER_SYNCED_AFTER_DAYS before `scheduledTime`
 * that never synced, at most PURGE_PER_BATCH × PURGE_BATCHES_PER_RUN; returns how many. */
export async function purgeNeverSynced(db: D1Database, scheduledTime: number): Promise<number> {
  const cutoff = new Date(scheduledTime - PURGE_NEVER_SYNCED_AFTER_DAYS * DAY_MS).toISOString();
  const tables = await registerTables(db);
  let total = 0;
  for (let batch = 0; batch < PURGE_BATCHES_PER_RUN; batch++) {
    const deleted = await purgeBatch(db, tables, cutoff);
    total += deleted;
    if (deleted < PURGE_PER_BATCH) break;
  }
  return total;
}

/** Queues.sendBatch takes at most 100 messages. */
export const MESSAGES_PER_SEND = 100;
/** Registers read per query while paging through the table. */
const REGISTERS_PER_PAGE = 1000;

/** Enqueue every register that has synced, for the run at `scheduledTime`; returns how many.
 * A register that never synced has nothing to remind of and nobody to tell. */
export async function enqueueRegisters(
  env: Pick<Env, 'DB' | 'REGISTER_QUEUE'>,
  scheduledTime: number,
): Promise<number> {
  let after = '';
  let total = 0;
  for (;;) {
    const { results } = await env.DB.prepare(
      'SELECT id, time_zone FROM registers WHERE id > ? AND current_version IS NOT NULL ORDER BY id LIMIT ?',
    )
      .bind(after, REGISTERS_PER_PAGE)
      .all<{ id: string; time_zone: string | null }>();
    if (results.length === 0) break;
    const jobs: RegisterJob[] = results.map((r) => ({
      registerId: r.id,
      runDate: todayInTimeZone(r.time_zone ?? DEFAULT_TIME_ZONE, scheduledTime),
      scheduledTime,
    }));
    for (let i = 0; i < jobs.length; i += MESSAGES_PER_SEND) {
      await env.REGISTER_QUEUE.sendBatch(jobs.slice(i, i + MESSAGES_PER_SEND).map((body) => ({ body })));
    }
    total += jobs.length;
    after = results[results.length - 1].id;
    if (results.length < REGISTERS_PER_PAGE) break;
  }
  return total;
}

/** The hourly breach run's cron (wrangler.toml); every other cron is the nightly run. */
export const HOURLY_CRON = '0 * * * *';

/** The worker's `scheduled` handler: dispatches on the cron that fired. */
export async function runScheduled(
  controller: ScheduledController,
  env: Env,
  _ctx: ExecutionContext,
): Promise<void> {
  if (controller.cron === HOURLY_CRON) {
    const s = await runHourly(env, controller.scheduledTime);
    console.log(
      `Hourly breach run ${new Date(controller.scheduledTime).toISOString()}: ${s.breaches} breaches in ${s.registers} registers, ${s.sent} sent, ${s.failed} failed`,
    );
    return;
  }
  const purged = await purgeNeverSynced(env.DB, controller.scheduledTime);
  const count = await enqueueRegisters(env, controller.scheduledTime);
  console.log(
    `Nightly run ${new Date(controller.scheduledTime).toISOString()}: ${purged} never-synced registers purged, ${count} registers enqueued`,
  );
}
