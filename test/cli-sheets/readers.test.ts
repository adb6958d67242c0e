// The add-on's reader (SpreadsheetApp) and the CLI's live-sheet reader (googleapis over HTTP)
// read one and the same spreadsheet into identical RegisterDocuments.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../addon/src/sheets/workbook.ts';
import { retryPolicy, sheetsSession } from '../../cli/sheets/api.ts';
import { googleCredentials } from '../../cli/sheets/credentials.ts';
import { readLiveSheet } from '../../cli/sheets/readLiveSheet.ts';
import { sheetDef } from '../../shared/register/schema.ts';
import type { RegisterDocument } from '../../shared/register/types.ts';
import { createFakes } from '../addon/fakes/index.ts';
import type { FakeSpreadsheet } from '../addon/fakes/spreadsheet.ts';
import { zonedMidnight } from '../addon/fakes/time.ts';
import { cliEnv, practiceSpreadsheet, serve } from './liveRegister.ts';
import { type SheetsServer, startSheetsServer } from './sheetsServer.ts';

let server: SheetsServer;
beforeAll(async () => {
  server = await startSheetsServer();
});
afterAll(() => server.close());

/** The add-on's own reader, run on the spreadsheet with the fakes as its services. */
function addonDocument(ss: FakeSpreadsheet): RegisterDocument {
  const fakes = createFakes({ spreadsheet: ss, userLocale: 'da_DK', buildDir: '' });
  const globals = globalThis as Record<string, unknown>;
  globals.PropertiesService = fakes.PropertiesService;
  globals.Utilities = fakes.Utilities;
  try {
    return readWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, 'da').doc;
  } finally {
    delete globals.PropertiesService;
    delete globals.Utilities;
  }
}

async function cliDocument(ss: FakeSpreadsheet): Promise<RegisterDocument> {
  serve(server, ss);
  const env = cliEnv(server);
  const credentials = await googleCredentials({ env, scopes: [] });
  const session = sheetsSession(credentials, server.url, retryPolicy(env));
  return (await readLiveSheet(session, ss.id, null)).document;
}

describe('reading a live register', () => {
  it('gives the same document through the add-on and through the Sheets API, for the practice register', async () => {
    const ss = practiceSpreadsheet();
    const viaAddon = addonDocument(ss);
    server.resetCalls();
    const viaApi = await cliDocument(ss);
    expect(viaApi).toEqual(viaAddon);
    // One spreadsheets.get, with grid data, for the whole register.
    expect(server.calls).toMatchObject({ get: 1, batchUpdate: 0, create: 0 });
    expect(server.queries[0].search.get('includeGridData')).toBe('true');
    // What the practice register holds, by hand: ids from the hidden column, dates as civil dates.
    const log = viaApi.sheets.retentionLog ?? [];
    expect(log.map((h) => [h.id, h.reference, h.lastContact || h.collected])).toEqual([
      ['h-2021-014', 'K-2021-014', '2021-03-03'],
      ['h-2021-022', 'K-2021-022', '2021-08-20'],
      ['h-2021-031', 'K-2021-031', '2021-11-30'],
      ['h-app-07', 'ANS-07', '2026-05-20'],
      ['h-app-09', 'ANS-09', '2026-09-01'],
      ['h-2025-003', 'K-2025-003', '2025-10-02'],
    ]);
    expect(viaApi.organisation.dueSoonDays).toBe(14);
    expect(log[0].legalHold).toBe(false);
  });

  it('agrees on dates across a daylight-saving change, a date-time, numbers, booleans and a ticked checkbox in another time zone', async () => {
    const ss = practiceSpreadsheet('1PracticeEdgeCases_abcdefghijk');
    ss.timeZone = 'America/New_York';
    const log = ss.sheet(sheetDef('retentionLog').title.da);
    const header = log.dump()[0].map(String);
    const col = (title: string) => header.indexOf(title) + 1;
    const collected = col(sheetDef('retentionLog').columns.find((c) => c.id === 'collected')!.header.da);
    const hold = col(sheetDef('retentionLog').columns.find((c) => c.id === 'legalHold')!.header.da);
    log.put(2, collected, [[zonedMidnight(2026, 3, 8, 'America/New_York')]]);
    log.put(3, collected, [
      [new Date(zonedMidnight(2026, 11, 1, 'America/New_York').getTime() + 23.5 * 3600_000)],
    ]);
    log.put(4, hold, [[true]]);
    const viaAddon = addonDocument(ss);
    const viaApi = await cliDocument(ss);
    expect(viaApi).toEqual(viaAddon);
    expect(viaApi.sheets.retentionLog?.[0].collected).toBe('2026-03-08');
    expect(viaApi.sheets.retentionLog?.[1].collected).toBe('2026-11-01');
    expect(viaApi.sheets.retentionLog?.[2].legalHold).toBe(true);
  });
});
