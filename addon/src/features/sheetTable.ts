// The sidebars' thin access to one register sheet: read it once (values and formulas), hand
// the core its rows keyed by schema column id, and write back only what a feature changes —
// one setValues per contiguous block, never per cell, so a save costs the same number of
// service calls on a register of ten rows as on one of twenty thousand.

import { columnDef, sheetDef } from '../../../shared/register/schema.ts';
import type { CellValue, DocumentRow, TableSheetId } from '../../../shared/register/types.ts';
import { columnPositions, findRegisterSheet } from './locate.ts';

type Cell = unknown;

export interface SheetTable {
  sheetId: TableSheetId;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** Schema column id → 1-based column. */
  positions: Map<string, number>;
  width: number;
  /** Data rows (below the header), as read. */
  values: Cell[][];
  formulas: string[][];
  /** The same rows for the core: dates as ISO strings, blanks as ''. `$row` is the sheet row. */
  rows: DocumentRow[];
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * A date cell holds midnight of the civil date in the spreadsheet's time zone. The manifest
 * gives the script the same zone (Europe/Copenhagen), so the local calendar fields are the
 * civil date.
 */
export function cellToCore(v: Cell): CellValue {
  if (v === null || v === undefined) return '';
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) return '';
    return `${pad(v.getFullYear(), 4)}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * Text a user typed that starts with = + - or @ would be read by Sheets as a formula; the
 * leading apostrophe makes Sheets keep it as text (and it is not part of the cell's value).
 */
export function neutraliseText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/**
 * Text that Sheets would turn into a number, date or boolean when written (a reference like
 * "000123", a hash of zeros, an ISO date in a text column) is kept as text the same way.
 */
export function keepAsText(text: string): string {
  const t = text.trim();
  if (
    /^[+-]?(\d[\d.,]*|\.\d+)(e[+-]?\d+)?%?$/i.test(t) ||
    /^\d{4}-\d{2}-\d{2}$/.test(t) ||
    /^(true|false)$/i.test(t)
  ) {
    return `'${text}`;
  }
  return neutraliseText(text);
}

/** A core value as the cell value to write for a column of this sheet. */
export function coreToCell(sheetId: TableSheetId, columnId: string, v: CellValue | undefined): Cell {
  if (v === null || v === undefined) return '';
  const col = columnDef(sheetId, columnId);
  if (typeof v === 'string') {
    const m = col?.type === 'date' ? ISO.exec(v.trim()) : null;
    if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (col?.type === 'date' || col?.type === 'number') return neutraliseText(v);
    return keepAsText(v);
  }
  return v;
}

export function readTable(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetId: TableSheetId,
): SheetTable | null {
  const sheet = findRegisterSheet(ss, sheetId);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  const all = range.getValues() as Cell[][];
  const allFormulas = range.getFormulas();
  const header = all[0] ?? [];
  const positions = columnPositions(sheetId, header);
  const width = Math.max(header.length, ...[...positions.values()]);
  const values = all.slice(1);
  const formulas = allFormulas.slice(1);
  const rows = values.map((cells, i) => {
    const row: DocumentRow = { $row: i + 2 };
    for (const [id, col] of positions) row[id] = cellToCore(cells[col - 1]);
    return row;
  });
  return { sheetId, sheet, positions, width, values, formulas, rows };
}

/** Which schema columns are missing from the sheet (the caller reports them). */
export function missingColumns(table: SheetTable, columns: readonly string[]): string[] {
  return columns.filter((c) => !table.positions.has(c));
}

/** A full row of cells for `row`, starting from the existing cells (formulas kept) or blanks. */
function rowCells(table: SheetTable, row: DocumentRow, existingIndex: number | null): Cell[] {
  const cells: Cell[] = [];
  for (let c = 0; c < table.width; c++) {
    if (existingIndex === null) cells.push('');
    else {
      const formula = table.formulas[existingIndex]?.[c];
      cells.push(formula ? formula : (table.values[existingIndex]?.[c] ?? ''));
    }
  }
  for (const [id, col] of table.positions) {
    if (id in row && id !== '$row') cells[col - 1] = coreToCell(table.sheetId, id, row[id]);
  }
  return cells;
}

/** Overwrites the listed existing rows (0-based data indexes): one setValues per row. */
export function updateRows(table: SheetTable, updates: { index: number; row: DocumentRow }[]): void {
  for (const { index, row } of updates) {
    const cells = rowCells(table, row, index);
    table.sheet.getRange(index + 2, 1, 1, table.width).setValues([cells]);
  }
}

/** Appends rows below the last row in ONE setValues. Returns the first new sheet row. */
export function appendRows(table: SheetTable, rows: DocumentRow[]): number {
  const first = table.values.length + 2;
  if (rows.length === 0) return first;
  const cells = rows.map((r) => rowCells(table, r, null));
  table.sheet.getRange(first, 1, cells.length, table.width).setValues(cells);
  return first;
}

/** Deletes data rows (0-based indexes), bottom first so earlier indexes stay valid. */
export function deleteRows(table: SheetTable, indexes: number[]): void {
  for (const index of [...new Set(indexes)].sort((a, b) => b - a)) table.sheet.deleteRows(index + 2, 1);
}

/**
 * Writes columns of values (one setValues per run of adjacent columns), e.g. the retention
 * log's due and status. `columns[id][i]` is the value of data row `fromIndex + i`; every
 * column given must have the same length.
 */
export function writeColumns(table: SheetTable, columns: Record<string, CellValue[]>, fromIndex = 0): void {
  const ids = Object.keys(columns).filter((id) => table.positions.has(id));
  if (ids.length === 0) return;
  const length = columns[ids[0]].length;
  if (length === 0) return;
  ids.sort((a, b) => table.positions.get(a)! - table.positions.get(b)!);
  let block: string[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const start = table.positions.get(block[0])!;
    const grid: Cell[][] = [];
    for (let i = 0; i < length; i++)
      grid.push(block.map((id) => coreToCell(table.sheetId, id, columns[id][i])));
    table.sheet.getRange(fromIndex + 2, start, length, block.length).setValues(grid);
    block = [];
  };
  for (const id of ids) {
    const prev = block[block.length - 1];
    if (prev && table.positions.get(id) !== table.positions.get(prev)! + 1) flush();
    block.push(id);
  }
  flush();
}

/** The sheet's title in the register language, for messages. */
export function sheetTitle(sheetId: TableSheetId, lang: 'da' | 'en'): string {
  return sheetDef(sheetId).title[lang];
}
