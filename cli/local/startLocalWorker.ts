// Runs the Art30 worker locally for the end-to-end test and the demo: a child process (host.ts)
// running wrangler's test harness with local D1, the Queue and send_email, no account and no
// network. Returns its origin, its pid, the operator's admin token it was started with, a
// Google-like identity issuer whose key set the worker trusts (local mode only), and the
// controls the tests need: issue an organisation's enrolment token, sign an identity token, run the nightly job for a FIXED instant, wait until the queue
// consumer has finished that run for every synced register, read the outbox (the captured
// emails, local mode only), stop.
// The child leads its own process group (it, workerd and wrangler's helpers). stop() asks it to
// close, then escalates within fixed bounds (SIGTERM to the group, wait, SIGKILL, wait) and
// returns only when the whole group is gone, or throws LocalWorkerError('stillRunning'). The
// group is killed too when start-up fails and when this process exits, so no workerd is left
// behind. Every failure is a LocalWorkerError with a code, so callers word it in their language.

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { OutboxRow } from '../outbox/write-eml.ts';
import type { HostMessage, HostOptions, HostRequest } from './host.ts';
import { createLocalIdentityIssuer, type LocalAccount } from './localIdentity.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface LocalWorkerOptions {
  /** Extra or overriding vars (wrangler.toml's [vars], MODE=local and the local identity issuer
   * are the base); ADMIN_TOKEN and KEY_ENCRYPTION_KEY given here are passed as secrets. */
  vars?: Record<string, string>;
  /** The wrangler configuration; default the project's wrangler.toml. */
  configPath?: string;
  /** How long start-up may take before it is reported as a failure (default 10 min: a hang
   * guard, never a speed limit; a real failure is reported at once). */
  startTimeoutMs?: number;
  /** Each step of stop()'s escalation waits at most this long (default 10 s). */
  stopStepMs?: number;
}

/** An outbox row with its item keys parsed: [[itemId, kind, keyDate], …]. */
export interface CapturedEmail extends OutboxRow {
  items: [string, string, string][];
}

export type LocalWorkerProblem =
  | 'startTimeout'
  | 'startFailed'
  | 'notRunning'
  | 'runTimeout'
  | 'stillRunning';

/** A failure of the local worker; `detail` holds the worker's last log lines (English, technical). */
export class LocalWorkerError extends Error {
  override name = 'LocalWorkerError';
  constructor(
    readonly problem: LocalWorkerProblem,
    readonly facts: { pid?: number; ms?: number; runDate?: string; registers?: string[] },
    readonly detail: string,
  ) {
    super(`${problem} ${JSON.stringify(facts)}\n${detail}`);
  }
}

export interface LocalWorker {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  /** The host process, leader of the worker's process group. */
  pid: number;
  /** The operator's ADMIN_TOKEN for /admin/…. */
  adminToken: string;
  /** An organisation's enrolment token, issued through the admin API. */
  issueEnrolmentToken(organisation: string): Promise<string>;
  /** A Google-like ID token for `account`, signed with the key set this worker trusts. */
  signIdentityToken(account: LocalAccount): Promise<string>;
  /** Milliseconds from spawning the child to the worker answering with migrations applied. */
  startupMs: number;
  /**
   * Runs the scheduled handler as the cron would at `isoInstant` (e.g. 2026-03-02T02:00:00Z):
   * the first cron of wrangler.toml (the nightly job) unless another of its crons is named.
   */
  runScheduled(isoInstant: string, cron?: string): Promise<void>;
  /** Resolves when every register that has a snapshot has a `runs` row for `runDate`. */
  waitForRun(runDate: string, timeoutMs?: number): Promise<void>;
  /** The outbox rows (local mode keeps full bodies), oldest first. */
  readOutbox(where?: { runDate?: string }): Promise<CapturedEmail[]>;
  /** A read-only look at local D1 (tests). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Stops the worker; resolves once its whole process group is gone. */
  stop(): Promise<void>;
}

/** Distributes over the union, so each request kind keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error) {
    // EPERM: the group exists but is not ours to signal; only ESRCH means gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until no process of the group is left (zombies included) or `ms` have passed. */
async function groupGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (signalGroup(pid, 0)) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

/** SIGTERM to the group, wait, SIGKILL, wait: true once the group is gone. */
export async function endProcessGroup(pid: number, stepMs: number): Promise<boolean> {
  if (!signalGroup(pid, 'SIGTERM')) return true;
  if (await groupGone(pid, stepMs)) return true;
  signalGroup(pid, 'SIGKILL');
  return groupGone(pid, stepMs);
}

