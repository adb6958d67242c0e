// Reads a live Google Sheets register exactly as the add-on reads it, in ONE spreadsheets.get
// with grid data (never one call per sheet): unformatted values (the effective value, not the
// text shown), date cells as serial numbers in the spreadsheet's time zone turned into civil
// dates, the hidden id columns like any other, and the same grid reading into the document
// (shared/register/grid.ts) as the add-on's sheet adapter. The field mask asks for nothing
// else: no formatting beyond a cell's number-format type, no notes.

import type { sheets_v4 } from '@googleapis/sheets';
import { gridOrganisation, gridTableRows } from '../../shared/register/grid.ts';
import { mapSheetHeaders, sheetIdForTitle } from '../../shared/register/headerMapping.ts';
import { languageOf } from '../../shared/register/import.ts';
import { SCHEMA_VERSION, sheetDef } from '../../shared/register/schema.ts';
import type {
  CellValue,
  Lang,
  RegisterDocument,
  SheetId,
  TableSheetId,
} from '../../shared/register/types.ts';
import { CliError } from '../args.ts';
import { callSheets, type SheetsSession } from './api.ts';
import { SHEETS_MESSAGES } from './messages.ts';
import { isoFromSerial } from './serial.ts';

/** What one spreadsheets.get returns for a register read: the fields below and nothing more. */
export const READ_FIELDS = [
  'spreadsheetId',
  'spreadsheetUrl',
  'properties(title,locale,timeZone)',
  'sheets(properties(sheetId,title,index),data(rowData(values(effectiveValue,effectiveFormat/numberFormat/type))))',
].join(',');

export interface LiveRegister {
  document: RegisterDocument;
  spreadsheetId: string;
  spreadsheetUrl: string;
  title: string;
  timeZone: string;
  gids: Partial<Record<SheetId, number>>;
  /** The schema sheets read, by title, in the spreadsheet's order. */
  sheetsRead: string[];
  /** Organisation field id → the row it is on. */
  organisationRows: Record<string, number>;
}

const DATE_TYPES = new Set(['DATE', 'DATE_TIME', 'TIME']);

/** Google's error codes as getValues shows them in a cell. */
const ERROR_TEXT: Record<string, string> = {
  NULL_VALUE: '#NULL!',
  DIVIDE_BY_ZERO: '#DIV/0!',
  VALUE: '#VALUE!',
  REF: '#REF!',
  NAME: '#NAME?',
  NUM: '#NUM!',
  N_A: '#N/A',
  LOADING: '#LOADING',
  ERROR: '#ERROR!',
};

/** A cell as the core sees it: a date-formatted serial becomes its civil date, blanks ''. */
export function cellToCore(raw: unknown): CellValue {
  const cell = raw as sheets_v4.Schema$CellData | undefined;
  const value = cell?.effectiveValue;
  if (!value) return '';
  if (typeof value.numberValue === 'number') {
    const type = cell?.effectiveFormat?.numberFormat?.type;
    return type && DATE_TYPES.has(type) ? isoFromSerial(value.numberValue) : value.numberValue;
  }
  if (typeof value.stringValue === 'string') return value.stringValue;
  if (typeof value.boolValue === 'boolean') return value.boolValue;
  if (value.errorValue) return ERROR_TEXT[value.errorValue.type ?? 'ERROR'] ?? '#ERROR!';
  return '';
}

/** A sheet's grid as rows of raw cells (the reader converts only the cells it uses). */
function gridOf(sheet: sheets_v4.Schema$Sheet): (sheets_v4.Schema$CellData | undefined)[][] {
  const rows: (sheets_v4.Schema$CellData | undefined)[][] = [];
  for (const block of sheet.data ?? []) {
    const top = block.startRow ?? 0;
    const left = block.startColumn ?? 0;
    (block.rowData ?? []).forEach((row, i) => {
      rows[top + i] ??= [];
      const line = rows[top + i];
      (row.values ?? []).forEach((cell, j) => {
        line[left + j] = cell;
      });
    });
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}

/** The register's language: --lang, else the Organisation sheet's language, else the spreadsheet's locale. */
function registerLang(asked: Lang | null, doc: RegisterDocument, locale: string | null | undefined): Lang {
  return (
    asked ?? languageOf(doc.organisation.language) ?? (locale?.toLowerCase().startsWith('da') ? 'da' : 'en')
  );
}

/** The spreadsheet resource read into a register (pure: the test feeds it a reply directly). */
export function registerFromSpreadsheet(
  spreadsheet: sheets_v4.Schema$Spreadsheet,
  asked: Lang | null,
): LiveRegister {
  const document: RegisterDocument = {
    schemaVersion: SCHEMA_VERSION,
    lang: 'da',
    organisation: {},
    sheets: {},
  };
  const gids: LiveRegister['gids'] = {};
  const sheetsRead: string[] = [];
  const organisationRows = new Map<string, number>();
  for (const sheet of spreadsheet.sheets ?? []) {
    const title = sheet.properties?.title ?? '';
    const id = sheetIdForTitle(title);
    if (!id || gids[id] !== undefined) continue;
    gids[id] = sheet.properties?.sheetId ?? 0;
    sheetsRead.push(title);
    const grid = gridOf(sheet);
    const def = sheetDef(id);
    if (def.kind === 'form') {
      document.organisation = gridOrganisation(grid, organisationRows, cellToCore);
      continue;
    }
    const headers = (grid[0] ?? []).map(cellToCore);
    document.sheets[id as TableSheetId] = gridTableRows(def, grid, mapSheetHeaders(def, headers), cellToCore);
  }
  const title = spreadsheet.properties?.title ?? spreadsheet.spreadsheetId ?? '';
  if (gids.activities === undefined)
    throw new CliError(SHEETS_MESSAGES.notARegister(title), 'sheets.notARegister');
  document.lang = registerLang(asked, document, spreadsheet.properties?.locale);
  const spreadsheetId = spreadsheet.spreadsheetId ?? '';
  return {
    document,
    spreadsheetId,
    spreadsheetUrl:
      spreadsheet.spreadsheetUrl ?? `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`,
    title,
    timeZone: spreadsheet.properties?.timeZone || 'Europe/Copenhagen',
    gids,
    sheetsRead,
    organisationRows: Object.fromEntries(organisationRows),
  };
}

/** Reads the register in one spreadsheets.get. */
export async function readLiveSheet(
  session: SheetsSession,
  spreadsheetId: string,
  asked: Lang | null,
): Promise<LiveRegister> {
  const reply = await callSheets(session, spreadsheetId, 'read', () =>
    session.api.spreadsheets.get({ spreadsheetId, includeGridData: true, fields: READ_FIELDS }),
  );
  return registerFromSpreadsheet(reply.data, asked);
}
