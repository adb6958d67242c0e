// The practice register as a live sheet for the CLI's tests: written into the in-memory grid
// model the way Set up register lays it out, then set up by the BUILT add-on (Lists sheet,
// checkboxes that read FALSE, validation, hidden ids), and served by the local Sheets server.

import type { FakeSpreadsheet } from '../addon/fakes/spreadsheet.ts';
import { fakeRegister, PRACTICE } from '../addon/features/fixtureRegister.ts';
import { loadAddon } from '../addon/harness.ts';
import type { SheetsServer } from './sheetsServer.ts';

export const PRACTICE_ID = '1PracticeNordlysRegister_abcdefghij';
export const TOKEN = 'ya29.test-token-of-mette';
export const METTE = 'mette@nordlys-psykologi.dk';

/** The practice register after the add-on's Set up, as a spreadsheet of the given id. */
export function practiceSpreadsheet(id = PRACTICE_ID): FakeSpreadsheet {
  const ss = fakeRegister(PRACTICE);
  ss.id = id;
  ss.name = 'Psykologpraksis Nordlys – fortegnelse';
  const addon = loadAddon({ spreadsheet: ss, locale: 'da_DK', userEmail: METTE });
  addon.fakes.ui.answer('OK', '1');
  addon.ctx.setUpRegister();
  return ss;
}

/** Serves the spreadsheet to the token's owner (shared with Mette only). */
export function serve(server: SheetsServer, ss: FakeSpreadsheet): void {
  server.spreadsheets.set(ss.id, ss);
  server.sharedWith.set(ss.id, new Set([METTE]));
  server.tokens.set(TOKEN, { principal: METTE });
}

/** The environment of a CLI run against the local server with Mette's access token. */
export function cliEnv(server: SheetsServer, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ART30_GOOGLE_ACCESS_TOKEN: TOKEN,
    ART30_SHEETS_API_ROOT: server.url,
    ART30_SHEETS_RETRY_BASE_MS: '1',
    ...extra,
  };
}
