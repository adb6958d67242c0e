// Writing the register back: one setValues per run of adjacent schema columns over the rows
// the add-on changed or appended. Cells it does not own — the user's own columns, with their
// links and chips, and rows it did not read — are never written; formulas in schema cells are
// written back as formulas.

import type { DocumentRow } from '../../../shared/register/types.ts';
import { rawForCell, toCell } from './cells.ts';
import type { SheetLayout } from './workbook.ts';

/** Grows the sheet so that `rows` × `cols` fit (two calls at most, whatever the size). */
export function ensureSize(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/**
 * Writes document rows into a table sheet, one setValues per run of adjacent schema columns
 * (the user's own columns between them are not written). A row with `$row` replaces the
 * schema cells of that sheet row; a row without one is appended below the last used row.
 * `only`, when given, limits the write to those schema columns (e.g. the id columns).
 * Returns the sheet rows written.
 */
export function writeSheetRows(
  layout: SheetLayout,
  rows: readonly DocumentRow[],
  timeZone: string,
  only?: ReadonlySet<string>,
): number[] {
  if (rows.length === 0) return [];
  const columns = [...layout.columns].filter(([id]) => !only || only.has(id));
  if (columns.length === 0) return [];
  const defs = new Map(layout.def.columns.map((c) => [c.id, c]));
  // Appended rows go below the last register row (a blank row whose unticked checkboxes
  // read FALSE is not one).
  let next = layout.docRows.reduce((a, b) => Math.max(a, b), 1) + 1;
  const targets = rows.map((r) => (typeof r.$row === 'number' && r.$row >= 2 ? r.$row : next++));
  const known = new Set(layout.docRows);
  for (const t of targets) if (!known.has(t)) layout.docRows.push(t);
  const first = Math.min(...targets);
  const last = Math.max(...targets);
  const width = Math.max(layout.width, ...columns.map(([, c]) => c));
  const owned = columns.map(([, c]) => c).sort((a, b) => a - b);
  // Start from what the sheet holds, so cells the add-on does not own are written back unchanged.
  const grid: unknown[][] = [];
  for (let r = first; r <= last; r++) {
    const read = layout.values[r - 1];
    const formulas = layout.formulas[r - 1];
    const line: unknown[] = [];
    for (let c = 1; c <= width; c++) {
      const formula = formulas?.[c - 1];
      line.push(formula ? formula : rawForCell(read?.[c - 1]));
    }
    grid.push(line);
  }
  rows.forEach((row, i) => {
    const line = grid[targets[i] - first];
    for (const [id, col] of columns) {
      if (!(id in row)) continue;
      // A formula the user wrote stays a formula; the add-on only writes plain cells.
      if (layout.formulas[targets[i] - 1]?.[col - 1]) continue;
      line[col - 1] = toCell(row[id], defs.get(id), timeZone);
    }
  });
  ensureSize(layout.sheet, last, width);
  for (const run of runsOf(owned)) {
    const block = grid.map((line) => line.slice(run[0] - 1, run[0] - 1 + run.length));
    layout.sheet.getRange(first, run[0], grid.length, run.length).setValues(block);
  }
  // Keep the layout in step with the sheet for later writes in the same run.
  for (let r = first; r <= last; r++) {
    layout.values[r - 1] = grid[r - first].map((v) =>
      typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v,
    );
    layout.formulas[r - 1] = layout.formulas[r - 1] ?? new Array(width).fill('');
  }
  layout.height = Math.max(layout.height, last);
  layout.width = width;
  return targets;
}

/** Runs of adjacent numbers (sorted ascending): [[1,2,3],[5]]. */
export function runsOf(sorted: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const n of sorted) {
    const run = runs[runs.length - 1];
    if (run && n === run[run.length - 1] + 1) run.push(n);
    else runs.push([n]);
  }
  return runs;
}
