import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { base64urlDecode } from '../../shared/sync/signing.ts';
import { call, dumpTables, enrol, problemOf } from '../test/client.ts';

const enrolRequest = (headers: Record<string, string>, body: string) =>
  call('/v1/registers', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('POST /v1/registers (enrolment)', () => {
  it('enrols a spreadsheet and hands out a 32-byte key once, keeping only its ciphertext', async () => {
    const { registerId, key } = await enrol('1SpreadsheetAbc');
    expect(registerId).toMatch(/^reg_[A-Za-z0-9_-]{22}$/);
    expect(base64urlDecode(key)?.length).toBe(32);
    const row = await env.DB.prepare('SELECT * FROM registers WHERE id = ?')
      .bind(registerId)
      .first<Record<string, unknown>>();
    expect(row).toMatchObject({ spreadsheet_id: '1SpreadsheetAbc', current_version: null });
    expect(JSON.stringify(row)).not.toContain(key);
  });

  it('gives every enrolment its own register and key', async () => {
    const a = await enrol('1SameSheet');
    const b = await enrol('1SameSheet');
    expect(a.registerId).not.toBe(b.registerId);
    expect(a.key).not.toBe(b.key);
  });

  it.each([
    ['no Authorization header', {}, 401, 'enrolmentTokenMissing'],
    ['a Basic credential', { authorization: 'Basic dXNlcjpwdw==' }, 401, 'enrolmentTokenMissing'],
    ['a wrong token', { authorization: 'Bearer not-the-token' }, 403, 'enrolmentTokenInvalid'],
    [
      'the token with one character changed',
      { authorization: `Bearer ${env.ENROLMENT_TOKEN.slice(0, -1)}X` },
      403,
      'enrolmentTokenInvalid',
    ],
  ])('refuses enrolment with %s and stores nothing', async (_name, headers, status, code) => {
    const before = await dumpTables();
    const response = await enrolRequest(headers, JSON.stringify({ spreadsheetId: '1Sheet' }));
    expect(response.status).toBe(status);
    expect((await problemOf(response)).code).toBe(code);
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
    const response = await enrolRequest({ authorization: `Bearer ${env.ENROLMENT_TOKEN}` }, body);
    expect(response.status).toBe(status);
    expect((await problemOf(response)).code).toBe(code);
    expect(await dumpTables()).toEqual(before);
  });

  it('answers every refusal as problem+json with a type, title, status and detail', async () => {
    const body = await problemOf(await enrolRequest({}, '{}'));
    expect(body).toEqual({
      type: 'tag:art30,2026:problem:enrolmentTokenMissing',
      title: 'Enrolment token missing',
      status: 401,
      detail: 'Enrolment needs the header "Authorization: Bearer <enrolment token>".',
      code: 'enrolmentTokenMissing',
    });
  });
});
