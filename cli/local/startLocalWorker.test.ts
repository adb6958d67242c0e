import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startLocalWorker } from './startLocalWorker.ts';

function processesMentioning(text: string): string[] {
  return execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(text));
}

describe('Running the worker locally in a child process', () => {
  it('a start-up that fails (port taken) says why, and leaves no process behind', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const persistDir = mkdtempSync(join(tmpdir(), 'art30-port-taken-'));
    try {
      await expect(startLocalWorker({ port, persistDir })).rejects.toThrow(
        /failed to start: .*Address already in use/,
      );
      // The group is killed before the error is reported.
      expect(processesMentioning(persistDir)).toEqual([]);
    } finally {
      blocker.close();
      rmSync(persistDir, { recursive: true, force: true });
    }
  }, 120_000);
});
