// art30 validate --sheet and art30 due --sheet through googleapis against the local Sheets
// server, with an access token in ART30_GOOGLE_ACCESS_TOKEN, and every failure a person meets
// on the way: no access, a missing sheet, a sheet that is not a register, rate limits and
// expired credentials, in Danish and English.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runCli } from '../../cli/testing/runCli.ts';
import { FakeSpreadsheet } from '../addon/fakes/spreadsheet.ts';
import { fakeRegister, PRACTICE } from '../addon/features/fixtureRegister.ts';
import { cliEnv, METTE, PRACTICE_ID, practiceSpreadsheet, serve, TOKEN } from './liveRegister.ts';
import { type SheetsServer, startSheetsServer } from './sheetsServer.ts';

let server: SheetsServer;
beforeAll(async () => {
  server = await startSheetsServer();
  serve(server, practiceSpreadsheet());
});
afterAll(() => server.close());

const URL_OF = `https://docs.google.com/spreadsheets/d/${PRACTICE_ID}/edit#gid=0`;

describe('art30 validate --sheet and due --sheet', () => {
  it('validates a live register named by its link, in one API call', async () => {
    server.resetCalls();
    const run = await runCli(['validate', '--sheet', URL_OF, '--today', '2026-11-25', '--json'], {
      env: cliEnv(server),
    });
    expect(run.stderr).toBe('');
    const out = jsonOf(run) as { issues: { sheet: string; row: number }[]; summary: { errors: number } };
    expect(out.summary.errors).toBe(0);
    expect(run.status).toBe(0);
    expect(server.calls).toMatchObject({ get: 1, create: 0, batchUpdate: 0 });
  });

  it('lists what is due in a live register by its bare id, with the same counts as for the document', async () => {
    server.resetCalls();
    const run = await runCli(['due', '--sheet', PRACTICE_ID, '--today', '2026-11-25', '--json'], {
      env: cliEnv(server),
    });
    expect(run.status).toBe(0);
    const out = jsonOf(run) as { holdings: { reference: string; status: string; due: string }[] };
    // By hand: "5 år efter sidste konsultation" from 3 March 2021 is 3 March 2026, overdue on 25 November 2026;
    // 20 August 2021 gives 20 August 2026 (overdue); 30 November 2021 gives 30 November 2026, due within 14 days.
    const byRef = Object.fromEntries(out.holdings.map((h) => [h.reference, [h.status, h.due]]));
    expect(byRef['K-2021-014']).toEqual(['overdue', '2026-03-03']);
    expect(byRef['K-2021-022']).toEqual(['overdue', '2026-08-20']);
    expect(byRef['K-2021-031']).toEqual(['dueSoon', '2026-11-30']);
    expect(server.calls.get).toBe(1);
    const text = await runCli(['due', '--sheet', PRACTICE_ID, '--today', '2026-11-25', '--lang', 'en'], {
      env: cliEnv(server),
    });
    expect(text.stdout).toContain('Read from Google Sheets: "Psykologpraksis Nordlys – fortegnelse"');
  });

  it('exports the live register as JSON and as a workbook that due reads back to the same list', async () => {
    const json = await runCli(['export', '--sheet', PRACTICE_ID, '--format', 'json'], {
      env: cliEnv(server),
    });
    expect(json.status).toBe(0);
    const doc = jsonOf(json) as {
      lang: string;
      organisation: Record<string, unknown>;
      sheets: Record<string, unknown[]>;
    };
    expect(doc.lang).toBe('da');
    expect(doc.organisation.registerName).toBe('Psykologpraksis Nordlys');
    expect(doc.sheets.activities).toHaveLength(3);
    const out = join(mkdtempSync(join(tmpdir(), 'art30-export-')), 'nordlys.xlsx');
    server.resetCalls();
    const xlsx = await runCli(
      ['export', '--sheet', PRACTICE_ID, '--format', 'xlsx', '--out', out, '--lang', 'en'],
      {
        env: cliEnv(server),
      },
    );
    expect(xlsx.stdout).toBe(`Written: ${out}\n`);
    expect(server.calls.get).toBe(1);
    const fromFile = await runCli(['due', out, '--today', '2026-11-25', '--json']);
    const fromSheet = await runCli(['due', '--sheet', PRACTICE_ID, '--today', '2026-11-25', '--json'], {
      env: cliEnv(server),
    });
    const list = (run: { stdout: string }) =>
      (
        JSON.parse(run.stdout) as { holdings: { reference: string; status: string; due: string }[] }
      ).holdings.map((h) => [h.reference, h.status, h.due]);
    expect(list(fromFile)).toEqual(list(fromSheet));
    expect(list(fromSheet).length).toBeGreaterThanOrEqual(3);
  });

  it('reads a register of 2,000 holdings in the same one API call as one of 6', async () => {
    const doc = structuredClone(PRACTICE);
    const first = PRACTICE.sheets.retentionLog?.[0] ?? {};
    doc.sheets.retentionLog = Array.from({ length: 2000 }, (_, i) => ({
      ...first,
      id: `h-${i}`,
      reference: `K-${i}`,
    }));
    const big = fakeRegister(doc);
    big.id = '1BigRegister2000_abcdefghijk';
    server.spreadsheets.set(big.id, big);
    server.resetCalls();
    const run = await runCli(['due', '--sheet', big.id, '--today', '2026-11-25', '--json'], {
      env: cliEnv(server),
    });
    expect(run.stderr).toBe('');
    expect((jsonOf(run) as { summary: { overdue: number } }).summary.overdue).toBeGreaterThanOrEqual(2000);
    expect(server.calls).toMatchObject({ get: 1, batchUpdate: 0, create: 0, other: 0 });
  });

  it('refuses a file and --sheet together, and a reference that is no spreadsheet', async () => {
    const both = await runCli(['validate', 'x.json', '--sheet', PRACTICE_ID, '--lang', 'en'], {
      env: cliEnv(server),
    });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('Give either a file or --sheet, not both.');
    const bad = await runCli(['validate', '--sheet', 'https://example.org/x'], { env: cliEnv(server) });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('hverken et link til et Google-regneark eller et regnearks-id');
  });
});

