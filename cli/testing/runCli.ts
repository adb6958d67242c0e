// Runs the art30 CLI for its tests. runCli() calls main(argv, io) in this process with captured
// streams and the given standard input: as fast as a function call, and what most tests use.
// spawnCli() starts the real package bin (bin/art30.mjs) in a child process, the way a user
// runs it, for the few tests that prove the bin, the exit code and the process wiring.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../io.ts';
import { main } from '../main.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliInput {
  /** Standard input, for the path "-". */
  input?: string | Uint8Array;
  /** Extra environment variables (the in-process run sees only these, never the real ones). */
  env?: Record<string, string>;
}

/** `art30 <args>` in this process. Relative paths resolve against the working directory,
 * which is the project root under vitest. */
export async function runCli(args: string[], options: CliInput = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readStdin: () =>
      typeof options.input === 'string'
        ? new TextEncoder().encode(options.input)
        : (options.input ?? new Uint8Array()),
    env: { ...options.env },
  };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

/** `art30 <args>` as the real bin in a child process, from the project root. */
export function spawnCli(args: string[], options: CliInput = {}): CliRun {
  const result = spawnSync(process.execPath, ['bin/art30.mjs', ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env, TZ: 'Europe/Copenhagen', NODE_NO_WARNINGS: '1' },
    timeout: 600_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The --json output, asserting it is exactly one JSON document. */
export function jsonOf(run: CliRun): unknown {
  return JSON.parse(run.stdout);
}
