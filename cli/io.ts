// Where the CLI reads and writes: standard output and error, standard input and the
// environment. `main(argv, io)` takes one, so the tests run commands in-process with captured
// streams (cli/testing/runCli.ts) while the bin passes the real process's (processIo()).

import { readFileSync } from 'node:fs';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Standard input, read whole; only the path "-" asks for it. */
  readStdin(): Uint8Array;
  env: Readonly<Record<string, string | undefined>>;
}

/** The running process's streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: () => readFileSync(0),
    env: process.env,
  };
}