describe('errors a person understands', () => {
  it('says to share the sheet when the account has no access', async () => {
    server.tokens.set('ya29.other', { principal: 'jonas@nordlys-psykologi.dk' });
    const run = await runCli(['validate', '--sheet', PRACTICE_ID, '--lang', 'en'], {
      env: cliEnv(server, { ART30_GOOGLE_ACCESS_TOKEN: 'ya29.other' }),
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`No access to spreadsheet ${PRACTICE_ID}. Share it with the Google account`);
    const da = await runCli(['validate', '--sheet', PRACTICE_ID, '--json'], {
      env: cliEnv(server, { ART30_GOOGLE_ACCESS_TOKEN: 'ya29.other' }),
    });
    expect((jsonOf(da) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'sheets.noAccess',
      message: expect.stringContaining('Ingen adgang til regnearket'),
    });
  });

  it('says a missing spreadsheet does not exist', async () => {
    const run = await runCli(
      ['due', '--sheet', '1NoSuchSpreadsheet_xxxxxxxx', '--today', '2026-11-25', '--lang', 'en'],
      {
        env: cliEnv(server),
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Spreadsheet 1NoSuchSpreadsheet_xxxxxxxx does not exist');
  });

  it('says a spreadsheet without register sheets is not a register, and how to make one', async () => {
    const plain = FakeSpreadsheet.blank({ locale: 'da_DK' });
    plain.id = '1JustABudget_abcdefghijkl';
    plain.name = 'Budget 2027';
    plain.sheet('Ark1').put(1, 1, [
      ['Post', 'Beløb'],
      ['Husleje', 12000],
    ]);
    server.spreadsheets.set(plain.id, plain);
    const run = await runCli(['validate', '--sheet', plain.id], { env: cliEnv(server) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('"Budget 2027" er ikke en fortegnelse');
    expect(run.stderr).toContain('art30 create');
  });

  it('retries a rate limit with growing pauses and succeeds when Google lets it through', async () => {
    server.resetCalls();
    server.failNext(429, 2);
    const run = await runCli(['due', '--sheet', PRACTICE_ID, '--today', '2026-11-25', '--json'], {
      env: cliEnv(server),
    });
    expect(run.status).toBe(0);
    expect(server.calls.get).toBe(3);
  });

  it('reads again when the connection drops, as it does when a kept-alive connection is closed', async () => {
    server.resetCalls();
    server.dropNext(1);
    const run = await runCli(['due', '--sheet', PRACTICE_ID, '--today', '2026-11-25', '--json'], {
      env: cliEnv(server),
    });
    expect(run.status).toBe(0);
    expect(server.calls.get).toBe(2);
  });

  it('gives up after five attempts at a rate limit with a clear message', async () => {
    server.resetCalls();
    server.failNext(429, 5);
    const run = await runCli(['validate', '--sheet', PRACTICE_ID, '--lang', 'en'], { env: cliEnv(server) });
    expect(run.status).toBe(2);
    expect(server.calls.get).toBe(5);
    expect(run.stderr).toContain(
      'Google Sheets is refusing more calls right now (quota or rate limit), even after 5 attempts',
    );
  });

  it('says expired credentials have expired, and how to get new ones', async () => {
    server.tokens.set('ya29.expired', { principal: METTE, expired: true });
    const run = await runCli(['validate', '--sheet', PRACTICE_ID, '--lang', 'en'], {
      env: cliEnv(server, { ART30_GOOGLE_ACCESS_TOKEN: 'ya29.expired' }),
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('The Google credentials have expired or are not valid');
    expect(run.stderr).toContain('art30 login');
    expect(server.tokens.get(TOKEN)?.expired).toBeUndefined();
  });
});
