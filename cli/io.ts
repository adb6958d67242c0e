// Where the CLI reads and writes: standard output and error, standard input and the
// environment. `main(argv, io)` takes one, so the tests run commands in-process with captured
// streams (cli/testing/runCli.ts) while the bin passes the real process's (processIo()).

import { readSync } from 'node:fs';

export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Standard input; only the path "-" asks for it. Given `maxBytes`, a reader may stop once it
   * holds more than that many bytes (the caller refuses such input). */
  readStdin(maxBytes?: number): Uint8Array;
  env: Readonly<Record<string, string | undefined>>;
}

/** File descriptor 0 read in chunks, stopping after `maxBytes` + 1 bytes so oversized input
 * is never held whole. */
function readProcessStdin(maxBytes = Number.POSITIVE_INFINITY): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1024 * 1024);
  while (total <= maxBytes) {
    let n = 0;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(chunk.subarray(0, n)));
    total += n;
  }
  return Buffer.concat(chunks);
}

/** The running process's streams and environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: readProcessStdin,
    env: process.env,
  };
}
