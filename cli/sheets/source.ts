// The options every command that reaches a live Google Sheet takes (--sheet, --sheets-api-root,
// --service-account) and the one way such a command opens a session and reads the register.
// A register read from a live sheet is handed on as a LoadedRegister (format 'sheet'), so
// validate, due and export print it as they print a register workbook.

import type { Lang } from '../../shared/register/types.ts';
import { CliError, noExtraPositionals } from '../args.ts';
import { type LoadedRegister, readRegister } from '../input/readRegister.ts';
import type { CliIo } from '../io.ts';
import { MESSAGES } from '../messages.ts';
import { retryPolicy, type SheetsSession, sheetsSession } from './api.ts';
import { type CredentialOptions, googleCredentials, SCOPES } from './credentials.ts';
import { SHEETS_MESSAGES } from './messages.ts';
import { type LiveRegister, readLiveSheet } from './readLiveSheet.ts';

export const SHEET_OPTIONS = {
  sheet: { type: 'string' },
  'sheets-api-root': { type: 'string' },
  'service-account': { type: 'string' },
} as const;

type Values = Record<string, string | boolean | undefined>;

/** The spreadsheet id in a Google Sheets link (…/spreadsheets/d/<id>/…) or given bare. */
export function spreadsheetIdOf(ref: string): string {
  const text = ref.trim();
  const inUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]{10,})/.exec(text)?.[1];
  if (inUrl) return inUrl;
  if (/^[A-Za-z0-9_-]{10,}$/.test(text)) return text;
  throw new CliError(SHEETS_MESSAGES.badSheetRef(text.slice(0, 200)), 'usage.badSheet');
}

/** Test seam: the auth library's transport (tests send token requests to a local server). */
export interface SessionSeams {
  transporter?: CredentialOptions['transporter'];
}

export async function openSheetsSession(
  values: Values,
  io: CliIo,
  scopes: string[],
  seams: SessionSeams = {},
): Promise<SheetsSession> {
  const credentials = await googleCredentials({
    env: io.env,
    scopes,
    serviceAccountFile: values['service-account'] as string | undefined,
    transporter: seams.transporter,
  });
  const root = (values['sheets-api-root'] as string | undefined) ?? io.env.ART30_SHEETS_API_ROOT;
  return sheetsSession(credentials, root, retryPolicy(io.env));
}

/** Reads the live register named by --sheet (read-only scope). */
export async function readSheetOption(values: Values, io: CliIo, asked: Lang | null): Promise<LiveRegister> {
  const id = spreadsheetIdOf(String(values.sheet));
  const session = await openSheetsSession(values, io, [SCOPES.read]);
  return readLiveSheet(session, id, asked);
}

/** A live register as the file commands print registers. */
export function asLoadedRegister(live: LiveRegister): LoadedRegister {
  return {
    format: 'sheet',
    document: live.document,
    unmappedColumns: [],
    issues: [],
    organisationRows: live.organisationRows,
    sheetsRead: live.sheetsRead,
    spreadsheetTitle: live.title,
  };
}

/**
 * The register a command reads: the file given as its argument, or the live sheet of --sheet
 * (never both). `label` names it in headings.
 */
export async function readRegisterArgument(
  values: Values,
  positionals: string[],
  asked: Lang | null,
  io: CliIo,
): Promise<{ loaded: LoadedRegister; label: string; live: LiveRegister | null }> {
  const path = positionals[0];
  if (values.sheet !== undefined) {
    if (path !== undefined) throw new CliError(SHEETS_MESSAGES.sheetAndFile, 'usage.sheetAndFile');
    const live = await readSheetOption(values, io, asked);
    return { loaded: asLoadedRegister(live), label: live.title, live };
  }
  if (path === undefined) throw new CliError(MESSAGES.missingRegisterFile, 'usage.missingFile');
  noExtraPositionals(positionals, 1);
  const loaded = await readRegister(path, asked, io.readStdin);
  return { loaded, label: path === '-' ? 'stdin' : path, live: null };
}
