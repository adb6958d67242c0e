// The cron entry: the hourly breach run (hourly.ts) on its own cron; otherwise the nightly job,
// which fans out one queue message per register, so each register
// is handled by the consumer on its own. The run date of each register is its civil date at the
// cron's scheduled time in the register's own time zone (23:30 UTC is already tomorrow in
// Copenhagen), computed here from controller.scheduledTime, never from the wall clock.

import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type { Env } from '../env.ts';
import type { RegisterJob } from './consumer.ts';
import { runHourly } from './hourly.ts';

/** Queues.sendBatch takes at most 100 messages. */
export const MESSAGES_PER_SEND = 100;
/** Registers read per query while paging through the table. */
const REGISTERS_PER_PAGE = 1000;

/** Enqueue every enrolled register for the run at `scheduledTime`; returns how many. */
export async function enqueueRegisters(
  env: Pick<Env, 'DB' | 'REGISTER_QUEUE'>,
  scheduledTime: number,
): Promise<number> {
  let after = '';
  let total = 0;
  for (;;) {
    const { results } = await env.DB.prepare(
      'SELECT id, time_zone FROM registers WHERE id > ? ORDER BY id LIMIT ?',
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
  const count = await enqueueRegisters(env, controller.scheduledTime);
  console.log(`Nightly run ${new Date(controller.scheduledTime).toISOString()}: ${count} registers enqueued`);
}
