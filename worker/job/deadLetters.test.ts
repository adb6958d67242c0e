// The nightly job's dead-letter queue, in workerd: a register's message whose retries ran out is
// delivered to the worker's queue handler (its default export, as the runtime calls it) from the
// dead-letter queue named in wrangler.toml, and
// its run is then on record as cut short, which GET /status shows.

import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import worker from '../index.ts';
import { registerStatus } from '../store/status.ts';
import type { RegisterJob } from './consumer.ts';
import { DEAD_LETTER_QUEUE } from './deadLetters.ts';
import { enrolAndSync, payload, utc } from './fixtures.ts';

function deadLetters(jobs: RegisterJob[]) {
  return createMessageBatch<RegisterJob>(
    DEAD_LETTER_QUEUE,
    jobs.map((body, i) => ({
      id: `dl${i}`,
      timestamp: new Date(utc('2026-03-14T02:00')),
      attempts: 1,
      body,
    })),
  );
}

describe('a run whose retries ran out (the dead-letter queue)', () => {
  it('is on record as cut short and shown by the status, and the message is acked', async () => {
    await enrolAndSync(env.DB, 'reg_dead', payload({}), '2026-03-01T08:00:00Z');
    const batch = deadLetters([
      { registerId: 'reg_dead', runDate: '2026-03-14', scheduledTime: utc('2026-03-14T02:00') },
    ]);
    const ctx = createExecutionContext();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await worker.queue(batch, env);
    const messages = logged.mock.calls.map((call) => call[0]);
    logged.mockRestore();
    expect(messages).toEqual([
      'Nightly run of register reg_dead gave up after its retries (dead-letter queue)',
    ]);
    expect((await getQueueResult(batch, ctx)).explicitAcks).toEqual(['dl0']);
    const status = await registerStatus(env.DB, 'reg_dead', utc('2026-03-14T12:00'));
    expect(status.lastRun).toEqual({
      date: '2026-03-14',
      remindersSent: 0,
      remindersFailed: 0,
      failedAddresses: [],
      cutShort: 'retriesExhausted',
    });
  });

  it('keeps what a cut-short attempt had sent, and records nothing for a register deleted meanwhile', async () => {
    await enrolAndSync(env.DB, 'reg_partial', payload({}), '2026-03-01T08:00:00Z');
    await env.DB.prepare(
      `INSERT INTO runs (register_id, run_date, sent, failed, failed_addresses, finished_at, cut_short)
       VALUES ('reg_partial', '2026-03-14', 3, 0, '[]', '2026-03-14T02:00:05Z', 'queryBudget')`,
    ).run();
    const batch = deadLetters([
      { registerId: 'reg_partial', runDate: '2026-03-14' },
      { registerId: 'reg_gone', runDate: '2026-03-14' },
    ]);
    const ctx = createExecutionContext();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await worker.queue(batch, env);
    vi.restoreAllMocks();
    expect((await getQueueResult(batch, ctx)).explicitAcks.sort()).toEqual(['dl0', 'dl1']);
    const { results } = await env.DB.prepare(
      "SELECT register_id, sent, cut_short FROM runs WHERE register_id <> 'reg_dead' ORDER BY 1",
    ).all();
    expect(results).toEqual([{ register_id: 'reg_partial', sent: 3, cut_short: 'retriesExhausted' }]);
  });
});
