import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { adminCall, call, dumpTables, enrol, issueToken, newAccount, problemOf } from '../test/client.ts';

describe('the admin API (/admin, the operator only)', () => {
  it.each([
    ['no Authorization header', {}, 401, 'operatorTokenMissing'],
    ['a wrong token', { authorization: 'Bearer not-the-admin-token' }, 403, 'operatorTokenInvalid'],
    ['an enrolment token', { authorization: 'Bearer art30_x' }, 403, 'operatorTokenInvalid'],
  ])('refuses a request with %s and changes nothing', async (_name, headers, status, code) => {
    const before = await dumpTables();
    for (const [method, path] of [
      ['POST', '/admin/tokens'],
      ['GET', '/admin/tokens'],
      ['GET', '/admin/registers'],
      ['DELETE', '/admin/registers/reg_x'],
    ]) {
      const response = await call(path, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: method === 'POST' ? JSON.stringify({ organisation: 'Sneaky ApS' }) : undefined,
      });
      expect(response.status, `${method} ${path}`).toBe(status);
      expect((await problemOf(response)).code).toBe(code);
    }
    expect(await dumpTables()).toEqual(before);
  });

  it('creates a token with its domains and caps, shows the token once, and lists it without the token', async () => {
    const response = await adminCall('POST', '/tokens', {
      organisation: 'Vikar ApS',
      allowedDomains: ['Vikar.DK', 'vikar.dk', 'mail.vikar.dk'],
      maxRegisters: 3,
      maxEnrolmentsPerDay: 2,
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const created = (await response.json()) as { id: string; token: string };
    expect(created).toMatchObject({
      organisation: 'Vikar ApS',
      allowedDomains: ['vikar.dk', 'mail.vikar.dk'],
      maxRegisters: 3,
      maxEnrolmentsPerDay: 2,
      revokedAt: null,
    });
    const listed = (await (await adminCall('GET', '/tokens')).json()) as {
      tokens: Record<string, unknown>[];
    };
    const mine = listed.tokens.find((t) => t.id === created.id);
    expect(mine).toMatchObject({ organisation: 'Vikar ApS', maxRegisters: 3 });
    expect(JSON.stringify(listed)).not.toContain(created.token);
  });

  it.each([
    ['no organisation', { allowedDomains: [] }],
    ['an organisation with a line break', { organisation: 'A\nB' }],
    ['a domain that is an address', { organisation: 'A', allowedDomains: ['a@b.dk'] }],
    ['a negative cap', { organisation: 'A', maxRegisters: -1 }],
    ['an unknown field', { organisation: 'A', admin: true }],
  ])('refuses to create a token with %s, and stores nothing', async (_name, body) => {
    const before = await dumpTables();
    const response = await adminCall('POST', '/tokens', body);
    expect(response.status).toBe(422);
    expect((await problemOf(response)).code).toBe('requestInvalid');
    expect(await dumpTables()).toEqual(before);
  });

  it('revokes a token (once), and answers 404 for a token that never existed', async () => {
    const { id } = await issueToken({ organisation: 'Kortvarig ApS' });
    const first = await adminCall('DELETE', `/tokens/${id}`);
    expect(await first.json()).toEqual({ id, revoked: true, alreadyRevoked: false });
    const second = await adminCall('DELETE', `/tokens/${id}`);
    expect(await second.json()).toEqual({ id, revoked: true, alreadyRevoked: true });
    const missing = await adminCall('DELETE', '/tokens/tok_nothing');
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).code).toBe('enrolmentTokenNotFound');
  });

  it("lists registers without keys, all or one token's, and removes one with everything held for it", async () => {
    const issued = await issueToken({ organisation: 'Liste ApS' });
    const byToken = await enrol('1ListedByToken', { token: issued.token });
    const byAccount = await enrol('1ListedByAccount', { account: newAccount() });
    const all = (await (await adminCall('GET', '/registers')).json()) as { registers: { id: string }[] };
    expect(all.registers.map((r) => r.id)).toEqual(
      expect.arrayContaining([byToken.registerId, byAccount.registerId]),
    );
    expect(JSON.stringify(all)).not.toContain(byToken.key);
    const one = (await (await adminCall('GET', `/registers?token=${issued.id}`)).json()) as {
      registers: Record<string, unknown>[];
    };
    expect(one.registers).toEqual([
      {
        id: byToken.registerId,
        spreadsheetId: '1ListedByToken',
        owner: `token:${issued.id}`,
        ownerEmail: null,
        name: null,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        lastSyncAt: null,
        holdingCount: 0,
      },
    ]);
    expect((await adminCall('DELETE', `/registers/${byToken.registerId}`)).status).toBe(200);
    const row = await env.DB.prepare('SELECT id FROM registers WHERE id = ?')
      .bind(byToken.registerId)
      .first();
    expect(row).toBeNull();
    const again = await adminCall('DELETE', `/registers/${byToken.registerId}`);
    expect(again.status).toBe(404);
  });
});
