// The Art30 worker: the signed sync API (Hono, split by resource), the service's own pages and
// the confirmation/unsubscribe pages (worker/pages/), Email Service's delivery events
// (worker/recipients/) and, from worker/job/, the nightly retention job (cron → Queue fan-out →
// consumer). Every request gets a D1 binding that counts its queries, so no invocation can cross
// the platform's per-invocation limit.

import { Hono } from 'hono';
import type { AppEnv, Env } from './env.ts';
import { consumeRegisterBatch, type RegisterJob } from './job/consumer.ts';
import { consumeDeadLetters, DEAD_LETTER_QUEUE } from './job/deadLetters.ts';
import { runScheduled } from './job/scheduled.ts';
import { linkPages } from './pages/links.tsx';
import { servicePages } from './pages/service.tsx';
import { consumeEmailEvents, isEmailEventBatch } from './recipients/events.ts';
import { admin } from './routes/admin.ts';
import { health } from './routes/health.ts';
import { Problem } from './routes/problem.ts';
import { registers } from './routes/registers.ts';
import { D1LimitError, meteredD1 } from './store/queryBudget.ts';

export const app = new Hono<AppEnv>();

app.use('*', async (c, next) => {
  const { db, meter } = meteredD1(c.env.DB);
  c.set('db', db);
  c.set('meter', meter);
  await next();
});

app.route('/healthz', health);
app.route('/v1/registers', registers);
app.route('/admin', admin);
app.route('/', servicePages);
app.route('/', linkPages);

app.notFound((c) =>
  new Problem('notFound', `There is no endpoint ${c.req.method} ${c.req.path}.`).response(),
);

app.onError((error) => {
  if (error instanceof Problem) return error.response();
  console.error(error);
  const detail =
    error instanceof D1LimitError
      ? 'The request needed more database work than one invocation allows. It was stopped; try a smaller snapshot.'
      : 'The server could not complete the request. Try again later.';
  return new Problem('internal', detail).response();
});

export default {
  fetch: app.fetch,
  scheduled: runScheduled,
  async queue(batch, env) {
    // Three queues: Email Service's delivery events (bounces), the nightly fan-out's dead
    // letters, and the nightly fan-out itself.
    if (isEmailEventBatch(batch)) await consumeEmailEvents(batch, env);
    else if (batch.queue === DEAD_LETTER_QUEUE)
      await consumeDeadLetters(batch as MessageBatch<RegisterJob>, env);
    else await consumeRegisterBatch(batch as MessageBatch<RegisterJob>, env);
  },
} satisfies ExportedHandler<Env, unknown>;
