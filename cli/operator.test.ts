// `art30 operator …` against the real worker running locally (cli/local: workerd, local D1),
// through its admin API: the token it prints enrols a spreadsheet, the lists show what the
// server holds and never a token or key, revocation is final, and a wrong admin token or a
// missing one is told plainly.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalWorker, startLocalWorker } from './local/startLocalWorker.ts';
import { runCli } from './testing/runCli.ts';

let worker: LocalWorker;
let env: Record<string, string>;

beforeAll(async () => {
  worker = await startLocalWorker();
  env = { ART30_WORKER_URL: worker.origin, ART30_ADMIN_TOKEN: worker.adminToken };
});

afterAll(async () => {
  await worker?.stop();
});

async function enrolWith(token: string, spreadsheetId: string): Promise<Response> {
  return fetch(`${worker.origin}/v1/registers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ spreadsheetId }),
  });
}

describe('art30 operator', () => {
  it('creates an organisation token that enrols, lists it and its register, and revokes both', async () => {
    const created = await runCli(
      [
        'operator',
        'tokens',
        'create',
        '--org',
        'Klinik Nord ApS',
        '--domain',
        'klinik-nord.dk',
        '--max-registers',
        '3',
        '--json',
      ],
      { env },
    );
    expect(created.status).toBe(0);
    const token = JSON.parse(created.stdout) as {
      id: string;
      token: string;
      allowedDomains: string[];
      maxRegisters: number;
    };
    expect(token).toMatchObject({
      allowedDomains: ['klinik-nord.dk'],
      maxRegisters: 3,
      maxEnrolmentsPerDay: 10,
    });

    const enrolled = await enrolWith(token.token, '1KlinikSheet');
    expect(enrolled.status).toBe(201);
    const { registerId } = (await enrolled.json()) as { registerId: string };

    const tokens = await runCli(['operator', 'tokens', 'list', '--lang', 'en'], { env });
    expect(tokens.status).toBe(0);
    expect(tokens.stdout).toContain(`${token.id}\tKlinik Nord ApS\tklinik-nord.dk\t3\t10\t`);
    expect(tokens.stdout).not.toContain(token.token);

    const registers = await runCli(['operator', 'registers', 'list', '--token', token.id, '--lang', 'en'], {
      env,
    });
    expect(registers.stdout.split('\n')[0]).toBe(
      'id\tspreadsheet\towner\tname\tcreated\tlast sync\tholdings',
    );
    expect(registers.stdout).toContain(`${registerId}\t1KlinikSheet\ttoken:${token.id}\tnever\t`);

    const revoked = await runCli(['operator', 'tokens', 'revoke', token.id, '--lang', 'en'], { env });
    expect(revoked).toMatchObject({ status: 0, stdout: `Token ${token.id} is revoked.\n` });
    expect((await enrolWith(token.token, '1AnotherSheet')).status).toBe(403);

    const removed = await runCli(['operator', 'registers', 'revoke', registerId], { env });
    expect(removed).toMatchObject({
      status: 0,
      stdout: `Fortegnelse ${registerId} og alt om den er slettet.\n`,
    });
    expect(await worker.query('SELECT id FROM registers WHERE id = ?', [registerId])).toEqual([]);
  });

  it('re-wraps every register key under the current KEK (here all are already under version 1)', async () => {
    const created = await runCli(['operator', 'tokens', 'create', '--org', 'KEK ApS', '--json'], { env });
    const { token } = JSON.parse(created.stdout) as { token: string };
    expect((await enrolWith(token, '1KekSheet')).status).toBe(201);
    const rewrap = await runCli(['operator', 'kek', 'rewrap', '--lang', 'en'], { env });
    expect(rewrap).toMatchObject({ status: 0, stdout: '0 keys re-wrapped under KEK version 1; 0 remain.\n' });
    const json = await runCli(['operator', 'kek', 'rewrap', '--json'], { env });
    expect(JSON.parse(json.stdout)).toEqual({ kekVersion: 1, rewrapped: 0, unreadable: [], remaining: 0 });
  });

  it('tells a wrong admin token apart from a missing one, and changes nothing', async () => {
    const before = await worker.query('SELECT COUNT(*) AS n FROM enrolment_tokens');
    const wrong = await runCli(['operator', 'tokens', 'create', '--org', 'X', '--lang', 'en'], {
      env: { ...env, ART30_ADMIN_TOKEN: 'not-it' },
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe(
      "art30: The server refused (HTTP 403): The token is not this server's ADMIN_TOKEN.\n",
    );
    const missing = await runCli(['operator', 'tokens', 'list'], {
      env: { ART30_WORKER_URL: worker.origin },
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('art30: Sæt miljøvariablen ART30_ADMIN_TOKEN til serverens ADMIN_TOKEN.\n');
    expect(await worker.query('SELECT COUNT(*) AS n FROM enrolment_tokens')).toEqual(before);
  });

  it('refuses an unknown action and a cap that is not a number before contacting the server', async () => {
    const unknown = await runCli(['operator', 'tokens', 'delete', 'tok_x', '--lang', 'en'], { env });
    expect(unknown).toMatchObject({
      status: 2,
      stderr: 'art30: Unknown action: "tokens delete". See "art30 operator --help".\n',
    });
    const cap = await runCli(
      ['operator', 'tokens', 'create', '--org', 'X', '--max-registers', 'many', '--lang', 'en'],
      { env },
    );
    expect(cap).toMatchObject({
      status: 2,
      stderr: 'art30: --max-registers must be a whole number, not "many".\n',
    });
  });
});
