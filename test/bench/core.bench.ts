// Benchmark of the register core (issue 2, "Figures"): validate and compute due dates for a
// generated register of 2,000 processing activities (3 data-category rows each) and 100,000
// retention-log holdings. Prints the median of several runs after a warm-up, and its ratio to
// a bare loop that reads every cell of the document once. Target: under 1 s, ratio under 20×.
// Run with `npm run bench` (a plain script, not a test); results go in docs/performance.md.
//
// The machine is shared, so wall-clock time depends on who else is running: each figure is
// given as wall time and as CPU time of this process (process.cpuUsage, user + system), which
// other processes inflate far less. The ratio is computed both ways.

import { cpus, loadavg } from 'node:os';
import type { RegisterDocument } from '../../shared/register/types.ts';
import { evaluateRegister } from '../../shared/retention/holdings.ts';
import { validateRegister } from '../../shared/validation/validate.ts';
import { ACTIVITIES, GROUPS_PER_ACTIVITY, generateRegister, HOLDINGS } from './coreRegister.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const TODAY = '2026-11-25';

/** The floor: read every cell of the document once. */
function bareLoop(doc: RegisterDocument): number {
  let n = 0;
  for (const value of Object.values(doc.organisation)) if (value !== undefined && value !== null) n++;
  for (const rows of Object.values(doc.sheets)) {
    for (const row of rows ?? []) {
      for (const key in row) {
        const value = row[key];
        if (value !== undefined && value !== null && value !== '') n++;
      }
    }
  }
  return n;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

interface Sample {
  wall: number;
  cpu: number;
}

/** Wall time and this process's CPU time (user + system) of one call, in ms. */
function time(fn: () => unknown): Sample {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

const doc = generateRegister();
let sink = 0;
const validate = () => {
  sink += validateRegister(doc, { today: TODAY, lang: 'da' }).length;
};
const evaluate = () => {
  sink += evaluateRegister(doc, { today: TODAY }).holdings.length;
};
const core = () => {
  validate();
  evaluate();
};
const bare = () => {
  sink += bareLoop(doc);
};

// Warm-up: let the JIT compile both before measuring.
core();
bare();
bare();

const samples = {
  validate: [] as Sample[],
  evaluate: [] as Sample[],
  core: [] as Sample[],
  bare: [] as Sample[],
};
for (let i = 0; i < RUNS; i++) {
  samples.validate.push(time(validate));
  samples.evaluate.push(time(evaluate));
  samples.core.push(time(core));
  samples.bare.push(time(bare));
}

const wall = (s: Sample[]) => median(s.map((x) => x.wall));
const cpu = (s: Sample[]) => median(s.map((x) => x.cpu));
const cells = bareLoop(doc);
const ratioWall = wall(samples.core) / wall(samples.bare);
const ratioCpu = cpu(samples.core) / cpu(samples.bare);
const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(10);
const line = (label: string, s: Sample[], note = '') =>
  console.log(`  ${label.padEnd(34)}${ms(wall(s))}  ${ms(cpu(s))}${note}`);
const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

console.log(
  `art30 core benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores)`,
);
// Other processes compete for the cores; the load average says how much the figures suffered.
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min)`,
);
console.log(
  `register: ${ACTIVITIES} activities, ${ACTIVITIES * GROUPS_PER_ACTIVITY} data-category rows, ${HOLDINGS} holdings, ${cells} filled cells`,
);
console.log(`runs: ${RUNS} after a warm-up; medians:`);
console.log(`  ${''.padEnd(34)}${'wall'.padStart(10)}  ${'CPU'.padStart(10)}`);
line('validateRegister', samples.validate);
line('evaluateRegister (due dates)', samples.evaluate);
line(
  'validate + due dates',
  samples.core,
  `   (target < 1000 ms: wall ${met(wall(samples.core) < 1000)}, CPU ${met(cpu(samples.core) < 1000)})`,
);
line('bare loop reading every cell once', samples.bare);
console.log(
  `  ${'ratio'.padEnd(34)}${`${ratioWall.toFixed(1)}×`.padStart(10)}  ${`${ratioCpu.toFixed(1)}×`.padStart(10)}   (target < 20×: wall ${met(ratioWall < 20)}, CPU ${met(ratioCpu < 20)})`,
);
if (sink === -1) console.log(sink);
