// Runs the Art30 worker locally for the end-to-end test and the demo: a child process (host.ts)
// with workerd via Miniflare, local D1 and the Queue, no account and no network. Returns its
// origin, the enrolment token it was started with, and the controls the tests need: run the
// nightly job for a FIXED instant, wait until the queue consumer has finished that run for
// every synced register, read the outbox (the captured emails, local mode only), stop.
// The child is a process-group leader and is killed as a group on stop(), when start-up
// fails, and when this process exits, so no workerd is ever left behind.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { OutboxRow } from '../outbox/write-eml.ts';
import type { HostMessage, HostOptions, HostRequest } from './host.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface LocalWorkerOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Where local D1 is kept (wrangler's --persist-to layout); default a temporary folder, removed on stop. */
  persistDir?: string;
  /** Extra or overriding vars (wrangler.toml's [vars] and MODE=local are the base). */
  vars?: Record<string, string>;
  /** How long start-up may take before it is reported as a failure. */
  startTimeoutMs?: number;
}

/** An outbox row with its item keys parsed: [[itemId, kind, keyDate], …]. */
export interface CapturedEmail extends OutboxRow {
  items: [string, string, string][];
}

export interface LocalWorker {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  enrolmentToken: string;
  /** Milliseconds from spawning the child to the worker answering with migrations applied. */
  startupMs: number;
  /** Runs the scheduled handler as the cron would at `isoInstant` (e.g. 2026-03-02T02:00:00Z). */
  runScheduled(isoInstant: string): Promise<void>;
  /** Resolves when every register that has a snapshot has a `runs` row for `runDate`. */
  waitForRun(runDate: string, timeoutMs?: number): Promise<void>;
  /** The outbox rows (local mode keeps full bodies), oldest first. */
  readOutbox(where?: { runDate?: string }): Promise<CapturedEmail[]>;
  /** A read-only look at local D1 (tests). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** Distributes over the union, so each request kind keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The worker host's options: a fresh key and enrolment token unless the caller gives them. */
function hostOptionsFor(
  options: LocalWorkerOptions,
  persistDir: string,
  enrolmentToken: string,
): HostOptions {
  const vars: Record<string, string> = {
    MODE: 'local',
    KEY_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
    ...options.vars,
    ENROLMENT_TOKEN: enrolmentToken,
  };
  return { root: ROOT, port: options.port ?? 0, persistDir, vars, queueBatchTimeout: 0.2 };
}

/** The worker's own log: kept (last lines) for error messages, never printed by default. */
function keepLog(child: ChildProcess): string[] {
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return log;
}

type Ready = Extract<HostMessage, { type: 'ready' }>;

/** Resolves with the host's "ready" message; rejects when it fails, exits or takes too long. */
function waitForReady(child: ChildProcess, timeoutMs: number): Promise<Ready> {
  return new Promise<Ready>((resolveReady, reject) => {
    const timeout = setTimeout(
      () => reject(new Error(`The local worker did not start within ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.on('message', (m: HostMessage) => {
      if (m.type === 'ready') {
        clearTimeout(timeout);
        resolveReady(m);
      } else if (m.type === 'fatal') {
        clearTimeout(timeout);
        reject(new Error(`The local worker failed to start: ${m.message}`));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`The local worker exited during start-up (code ${code}).`));
    });
    child.on('error', (e) => {
      clearTimeout(timeout);
      reject(e);
    });
  });
}

/** Request and reply over the IPC channel: each request gets an id, each reply settles its promise. */
function hostChannel(child: ChildProcess, log: string[], exited: () => boolean) {
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (m: HostMessage) => {
    if (m.type !== 'reply') return;
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.result);
    else p.reject(new Error(`Local worker: ${m.error}`));
  });
  child.on('exit', () => {
    for (const p of pending.values())
      p.reject(new Error(`The local worker stopped.\n${log.slice(-30).join('\n')}`));
    pending.clear();
  });
  return (request: WithoutId<HostRequest>): Promise<unknown> => {
    if (exited()) return Promise.reject(new Error('The local worker is not running.'));
    const id = nextId++;
    return new Promise((res, rej) => {
      pending.set(id, { resolve: res, reject: rej });
      child.send({ ...request, id } as HostRequest);
    });
  };
}

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/** Waits until every register with a snapshot has a run row for `runDate`. */
async function waitForRun(query: Query, log: string[], runDate: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const missing = await query<{ id: string }>(
      `SELECT r.id FROM registers r WHERE r.current_version IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM runs u WHERE u.register_id = r.id AND u.run_date = ?)`,
      [runDate],
    );
    if (missing.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `The nightly run for ${runDate} did not finish within ${timeoutMs} ms for register(s) ${missing
          .map((m) => m.id)
          .join(', ')}.\n${log.slice(-30).join('\n')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startLocalWorker(options: LocalWorkerOptions = {}): Promise<LocalWorker> {
  const started = performance.now();
  const ownPersist = options.persistDir === undefined;
  const persistDir = options.persistDir ?? mkdtempSync(join(tmpdir(), 'art30-worker-'));
  const enrolmentToken = options.vars?.ENROLMENT_TOKEN ?? randomBytes(24).toString('base64url');
  const hostOptions = hostOptionsFor(options, persistDir, enrolmentToken);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'cli/local/host.ts'), JSON.stringify(hostOptions)],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  const log = keepLog(child);
  const onParentExit = () => killGroup(child, 'SIGKILL');
  process.on('exit', onParentExit);

  let exited = false;
  const exitedPromise = new Promise<void>((done) => {
    child.on('exit', () => {
      exited = true;
      done();
    });
  });

  const cleanUp = async () => {
    killGroup(child, 'SIGTERM');
    await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, 3000))]);
    killGroup(child, 'SIGKILL');
    process.off('exit', onParentExit);
    if (ownPersist) rmSync(persistDir, { recursive: true, force: true });
  };

  const ready = await waitForReady(child, options.startTimeoutMs ?? 90_000).catch(async (error: Error) => {
    await cleanUp();
    throw new Error(`${error.message}\n${log.slice(-30).join('\n')}`);
  });
  const ask = hostChannel(child, log, () => exited);

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await ask({ op: 'query', sql, params })) as T[];

  return {
    origin: ready.origin,
    enrolmentToken,
    startupMs: Math.round(performance.now() - started),
    async runScheduled(isoInstant) {
      const time = Date.parse(isoInstant);
      if (Number.isNaN(time)) throw new Error(`runScheduled needs an ISO instant, got "${isoInstant}"`);
      await ask({ op: 'scheduled', scheduledTime: time, cron: ready.crons[0] ?? '0 2 * * *' });
    },
    waitForRun: (runDate, timeoutMs = 30_000) => waitForRun(query, log, runDate, timeoutMs),
    async readOutbox(where = {}) {
      const rows = await query<OutboxRow & { item_keys: string }>(
        `SELECT * FROM outbox ${where.runDate ? 'WHERE run_date = ?' : ''} ORDER BY run_date, sent_at, recipient, kind`,
        where.runDate ? [where.runDate] : [],
      );
      return rows.map((r) => ({ ...r, items: JSON.parse(r.item_keys) as [string, string, string][] }));
    },
    query,
    async stop() {
      if (!exited) await ask({ op: 'stop' }).catch(() => undefined);
      await cleanUp();
      if (child.pid !== undefined && isAlive(child.pid)) {
        throw new Error(`The local worker's process group ${child.pid} is still running after stop().`);
      }
    },
  };
}
