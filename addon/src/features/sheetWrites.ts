// How the sidebars write through the sheet adapter without touching rows they do not own:
// updated rows are written in runs of adjacent sheet rows (never rewriting another activity's
// row in between), new rows in one append, computed columns (due, status) in one setValues per
// block of adjacent columns, and removed rows deleted bottom-up.

import type { CellValue, DocumentRow } from '../../../shared/register/types.ts';
import { rawForCell, toCell } from '../sheets/cells.ts';
import type { SheetLayout, Workbook } from '../sheets/workbook.ts';
import { writeSheetRows } from '../sheets/write.ts';

/** Overwrites existing rows (each with its `$row`), one setValues per run of adjacent rows. */
export function updateRows(wb: Workbook, layout: SheetLayout, rows: readonly DocumentRow[]): void {
  const sorted = [...rows].filter((r) => typeof r.$row === 'number').sort((a, b) => a.$row! - b.$row!);
  let run: DocumentRow[] = [];
  const flush = () => {
    if (run.length > 0) writeSheetRows(layout, run, wb.timeZone);
    run = [];
  };
  for (const row of sorted) {
    if (run.length > 0 && row.$row !== run[run.length - 1].$row! + 1) flush();
    run.push(row);
  }
  flush();
}

/** Appends rows below the last used row, in one setValues. Returns their sheet rows. */
export function appendRows(wb: Workbook, layout: SheetLayout, rows: readonly DocumentRow[]): number[] {
  const fresh = rows.map(({ $row: _ignored, ...cells }) => cells as DocumentRow);
  return writeSheetRows(layout, fresh, wb.timeZone);
}

/** Deletes sheet rows, bottom first so the others keep their numbers until deleted. */
export function deleteSheetRows(layout: SheetLayout, sheetRows: readonly number[]): void {
  for (const r of [...new Set(sheetRows)].sort((a, b) => b - a)) layout.sheet.deleteRows(r, 1);
}

/**
 * Writes computed columns for the given sheet rows: one setValues per block of adjacent
 * columns, spanning the first to the last row given; rows in between that are not given keep
 * what the sheet holds in those columns.
 */
export function writeColumns(
  wb: Workbook,
  layout: SheetLayout,
  columnIds: readonly string[],
  rows: readonly { $row: number; values: Record<string, CellValue> }[],
): void {
  if (rows.length === 0) return;
  const ids = columnIds
    .filter((id) => layout.columns.has(id))
    .sort((a, b) => layout.columns.get(a)! - layout.columns.get(b)!);
  if (ids.length === 0) return;
  const first = Math.min(...rows.map((r) => r.$row));
  const last = Math.max(...rows.map((r) => r.$row));
  const byRow = new Map(rows.map((r) => [r.$row, r.values]));
  const defs = new Map(layout.def.columns.map((c) => [c.id, c]));
  const blocks: string[][] = [];
  for (const id of ids) {
    const block = blocks[blocks.length - 1];
    if (block && layout.columns.get(id) === layout.columns.get(block[block.length - 1])! + 1) block.push(id);
    else blocks.push([id]);
  }
  for (const block of blocks) {
    const start = layout.columns.get(block[0])!;
    const grid: unknown[][] = [];
    for (let r = first; r <= last; r++) {
      const values = byRow.get(r);
      grid.push(
        block.map((id) => {
          const col = layout.columns.get(id)!;
          if (values && id in values) return toCell(values[id], defs.get(id), wb.timeZone);
          const formula = layout.formulas[r - 1]?.[col - 1];
          return formula ? formula : rawForCell(layout.values[r - 1]?.[col - 1]);
        }),
      );
    }
    layout.sheet.getRange(first, start, grid.length, block.length).setValues(grid);
  }
}
