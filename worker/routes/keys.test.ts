// The key lifecycle of a register, through the real worker in workerd: rotating the register
// key with a request signed by the current one, and the versioned key-encryption keys (KEK)
// that wrap every stored key, with the operator's re-wrap route. A different KEK configuration
// is the same worker asked with other secrets (app.fetch with a changed env).

import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import type { Env } from '../env.ts';
import { app } from '../index.ts';
import {
  BASE,
  credentialsOf,
  type Enrolment,
  enrol,
  newAccount,
  problemOf,
  putSnapshot,
  signed,
  signedRequest,
} from '../test/client.ts';

const statusOf = (reg: Enrolment) => signed('GET', `/v1/registers/${reg.registerId}/status`, reg);
const rotate = (reg: Enrolment) => signed('POST', `/v1/registers/${reg.registerId}/key`, reg);

// Two more 32-byte KEKs, base64url: test values only.
const KEK_2 = 'c2Vjb25kLWtleS1lbmNyeXB0aW9uLWtleS0zMi1ieXQ';
const KEK_3 = 'dGhpcmQta2V5LWVuY3J5cHRpb24ta2V5LTMyLWJ5dGU';

/** The worker with other secrets: `kek` replaces the KEK configuration. */
function workerWith(kek: Partial<Env>) {
  const configured = { ...env, KEY_ENCRYPTION_KEY: undefined, KEY_ENCRYPTION_KEYS: undefined, ...kek } as Env;
  return async (request: Request) => app.fetch(request, configured, createExecutionContext());
}

async function statusThrough(fetch: (r: Request) => Promise<Response>, reg: Enrolment) {
  return fetch(await signedRequest('GET', `/v1/registers/${reg.registerId}/status`, reg));
}

const kekVersions = async () =>
  (
    await env.DB.prepare('SELECT id, kek_version FROM registers ORDER BY id').all<{
      id: string;
      kek_version: number;
    }>()
  ).results;

describe('rotating a register key', () => {
  it('gives a new key that signs from then on, answered with no-store, and the old key stops working at once', async () => {
    const reg = await enrol('1RotateSheet');
    await putSnapshot(reg, examplePayload({ spreadsheetId: '1RotateSheet' }));
    const response = await rotate(reg);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const reply = await response.json<{ registerId: string; key: string }>();
    expect(reply.registerId).toBe(reg.registerId);
    expect(reply.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(reply.key).not.toBe(reg.key);

    const old = await statusOf(reg);
    expect(old.status).toBe(401);
    expect((await problemOf(old)).code).toBe('signatureInvalid');
    const renewed = { registerId: reg.registerId, key: reply.key };
    const status = await statusOf(renewed);
    expect(status.status).toBe(200);
    expect((await status.json<{ version: number }>()).version).toBe(1);
  });

  it('cannot be done with the old key again once the register has a new one', async () => {
    const reg = await enrol('1RotateTwiceSheet');
    expect((await rotate(reg)).status).toBe(200);
    const again = await rotate(reg);
    expect(again.status).toBe(401);
    expect((await problemOf(again)).code).toBe('signatureInvalid');
  });

  it('is refused without a valid signature and changes nothing', async () => {
    const reg = await enrol('1RotateForgedSheet');
    const before = await env.DB.prepare('SELECT key_ciphertext FROM registers WHERE id = ?')
      .bind(reg.registerId)
      .first();
    const forged = await signed('POST', `/v1/registers/${reg.registerId}/key`, reg, { key: 'A'.repeat(43) });
    expect(forged.status).toBe(401);
    expect(
      await env.DB.prepare('SELECT key_ciphertext FROM registers WHERE id = ?').bind(reg.registerId).first(),
    ).toEqual(before);
    expect((await statusOf(reg)).status).toBe(200);
  });
});

describe('versioned key-encryption keys', () => {
  it('record the KEK version that wrapped each key, and a key wrapped under an older version still works', async () => {
    const old = await enrol('1KekOldSheet');
    const two = workerWith({ KEY_ENCRYPTION_KEYS: `1:${env.KEY_ENCRYPTION_KEY},2:${KEK_2}` });
    const response = await two(
      new Request(`${BASE}/v1/registers`, {
        method: 'POST',
        headers: { ...(await credentialsOf({ account: newAccount() })), 'content-type': 'application/json' },
        body: JSON.stringify({ spreadsheetId: '1KekNewSheet' }),
      }),
    );
    expect(response.status).toBe(201);
    const fresh = await response.json<Enrolment>();
    const versions = Object.fromEntries((await kekVersions()).map((r) => [r.id, r.kek_version]));
    expect(versions[old.registerId]).toBe(1);
    expect(versions[fresh.registerId]).toBe(2);
    expect((await statusThrough(two, old)).status).toBe(200);
    expect((await statusThrough(two, fresh)).status).toBe(200);
    // With version 2 gone from the configuration its keys no longer unwrap: the same answer as
    // a wrong signature.
    const withoutTwo = await statusThrough(workerWith({ KEY_ENCRYPTION_KEY: env.KEY_ENCRYPTION_KEY }), fresh);
    expect(withoutTwo.status).toBe(401);
    expect((await problemOf(withoutTwo)).code).toBe('signatureInvalid');
  });

  it('follow KEK_CURRENT_VERSION for new keys when it names a version other than the highest', async () => {
    const fetch = workerWith({
      KEY_ENCRYPTION_KEYS: `1:${env.KEY_ENCRYPTION_KEY},2:${KEK_2},3:${KEK_3}`,
      KEK_CURRENT_VERSION: '2',
    });
    const reg = await enrol('1KekCurrentSheet');
    const rotated = await fetch(await signedRequest('POST', `/v1/registers/${reg.registerId}/key`, reg));
    expect(rotated.status).toBe(200);
    const row = await env.DB.prepare('SELECT kek_version FROM registers WHERE id = ?')
      .bind(reg.registerId)
      .first();
    expect(row).toEqual({ kek_version: 2 });
  });
});
