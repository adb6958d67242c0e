// Finds the register's sheets and columns in the live spreadsheet by their schema ids. Users
// rename nothing we rely on blindly: a sheet is found by its Danish or English title, a
// column by its Danish or English header, so reordered columns still land in the right place.

import { sheetDef } from '../../../shared/register/schema.ts';
import type { SheetId } from '../../../shared/register/types.ts';

export function findRegisterSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetId: SheetId,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const def = sheetDef(sheetId);
  return ss.getSheetByName(def.title.da) ?? ss.getSheetByName(def.title.en) ?? null;
}

/** Whether a sheet title is one of the register's own sheets (in either language). */
export function isRegisterSheetTitle(title: string): boolean {
  const t = title.trim().toLowerCase();
  return REGISTER_TITLES.has(t);
}

const REGISTER_TITLES = new Set(
  (
    [
      'organisation',
      'activities',
      'dataCategories',
      'processorRecord',
      'recipients',
      'systems',
      'securityMeasures',
      'retentionLog',
      'deletionLog',
      'lists',
    ] as const
  ).flatMap((id) => [sheetDef(id).title.da.toLowerCase(), sheetDef(id).title.en.toLowerCase()]),
);

/** Maps a header row (as read) to schema column ids → 1-based column numbers. */
export function columnPositions(sheetId: SheetId, headerRow: readonly unknown[]): Map<string, number> {
  const positions = new Map<string, number>();
  const def = sheetDef(sheetId);
  const wanted = new Map<string, string>();
  for (const c of def.columns) {
    wanted.set(normaliseHeader(c.header.da), c.id);
    wanted.set(normaliseHeader(c.header.en), c.id);
  }
  headerRow.forEach((cell, index) => {
    const id = wanted.get(normaliseHeader(String(cell ?? '')));
    if (id && !positions.has(id)) positions.set(id, index + 1);
  });
  // Several id columns share the header "Id": they sit in schema order among the headers.
  const idColumns = def.columns.filter((c) => c.type === 'id').map((c) => c.id);
  if (idColumns.length > 1) {
    const idCells = headerRow
      .map((cell, index) => ({ cell: normaliseHeader(String(cell ?? '')), index }))
      .filter((x) => x.cell === 'id');
    idColumns.forEach((id, n) => {
      if (idCells[n]) positions.set(id, idCells[n].index + 1);
    });
  }
  return positions;
}

function normaliseHeader(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
