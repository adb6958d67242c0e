// Prints the add-on's performance figure: calls that reach the spreadsheet (test/addon/figures.ts)
// made by Set up register and Validate register on a small and a large register, the wall time they would take at
// 50 ms per call, and the size of the pushed Code.js.  Run: npx tsx test/bench/addon-calls.bench.ts

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { measureCalls } from '../addon/figures.ts';
import { buildDir, ensureBuilt } from '../addon/harness.ts';

const MS_PER_CALL = 50;

ensureBuilt('production');
const size = statSync(join(buildDir('production'), 'Code.js')).size;
const rows = [measureCalls(10, 10), measureCalls(1000, 20_000)];
console.log('| register | Set up: calls | at 50 ms | Validate: calls | at 50 ms |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.activities} activities / ${r.holdings} holdings | ${r.setUp} | ${((r.setUp * MS_PER_CALL) / 1000).toFixed(1)} s | ${r.validate} | ${((r.validate * MS_PER_CALL) / 1000).toFixed(1)} s |`,
  );
}
console.log(`\nCode.js (build/addon): ${(size / 1024).toFixed(1)} KiB (${size} bytes)`);
const top = Object.entries(rows[0].setUpByMethod)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 8)
  .map(([k, n]) => `${k} ${n}`)
  .join(', ');
console.log(`Most frequent Set up calls: ${top}`);
