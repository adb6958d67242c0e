// Reading a whole register workbook, as Google Sheets downloads one (File → Download →
// Microsoft Excel) or as `art30 template show --format xlsx` writes one: a sheet per schema
// sheet, named by its Danish or English title, the Organisation form with a field label in
// column A and its value in B, every other sheet with one header row. The same title and
// header readings as the add-on's sheet adapter (shared/register/headerMapping.ts), so the
// retention log and every other sheet are read as the add-on reads them.

import { findColumn, mapSheetHeaders, sheetIdForTitle } from '../../shared/register/headerMapping.ts';
import { type ImportResult, languageOf } from '../../shared/register/import.ts';
import { SCHEMA_VERSION, sheetDef } from '../../shared/register/schema.ts';
import type { DocumentRow, Lang, RegisterDocument, TableSheetId } from '../../shared/register/types.ts';
import type { Worksheet } from './xlsx.ts';

export interface RegisterWorkbook extends ImportResult {
  /** The worksheets read, in the workbook's order. */
  sheetsRead: string[];
}

/** The schema sheets of a workbook by title; null unless it holds the activities sheet and at
 * least one other schema sheet (a single table is read as a one-table register instead). */
function schemaSheets(
  sheets: readonly Worksheet[],
): Array<{ id: ReturnType<typeof sheetIdForTitle>; sheet: Worksheet }> | null {
  const seen = new Set<string>();
  const found = sheets
    .map((sheet) => ({ id: sheetIdForTitle(sheet.name), sheet }))
    .filter(({ id }) => id !== null && !seen.has(id) && seen.add(id) !== undefined);
  return seen.has('activities') && found.length >= 2 ? found : null;
}

function organisationForm(sheet: Worksheet, doc: RegisterDocument, rows: Record<string, number>): void {
  sheet.grid.forEach((line, i) => {
    const label = line[0];
    if (typeof label !== 'string' || !label.trim()) return;
    const ref = findColumn(label, 'organisation');
    if (ref?.sheet !== 'organisation' || rows[ref.id] !== undefined) return;
    rows[ref.id] = i + 1;
    const value = line[1];
    if (value !== null && value !== undefined && value !== '') doc.organisation[ref.id] = value;
  });
}

function tableRows(id: TableSheetId, sheet: Worksheet): DocumentRow[] {
  const columns = mapSheetHeaders(sheetDef(id), sheet.grid[0] ?? []);
  const rows: DocumentRow[] = [];
  for (let i = 1; i < sheet.grid.length; i++) {
    const line = sheet.grid[i];
    const row: DocumentRow = {};
    let filled = false;
    for (const [column, index] of columns) {
      const value = line[index - 1];
      if (value === null || value === undefined || value === '') continue;
      row[column] = value;
      filled = true;
    }
    if (!filled) continue;
    row.$row = i + 1;
    rows.push(row);
  }
  return rows;
}

/** The register a workbook of schema sheets holds, or null when it is not one. */
export function readRegisterWorkbook(sheets: readonly Worksheet[], lang: Lang): RegisterWorkbook | null {
  const found = schemaSheets(sheets);
  if (!found) return null;
  const doc: RegisterDocument = { schemaVersion: SCHEMA_VERSION, lang, organisation: {}, sheets: {} };
  const organisationRows: Record<string, number> = {};
  for (const { id, sheet } of found) {
    if (id === 'organisation') organisationForm(sheet, doc, organisationRows);
    else doc.sheets[id as TableSheetId] = tableRows(id as TableSheetId, sheet);
  }
  doc.lang = languageOf(doc.organisation.language) ?? lang;
  return {
    document: doc,
    unmappedColumns: [],
    issues: [],
    organisationRows,
    sheetsRead: found.map((f) => f.sheet.name),
  };
}
