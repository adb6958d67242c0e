// Benchmark of snapshot ingest, run by hand inside workerd (see ingest.config.ts): a register
// of BENCH_HOLDINGS holdings is uploaded through the signed API (plain and gzipped), then
// written again through the store with a D1 meter, to report time, statement count and the
// largest statement against D1's limits (1,000 queries per invocation, 100 KB SQL, 100 bound
// parameters). Local D1 is SQLite on this machine: times are indicative, not production.

import { env, exports } from 'cloudflare:workers';
import { expect, it } from 'vitest';
import { addDays, todayInTimeZone } from '../../../shared/calendar/civilDate.ts';
import { summariseSnapshot } from '../../../shared/sync/status.ts';
import { examplePayload } from '../../../test/fixtures/examplePayload.ts';
import { meteredD1 } from '../../store/queryBudget.ts';
import { insertRegister } from '../../store/registers.ts';
import { loadCurrentSnapshot, writeSnapshot } from '../../store/snapshot.ts';
import { registerStatus } from '../../store/status.ts';
import { enrol, gzip, signedRequest } from '../client.ts';

declare const BENCH_HOLDINGS: number;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

it(`ingests a snapshot of ${BENCH_HOLDINGS} holdings`, async () => {
  const lines: string[] = [];
  const payload = examplePayload({ spreadsheetId: '1BenchSheet', activities: 40, holdings: BENCH_HOLDINGS });
  const json = JSON.stringify(payload);
  const gz = await gzip(json);
  lines.push(`payload: ${BENCH_HOLDINGS} holdings, JSON ${mb(json.length)}, gzipped ${mb(gz.length)}`);

  // Through the API: signature check, gunzip, parse, validate, write. The request is built
  // and signed first, so only the worker's own work is timed.
  const reg = await enrol('1BenchSheet');
  const path = `/v1/registers/${reg.registerId}/snapshot`;
  const v1 = await signedRequest('PUT', path, reg, { body: json, gzip: true });
  let t = performance.now();
  let response = await exports.default.fetch(v1);
  expect(response.status).toBe(200);
  lines.push(`HTTP PUT v1 (gzip): ${(performance.now() - t).toFixed(0)} ms`);
  const v2 = await signedRequest('PUT', path, reg, { body: JSON.stringify({ ...payload, version: 2 }) });
  t = performance.now();
  response = await exports.default.fetch(v2);
  expect(response.status).toBe(200);
  lines.push(`HTTP PUT v2 (plain, replaces v1): ${(performance.now() - t).toFixed(0)} ms`);

  // Through the store with the meter: the per-invocation figures.
  await insertRegister(
    env.DB,
    { id: 'reg_bench', spreadsheetId: '1BenchSheet', keyCiphertext: 'x', keyIv: 'y', kekVersion: 1 },
    '',
  );
  for (const version of [1, 2]) {
    const { db, meter } = meteredD1(env.DB);
    t = performance.now();
    const outcome = await writeSnapshot(
      db,
      'reg_bench',
      { ...payload, version },
      `hash${version}`,
      Date.now(),
    );
    expect(outcome.kind).toBe('written');
    lines.push(
      `store write v${version}${version === 2 ? ' (incl. deleting v1)' : ''}: ${(performance.now() - t).toFixed(0)} ms, ` +
        `${meter.queries} D1 statements (limit ${meter.limit}), largest SQL ${meter.largestSqlBytes} B, ` +
        `largest bound JSON ${meter.largestBoundBytes} B`,
    );
  }
  const { db, meter } = meteredD1(env.DB);
  t = performance.now();
  const loaded = await loadCurrentSnapshot(db, 'reg_bench');
  expect(loaded?.holdings).toHaveLength(BENCH_HOLDINGS);
  lines.push(
    `loadCurrentSnapshot: ${(performance.now() - t).toFixed(0)} ms, ${meter.queries} statements (one batch)`,
  );
  lines.push(...(await statusFigures(reg)));
  lines.push(await worstCaseWrite(payload));
  console.log(`\n${lines.join('\n')}\n`);
});

/** GET /status before (load the whole snapshot and summarise it, as it did until issue 14) and
 * after (sum the deadlines counted at ingest), each 3 times, with their statement counts. */
async function statusFigures(reg: { registerId: string; key: string }): Promise<string[]> {
  const lines: string[] = [];
  const deadlines = await env.DB.prepare('SELECT count(*) AS n FROM holding_deadlines WHERE register_id = ?')
    .bind('reg_bench')
    .first<{ n: number }>();
  lines.push(`deadline rows stored for the status: ${deadlines?.n}`);
  for (let round = 1; round <= 3; round++) {
    const before = meteredD1(env.DB);
    let t = performance.now();
    const snapshot = await loadCurrentSnapshot(before.db, 'reg_bench');
    const old = summariseSnapshot(snapshot!, todayInTimeZone(snapshot!.register.timeZone, Date.now()));
    const beforeMs = performance.now() - t;
    const after = meteredD1(env.DB);
    t = performance.now();
    const now = await registerStatus(after.db, 'reg_bench', Date.now());
    const afterMs = performance.now() - t;
    expect({ overdue: now.overdue, dueSoon: now.dueSoon }).toEqual({
      overdue: old.overdue,
      dueSoon: old.dueSoon,
    });
    const request = await signedRequest('GET', `/v1/registers/${reg.registerId}/status`, reg);
    t = performance.now();
    expect((await exports.default.fetch(request)).status).toBe(200);
    const httpMs = performance.now() - t;
    lines.push(
      `status round ${round}: before (whole snapshot) ${beforeMs.toFixed(0)} ms, ${before.meter.queries} statements; ` +
        `after (stored counts) ${afterMs.toFixed(0)} ms, ${after.meter.queries} statements; HTTP GET /status ${httpMs.toFixed(0)} ms`,
    );
  }
  return lines;
}

/** The most deadline rows a snapshot can have: every holding its own due date (one row each). */
async function worstCaseWrite(payload: ReturnType<typeof examplePayload>): Promise<string> {
  const distinct = {
    ...payload,
    version: 3,
    // Every activity counts 6 months from collection (a financial-year rule groups by year).
    activities: payload.activities.map((a) => ({ ...a, rule: payload.activities[0].rule })),
    dataCategories: [],
    holdings: payload.holdings.map((h, i) => ({
      ...h,
      events: { collected: addDays('2000-01-01', i), recordDate: addDays('2000-01-01', i) },
      dataCategoryId: null,
      deletedOn: null,
      legalHold: false,
      extendedUntil: null,
    })),
  };
  const { db, meter } = meteredD1(env.DB);
  const t = performance.now();
  expect((await writeSnapshot(db, 'reg_bench', distinct, 'hash3', Date.now())).kind).toBe('written');
  const rows = await env.DB.prepare('SELECT count(*) AS n FROM holding_deadlines WHERE register_id = ?')
    .bind('reg_bench')
    .first<{ n: number }>();
  return (
    `store write, every holding its own due date (${rows?.n} deadline rows): ${(performance.now() - t).toFixed(0)} ms, ` +
    `${meter.queries} D1 statements (limit ${meter.limit})`
  );
}
