// GET /healthz: the worker runs and its database answers.

import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';

export const health = new Hono<AppEnv>();

health.get('/', async (c) => {
  await c.get('db').prepare('SELECT 1').first();
  return c.json({ status: 'ok' });
});
