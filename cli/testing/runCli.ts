// Runs the art30 CLI as a child process, the way a user runs it, for the CLI's tests.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string | Uint8Array; bin?: boolean } = {}): CliRun {
  const entry = options.bin ? ['bin/art30.mjs'] : ['--import', 'tsx', 'cli/main.ts'];
  const result = spawnSync(process.execPath, [...entry, ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Europe/Copenhagen', NODE_NO_WARNINGS: '1' },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The --json output, asserting it is exactly one JSON document. */
export function jsonOf(run: CliRun): unknown {
  return JSON.parse(run.stdout);
}
