import { createExecutionContext, createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Env } from '../env.ts';
import type { RegisterJob } from './consumer.ts';
import { utc } from './fixtures.ts';
import { enqueueRegisters, runScheduled } from './scheduled.ts';

/** A queue that keeps what it was given, so the fan-out can be inspected. */
function capturingQueue() {
  const batches: RegisterJob[][] = [];
  const queue = {
    async sendBatch(messages: Iterable<MessageSendRequest<RegisterJob>>) {
      const batch = [...messages].map((m) => m.body);
      if (batch.length > 100) throw new Error('sendBatch takes at most 100 messages');
      batches.push(batch);
    },
    async send() {
      throw new Error('the job enqueues in batches');
    },
  };
  return { batches, queue: queue as unknown as Queue };
}

async function enrol(id: string, timeZone: string | null) {
  await env.DB.prepare(
    `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at, time_zone)
     VALUES (?, 's', 'c', 'iv', '2026-01-01T00:00:00Z', ?)`,
  )
    .bind(id, timeZone)
    .run();
}

beforeEach(async () => {
  await env.DB.prepare('DELETE FROM registers').run();
});

describe('the cron fan-out', () => {
  it('enqueues one message per register, with each register’s own civil date of the run', async () => {
    await enrol('reg_cph', 'Europe/Copenhagen');
    await enrol('reg_nyc', 'America/New_York');
    await enrol('reg_default', null);
    const { batches, queue } = capturingQueue();
    const controller = createScheduledController({
      scheduledTime: utc('2026-03-15T23:30'),
      cron: '30 23 * * *',
    });
    await runScheduled(controller, { ...env, REGISTER_QUEUE: queue } as Env, createExecutionContext());
    expect(batches.flat().sort((a, b) => a.registerId.localeCompare(b.registerId))).toEqual([
      { registerId: 'reg_cph', runDate: '2026-03-16', scheduledTime: utc('2026-03-15T23:30') },
      { registerId: 'reg_default', runDate: '2026-03-16', scheduledTime: utc('2026-03-15T23:30') },
      { registerId: 'reg_nyc', runDate: '2026-03-15', scheduledTime: utc('2026-03-15T23:30') },
    ]);
  });

  it('sends in batches of at most 100 messages and reaches every register', async () => {
    const ids = Array.from({ length: 1234 }, (_, i) => `reg_${String(i).padStart(5, '0')}`);
    for (let i = 0; i < ids.length; i += 50) {
      await env.DB.batch(
        ids
          .slice(i, i + 50)
          .map((id) =>
            env.DB.prepare(
              `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at) VALUES (?, 's', 'c', 'iv', 'x')`,
            ).bind(id),
          ),
      );
    }
    const { batches, queue } = capturingQueue();
    const count = await enqueueRegisters({ DB: env.DB, REGISTER_QUEUE: queue }, utc('2026-03-01T02:00'));
    expect(count).toBe(1234);
    expect(batches.map((b) => b.length)).toEqual([...Array(12).fill(100), 34]);
    expect(new Set(batches.flat().map((j) => j.registerId)).size).toBe(1234);
  });

  it('hands the real queue binding its messages', async () => {
    await enrol('reg_cph', 'Europe/Copenhagen');
    await expect(enqueueRegisters(env, utc('2026-03-01T02:00'))).resolves.toBe(1);
  });
});
