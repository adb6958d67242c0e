// The dead-letter queue of the nightly job: a register's message lands here when the queue
// gave up on it (its retries in wrangler.toml are exhausted). Its run is then put on record as
// cut short, so GET /status shows that the register's reminders for that night may be missing;
// the next night's run plans them again (nothing unsent was recorded).

import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type { Env } from '../env.ts';
import { loadRegisterJobMeta } from '../store/registers.ts';
import type { RegisterJob } from './consumer.ts';
import { recordCutShort } from './records.ts';

export { DEAD_LETTER_QUEUE } from './queues.ts';

export async function consumeDeadLetters(
  batch: MessageBatch<RegisterJob>,
  env: Pick<Env, 'DB'>,
): Promise<void> {
  for (const message of batch.messages) {
    const job = message.body;
    try {
      const meta = await loadRegisterJobMeta(env.DB, job.registerId);
      if (meta) {
        const runDate =
          job.runDate ??
          todayInTimeZone(
            meta.time_zone ?? DEFAULT_TIME_ZONE,
            job.scheduledTime ?? message.timestamp.getTime(),
          );
        const summary = { registerId: job.registerId, runDate, sent: 0, failed: 0, failedAddresses: [] };
        await recordCutShort(env.DB, summary, 'retriesExhausted', new Date().toISOString());
      }
      console.error(
        `Nightly run of register ${job.registerId} gave up after its retries (dead-letter queue)`,
      );
      message.ack();
    } catch (error) {
      console.error(`Could not record the dead letter of register ${job.registerId}`, error);
      message.retry();
    }
  }
}
