// The import's server side, as pure functions: read a grid of cells from a sheet someone
// already keeps, show how its columns are understood, and decide which rows the structured
// register gains. The source sheet is only ever read. Apps Script parts: importService.ts.

import { nameKey } from '../../../shared/register/document.ts';
import { mapHeaders } from '../../../shared/register/headerMapping.ts';
import { findRegisterTable, tableToDocument } from '../../../shared/register/import.ts';
import { columnDef, NONE_WORDS, sheetDef } from '../../../shared/register/schema.ts';
import type {
  CellValue,
  DocumentRow,
  Lang,
  RegisterDocument,
  TableSheetId,
} from '../../../shared/register/types.ts';
import { groupRowsOf } from '../../views/activityForm.ts';
import type { ImportPreview } from '../../views/import.ts';

export interface ImportPlan {
  preview: ImportPreview;
  /** Index of an existing activity row to replace, or null to append. */
  activities: { index: number | null; row: DocumentRow }[];
  groupUpdates: { index: number; row: DocumentRow }[];
  groupAppends: DocumentRow[];
  groupDeletes: number[];
  /** Name-only rows for recipients, systems and measures the register does not have yet. */
  referenceAppends: Partial<Record<TableSheetId, DocumentRow[]>>;
}

/** Reads the source grid; null when no row looks like a register header. */
export function planImport(
  grid: readonly (readonly CellValue[])[],
  sheetName: string,
  register: RegisterDocument,
  newActivityId: () => string,
  newGroupId: () => string,
  newReferenceId: () => string,
): ImportPlan | null {
  const lang = register.lang;
  const table = findRegisterTable(grid);
  if (!table) return null;
  const headerRow = table.headerRow ?? table.firstDataRow - 1;
  const { mapping } = mapHeaders(table.headers, 'activities');
  const result = tableToDocument(table, { lang });
  const imported = result.document;

  const existing = register.sheets.activities ?? [];
  const byName = new Map<string, number>();
  existing.forEach((r, i) => {
    const name = nameKey(String(r.name ?? ''));
    if (name && !byName.has(name)) byName.set(name, i);
  });

  const conflicts: string[] = [];
  const activities: ImportPlan['activities'] = [];
  const groupAppends: DocumentRow[] = [];
  const groupDeletes: number[] = [];
  const importedGroups = imported.sheets.dataCategories ?? [];
  for (const source of imported.sheets.activities ?? []) {
    const name = String(source.name ?? '').trim();
    const index = name ? byName.get(nameKey(name)) : undefined;
    const targetId = index !== undefined ? String(existing[index].id || newActivityId()) : newActivityId();
    if (index !== undefined) {
      conflicts.push(name);
      groupDeletes.push(...groupRowsOf(register, existing[index]));
    }
    const { $row: _row, ...fields } = source;
    activities.push({ index: index ?? null, row: { ...fields, id: targetId } });
    for (const g of importedGroups.filter((g) => g.activityId === source.id)) {
      const { $row: _r, ...gFields } = g;
      groupAppends.push({ ...gFields, id: newGroupId(), activityId: targetId });
    }
  }

  const referenceAppends: ImportPlan['referenceAppends'] = {};
  for (const sheet of ['recipients', 'systems', 'securityMeasures'] as const) {
    const known = new Set((register.sheets[sheet] ?? []).map((r) => nameKey(String(r.name ?? ''))));
    const rows = (imported.sheets[sheet] ?? [])
      .filter((r) => {
        const name = String(r.name ?? '').trim();
        return name !== '' && !NONE_WORDS.includes(name.toLowerCase()) && !known.has(nameKey(name));
      })
      .map((r) => ({ id: newReferenceId(), name: String(r.name).trim() }));
    if (rows.length > 0) referenceAppends[sheet] = rows;
  }

  const preview: ImportPreview = {
    sheetName,
    headerRow,
    mapping: mapping
      .filter((m) => m.header.trim().length > 0)
      .map((m) => ({
        header: m.header,
        target: m.column ? targetLabel(m.column.sheet as TableSheetId, m.column.id, lang) : null,
      })),
    unmapped: result.unmappedColumns,
    activityCount: activities.length,
    groupCount: groupAppends.length,
    conflicts,
    issues: result.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      message: i.message,
      hint: i.hint,
      row: i.row,
    })),
  };
  return { preview, activities, groupUpdates: [], groupAppends, groupDeletes, referenceAppends };
}

/** "Formål", or "Datakategorier › Modtagere" for a column that lands on another sheet. */
function targetLabel(sheet: TableSheetId, column: string, lang: Lang): string {
  const col = columnDef(sheet, column);
  if (!col) return column;
  return sheet === 'activities' ? col.header[lang] : `${sheetDef(sheet).title[lang]} › ${col.header[lang]}`;
}
