// The child process that runs the worker locally: wrangler's own test harness
// (createTestHarness, the documented programmatic API built on unstable_startWorker) reads
// wrangler.toml, bundles worker/index.ts and runs it in workerd with local D1 (in memory), the
// Queue and send_email, plus the given vars and secrets. This process applies the D1
// migrations and then obeys its parent over the IPC channel: run the scheduled handler at a
// fixed instant, run a query, stop. It runs apart from the parent because the parent may block
// its main thread (the add-on's synchronous UrlFetchApp) while a request is being served. It
// exits when the parent goes.
//
// Started by startLocalWorker.ts (Node runs this file with its built-in type stripping); the
// first argument is a JSON HostOptions.

import { createTestHarness, unstable_readConfig } from 'wrangler';

export interface HostOptions {
  /** The wrangler configuration file (absolute). */
  configPath: string;
  /** Vars overriding wrangler.toml's [vars]. */
  vars: Record<string, string>;
  /** Secrets (ADMIN_TOKEN, KEY_ENCRYPTION_KEY). */
  secrets: Record<string, string>;
}

export type HostRequest =
  | { id: number; op: 'scheduled'; scheduledTime: number; cron: string }
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'stop' };

export type HostMessage =
  | { type: 'ready'; origin: string; crons: string[]; pid: number }
  | { type: 'fatal'; message: string }
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: string };

interface D1Like {
  prepare(sql: string): { bind(...values: unknown[]): { all(): Promise<{ results: unknown[] }> } };
}

function send(message: HostMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const options = JSON.parse(process.argv[2] ?? '{}') as HostOptions;
  const config = unstable_readConfig({ config: options.configPath }, { hideWarnings: true });
  const server = createTestHarness({
    workers: [{ configPath: options.configPath, vars: options.vars, secrets: options.secrets }],
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await server.close().catch(() => undefined);
    process.exit(code);
  };
  // The parent went away (crashed or exited without stop()): never outlive it.
  process.on('disconnect', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const { url } = await server.listen();
  const worker = server.getWorker();
  const databases = config.d1_databases.map((d: { binding: string }) => d.binding);
  for (const binding of databases) await worker.applyD1Migrations(binding);
  const env = (await worker.getEnv()) as Record<string, D1Like>;
  const db = env[databases[0]];

  process.on('message', async (raw: HostRequest) => {
    try {
      if (raw.op === 'stop') {
        send({ type: 'reply', id: raw.id, ok: true, result: null });
        await stop(0);
        return;
      }
      if (raw.op === 'scheduled') {
        const result = await worker.scheduled({ scheduledTime: new Date(raw.scheduledTime), cron: raw.cron });
        send({ type: 'reply', id: raw.id, ok: true, result });
        return;
      }
      const { results } = await db
        .prepare(raw.sql)
        .bind(...raw.params)
        .all();
      send({ type: 'reply', id: raw.id, ok: true, result: results });
    } catch (error) {
      send({ type: 'reply', id: raw.id, ok: false, error: String((error as Error)?.stack ?? error) });
    }
  });

  send({ type: 'ready', origin: url.origin, crons: config.triggers.crons as string[], pid: process.pid });
}

main().catch((error) => {
  send({ type: 'fatal', message: String((error as Error)?.stack ?? error) });
  process.exit(1);
});
