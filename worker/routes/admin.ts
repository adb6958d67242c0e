// /admin: the operator's API, behind requireOperator (ADMIN_TOKEN). Enrolment tokens, one per
// organisation: create (the token is in the reply, once), list, revoke. Registers: list (no
// keys, no content), revoke (removes the register and everything held for it, which also frees
// its (owner, spreadsheet) pair for a fresh enrolment). `art30 operator …` is a client of this.
// KEK: re-wrap every register key under the current key-encryption key (auth/rewrap.ts).

import { Hono } from 'hono';
import { keyRing } from '../auth/keys.ts';
import { requireOperator } from '../auth/operator.ts';
import { REWRAP_MAX_KEYS, rewrapRegisterKeys } from '../auth/rewrap.ts';
import type { AppEnv } from '../env.ts';
import { createEnrolmentToken, findToken, listTokens, revokeToken } from '../store/enrolmentTokens.ts';
import { deleteRegister, listRegisters } from '../store/registers.ts';
import { Problem } from './problem.ts';

/** Caps a token gets when the operator names none. */
export const DEFAULT_TOKEN_CAPS = { maxRegisters: 25, maxEnrolmentsPerDay: 10 } as const;

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ORGANISATION_MAX = 200;
// Control and bidirectional-formatting characters: the label is shown in terminals and lists.
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

interface TokenRequest {
  organisation: string;
  allowedDomains: string[];
  maxRegisters: number;
  maxEnrolmentsPerDay: number;
}

function invalid(detail: string): Problem {
  return new Problem('requestInvalid', detail);
}

function capOf(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > 100_000) {
    throw invalid(`${name} must be a whole number from 0 to 100000.`);
  }
  return value;
}

/** The body of POST /admin/tokens, checked field by field. */
export function tokenRequestOf(json: unknown): TokenRequest {
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw invalid('The body must be a JSON object.');
  const body = json as Record<string, unknown>;
  const known = ['organisation', 'allowedDomains', 'maxRegisters', 'maxEnrolmentsPerDay'];
  const unknown = Object.keys(body).filter((k) => !known.includes(k));
  if (unknown.length > 0) throw invalid(`Unknown field(s): ${unknown.join(', ')}.`);
  const organisation = typeof body.organisation === 'string' ? body.organisation.trim() : '';
  if (!organisation || organisation.length > ORGANISATION_MAX || UNSAFE_TEXT.test(organisation)) {
    throw invalid(`organisation must be 1 to ${ORGANISATION_MAX} printable characters.`);
  }
  const domains = body.allowedDomains ?? [];
  if (!Array.isArray(domains) || domains.length > 50)
    throw invalid('allowedDomains must be a list of at most 50 domains.');
  const allowedDomains = domains.map((d) => (typeof d === 'string' ? d.trim().toLowerCase() : ''));
  const bad = allowedDomains.filter((d) => !DOMAIN.test(d));
  if (bad.length > 0) throw invalid(`Not a domain name: ${JSON.stringify(bad[0]).slice(0, 100)}.`);
  return {
    organisation,
    allowedDomains: [...new Set(allowedDomains)],
    maxRegisters: capOf(body.maxRegisters, 'maxRegisters', DEFAULT_TOKEN_CAPS.maxRegisters),
    maxEnrolmentsPerDay: capOf(
      body.maxEnrolmentsPerDay,
      'maxEnrolmentsPerDay',
      DEFAULT_TOKEN_CAPS.maxEnrolmentsPerDay,
    ),
  };
}

async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > 16_384) throw invalid('The body is larger than 16 KiB.');
  try {
    return JSON.parse(text);
  } catch {
    throw new Problem('bodyNotJson', 'The body must be UTF-8 encoded JSON.');
  }
}

export const admin = new Hono<AppEnv>();

admin.use('*', requireOperator());

admin.post('/tokens', async (c) => {
  const request = tokenRequestOf(await jsonBody(c.req.raw));
  const { record, token } = await createEnrolmentToken(c.get('db'), request, new Date().toISOString());
  return c.json({ ...record, token }, 201, { 'cache-control': 'no-store' });
});

admin.get('/tokens', async (c) => c.json({ tokens: await listTokens(c.get('db')) }));

admin.delete('/tokens/:id', async (c) => {
  const db = c.get('db');
  const id = c.req.param('id');
  if (!(await findToken(db, id)))
    throw new Problem('enrolmentTokenNotFound', `There is no enrolment token ${id}.`);
  const revoked = await revokeToken(db, id, new Date().toISOString());
  return c.json({ id, revoked: true, alreadyRevoked: !revoked });
});

admin.get('/registers', async (c) => {
  const token = c.req.query('token');
  return c.json({ registers: await listRegisters(c.get('db'), token ? `token:${token}` : undefined) });
});

admin.delete('/registers/:id', async (c) => {
  const id = c.req.param('id');
  if (!(await deleteRegister(c.get('db'), id)))
    throw new Problem('registerNotFound', `There is no register ${id}.`);
  return c.json({ registerId: id, deleted: true });
});

/** POST /admin/kek/rewrap[?limit=N]: re-wraps up to N register keys (default and most
 * REWRAP_MAX_KEYS) under the current KEK (auth/keys.ts); call again while `remaining` is above
 * the number of `unreadable` keys. */
admin.post('/kek/rewrap', async (c) => {
  const asked = c.req.query('limit');
  const limit = asked === undefined ? REWRAP_MAX_KEYS : Number(asked);
  if (!Number.isInteger(limit) || limit < 1 || limit > REWRAP_MAX_KEYS) {
    throw invalid(`limit must be a whole number from 1 to ${REWRAP_MAX_KEYS}.`);
  }
  return c.json(await rewrapRegisterKeys(c.get('db'), keyRing(c.env), limit));
});
