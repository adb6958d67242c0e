// The operator's re-wrap of every register key under the current KEK (POST /admin/kek/rewrap),
// in workerd: guarded by the admin token, bounded per call, and afterwards the old KEK can be
// removed from the configuration without any register losing its key.

import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Env } from '../env.ts';
import { app } from '../index.ts';
import { BASE, type Enrolment, enrol, issueToken, problemOf, signedRequest } from '../test/client.ts';

const KEK_2 = 'c2Vjb25kLWtleS1lbmNyeXB0aW9uLWtleS0zMi1ieXQ';
const BOTH = { KEY_ENCRYPTION_KEYS: `1:${env.KEY_ENCRYPTION_KEY},2:${KEK_2}` };
const ONLY_TWO = { KEY_ENCRYPTION_KEY: undefined, KEY_ENCRYPTION_KEYS: `2:${KEK_2}` };

function workerWith(secrets: Partial<Env>) {
  const configured = { ...env, ...secrets } as Env;
  return async (request: Request) => app.fetch(request, configured, createExecutionContext());
}

function rewrap(
  fetch: (r: Request) => Promise<Response>,
  query = '',
  token: string | null = env.ADMIN_TOKEN ?? null,
) {
  return fetch(
    new Request(`${BASE}/admin/kek/rewrap${query}`, {
      method: 'POST',
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    }),
  );
}

async function statusThrough(fetch: (r: Request) => Promise<Response>, reg: Enrolment) {
  return fetch(await signedRequest('GET', `/v1/registers/${reg.registerId}/status`, reg));
}

const versionCounts = async () =>
  (
    await env.DB.prepare(
      'SELECT kek_version, count(*) AS n FROM registers GROUP BY kek_version ORDER BY kek_version',
    ).all()
  ).results;

beforeEach(async () => {
  await env.DB.prepare('DELETE FROM registers').run();
});

describe('POST /admin/kek/rewrap', () => {
  it('is refused without the admin token, or with another token, and re-wraps nothing', async () => {
    await enrol('1AdminGuardSheet');
    const fetch = workerWith(BOTH);
    const missing = await rewrap(fetch, '', null);
    expect([missing.status, (await problemOf(missing)).code]).toEqual([401, 'operatorTokenMissing']);
    const { token } = await issueToken();
    for (const wrong of ['wrong-token', token]) {
      const response = await rewrap(fetch, '', wrong);
      expect([response.status, (await problemOf(response)).code]).toEqual([403, 'operatorTokenInvalid']);
    }
    expect(await versionCounts()).toEqual([{ kek_version: 1, n: 1 }]);
  });

  it('re-wraps every key under the current KEK, after which the old KEK can be removed', async () => {
    const regs = [await enrol('1RewrapA'), await enrol('1RewrapB'), await enrol('1RewrapC')];
    const fetch = workerWith(BOTH);
    const response = await rewrap(fetch);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ kekVersion: 2, rewrapped: 3, unreadable: [], remaining: 0 });
    expect(await versionCounts()).toEqual([{ kek_version: 2, n: 3 }]);
    const withoutOld = workerWith(ONLY_TWO);
    for (const reg of regs) expect((await statusThrough(withoutOld, reg)).status).toBe(200);
    // And the old KEK alone no longer opens them.
    const onlyOld = workerWith({ KEY_ENCRYPTION_KEYS: undefined });
    expect((await statusThrough(onlyOld, regs[0])).status).toBe(401);
  });

  it('works in bounded calls: each re-wraps at most `limit` keys and says how many remain', async () => {
    const regs: Enrolment[] = [];
    for (let i = 0; i < 25; i++) regs.push(await enrol(`1RewrapMany${i}`));
    const fetch = workerWith(BOTH);
    const first = await (await rewrap(fetch, '?limit=10')).json();
    expect(first).toEqual({ kekVersion: 2, rewrapped: 10, unreadable: [], remaining: 15 });
    const second = await (await rewrap(fetch, '?limit=10')).json();
    expect(second).toEqual({ kekVersion: 2, rewrapped: 10, unreadable: [], remaining: 5 });
    const third = await (await rewrap(fetch, '?limit=10')).json();
    expect(third).toEqual({ kekVersion: 2, rewrapped: 5, unreadable: [], remaining: 0 });
    expect(await (await rewrap(fetch)).json()).toEqual({
      kekVersion: 2,
      rewrapped: 0,
      unreadable: [],
      remaining: 0,
    });
    expect((await statusThrough(workerWith(ONLY_TWO), regs[24])).status).toBe(200);
  });

  it('leaves a key it cannot unwrap as it is and names its register', async () => {
    const good = await enrol('1RewrapGood');
    const lost = await enrol('1RewrapLost');
    await env.DB.prepare('UPDATE registers SET kek_version = 7 WHERE id = ?').bind(lost.registerId).run();
    const response = await (await rewrap(workerWith(BOTH))).json();
    expect(response).toEqual({ kekVersion: 2, rewrapped: 1, unreadable: [lost.registerId], remaining: 1 });
    expect((await statusThrough(workerWith(ONLY_TWO), good)).status).toBe(200);
  });

  it('refuses a limit that is not a whole number from 1 to 2000', async () => {
    for (const query of ['?limit=0', '?limit=2001', '?limit=ten']) {
      const response = await rewrap(workerWith(BOTH), query);
      expect(response.status).toBe(422);
      expect((await problemOf(response)).code).toBe('requestInvalid');
    }
  });
});
