// art30 sync: a live register read through googleapis from the local Sheets server is pushed,
// signed with the register key from the key file, to the real worker running locally (wrangler's
// test harness in a child process, as the end-to-end test runs it), and lands as the add-on's own
// sync would land it.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalWorker, startLocalWorker } from '../../cli/local/startLocalWorker.ts';
import { signRequest } from '../../cli/sync/signedRequest.ts';
import { jsonOf, runCli } from '../../cli/testing/runCli.ts';
import { registerKeyFile } from '../../shared/sync/keyFile.ts';
import vectors from '../../shared/sync/signing-vectors.json' with { type: 'json' };
import { callPublic } from '../addon/features/helpers.ts';
import { loadAddon } from '../addon/harness.ts';
import { cliEnv, PRACTICE_ID, practiceSpreadsheet, serve } from './liveRegister.ts';
import { type SheetsServer, startSheetsServer } from './sheetsServer.ts';

let server: SheetsServer;
let worker: LocalWorker;
const dir = mkdtempSync(join(tmpdir(), 'art30-sync-'));

beforeAll(async () => {
  [server, worker] = await Promise.all([startSheetsServer(), startLocalWorker()]);
  serve(server, practiceSpreadsheet());
}, 600_000);
afterAll(async () => {
  await Promise.all([server?.close(), worker?.stop()]);
});

async function enrol(spreadsheetId: string): Promise<{ registerId: string; key: string }> {
  // An organisation's enrolment token, issued by the operator through the admin API.
  const token = await worker.issueEnrolmentToken(`Nordlys ${spreadsheetId}`);
  const response = await fetch(`${worker.origin}/v1/registers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ spreadsheetId }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { registerId: string; key: string };
}

function keyFileFor(enrolled: { registerId: string; key: string }, keyVersion = 1): string {
  const path = join(dir, `${enrolled.registerId}-${keyVersion}.json`);
  const file = registerKeyFile({
    workerUrl: worker.origin,
    registerId: enrolled.registerId,
    spreadsheetId: PRACTICE_ID,
    key: enrolled.key,
    keyVersion,
    exportedAt: '2026-11-25T10:00:00.000Z',
  });
  writeFileSync(path, JSON.stringify(file));
  return path;
}

describe('art30 sync', () => {
  it('signs exactly as the shared signing vectors say', () => {
    for (const v of vectors.vectors) {
      const body =
        'bodyBase64' in v && v.bodyBase64 ? Buffer.from(v.bodyBase64, 'base64') : Buffer.from(v.bodyText);
      expect(signRequest({ ...v, body })).toBe(v.signatureHex);
    }
  });

  it('pushes a signed snapshot of the live register that the worker stores, in one read of the sheet', async () => {
    const enrolled = await enrol(PRACTICE_ID);
    const keyFile = keyFileFor(enrolled);
    server.resetCalls();
    const run = await runCli(
      ['sync', '--sheet', PRACTICE_ID, '--worker', worker.origin, '--key-file', keyFile, '--json'],
      {
        env: cliEnv(server),
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const reply = jsonOf(run) as { synced: boolean; result: string; counts: Record<string, number> };
    // The practice register by hand: 3 activities, 4 data-category rows, 6 holdings.
    expect(reply).toMatchObject({ synced: true, result: 'written', counts: { activities: 3, holdings: 6 } });
    expect(server.calls).toMatchObject({ get: 1, batchUpdate: 0, create: 0 });
    const stored = await worker.query<{ holding_count: number; name: string; spreadsheet_id: string }>(
      'SELECT holding_count, name, spreadsheet_id FROM registers WHERE id = ?',
      [enrolled.registerId],
    );
    expect(stored).toEqual([
      { holding_count: 6, name: 'Psykologpraksis Nordlys', spreadsheet_id: PRACTICE_ID },
    ]);
    // Run again: a newer version, the same content, written again.
    const again = await runCli(['sync', '--sheet', PRACTICE_ID, '--key-file', keyFile, '--lang', 'en'], {
      env: cliEnv(server),
    });
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(
      /^Synced "Psykologpraksis Nordlys – fortegnelse": version \d+ \(written\), 6 holdings\./,
    );
  });

  it('syncs with the key file the add-on exports from Settings & sync', async () => {
    const enrolled = await enrol(PRACTICE_ID);
    const addon = loadAddon({ spreadsheet: practiceSpreadsheet(), locale: 'da_DK' });
    addon.fakes.PropertiesService.document.setProperties({
      'art30.sync.workerUrl': `${worker.origin}/`,
      'art30.sync.registerId': enrolled.registerId,
      'art30.sync.key': enrolled.key,
    });
    const exported = callPublic(addon, 'exportSyncKey', true) as { ok: true; value: { text: string } };
    const path = join(dir, 'exported.json');
    writeFileSync(path, exported.value.text);
    const run = await runCli(['sync', '--sheet', PRACTICE_ID, '--key-file', path, '--json'], {
      env: cliEnv(server),
    });
    expect(run.status).toBe(0);
    expect(jsonOf(run)).toMatchObject({
      synced: true,
      registerId: enrolled.registerId,
      counts: { holdings: 6 },
    });
  });

  it('reports a key file whose key the worker no longer accepts as stale, naming its key version', async () => {
    const enrolled = await enrol(PRACTICE_ID);
    const wrong = { ...enrolled, key: Buffer.alloc(32, 7).toString('base64url') };
    const run = await runCli(
      ['sync', '--sheet', PRACTICE_ID, '--key-file', keyFileFor(wrong, 2), '--lang', 'en'],
      {
        env: cliEnv(server),
      },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('The worker does not accept the key in the file (key version 2)');
    expect(run.stderr).toContain('export the key again');
  });

  it('refuses a key file of another spreadsheet before reading anything', async () => {
    const enrolled = await enrol('1AnotherSheet_abcdefghijk');
    const path = join(dir, 'other.json');
    writeFileSync(
      path,
      JSON.stringify(
        registerKeyFile({
          ...enrolled,
          workerUrl: worker.origin,
          spreadsheetId: '1AnotherSheet_abcdefghijk',
          keyVersion: 1,
          exportedAt: 'x',
        }),
      ),
    );
    server.resetCalls();
    const run = await runCli(['sync', '--sheet', PRACTICE_ID, '--key-file', path], { env: cliEnv(server) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Nøglefilen hører til regnearket 1AnotherSheet_abcdefghijk');
    expect(server.calls.get).toBe(0);
  });
});
