// Benchmark of the CLI on a live sheet (issue 19, "Figures"): the practice register grown to
// 20,000 retention-log holdings, served by the local Sheets API server (test/cli-sheets) over
// HTTP on this machine, read through googleapis and validated by `art30 validate --sheet`, and
// listed by `art30 due --sheet`, in-process. Prints the API calls per command and the median
// wall and CPU time of several runs after a warm-up. Run with
// `npx tsx test/bench/liveSheet.bench.ts`; results go in docs/performance.md.

import { cpus, loadavg } from 'node:os';
import { runCli } from '../../cli/testing/runCli.ts';
import type { RegisterDocument } from '../../shared/register/types.ts';
import { fakeRegister, PRACTICE } from '../addon/features/fixtureRegister.ts';
import { cliEnv, serve } from '../cli-sheets/liveRegister.ts';
import { startSheetsServer } from '../cli-sheets/sheetsServer.ts';

const HOLDINGS = 20_000;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));

function grown(): RegisterDocument {
  const doc: RegisterDocument = structuredClone(PRACTICE);
  const base = PRACTICE.sheets.retentionLog ?? [];
  doc.sheets.retentionLog = Array.from({ length: HOLDINGS }, (_, i) => {
    const h = base[i % base.length];
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    return {
      ...h,
      id: `h-${i}`,
      reference: `K-${String(i).padStart(6, '0')}`,
      lastContact: h.lastContact ? `2022-${month}-${day}` : '',
      collected: h.collected ? `2026-${month}-${day}` : '',
    };
  });
  return doc;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measure(args: string[], env: Record<string, string>) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let status: number | null = null;
  for (let i = 0; i <= RUNS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const run = await runCli(args, { env });
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    status = run.status;
    if (i === 0) continue; // warm-up
    wall.push(t1 - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wallMs: Math.round(median(wall)), cpuMs: Math.round(median(cpu)), status };
}

const server = await startSheetsServer();
const ss = fakeRegister(grown());
ss.id = '1BenchRegister20000_abcdefghij';
serve(server, ss);
const env = cliEnv(server);
const figures: Record<string, unknown> = {};
for (const [name, args] of [
  ['validate', ['validate', '--sheet', ss.id, '--today', '2026-11-25', '--json']],
  ['due', ['due', '--sheet', ss.id, '--today', '2026-11-25', '--json']],
  ['export json', ['export', '--sheet', ss.id, '--format', 'json']],
] as const) {
  server.resetCalls();
  const result = await measure([...args], env);
  figures[name] = { ...result, callsPerRun: { ...server.calls, get: server.calls.get / (RUNS + 1) } };
}
await server.close();
console.log(
  JSON.stringify(
    {
      holdings: HOLDINGS,
      runs: RUNS,
      cpus: cpus().length,
      load: loadavg().map((l) => l.toFixed(2)),
      figures,
    },
    null,
    2,
  ),
);
