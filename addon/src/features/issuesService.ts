// The issue sidebar's public server functions: the findings to list, and the click that
// selects an issue's cell.

import type { SheetId } from '../../../shared/register/types.ts';
import type { IssueSidebarModel, SelectedCell } from '../../views/issues.ts';
import { getLastIssues } from '../validate.ts';
import { issueSidebarModel, selectCell } from './issues.ts';
import { registerLang } from './register.ts';
import { type FeatureResult, guarded, ok } from './result.ts';
import { showSidebar } from './sidebar.ts';

function ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Opens the issue sidebar (Validate opens it after a run). */
export function openIssueSidebar(): void {
  showSidebar('issues', registerLang(ss()));
}

/** The findings of the last Validate run (stored by Validate), or "not validated yet". */
export function getIssueSidebar(): FeatureResult<IssueSidebarModel> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const lang = registerLang(spreadsheet);
      const last = getLastIssues();
      if (!last) return ok(issueSidebarModel(lang, null));
      return ok(issueSidebarModel(last.lang ?? lang, last.issues, last));
    },
  );
}

/** Selects the cell an issue points at (sheet and column are schema ids, row the user's row). */
export function selectIssueCell(
  sheetId: SheetId,
  row: number | null,
  column: string | null,
): FeatureResult<SelectedCell> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => selectCell(spreadsheet, registerLang(spreadsheet), sheetId, row, column),
  );
}
