// Reading an Excel workbook (.xlsx) with exceljs into grids of plain cells, one per worksheet:
// formulas become their cached result, rich text becomes plain text, hyperlinks their text,
// and dates become ISO dates (Excel stores dates as serial days, which exceljs hands over as
// UTC midnight, so the UTC calendar day is the date the user typed). The zip has been checked
// against the import's limits before (zipGuard.ts); a row is as long as its last filled cell,
// never padded to the widest row, and a cell longer than Excel's own limit is refused.

import ExcelJS from 'exceljs';
import { columnLetter } from '../../shared/register/import.ts';
import type { CellValue } from '../../shared/register/types.ts';
import { LIMITS, LimitHit } from './limits.ts';

export interface Worksheet {
  name: string;
  grid: CellValue[][];
}

function isoFromDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** One exceljs cell value as the core's CellValue. */
export function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoFromDate(value);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as Array<{ text?: string }>).map((r) => r.text ?? '').join('');
    if ('formula' in v || 'sharedFormula' in v) return plainCell(v.result);
    if ('error' in v) return String(v.error);
    if ('text' in v) return plainCell(v.text);
  }
  return String(value);
}

/** One worksheet row as plain cells, as long as its last filled cell. */
function plainRow(row: ExcelJS.Row, rowNumber: number): CellValue[] {
  const cells: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
    // A merged range holds its value once, in its top-left cell; the others repeat it.
    const value = cell.isMerged && cell.master !== cell ? null : plainCell(cell.value);
    if (typeof value === 'string' && value.length > LIMITS.cellChars) {
      throw new LimitHit('cellChars', `${rowNumber}, ${columnLetter(colNumber - 1)}`);
    }
    if (value === null || value === '') return;
    while (cells.length < colNumber - 1) cells.push(null);
    cells.push(value);
  });
  return cells;
}

/** Every worksheet of the workbook as a grid (grid[0] is row 1, grid[r][0] is column A). Rows
 * hold their cells up to the last filled one; a row with none is empty. */
export async function readWorkbook(bytes: Uint8Array): Promise<Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings predate Node's generic Buffer; the bytes are what it expects.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const grid: CellValue[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber > LIMITS.rows) throw new LimitHit('rows', String(rowNumber));
      while (grid.length < rowNumber - 1) grid.push([]);
      grid.push(plainRow(row, rowNumber));
    });
    return { name: sheet.name, grid };
  });
}
