// /admin: the operator's API, behind requireOperator (auth/operator.ts). This file holds the
// key-lifecycle route of issue 14's operations half: re-wrapping every register key under the
// current KEK. The enrolment branch adds its own admin routes beside it.

import { Hono } from 'hono';
import { keyRing } from '../auth/keys.ts';
import { requireOperator } from '../auth/operator.ts';
import { REWRAP_MAX_KEYS, rewrapRegisterKeys } from '../auth/rewrap.ts';
import type { AppEnv } from '../env.ts';
import { Problem } from './problem.ts';

export const admin = new Hono<AppEnv>();

admin.use('*', requireOperator());

/** POST /admin/kek/rewrap[?limit=N]: re-wraps up to N keys (default and most REWRAP_MAX_KEYS)
 * under the current KEK; call again while `remaining` is above the unreadable count. */
admin.post('/kek/rewrap', async (c) => {
  const asked = c.req.query('limit');
  const limit = asked === undefined ? REWRAP_MAX_KEYS : Number(asked);
  if (!Number.isInteger(limit) || limit < 1 || limit > REWRAP_MAX_KEYS) {
    throw new Problem('payloadInvalid', `limit must be a whole number from 1 to ${REWRAP_MAX_KEYS}.`);
  }
  return c.json(await rewrapRegisterKeys(c.get('db'), keyRing(c.env), limit));
});
