// Reading an Excel workbook (.xlsx) with exceljs into grids of plain cells, one per worksheet:
// formulas become their cached result, rich text becomes plain text, hyperlinks their text,
// and dates become ISO dates (Excel stores dates as serial days, which exceljs hands over as
// UTC midnight, so the UTC calendar day is the date the user typed).

import ExcelJS from 'exceljs';
import type { CellValue } from '../../shared/register/types.ts';

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

/** Every worksheet of the workbook as a grid (grid[0] is row 1, grid[r][0] is column A). */
export async function readWorkbook(bytes: Uint8Array): Promise<Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings predate Node's generic Buffer; the bytes are what it expects.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const grid: CellValue[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // A merged range holds its value once, in its top-left cell; the others repeat it.
        cells[colNumber - 1] = cell.isMerged && cell.master !== cell ? null : plainCell(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      grid[rowNumber - 1] = cells;
    });
    for (let i = 0; i < grid.length; i++) if (grid[i] === undefined) grid[i] = [];
    return { name: sheet.name, grid };
  });
}
