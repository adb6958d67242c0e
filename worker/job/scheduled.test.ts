import { createExecutionContext, createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Env } from '../env.ts';
import type { RegisterJob } from './consumer.ts';
import { utc } from './fixtures.ts';
import { enqueueRegisters, purgeNeverSynced, runScheduled } from './scheduled.ts';

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

/** A register that has synced (current_version 1). */
async function enrol(id: string, timeZone: string | null) {
  await env.DB.prepare(
    `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at, time_zone, current_version)
     VALUES (?, 's', 'c', 'iv', '2026-01-01T00:00:00.000Z', ?, 1)`,
  )
    .bind(id, timeZone)
    .run();
}

/** A register that enrolled at `createdAt` and never synced, with a spent nonce of its own. */
function neverSynced(id: string, createdAt: string): D1PreparedStatement[] {
  return [
    env.DB.prepare(
      `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at) VALUES (?, 's', 'c', 'iv', ?)`,
    ).bind(id, createdAt),
    env.DB.prepare(`INSERT INTO nonces (register_id, nonce, expires_at) VALUES (?, 'n', 0)`).bind(id),
  ];
}

const ids = async (table: string, column = 'id') =>
  (await env.DB.prepare(`SELECT ${column} AS id FROM ${table} ORDER BY 1`).all<{ id: string }>()).results.map(
    (r) => r.id,
  );

beforeEach(async () => {
  await env.DB.batch([env.DB.prepare('DELETE FROM registers'), env.DB.prepare('DELETE FROM nonces')]);
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
              `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at, current_version) VALUES (?, 's', 'c', 'iv', 'x', 1)`,
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

describe('the nightly purge of registers that never synced', () => {
  it('deletes a register enrolled more than 7 days before the run that never synced, with its rows, and keeps the rest', async () => {
    await env.DB.batch([
      ...neverSynced('reg_8_days', '2026-03-07T01:59:59.000Z'),
      ...neverSynced('reg_6_days', '2026-03-09T02:00:00.000Z'),
    ]);
    await enrol('reg_synced_long_ago', 'Europe/Copenhagen');
    const { batches, queue } = capturingQueue();
    const controller = createScheduledController({
      scheduledTime: utc('2026-03-15T02:00'),
      cron: '0 2 * * *',
    });
    await runScheduled(controller, { ...env, REGISTER_QUEUE: queue } as Env, createExecutionContext());
    expect(await ids('registers')).toEqual(['reg_6_days', 'reg_synced_long_ago']);
    expect(await ids('nonces', 'register_id')).toEqual(['reg_6_days']);
    // Only the register that synced is fanned out: one that never synced has nothing to remind of.
    expect(batches.flat().map((j) => j.registerId)).toEqual(['reg_synced_long_ago']);
  });

  it('deletes at most 1,000 a night, oldest first; the rest go the next night', async () => {
    const statements: D1PreparedStatement[] = [];
    for (let i = 0; i < 1_050; i++) {
      const at = new Date(utc('2026-01-01T00:00') + i * 60_000).toISOString();
      statements.push(...neverSynced(`reg_${String(i).padStart(5, '0')}`, at));
    }
    for (let i = 0; i < statements.length; i += 100) await env.DB.batch(statements.slice(i, i + 100));
    expect(await purgeNeverSynced(env.DB, utc('2026-03-15T02:00'))).toBe(1_000);
    expect(await ids('registers')).toEqual(
      Array.from({ length: 50 }, (_, i) => `reg_${String(1_000 + i).padStart(5, '0')}`),
    );
    expect(await purgeNeverSynced(env.DB, utc('2026-03-16T02:00'))).toBe(50);
    expect(await ids('registers')).toEqual([]);
    expect(await ids('nonces', 'register_id')).toEqual([]);
  });
});
