// Figure for issue 14 (docs/performance.md): 200 enrolments sent as fast as one client can, over
// HTTP, to the worker running locally exactly as the demo runs it (cli/local/startLocalWorker.ts),
// all with one organisation's enrolment token. Prints how many were accepted and how long the
// 200 took. `ART30_BENCH_ROOT=<checkout>` runs another checkout's worker (the code before issue
// 14 took the deployment's one ENROLMENT_TOKEN instead, which this script then presents).
// Run: npx tsx worker/test/bench/enrolmentFlood.ts

import { resolve } from 'node:path';

const root = resolve(process.env.ART30_BENCH_ROOT ?? resolve(import.meta.dirname, '../../..'));
const SHARED_TOKEN = 'bench-shared-enrolment-token-0123456789';

async function main(): Promise<void> {
  const { startLocalWorker } = await import(`${root}/cli/local/startLocalWorker.ts`);
  const worker = await startLocalWorker({ vars: { ENROLMENT_TOKEN: SHARED_TOKEN } });
  try {
    const token: string =
      typeof worker.issueEnrolmentToken === 'function'
        ? await worker.issueEnrolmentToken('Flood ApS')
        : SHARED_TOKEN;
    const statuses = new Map<number, number>();
    const started = performance.now();
    for (let wave = 0; wave < 10; wave++) {
      const replies = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          fetch(`${worker.origin}/v1/registers`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ spreadsheetId: `1FloodSheet${wave * 20 + i}` }),
          }),
        ),
      );
      for (const reply of replies) {
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        await reply.arrayBuffer();
      }
    }
    const ms = Math.round(performance.now() - started);
    const [stored] = await worker.query('SELECT COUNT(*) AS n FROM registers');
    console.log(
      JSON.stringify({ root, ms, statuses: Object.fromEntries(statuses), registersStored: stored.n }),
    );
  } finally {
    await worker.stop();
  }
}

await main();
