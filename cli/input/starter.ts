// Starter files of a register, for someone who keeps it in Excel: `template show --format xlsx`
// writes the whole register as a workbook laid out as Google Sheets downloads one (a sheet per
// schema sheet under its title, the Organisation form with labels in A and values in B, one
// header row on every other sheet), which `validate` and `due` read back whole; `--format csv`
// writes one table, one row per activity under an organisation block, as a small practice
// keeps its register. Both are written to a temporary file first and renamed into place, so a
// failure leaves no half-written file.

import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { FLAT_DATA_CATEGORY_COLUMNS } from '../../shared/register/headerMapping.ts';
import { columnDef, SHEETS, sheetDef, splitMulti } from '../../shared/register/schema.ts';
import type { CellValue, DocumentRow, RegisterDocument, TableSheetId } from '../../shared/register/types.ts';

export type StarterFormat = 'xlsx' | 'csv';

const cell = (value: unknown): CellValue => (value === undefined ? null : (value as CellValue));

/** The register as a workbook of its sheets (the Lists sheet is the add-on's own and left out). */
export async function registerWorkbookBytes(doc: RegisterDocument): Promise<Uint8Array> {
  const lang = doc.lang;
  const workbook = new ExcelJS.Workbook();
  for (const def of SHEETS) {
    if (def.id === 'lists') continue;
    const sheet = workbook.addWorksheet(def.title[lang]);
    if (def.kind === 'form') {
      sheet.addRow(lang === 'da' ? ['Felt', 'Værdi'] : ['Field', 'Value']);
      for (const c of def.columns) sheet.addRow([c.header[lang], cell(doc.organisation[c.id])]);
    } else {
      sheet.addRow(def.columns.map((c) => c.header[lang]));
      const rows = doc.sheets[def.id as TableSheetId] ?? [];
      for (const row of rows) sheet.addRow(def.columns.map((c) => cell(row[c.id])));
    }
    sheet.getRow(1).font = { bold: true };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The union of a column's values over an activity's data-category rows, in order. */
function merged(rows: readonly DocumentRow[], column: string): string {
  const seen = new Map<string, string>();
  for (const row of rows)
    for (const v of splitMulti(row[column])) if (!seen.has(v.toLowerCase())) seen.set(v.toLowerCase(), v);
  return [...seen.values()].join(', ');
}

function csvField(value: CellValue): string {
  const text = value === null ? '' : typeof value === 'boolean' ? (value ? 'Ja' : 'Nej') : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The register as one semicolon-separated table (UTF-8 with a BOM, which Excel needs to read
 * Danish letters): the organisation block, a blank line, then one row per activity carrying its
 * data-subject groups, data categories, recipients and third countries. */
export function registerCsvText(doc: RegisterDocument): string {
  const lang = doc.lang;
  const lines: string[] = [];
  for (const c of sheetDef('organisation').columns) {
    const value = doc.organisation[c.id];
    if (value !== undefined && value !== null && value !== '')
      lines.push([c.header[lang], cell(value)].map(csvField).join(';'));
  }
  lines.push('');
  const own = sheetDef('activities').columns.filter((c) => c.type !== 'id' && !c.computed);
  const flat = FLAT_DATA_CATEGORY_COLUMNS.map((id) => columnDef('dataCategories', id)!);
  lines.push([...own, ...flat].map((c) => csvField(c.header[lang])).join(';'));
  const categories = doc.sheets.dataCategories ?? [];
  for (const activity of doc.sheets.activities ?? []) {
    const mine = categories.filter((r) => r.activityId === activity.id);
    const cells = [...own.map((c) => cell(activity[c.id])), ...flat.map((c) => merged(mine, c.id))];
    lines.push(cells.map(csvField).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Writes the starter file whole or not at all. */
export async function writeStarter(
  doc: RegisterDocument,
  format: StarterFormat,
  path: string,
): Promise<void> {
  const bytes =
    format === 'xlsx' ? await registerWorkbookBytes(doc) : new TextEncoder().encode(registerCsvText(doc));
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
    throw error;
  }
}
