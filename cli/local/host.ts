// The child process that runs the worker locally: bundles worker/index.ts with esbuild, starts
// it in workerd through Miniflare with the bindings of wrangler.toml (local D1 persisted to a
// folder, the Queue, send_email) and the given vars, applies the D1 migrations, and then obeys
// its parent over the IPC channel: run the scheduled handler at a fixed instant, run a query,
// stop. It runs in its own process because the parent may block its main thread (the add-on's
// synchronous UrlFetchApp) while a request is being served. It exits when the parent goes.
//
// Started by startLocalWorker.ts; the first argument is a JSON HostOptions.

import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { Log, LogLevel, Miniflare } from 'miniflare';
import { applyMigrations } from './migrations.ts';
import { readWorkerConfig } from './wranglerToml.ts';

export interface HostOptions {
  root: string;
  port: number;
  persistDir: string;
  vars: Record<string, string>;
  /** Seconds a queue consumer waits to fill a batch (wrangler.toml's value is for production). */
  queueBatchTimeout: number;
}

export type HostRequest =
  | { id: number; op: 'scheduled'; scheduledTime: number; cron: string }
  | { id: number; op: 'query'; sql: string; params: unknown[] }
  | { id: number; op: 'stop' };

export type HostMessage =
  | { type: 'ready'; origin: string; crons: string[]; startMs: number }
  | { type: 'fatal'; message: string }
  | { type: 'reply'; id: number; ok: true; result: unknown }
  | { type: 'reply'; id: number; ok: false; error: string };

function send(message: HostMessage): void {
  process.send?.(message);
}

async function bundle(root: string, main: string): Promise<string> {
  const out = await esbuild.build({
    entryPoints: [join(root, main)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    external: ['cloudflare:*', 'node:*'],
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** Miniflare set up as wrangler.toml describes the worker, with the caller's vars on top. */
function miniflareFor(
  root: string,
  config: ReturnType<typeof readWorkerConfig>,
  options: HostOptions,
  script: string,
) {
  // The same folder layout as `wrangler dev --persist-to <dir>`, so wrangler's own local
  // commands (d1 execute --local --persist-to <dir>) read the same database.
  const d1Persist = join(options.persistDir, 'v3', 'd1');
  mkdirSync(d1Persist, { recursive: true });
  return new Miniflare({
    modules: [{ type: 'ESModule', path: join(root, 'worker', 'index.js'), contents: script }],
    compatibilityDate: config.compatibilityDate,
    compatibilityFlags: config.compatibilityFlags,
    bindings: { ...config.vars, ...options.vars },
    d1Databases: Object.fromEntries(config.d1.map((d) => [d.binding, d.databaseId])),
    d1Persist,
    queueProducers: Object.fromEntries(config.queueProducers.map((p) => [p.binding, { queueName: p.queue }])),
    queueConsumers: Object.fromEntries(
      config.queueConsumers.map((c) => [
        c.queue,
        {
          maxBatchSize: c.maxBatchSize,
          maxBatchTimeout: options.queueBatchTimeout,
          maxRetries: c.maxRetries,
        },
      ]),
    ),
    email: { send_email: config.sendEmail.map((e) => ({ name: e.name })) },
    host: '127.0.0.1',
    port: options.port,
    log: new Log(LogLevel.WARN),
  });
}

async function main(): Promise<void> {
  const started = performance.now();
  const options = JSON.parse(process.argv[2] ?? '{}') as HostOptions;
  const root = resolve(options.root);
  const config = readWorkerConfig(readFileSync(join(root, 'wrangler.toml'), 'utf8'));
  const script = await bundle(root, config.main);
  const mf = miniflareFor(root, config, options, script);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await mf.dispose().catch(() => undefined);
    process.exit(code);
  };
  // The parent went away (crashed or exited without stop()): never outlive it.
  process.on('disconnect', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  const url = await mf.ready;
  const db = await mf.getD1Database(config.d1[0].binding);
  for (const d of config.d1) {
    await applyMigrations(await mf.getD1Database(d.binding), join(root, d.migrationsDir));
  }
  const worker = await mf.getWorker();

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

  send({
    type: 'ready',
    origin: url.origin,
    crons: config.crons,
    startMs: Math.round(performance.now() - started),
  });
}

main().catch((error) => {
  send({ type: 'fatal', message: String((error as Error)?.stack ?? error) });
  process.exit(1);
});
