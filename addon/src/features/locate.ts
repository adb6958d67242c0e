// Finds one register sheet and one column in the live spreadsheet without reading the whole
// workbook (a click in the issue sidebar needs only that): sheets and headers are matched the
// same way the sheet adapter matches them, in either language.

import { sheetDef } from '../../../shared/register/schema.ts';
import type { SheetId } from '../../../shared/register/types.ts';
import { mapSheetHeaders, sheetIdForTitle } from '../sheets/workbook.ts';

export function findRegisterSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheetId: SheetId,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  return ss.getSheets().find((s) => sheetIdForTitle(s.getName()) === sheetId) ?? null;
}

/** Whether a sheet title is one of the register's own sheets (in either language). */
export function isRegisterSheetTitle(title: string): boolean {
  return sheetIdForTitle(title) !== null;
}

/** The 1-based column of a schema column in a header row, if the sheet has it. */
export function columnPosition(
  sheetId: SheetId,
  headerRow: readonly unknown[],
  columnId: string,
): number | null {
  return mapSheetHeaders(sheetDef(sheetId), headerRow).get(columnId) ?? null;
}