export async function startLocalWorker(options: LocalWorkerOptions = {}): Promise<LocalWorker> {
  const started = performance.now();
  const stepMs = options.stopStepMs ?? 10_000;
  const { ADMIN_TOKEN, KEY_ENCRYPTION_KEY, ...vars } = options.vars ?? {};
  const adminToken = ADMIN_TOKEN ?? randomBytes(24).toString('base64url');
  const issuer = await createLocalIdentityIssuer();
  const hostOptions: HostOptions = {
    configPath: options.configPath ?? join(ROOT, 'wrangler.toml'),
    vars: { MODE: 'local', GOOGLE_CLIENT_ID: issuer.clientId, IDENTITY_JWKS: issuer.jwks, ...vars },
    secrets: {
      ADMIN_TOKEN: adminToken,
      KEY_ENCRYPTION_KEY: KEY_ENCRYPTION_KEY ?? randomBytes(32).toString('base64url'),
    },
  };
  const child = spawn(process.execPath, [join(ROOT, 'cli/local/host.ts'), JSON.stringify(hostOptions)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, NODE_NO_WARNINGS: '1', WRANGLER_SEND_METRICS: 'false' },
  });
  const pid = child.pid!;
  const log = keepLog(child);
  const onParentExit = () => signalGroup(pid, 'SIGKILL');
  process.on('exit', onParentExit);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });

  const ready = await waitForReady(child, options.startTimeoutMs ?? 600_000, log).catch(async (error) => {
    await endProcessGroup(pid, stepMs);
    process.off('exit', onParentExit);
    throw error;
  });
  const ask = asker(child, () => exited, log);
  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    (await ask({ op: 'query', sql, params })) as T[];

  return {
    origin: ready.origin,
    pid,
    adminToken,
    async issueEnrolmentToken(organisation) {
      const response = await fetch(`${ready.origin}/admin/tokens`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ organisation }),
      });
      if (response.status !== 201)
        throw new Error(`Local worker: no token issued (${await response.text()})`);
      return ((await response.json()) as { token: string }).token;
    },
    signIdentityToken: (account) => issuer.sign(account),
    startupMs: Math.round(performance.now() - started),
    async runScheduled(isoInstant, cron) {
      const time = Date.parse(isoInstant);
      if (Number.isNaN(time)) throw new Error(`runScheduled needs an ISO instant, got "${isoInstant}"`);
      if (cron !== undefined && !ready.crons.includes(cron))
        throw new Error(`runScheduled: "${cron}" is not a cron of wrangler.toml (${ready.crons.join(', ')})`);
      await ask({ op: 'scheduled', scheduledTime: time, cron: cron ?? ready.crons[0] ?? '0 2 * * *' });
    },
    waitForRun: (runDate, timeoutMs = 600_000) => waitForRun(query, runDate, timeoutMs, log),
    async readOutbox(where = {}) {
      const rows = await query<OutboxRow & { item_keys: string }>(
        `SELECT * FROM outbox ${where.runDate ? 'WHERE run_date = ?' : ''} ORDER BY run_date, sent_at, recipient, kind`,
        where.runDate ? [where.runDate] : [],
      );
      return rows.map((r) => ({ ...r, items: JSON.parse(r.item_keys) as [string, string, string][] }));
    },
    query,
    async stop() {
      if (!exited) await Promise.race([ask({ op: 'stop' }).catch(() => undefined), sleep(stepMs)]);
      const gone = (await groupGone(pid, stepMs)) || (await endProcessGroup(pid, stepMs));
      process.off('exit', onParentExit);
      if (!gone) throw new LocalWorkerError('stillRunning', { pid }, log.tail());
    },
  };
}

/** The worker's own log: the last lines, kept for error reports, never printed by default. */
function keepLog(child: ChildProcess): { tail(): string } {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { tail: () => lines.slice(-30).join('\n') };
}

type Ready = Extract<HostMessage, { type: 'ready' }>;

function waitForReady(child: ChildProcess, timeoutMs: number, log: { tail(): string }): Promise<Ready> {
  return new Promise<Ready>((resolveReady, reject) => {
    const fail = (problem: LocalWorkerProblem, detail: string) => {
      clearTimeout(timeout);
      reject(new LocalWorkerError(problem, { ms: timeoutMs }, `${detail}\n${log.tail()}`.trim()));
    };
    const timeout = setTimeout(() => fail('startTimeout', ''), timeoutMs);
    child.on('message', (m: HostMessage) => {
      if (m.type === 'ready') {
        clearTimeout(timeout);
        resolveReady(m);
      } else if (m.type === 'fatal') fail('startFailed', m.message);
    });
    child.on('exit', (code) => fail('startFailed', `exit code ${code}`));
    child.on('error', (e) => fail('startFailed', e.message));
  });
}

function asker(child: ChildProcess, exited: () => boolean, log: { tail(): string }) {
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
    for (const p of pending.values()) p.reject(new LocalWorkerError('notRunning', {}, log.tail()));
    pending.clear();
  });
  return (request: WithoutId<HostRequest>): Promise<unknown> => {
    if (exited()) return Promise.reject(new LocalWorkerError('notRunning', {}, log.tail()));
    const id = nextId++;
    return new Promise((res, rej) => {
      pending.set(id, { resolve: res, reject: rej });
      child.send({ ...request, id } as HostRequest);
    });
  };
}

async function waitForRun(
  query: <T>(sql: string, params?: unknown[]) => Promise<T[]>,
  runDate: string,
  timeoutMs: number,
  log: { tail(): string },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const missing = await query<{ id: string }>(
      `SELECT r.id FROM registers r WHERE r.current_version IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM runs u WHERE u.register_id = r.id AND u.run_date = ?)`,
      [runDate],
    );
    if (missing.length === 0) return;
    if (Date.now() > deadline) {
      const registers = missing.map((m) => m.id);
      throw new LocalWorkerError('runTimeout', { ms: timeoutMs, runDate, registers }, log.tail());
    }
    await sleep(100);
  }
}
