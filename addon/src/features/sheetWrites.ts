// How the sidebars write through the sheet adapter without touching cells they do not own:
// an updated row gets only the cells whose value differs, one setValues per run of adjacent
// differing cells (a user's cell beside them, a link or a chip, or what someone types in the
// same row meanwhile, stays); new rows in one append; computed columns (due, status), which
// the add-on owns, in one setValues per block of adjacent columns; other columns only in the
// rows given; removed rows deleted bottom-up.

import type { CellValue, DocumentRow } from '../../../shared/register/types.ts';
import { rawForCell, toCell, toCore } from '../sheets/cells.ts';
import { a1, type SheetLayout, type Workbook } from '../sheets/workbook.ts';
import { runsOf, writeSheetRows } from '../sheets/write.ts';

const same = (a: unknown, b: unknown) => String(a ?? '').trim() === String(b ?? '').trim();

/**
 * Writes only the cells of existing rows (each with its `$row`) whose value differs from the
 * sheet. The differing cells of adjacent rows form blocks (a run of adjacent rows × a run of
 * adjacent columns, every cell in it differing), each written with one setValues; so replacing
 * a run of adjacent rows costs one call per block whatever the number of rows, and an
 * unchanged cell (its link or chip) or a cell of a row not given is never written.
 */
export function updateRows(wb: Workbook, layout: SheetLayout, rows: readonly DocumentRow[]): void {
  const changed = changedCells(wb, layout, rows);
  for (const block of blocksOf(changed)) {
    const grid = block.rows.map((r) => block.cols.map((c) => changed.get(r)!.get(c)));
    layout.sheet.getRange(block.rows[0], block.cols[0], block.rows.length, block.cols.length).setValues(grid);
    for (const r of block.rows)
      for (const c of block.cols) {
        const v = changed.get(r)!.get(c);
        if (layout.values[r - 1])
          layout.values[r - 1][c - 1] = typeof v === 'string' ? v.replace(/^'/, '') : v;
      }
  }
}

/** Sheet row → (column → cell value) of the schema cells that differ from what was read. */
function changedCells(
  wb: Workbook,
  layout: SheetLayout,
  rows: readonly DocumentRow[],
): Map<number, Map<number, unknown>> {
  const defs = new Map(layout.def.columns.map((c) => [c.id, c]));
  const changed = new Map<number, Map<number, unknown>>();
  for (const row of rows) {
    const r = row.$row;
    if (typeof r !== 'number' || r < 2) continue;
    const read = layout.values[r - 1] ?? [];
    const formulas = layout.formulas[r - 1] ?? [];
    const cells = new Map<number, unknown>();
    for (const [id, col] of layout.columns) {
      // A formula the user wrote stays a formula; the add-on only writes plain cells.
      if (
        !(id in row) ||
        formulas[col - 1] ||
        same(toCore(read[col - 1], wb.timeZone, defs.get(id)), row[id])
      )
        continue;
      cells.set(col, toCell(row[id], defs.get(id), wb.timeZone));
    }
    if (cells.size > 0) changed.set(r, cells);
  }
  return changed;
}

/**
 * Blocks of changed cells: per column, runs of adjacent rows whose cell changed; runs with the
 * same rows in adjacent columns join into one block.
 */
function blocksOf(changed: Map<number, Map<number, unknown>>): { rows: number[]; cols: number[] }[] {
  const byCol = new Map<number, number[]>();
  for (const [r, cells] of changed)
    for (const c of cells.keys()) {
      if (!byCol.has(c)) byCol.set(c, []);
      byCol.get(c)!.push(r);
    }
  const colsBySpan = new Map<string, number[]>();
  for (const [c, rs] of byCol)
    for (const run of runsOf(rs.sort((a, b) => a - b))) {
      const key = `${run[0]}:${run.length}`;
      if (!colsBySpan.has(key)) colsBySpan.set(key, []);
      colsBySpan.get(key)!.push(c);
    }
  const blocks: { rows: number[]; cols: number[] }[] = [];
  for (const [key, cols] of colsBySpan) {
    const [first, length] = key.split(':').map(Number);
    const rows = Array.from({ length }, (_, i) => first + i);
    for (const run of runsOf(cols.sort((a, b) => a - b))) blocks.push({ rows, cols: run });
  }
  return blocks;
}

/** Appends rows below the last used row, in one setValues. Returns their sheet rows. */
export function appendRows(wb: Workbook, layout: SheetLayout, rows: readonly DocumentRow[]): number[] {
  const fresh = rows.map(({ $row: _ignored, ...cells }) => cells as DocumentRow);
  return writeSheetRows(layout, fresh, wb.timeZone);
}

/**
 * Deletes sheet rows, one deleteRows per run of adjacent rows, the bottom run first so the
 * others keep their numbers until deleted.
 */
export function deleteSheetRows(layout: SheetLayout, sheetRows: readonly number[]): void {
  const runs = runsOf([...new Set(sheetRows)].sort((a, b) => a - b));
  for (const run of runs.reverse()) layout.sheet.deleteRows(run[0], run.length);
}

/**
 * Writes columns for the given sheet rows. A computed column the add-on owns (due, status) is
 * written from the first to the last row given, one setValues per block of adjacent columns.
 * Any other column is written only in the rows given, so a row in between keeps whatever a
 * user typed there: rows in one run in one setValues; rows in several runs through one
 * RangeList per column and value (Mark deleted writes one date into every marked row), so the
 * calls do not grow with the rows.
 */
export function writeColumns(
  wb: Workbook,
  layout: SheetLayout,
  columnIds: readonly string[],
  rows: readonly { $row: number; values: Record<string, CellValue> }[],
): void {
  if (rows.length === 0) return;
  const computed = columnIds.every((id) => layout.def.columns.find((c) => c.id === id)?.computed);
  const runs = runsOf([...new Set(rows.map((r) => r.$row))].sort((a, b) => a - b));
  if (computed || runs.length === 1) writeColumnBlock(wb, layout, columnIds, rows);
  else writeScattered(wb, layout, columnIds, rows);
}

/** One RangeList per column and distinct value, covering the runs of rows holding that value. */
function writeScattered(
  wb: Workbook,
  layout: SheetLayout,
  columnIds: readonly string[],
  rows: readonly { $row: number; values: Record<string, CellValue> }[],
): void {
  const defs = new Map(layout.def.columns.map((c) => [c.id, c]));
  for (const id of columnIds) {
    const col = layout.columns.get(id);
    if (col === undefined) continue;
    const byValue = new Map<string, { value: CellValue; rows: number[] }>();
    for (const r of rows) {
      if (!(id in r.values)) continue;
      const key = JSON.stringify(r.values[id] ?? '');
      if (!byValue.has(key)) byValue.set(key, { value: r.values[id], rows: [] });
      byValue.get(key)!.rows.push(r.$row);
    }
    for (const { value, rows: sheetRows } of byValue.values()) {
      const cell = toCell(value, defs.get(id), wb.timeZone);
      const a1s = runsOf(sheetRows.sort((a, b) => a - b)).map((run) =>
        a1({ row: run[0], col, rows: run.length, cols: 1 }),
      );
      layout.sheet.getRangeList(a1s).setValue(cell);
      const stored = typeof cell === 'string' ? cell.replace(/^'/, '') : cell;
      for (const r of sheetRows) if (layout.values[r - 1]) layout.values[r - 1][col - 1] = stored;
    }
  }
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
