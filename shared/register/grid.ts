// A register sheet's grid (its data range as rows of cells, header row first) read into the
// document model: the one definition shared by the add-on's sheet adapter (SpreadsheetApp
// values) and the CLI's live-sheet reader (Sheets API values), so that the same spreadsheet
// gives the same RegisterDocument through either. Each caller turns its platform's raw cell
// (a Date, a serial number with a date format) into a core value with `toCore`; only the cells
// of schema columns are converted.

import { findColumn } from './headerMapping.ts';
import type { ColumnDef, SheetDef } from './schema.ts';
import type { CellValue, DocumentRow, RegisterDocument } from './types.ts';

/** A platform's raw cell as the core sees it (dates as ISO strings, blanks as ''). */
export type CellReader = (raw: unknown, column?: ColumnDef) => CellValue;

/**
 * A row holding nothing a user typed: blanks, and FALSE in checkbox columns (an unticked
 * checkbox reads FALSE, so a checkbox column alone must not make a row).
 */
export function isBlankGridRow(row: DocumentRow, def: SheetDef): boolean {
  const checkbox = new Set(def.columns.filter((c) => c.type === 'boolean').map((c) => c.id));
  return Object.entries(row).every(
    ([k, v]) => k === '$row' || v === '' || v === null || v === undefined || (v === false && checkbox.has(k)),
  );
}

/**
 * The rows of a table sheet below its header row; blank rows are skipped and each row keeps
 * its sheet row (`$row`). `columns` maps schema column ids to 1-based columns.
 */
export function gridTableRows(
  def: SheetDef,
  values: readonly (readonly unknown[])[],
  columns: ReadonlyMap<string, number>,
  toCore: CellReader,
): DocumentRow[] {
  const rows: DocumentRow[] = [];
  const defs = new Map(def.columns.map((c) => [c.id, c]));
  for (let i = 1; i < values.length; i++) {
    const line = values[i];
    const row: DocumentRow = {};
    for (const [id, col] of columns) row[id] = toCore(line[col - 1], defs.get(id));
    if (isBlankGridRow(row, def)) continue;
    row.$row = i + 1;
    rows.push(row);
  }
  return rows;
}

/**
 * The Organisation form: a field label in column A, its value in B, labels matched in either
 * language; the first row of each field counts. Fills `rows` (field id → 1-based row).
 */
export function gridOrganisation(
  values: readonly (readonly unknown[])[],
  rows: Map<string, number>,
  toCore: CellReader,
): RegisterDocument['organisation'] {
  const fields: RegisterDocument['organisation'] = {};
  for (let i = 0; i < values.length; i++) {
    const label = toCore(values[i][0]);
    if (typeof label !== 'string' || !label.trim()) continue;
    const ref = findColumn(label, 'organisation');
    if (ref?.sheet !== 'organisation' || rows.has(ref.id)) continue;
    rows.set(ref.id, i + 1);
    fields[ref.id] = toCore(values[i].length > 1 ? values[i][1] : '');
  }
  return fields;
}
