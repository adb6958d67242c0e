// The issue sidebar's public server functions: the findings to list, and the click that
// selects an issue's cell.

import type { SheetId } from '../../../shared/register/types.ts';
import { validateRegister } from '../../../shared/validation/validate.ts';
import { type IssueSidebarModel, issueSidebarModel, type SelectedCell, selectCell } from './issues.ts';
import { loadRegister, registerLang, registerToday } from './register.ts';
import { type FeatureResult, guarded, ok } from './result.ts';
import { showSidebar } from './sidebar.ts';

const ALL_TABLES = [
  'activities',
  'dataCategories',
  'processorRecord',
  'recipients',
  'systems',
  'securityMeasures',
  'retentionLog',
  'deletionLog',
  'lists',
] as const;

function ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Opens the issue sidebar (Validate opens it after a run). */
export function openIssueSidebar(): void {
  showSidebar('issues', registerLang(ss()));
}

/** The findings to list: the register checked now, each sheet read once. */
export function getIssueSidebar(): FeatureResult<IssueSidebarModel> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const lang = registerLang(spreadsheet);
      const { doc } = loadRegister(spreadsheet, lang, ALL_TABLES);
      const issues = validateRegister(doc, { today: registerToday(spreadsheet), lang });
      return ok(issueSidebarModel(lang, issues));
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
