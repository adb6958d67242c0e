import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processGroupAlive } from '../demo/processes.ts';
import { type LocalWorker, LocalWorkerError, startLocalWorker } from './startLocalWorker.ts';

const started: LocalWorker[] = [];
afterAll(async () => {
  for (const w of started) await w.stop().catch(() => undefined);
});

describe('Running the worker locally in a child process', () => {
  it('a start-up that fails (a configuration whose entry point is missing) says why, and leaves no process behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'art30-bad-config-'));
    const configPath = join(dir, 'wrangler.toml');
    writeFileSync(configPath, 'name = "broken"\nmain = "missing.ts"\ncompatibility_date = "2026-11-03"\n');
    try {
      const failure = await startLocalWorker({ configPath }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(LocalWorkerError);
      expect((failure as LocalWorkerError).problem).toBe('startFailed');
      expect((failure as LocalWorkerError).detail).toMatch(/missing\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers from wrangler.toml with migrated local D1, and stop() returns only when its whole process group is gone', async () => {
    const worker = await startLocalWorker();
    started.push(worker);
    const health = await fetch(`${worker.origin}/healthz`);
    expect(health.status).toBe(200);
    expect(await worker.query('SELECT COUNT(*) AS n FROM registers')).toEqual([{ n: 0 }]);
    expect(processGroupAlive(worker.pid)).toBe(true);
    await worker.stop();
    expect(processGroupAlive(worker.pid)).toBe(false);
  });

  it('a worker that no longer answers is ended by SIGTERM, then SIGKILL, and stop() still returns with its group gone', async () => {
    // Each escalation step waits up to 15 s: on a loaded machine the kernel takes seconds to
    // deliver signals and reap workerd, and the test must not race that.
    const worker = await startLocalWorker({ stopStepMs: 15_000 });
    started.push(worker);
    // A stopped process neither reads its IPC channel nor acts on SIGTERM; only SIGKILL ends it.
    process.kill(worker.pid, 'SIGSTOP');
    await worker.stop();
    expect(processGroupAlive(worker.pid)).toBe(false);
  });
});
