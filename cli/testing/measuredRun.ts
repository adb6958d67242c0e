// Runs the art30 CLI as a child process (the real bin, bin/art30.mjs, as spawnCli does) with a
// 512 MB heap limit and reports its peak resident memory and wall time, for the tests that
// feed it hostile files.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './runCli.ts';

export interface MeasuredRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set size in bytes; null when the process did not exit normally. */
  peakRss: number | null;
  wallMs: number;
}

export const MEMORY_LIMIT_MB = 512;

export function measuredRun(args: string[]): MeasuredRun {
  const dir = mkdtempSync(join(tmpdir(), 'art30-rss-'));
  const file = join(dir, 'peak');
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${MEMORY_LIMIT_MB}`,
      '--import',
      './cli/testing/peakRss.mjs',
      'bin/art30.mjs',
      ...args,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'Europe/Copenhagen', NODE_NO_WARNINGS: '1', ART30_PEAK_RSS_FILE: file },
      timeout: 600_000,
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const wallMs = performance.now() - started;
  const peakRss = existsSync(file) ? Number(readFileSync(file, 'utf8')) * 1024 : null;
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, peakRss, wallMs };
}
