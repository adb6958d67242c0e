// Turns what the user points the CLI at (a .json, .csv or .xlsx file, or "-" for standard
// input) into a RegisterDocument plus what the import found. Anything unusable (a missing
// file, an empty CSV, a workbook exceljs cannot open, JSON that is not a register) is a
// CliError with a clear message, exit code 2.

import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  findRegisterTable,
  type ImportResult,
  isRegisterDocument,
  tableToDocument,
} from '../../shared/register/import.ts';
import type { Lang, RegisterDocument } from '../../shared/register/types.ts';
import { CliError } from '../args.ts';
import { MESSAGES } from '../messages.ts';
import { type CsvEncoding, decodeCsv, likelyDelimiters, parseCsv } from './csv.ts';
import { readWorkbook } from './xlsx.ts';

export type RegisterFormat = 'json' | 'csv' | 'xlsx';

export interface LoadedRegister extends ImportResult {
  format: RegisterFormat;
  /** For CSV: how the bytes were decoded and split. */
  encoding?: CsvEncoding;
  delimiter?: string;
  /** For XLSX: the worksheet the register was read from. */
  worksheet?: string;
}

function readInput(path: string, readStdin: () => Uint8Array): Uint8Array {
  if (path === '-') {
    try {
      return readStdin();
    } catch (error) {
      throw new CliError(MESSAGES.fileUnreadable('-', (error as Error).message), 'input.unreadable');
    }
  }
  let isFile = false;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new CliError(MESSAGES.fileNotFound(path), 'input.notFound');
  }
  if (!isFile) throw new CliError(MESSAGES.fileNotFound(path), 'input.notFound');
  try {
    return readFileSync(path);
  } catch (error) {
    throw new CliError(MESSAGES.fileUnreadable(path, (error as Error).message), 'input.unreadable');
  }
}

/** The format by extension, or for standard input and unknown extensions by content. */
export function detectFormat(path: string, bytes: Uint8Array): RegisterFormat {
  const ext = extname(path).toLowerCase();
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

function loadCsv(path: string, bytes: Uint8Array, lang: Lang): LoadedRegister {
  const { text, encoding } = decodeCsv(bytes);
  if (text.trim() === '') throw new CliError(MESSAGES.emptyInput(path), 'input.empty');
  let lastError: Error | null = null;
  for (const delimiter of likelyDelimiters(text)) {
    let grid: ReturnType<typeof parseCsv>;
    try {
      grid = parseCsv(text, delimiter);
    } catch (error) {
      lastError = error as Error;
      continue;
    }
    const table = findRegisterTable(grid);
    if (table) return { format: 'csv', encoding, delimiter, ...tableToDocument(table, { lang }) };
  }
  if (lastError) throw new CliError(MESSAGES.badCsv(path, lastError.message), 'input.badCsv');
  throw new CliError(MESSAGES.notARegisterTable(path), 'input.notARegister');
}

async function loadXlsx(path: string, bytes: Uint8Array, lang: Lang): Promise<LoadedRegister> {
  if (bytes.length === 0) throw new CliError(MESSAGES.emptyInput(path), 'input.empty');
  let sheets: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    sheets = await readWorkbook(bytes);
  } catch (error) {
    throw new CliError(MESSAGES.badXlsx(path, (error as Error).message), 'input.badXlsx');
  }
  // The first worksheet with a recognisable header row holds the register; cover sheets,
  // instructions and lists before it are passed over.
  for (const sheet of sheets) {
    const table = findRegisterTable(sheet.grid);
    if (table) return { format: 'xlsx', worksheet: sheet.name, ...tableToDocument(table, { lang }) };
  }
  throw new CliError(MESSAGES.notARegisterTable(path), 'input.notARegister');
}

/**
 * Reads a register. `lang` is the language of the import's own findings; when the caller has
 * no preference and an imported file says it is in the other language, it is read again so
 * findings and register agree.
 */
/** `readStdin` is how "-" is read: the process's standard input unless a caller (the CLI's
 * in-process tests) hands over its own. */
export async function readRegister(
  path: string,
  lang: Lang | null,
  readStdin: () => Uint8Array = () => readFileSync(0),
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
