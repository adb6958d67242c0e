// How the sidebars write through the sheet adapter without touching cells they do not own:
// an updated row gets only the cells whose value differs, one setValues per run of adjacent
// differing cells (a user's cell beside them, a link or a chip, or what someone types in the
// same row meanwhile, stays); new rows in one append; computed columns (due, status), which
// the add-on owns, in one setValues per block of adjacent columns; other columns only in the
// rows given; removed rows deleted bottom-up.

import type { CellValue, DocumentRow } from '../../../shared/register/types.ts';
import { rawForCell, toCell, toCore } from '../sheets/cells.ts';
import type { SheetLayout, Workbook } from '../sheets/workbook.ts';
import { runsOf, writeSheetRows } from '../sheets/write.ts';

const same = (a: unknown, b: unknown) => String(a ?? '').trim() === String(b ?? '').trim();

/** Writes only the cells of existing rows (each with its `$row`) whose value differs from the sheet. */
export function updateRows(wb: Workbook, layout: SheetLayout, rows: readonly DocumentRow[]): void {
  const defs = new Map(layout.def.columns.map((c) => [c.id, c]));
  for (const row of rows) {
    const r = row.$row;
    if (typeof r !== 'number' || r < 2) continue;
    const read = layout.values[r - 1] ?? [];
    const formulas = layout.formulas[r - 1] ?? [];
    const changed = new Map<number, unknown>();
    for (const [id, col] of layout.columns) {
      // A formula the user wrote stays a formula; the add-on only writes plain cells.
      if (!(id in row) || formulas[col - 1] || same(toCore(read[col - 1], wb.timeZone), row[id])) continue;
      changed.set(col, toCell(row[id], defs.get(id), wb.timeZone));
    }
    for (const run of runsOf([...changed.keys()].sort((a, b) => a - b))) {
      layout.sheet.getRange(r, run[0], 1, run.length).setValues([run.map((c) => changed.get(c))]);
      for (const c of run) {
        const v = changed.get(c);
        if (layout.values[r - 1])
          layout.values[r - 1][c - 1] = typeof v === 'string' ? v.replace(/^'/, '') : v;
      }
    }
  }
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
 * Writes columns for the given sheet rows, one setValues per block of adjacent columns. A
 * computed column the add-on owns (due, status) is written from the first to the last row
 * given; any other column only in the rows given, one write per run of adjacent rows, so a
 * row in between keeps whatever a user typed there.
 */
export function writeColumns(
  wb: Workbook,
  layout: SheetLayout,
  columnIds: readonly string[],
  rows: readonly { $row: number; values: Record<string, CellValue> }[],
): void {
  if (rows.length === 0) return;
  const computed = columnIds.every((id) => layout.def.columns.find((c) => c.id === id)?.computed);
  if (!computed) {
    const byRow = new Map(rows.map((r) => [r.$row, r]));
    for (const run of runsOf([...byRow.keys()].sort((a, b) => a - b)))
      writeColumnBlock(
        wb,
        layout,
        columnIds,
        run.map((r) => byRow.get(r)!),
      );
    return;
  }
  writeColumnBlock(wb, layout, columnIds, rows);
}

function writeColumnBlock(
  wb: Workbook,
  layout: SheetLayout,
  columnIds: readonly string[],
  rows: readonly { $row: number; values: Record<string, CellValue> }[],
): void {
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
