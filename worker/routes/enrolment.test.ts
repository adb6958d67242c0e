import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { LocalAccount, TokenOptions } from '../../cli/local/localIdentity.ts';
import { IDENTITY_HEADER } from '../../shared/sync/api.ts';
import { base64urlDecode, canonicalString } from '../../shared/sync/signing.ts';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import {
  adminCall,
  call,
  dumpTables,
  enrol,
  enrolRequest,
  freshNonce,
  hmacHex,
  identityToken,
  issueToken,
  newAccount,
  problemOf,
  putSnapshot,
  sha256Hex,
  signed,
} from '../test/client.ts';

const rawEnrol = (headers: Record<string, string>, body: string) =>
  call('/v1/registers', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

async function registerRow(id: string): Promise<Record<string, unknown> | null> {
  return env.DB.prepare('SELECT * FROM registers WHERE id = ?').bind(id).first<Record<string, unknown>>();
}

/** The signature headers of a re-enrolment of `spreadsheetId`, signed with `key`. */
async function signedWith(key: string, spreadsheetId: string): Promise<Record<string, string>> {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = freshNonce();
  const body = new TextEncoder().encode(JSON.stringify({ spreadsheetId }));
  const canonical = canonicalString('POST', '/v1/registers', timestamp, nonce, await sha256Hex(body));
  return {
    'x-art30-timestamp': timestamp,
    'x-art30-nonce': nonce,
    'x-art30-signature': await hmacHex(key, canonical),
  };
}

describe('POST /v1/registers: who may enrol', () => {
  it('enrols with a verified Google identity: the register belongs to the account, and only the key ciphertext is kept', async () => {
    const account: LocalAccount = { subject: '109876543210987654321', email: 'Coach@Example.org' };
    const { registerId, key } = await enrol('1SpreadsheetAbc', { account });
    expect(registerId).toMatch(/^reg_[A-Za-z0-9_-]{22}$/);
    expect(base64urlDecode(key)?.length).toBe(32);
    const row = await registerRow(registerId);
    expect(row).toMatchObject({
      spreadsheet_id: '1SpreadsheetAbc',
      owner: 'google:109876543210987654321',
      owner_email: 'coach@example.org',
      current_version: null,
    });
    expect(JSON.stringify(row)).not.toContain(key);
  });

  it("enrols with an organisation's token: the register belongs to the token, not to a person", async () => {
    const issued = await issueToken({ organisation: 'Klinik Nord ApS' });
    expect(issued.token).toMatch(/^art30_[A-Za-z0-9_-]{43}$/);
    const { registerId } = await enrol('1ClinicSheet', { token: issued.token });
    expect(await registerRow(registerId)).toMatchObject({ owner: `token:${issued.id}`, owner_email: null });
    // Only the token's hash is stored.
    const tokens = await dumpTables();
    expect(JSON.stringify(tokens)).not.toContain(issued.token);
  });

  it('refuses every enrolment once the token is revoked, and stores nothing', async () => {
    const issued = await issueToken({ organisation: 'Revoked ApS' });
    expect((await adminCall('DELETE', `/tokens/${issued.id}`)).status).toBe(200);
    const before = await dumpTables();
    const response = await enrolRequest('1RevokedSheet', { token: issued.token });
    expect(response.status).toBe(403);
    expect((await problemOf(response)).code).toBe('enrolmentTokenInvalid');
    expect(await dumpTables()).toEqual(before);
  });

  it.each([
    ['no credentials at all', {}, 401, 'identityTokenMissing'],
    ['a Basic credential', { authorization: 'Basic dXNlcjpwdw==' }, 401, 'identityTokenMissing'],
    [
      'an enrolment token nobody issued',
      { authorization: 'Bearer art30_not-issued' },
      403,
      'enrolmentTokenInvalid',
    ],
    [
      'an identity header that is not a JWT',
      { [IDENTITY_HEADER]: 'not.a.token' },
      403,
      'identityTokenInvalid',
    ],
  ])('refuses enrolment with %s and stores nothing', async (_name, headers, status, code) => {
    const before = await dumpTables();
    const response = await rawEnrol(headers, JSON.stringify({ spreadsheetId: '1Sheet' }));
    expect(response.status).toBe(status);
    expect((await problemOf(response)).code).toBe(code);
    expect(await dumpTables()).toEqual(before);
  });

  const account = newAccount();
  it.each<[string, () => Promise<string>]>([
    [
      'for another OAuth client (audience)',
      () => identityToken(account, { audience: 'other.apps.googleusercontent.com' }),
    ],
    ['by another issuer', () => identityToken(account, { issuer: 'https://evil.example' })],
    ['that expired', () => identityToken(account, { lifetimeS: -120 } satisfies TokenOptions)],
    ['whose email is not verified', () => identityToken({ ...account, emailVerified: false })],
    [
      'whose signature was altered',
      async () => {
        const [head, body, sig] = (await identityToken(account)).split('.');
        return `${head}.${body}.${sig.startsWith('A') ? 'B' : 'A'}${sig.slice(1)}`;
      },
    ],
    [
      'whose claims were altered after signing',
      async () => {
        const [head, body, sig] = (await identityToken(account)).split('.');
        const claims = JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/')));
        const forged = btoa(JSON.stringify({ ...claims, sub: '1victim' })).replace(/=+$/, '');
        return `${head}.${forged.replace(/\+/g, '-').replace(/\//g, '_')}.${sig}`;
      },
    ],
  ])('refuses a Google identity token %s, and stores nothing', async (_name, token) => {
    const before = await dumpTables();
    const response = await rawEnrol(
      { [IDENTITY_HEADER]: await token() },
      JSON.stringify({ spreadsheetId: '1Sheet' }),
    );
    expect(response.status).toBe(403);
    expect((await problemOf(response)).code).toBe('identityTokenInvalid');
    expect(await dumpTables()).toEqual(before);
  });

  it.each([
    ['not JSON', '{spreadsheetId:', 400, 'bodyNotJson'],
    ['an array', '["1Sheet"]', 422, 'payloadInvalid'],
    ['an extra field', '{"spreadsheetId":"1Sheet","name":"x"}', 422, 'payloadInvalid'],
    ['an id with a slash', '{"spreadsheetId":"../etc"}', 422, 'payloadInvalid'],
    ['a numeric id', '{"spreadsheetId":12}', 422, 'payloadInvalid'],
  ])('refuses an enrolment body that is %s and stores nothing', async (_name, body, status, code) => {
    const before = await dumpTables();
    const response = await rawEnrol({ [IDENTITY_HEADER]: await identityToken(newAccount()) }, body);
    expect(response.status).toBe(status);
    expect((await problemOf(response)).code).toBe(code);
    expect(await dumpTables()).toEqual(before);
  });

  it('answers a missing credential as problem+json saying which permission or token is needed', async () => {
    const body = await problemOf(await rawEnrol({}, '{}'));
    expect(body).toEqual({
      type: 'tag:art30,2026:problem:identityTokenMissing',
      title: 'Neither an identity token nor an enrolment token',
      status: 401,
      detail:
        'Enrolment needs the Google identity token in X-Art30-Identity-Token (the add-on sends it once the user ' +
        'has granted the "openid" permission) or an enrolment token as "Authorization: Bearer <token>".',
      code: 'identityTokenMissing',
    });
  });
});

describe('POST /v1/registers: one register per account and spreadsheet', () => {
  it('refuses to enrol the same spreadsheet twice for one account without the old key, and the register keeps working', async () => {
    const account = newAccount();
    const first = await enrol('1SameSheet', { account });
    const before = await dumpTables();
    const again = await enrolRequest('1SameSheet', { account });
    expect(again.status).toBe(409);
    const problem = (await problemOf(again)) as unknown as { code: string; registerId: string };
    expect(problem).toMatchObject({ code: 'alreadyEnrolled', registerId: first.registerId });
    expect(await dumpTables()).toEqual(before);
    const sync = await putSnapshot(first, examplePayload({ spreadsheetId: '1SameSheet' }));
    expect(sync.status).toBe(200);
  });

  it('replaces the register when the re-enrolment is signed with the old key: the old key and its snapshot are gone', async () => {
    const account = newAccount();
    const old = await enrol('1RenewSheet', { account });
    expect(
      (await putSnapshot(old, examplePayload({ spreadsheetId: '1RenewSheet', holdings: 3 }))).status,
    ).toBe(200);
    const response = await enrolRequest('1RenewSheet', { account }, await signedWith(old.key, '1RenewSheet'));
    expect(response.status).toBe(201);
    const renewed = (await response.json()) as { registerId: string; key: string; replaced: string };
    expect(renewed.replaced).toBe(old.registerId);
    expect(renewed.registerId).not.toBe(old.registerId);
    expect(await registerRow(old.registerId)).toBeNull();
    const leftovers = await env.DB.prepare('SELECT COUNT(*) AS n FROM holdings WHERE register_id = ?')
      .bind(old.registerId)
      .first<{ n: number }>();
    expect(leftovers?.n).toBe(0);
    expect((await signed('GET', `/v1/registers/${old.registerId}/status`, old)).status).toBe(401);
    expect((await signed('GET', `/v1/registers/${renewed.registerId}/status`, renewed)).status).toBe(200);
  });

  it('refuses a re-enrolment signed with any other key, and changes nothing', async () => {
    const account = newAccount();
    const mine = await enrol('1GuardedSheet', { account });
    const other = await enrol('1OtherSheet', { account });
    const before = await dumpTables();
    const response = await enrolRequest(
      '1GuardedSheet',
      { account },
      await signedWith(other.key, '1GuardedSheet'),
    );
    expect(response.status).toBe(401);
    expect((await problemOf(response)).code).toBe('signatureInvalid');
    expect(await dumpTables()).toEqual(before);
    expect(await registerRow(mine.registerId)).not.toBeNull();
  });

  it('lets the account enrol the spreadsheet afresh after the operator removed its register', async () => {
    const account = newAccount();
    const lost = await enrol('1LostKeySheet', { account });
    expect((await adminCall('DELETE', `/registers/${lost.registerId}`)).status).toBe(200);
    const fresh = await enrol('1LostKeySheet', { account });
    expect(fresh.registerId).not.toBe(lost.registerId);
  });
});

describe('POST /v1/registers: caps', () => {
  it('accepts at most MAX_ENROLMENTS_PER_ACCOUNT_PER_DAY (5) enrolments from one account a day, refusing the rest with 429', async () => {
    const account = newAccount();
    for (let i = 0; i < 5; i++) await enrol(`1DailySheet${i}`, { account });
    const before = await dumpTables({ except: ['enrolment_counts'] });
    const sixth = await enrolRequest('1DailySheet5', { account });
    expect(sixth.status).toBe(429);
    expect((await problemOf(sixth)).code).toBe('enrolmentLimitReached');
    expect(await dumpTables({ except: ['enrolment_counts'] })).toEqual(before);
    // Another account is not held back by the first one's count.
    await enrol('1DailySheet5', { account: newAccount() });
  });

  it('holds a token to its own caps: past its register cap an enrolment is refused and stores no register', async () => {
    const issued = await issueToken({ organisation: 'Lille ApS', maxRegisters: 2, maxEnrolmentsPerDay: 50 });
    await enrol('1CapA', { token: issued.token });
    await enrol('1CapB', { token: issued.token });
    const third = await enrolRequest('1CapC', { token: issued.token });
    expect(third.status).toBe(403);
    expect((await problemOf(third)).code).toBe('registerLimitReached');
    const held = await env.DB.prepare(
      'SELECT spreadsheet_id FROM registers WHERE owner = ? ORDER BY spreadsheet_id',
    )
      .bind(`token:${issued.id}`)
      .all<{ spreadsheet_id: string }>();
    expect(held.results.map((r) => r.spreadsheet_id)).toEqual(['1CapA', '1CapB']);
  });
});

describe("an organisation token's allowed recipient domains", () => {
  it('refuses a snapshot naming an address outside the domains, and stores nothing of it', async () => {
    const issued = await issueToken({ organisation: 'Domæne ApS', allowedDomains: ['example.dk'] });
    const reg = await enrol('1DomainSheet', { token: issued.token });
    const payload = examplePayload({ spreadsheetId: '1DomainSheet' });
    payload.register.escalationEmail = 'someone@elsewhere.example';
    const before = await dumpTables({ except: ['nonces'] });
    const response = await putSnapshot(reg, payload);
    expect(response.status).toBe(422);
    const problem = (await problemOf(response)) as unknown as { code: string; errors: string[] };
    expect(problem.code).toBe('recipientDomainNotAllowed');
    expect(problem.errors).toEqual([
      "register.escalationEmail: someone@elsewhere.example is not in the organisation's allowed domains (example.dk)",
    ]);
    expect(await dumpTables({ except: ['nonces'] })).toEqual(before);
  });

  it('accepts a snapshot whose addresses are all inside the domains, whatever their case', async () => {
    const issued = await issueToken({ organisation: 'Domæne ApS', allowedDomains: ['example.dk'] });
    const reg = await enrol('1DomainOkSheet', { token: issued.token });
    const payload = examplePayload({ spreadsheetId: '1DomainOkSheet' });
    payload.register.adminEmail = 'Admin@Example.DK';
    for (const activity of payload.activities)
      if (activity.ownerEmail) activity.ownerEmail = 'ejer@example.dk';
    payload.register.escalationEmail = 'chef@example.dk';
    expect((await putSnapshot(reg, payload)).status).toBe(200);
  });
});
