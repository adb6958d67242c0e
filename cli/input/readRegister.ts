// Turns what the user points the CLI at (a .json, .csv or .xlsx file, or "-" for standard
// input) into a RegisterDocument plus what the import found. Anything unusable (a missing
// file, an empty CSV, an old .xls, a workbook that cannot be opened, JSON that is not a
// register, a file beyond the limits of limits.ts) is a CliError with a clear message, exit
// code 2. A workbook of register sheets (downloaded from Google Sheets) is read whole; any
// other workbook or CSV is read as one table, one row per activity.

import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { mapHeaders } from '../../shared/register/headerMapping.ts';
import {
  columnLetter,
  findRegisterTable,
  type ImportResult,
  isRegisterDocument,
  type RegisterTable,
  tableToDocument,
} from '../../shared/register/import.ts';
import type { Lang, RegisterDocument } from '../../shared/register/types.ts';
import { CliError } from '../args.ts';
import { type CliIo, processIo } from '../io.ts';
import { MESSAGES } from '../messages.ts';
import { type CsvEncoding, decodeCsv, likelyDelimiters, parseCsv } from './csv.ts';
import { LIMITS, LimitHit, limitExceeded } from './limits.ts';
import { INPUT_MESSAGES } from './messages.ts';
import { readRegisterWorkbook } from './registerWorkbook.ts';
import { readWorkbook, type Worksheet } from './xlsx.ts';
import { checkWorkbookZip } from './zipGuard.ts';

/** Where a register came from: a file's format, or 'sheet' for a live Google Sheet (cli/sheets). */
export type RegisterFormat = 'json' | 'csv' | 'xlsx' | 'sheet';

/** A column of a one-table file: its header as written and its letter. */
export interface FileColumn {
  header: string;
  letter: string;
}

export interface LoadedRegister extends ImportResult {
  format: RegisterFormat;
  /** For CSV: how the bytes were decoded and split. */
  encoding?: CsvEncoding;
  delimiter?: string;
  /** For XLSX: the worksheet the register was read from. */
  worksheet?: string;
  /** For a whole register workbook: the worksheets read (then `worksheet` is unset). */
  sheetsRead?: string[];
  /** For a live Google Sheet: the spreadsheet's title. */
  spreadsheetTitle?: string;
  /** For a one-table file: its columns by "sheet.column" schema id, and its header row. */
  fileColumns?: Record<string, FileColumn>;
  headerRow?: number;
}

/** Standard input through `readStdin`, refused once it holds more than the size limit. */
function readStdinWithin(readStdin: CliIo['readStdin']): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readStdin(LIMITS.fileBytes);
  } catch (error) {
    throw new CliError(MESSAGES.fileUnreadable('-', (error as Error).message), 'input.unreadable');
  }
  if (bytes.length > LIMITS.fileBytes) throw limitExceeded('-', 'fileBytes');
  return bytes;
}

function readInput(path: string, readStdin: CliIo['readStdin']): Uint8Array {
  if (path === '-') return readStdinWithin(readStdin);
  let size = -1;
  try {
    const stat = statSync(path);
    if (stat.isFile()) size = stat.size;
  } catch {
    throw new CliError(MESSAGES.fileNotFound(path), 'input.notFound');
  }
  if (size < 0) throw new CliError(MESSAGES.fileNotFound(path), 'input.notFound');
  if (size > LIMITS.fileBytes) throw limitExceeded(path, 'fileBytes', String(size));
  try {
    // Read no more than the limit, whatever the file has grown to since it was measured.
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(size, LIMITS.fileBytes));
      const read = readSync(fd, buffer, 0, buffer.length, 0);
      return buffer.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new CliError(MESSAGES.fileUnreadable(path, (error as Error).message), 'input.unreadable');
  }
}

/** The signature of an OLE compound file: an Excel 97-2003 .xls (or an encrypted .xlsx). */
function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return magic.every((b, i) => bytes[i] === b);
}

/** The format by extension, or for standard input and unknown extensions by content. An old
 * Excel .xls (by extension or content) is refused with advice. */
export function detectFormat(path: string, bytes: Uint8Array): RegisterFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.xls' || isCompoundFile(bytes))
    throw new CliError(INPUT_MESSAGES.oldXls(path), 'input.oldXls');
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  // "PK": a zip archive, which is what an .xlsx file is.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx';
  const start = decodeCsv(bytes.subarray(0, 64)).text.trimStart();
  return start.startsWith('{') ? 'json' : 'csv';
}

