// Benchmark of the nightly job, run by hand inside workerd (see bench.config.ts): seeds
// BENCH_REGISTERS registers of BENCH_HOLDINGS holdings each into local D1, then runs the job for
// them and prints per-register and per-invocation figures (time, D1 queries) to compare with
// the Workers limits (CPU time per invocation, 1,000 D1 queries per invocation). Sends go to a
// recording sender: the Email Service round trip is not part of the figures.

import { createMessageBatch } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { buildMimeMessage } from '../../email/mime.ts';
import { addDays } from '../../shared/calendar/civilDate.ts';
import type { SyncHolding } from '../../shared/sync/types.ts';
import { activity, monthsAfter, payload } from '../../test/fixtures/examplePayload.ts';
import { enrolAndSync, everyoneConfirmed, RecordingSender, utc } from '../../test/worker/fixtures.ts';
import { renderMessage } from '../email/render.tsx';
import { meteredD1 } from '../store/queryBudget.ts';
import { loadCurrentSnapshot } from '../store/snapshot.ts';
import { consumeRegisterBatch, type RegisterJob, runRegister } from './consumer.ts';
import { planRegister } from './plan.ts';

declare const BENCH_REGISTERS: number;
declare const BENCH_HOLDINGS: number;

const RUN_DATE = '2026-03-01';

/** A register of `n` holdings over 20 activities and 5 owners; most old items are deleted. */
function benchPayload(n: number) {
  const activities = Array.from({ length: 20 }, (_, i) =>
    activity(`a${i}`, {
      name: `Aktivitet ${i}`,
      ownerEmail: `owner${i % 5}@bench.dk`,
      rule: monthsAfter(6),
      routineCadence: i % 4 === 0 ? 'monthly' : null,
      routineLastRun: i % 4 === 0 ? '2026-01-20' : null,
      lastReview: i % 7 === 0 ? '2024-11-01' : '2026-01-05',
      sheetRow: i + 2,
    }),
  );
  const holdings: SyncHolding[] = Array.from({ length: n }, (_, i) => {
    const collected = addDays('2023-06-01', (i * 7) % 1000);
    const due = addDays(collected, 182);
    const old = due < addDays(RUN_DATE, -30);
    return {
      id: `h${i}`,
      reference: `K-${String(i).padStart(6, '0')}`,
      activityId: `a${i % 20}`,
      dataCategoryId: null,
      events: { collected },
      deletedOn: old && i % 10 < 8 ? addDays(due, -3) : null,
      legalHold: i % 97 === 0,
      extendedUntil: i % 89 === 0 ? '2026-12-31' : null,
      sheetRow: i + 2,
    };
  });
  return payload({ activities, holdings });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

it('measures the nightly run', async () => {
  const registers = BENCH_REGISTERS;
  const holdings = BENCH_HOLDINGS;
  const ids = Array.from({ length: registers }, (_, i) => `reg_bench_${String(i).padStart(5, '0')}`);
  const snapshot = benchPayload(holdings);

  let t = Date.now();
  for (const id of ids) await enrolAndSync(env.DB, id, snapshot, '2026-02-28T20:00:00Z');
  const seedMs = Date.now() - t;

  // Does the clock move during synchronous work here? (workerd may freeze it between I/O.)
  t = performance.now();
  let spin = 0;
  while (performance.now() - t < 20 && spin < 5e8) spin++;
  const clockMoves = performance.now() - t >= 20;

  // The pure part of one register (plan, render, MIME) measured alone.
  const loaded = await loadCurrentSnapshot(env.DB, ids[0]);
  if (!loaded) throw new Error('no snapshot');
  const pureTimes: number[] = [];
  let pureMessages = 0;
  let pureItems = 0;
  for (let round = 0; round < 20; round++) {
    const start = performance.now();
    const plan = planRegister({
      payload: loaded,
      runDate: RUN_DATE,
      lastSyncDate: '2026-02-28',
      recorded: new Set(),
      book: everyoneConfirmed(loaded),
    });
    for (const m of plan.messages) {
      const r = await renderMessage(m, {
        register: loaded.register,
        unsubscribeUrl: 'https://art30.example.org/unsubscribe/t',
      });
      buildMimeMessage({ ...r, from: 'a@b.dk', to: m.recipient, date: 0, messageId: 'x@b.dk' });
    }
    pureTimes.push(performance.now() - start);
    pureMessages = plan.messages.length;
    pureItems = plan.messages.reduce((n, m) => n + m.items.length, 0);
  }

  // Night 1 (first run: every owed reminder is new) and night 2, one register per invocation.
  const nights: Record<string, { ms: number[]; queries: number[]; sent: number }> = {};
  for (const night of [RUN_DATE, addDays(RUN_DATE, 1)]) {
    const figures = { ms: [] as number[], queries: [] as number[], sent: 0 };
    const sender = new RecordingSender();
    for (const id of ids) {
      const { db, meter } = meteredD1(env.DB);
      const start = Date.now();
      const outcome = await runRegister(env, db, id, { scheduledTime: utc(`${night}T02:00`), sender });
      figures.ms.push(Date.now() - start);
      figures.queries.push(meter.queries);
      if (outcome.kind === 'ran') figures.sent += outcome.sent;
    }
    nights[night] = figures;
  }

  // A week later (new weekly steps), as the queue delivers it: batches of 10 per invocation.
  const weekLater = addDays(RUN_DATE, 7);
  const invocations: { ms: number; queries: number }[] = [];
  for (let i = 0; i < ids.length; i += 10) {
    const jobs = ids.slice(i, i + 10).map((registerId, k) => ({
      id: `m${i + k}`,
      timestamp: new Date(utc(`${weekLater}T02:00`)),
      attempts: 1,
      body: {
        registerId,
        runDate: weekLater,
        scheduledTime: utc(`${weekLater}T02:00`),
      } satisfies RegisterJob,
    }));
    const batch = createMessageBatch<RegisterJob>('art30-registers', jobs);
    let meter: { queries: number } = { queries: 0 };
    const start = Date.now();
    await consumeRegisterBatch(batch, env, {
      sender: new RecordingSender(),
      onMeter: (m) => {
        meter = m;
      },
    });
    invocations.push({ ms: Date.now() - start, queries: meter.queries });
  }

  const report = {
    registers,
    holdingsPerRegister: holdings,
    seedMs,
    clockMovesDuringSyncCode: clockMoves,
    pureOneRegister: {
      minMs: Math.min(...pureTimes),
      medianMs: median(pureTimes),
      maxMs: Math.max(...pureTimes),
      messages: pureMessages,
      items: pureItems,
    },
    nights: Object.fromEntries(
      Object.entries(nights).map(([night, f]) => [
        night,
        {
          minMs: Math.min(...f.ms),
          medianMs: median(f.ms),
          maxMs: Math.max(...f.ms),
          totalMs: f.ms.reduce((a, b) => a + b, 0),
          medianQueries: median(f.queries),
          maxQueries: Math.max(...f.queries),
          emailsSent: f.sent,
        },
      ]),
    ),
    batchesOf10: {
      night: weekLater,
      medianMs: median(invocations.map((x) => x.ms)),
      maxMs: Math.max(...invocations.map((x) => x.ms)),
      maxQueries: Math.max(...invocations.map((x) => x.queries)),
    },
  };
  console.log(`NIGHTLY BENCH ${JSON.stringify(report, null, 2)}`);
  expect(report.nights[RUN_DATE].maxQueries).toBeLessThan(1000);
});
