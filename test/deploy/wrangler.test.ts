// wrangler.toml as wrangler itself reads it: the nightly queue hands a message whose retries ran
// out to a dead-letter queue, and the worker consumes that queue under the name its queue
// handler routes on (worker/job/deadLetters.ts). Miniflare gives the same queues locally.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { DEAD_LETTER_QUEUE } from '../../worker/job/queues.ts';

interface QueueConsumer {
  queue: string;
  dead_letter_queue?: string;
  max_retries?: number;
}
interface QueueProducer {
  binding: string;
  queue: string;
}

const config = unstable_readConfig({ config: join(import.meta.dirname, '..', '..', 'wrangler.toml') });
const queues = config.queues as { producers?: QueueProducer[]; consumers?: QueueConsumer[] };

describe('the queues in wrangler.toml', () => {
  it('send a register whose retries ran out to the dead-letter queue that the worker consumes', () => {
    const producer = queues.producers?.find((p) => p.binding === 'REGISTER_QUEUE');
    const consumers = queues.consumers ?? [];
    const main = consumers.find((c) => c.queue === producer?.queue);
    expect(main?.dead_letter_queue).toBe(DEAD_LETTER_QUEUE);
    expect(main?.max_retries).toBeGreaterThan(0);
    expect(consumers.map((c) => c.queue)).toContain(DEAD_LETTER_QUEUE);
  });
});