function loadJson(path: string, bytes: Uint8Array): LoadedRegister {
  const text = decodeCsv(bytes).text;
  if (text.trim() === '') throw new CliError(MESSAGES.emptyInput(path), 'input.empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(MESSAGES.badJson(path, (error as Error).message), 'input.badJson');
  }
  if (!isRegisterDocument(value)) throw new CliError(MESSAGES.notARegisterJson(path), 'input.notARegister');
  return {
    format: 'json',
    document: value as RegisterDocument,
    unmappedColumns: [],
    issues: [],
    organisationRows: {},
  };
}

/** A one-table register with the file's own column headers kept for its findings. */
function fromTable(table: RegisterTable, lang: Lang): Omit<LoadedRegister, 'format'> {
  const fileColumns: Record<string, FileColumn> = {};
  for (const m of mapHeaders(table.headers, 'activities').mapping) {
    const key = m.column ? `${m.column.sheet}.${m.column.id}` : null;
    if (key && !fileColumns[key]) fileColumns[key] = { header: m.header, letter: columnLetter(m.index) };
  }
  return { ...tableToDocument(table, { lang }), fileColumns, headerRow: table.headerRow };
}

function parseWithin(path: string, text: string, delimiter: Parameters<typeof parseCsv>[1]) {
  try {
    return parseCsv(text, delimiter);
  } catch (error) {
    if (error instanceof LimitHit) throw limitExceeded(path, error.limit, error.found);
    throw error;
  }
}

function loadCsv(path: string, bytes: Uint8Array, lang: Lang): LoadedRegister {
  const { text, encoding } = decodeCsv(bytes);
  if (text.trim() === '') throw new CliError(MESSAGES.emptyInput(path), 'input.empty');
  let lastError: Error | null = null;
  for (const delimiter of likelyDelimiters(text)) {
    let grid: ReturnType<typeof parseCsv>;
    try {
      grid = parseWithin(path, text, delimiter);
    } catch (error) {
      if (error instanceof CliError) throw error;
      lastError = error as Error;
      continue;
    }
    const table = findRegisterTable(grid);
    if (table) return { format: 'csv', encoding, delimiter, ...fromTable(table, lang) };
  }
  if (lastError) throw new CliError(MESSAGES.badCsv(path, lastError.message), 'input.badCsv');
  throw new CliError(MESSAGES.notARegisterTable(path), 'input.notARegister');
}

/** The worksheets of a checked workbook; exceljs's own errors become a plain refusal. */
async function worksheets(path: string, bytes: Uint8Array): Promise<Worksheet[]> {
  checkWorkbookZip(path, bytes);
  try {
    return await readWorkbook(bytes);
  } catch (error) {
    if (error instanceof LimitHit) throw limitExceeded(path, error.limit, error.found);
    if (process.env.ART30_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    throw new CliError(INPUT_MESSAGES.xlsxDamaged(path), 'input.badXlsx');
  }
}

async function loadXlsx(path: string, bytes: Uint8Array, lang: Lang): Promise<LoadedRegister> {
  if (bytes.length === 0) throw new CliError(MESSAGES.emptyInput(path), 'input.empty');
  const sheets = await worksheets(path, bytes);
  const whole = readRegisterWorkbook(sheets, lang);
  if (whole) return { format: 'xlsx', ...whole };
  // Otherwise the first worksheet with a recognisable header row holds the register; cover
  // sheets, instructions and lists before it are passed over.
  for (const sheet of sheets) {
    const table = findRegisterTable(sheet.grid);
    if (table) return { format: 'xlsx', worksheet: sheet.name, ...fromTable(table, lang) };
  }
  throw new CliError(MESSAGES.notARegisterTable(path), 'input.notARegister');
}

/**
 * Reads a register. `lang` is the language of the import's own findings; when the caller has
 * no preference and an imported file says it is in the other language, it is read again so
 * findings and register agree. `readStdin` is how "-" is read: the process's standard input
 * unless a caller (the CLI's in-process tests) hands over its own.
 */
export async function readRegister(
  path: string,
  lang: Lang | null,
  readStdin: CliIo['readStdin'] = processIo().readStdin,
): Promise<LoadedRegister> {
  const bytes = readInput(path, readStdin);
  const format = detectFormat(path, bytes);
  if (format === 'json') return loadJson(path, bytes);
  const load = (l: Lang) =>
    format === 'csv' ? Promise.resolve(loadCsv(path, bytes, l)) : loadXlsx(path, bytes, l);
  const first = await load(lang ?? 'da');
  if (lang === null && first.document.lang !== 'da') return load(first.document.lang);
  return first;
}
