// The issue sidebar's server side: the last Validate run's findings, grouped for display, and
// the click that takes the user to the offending cell.

import { columnDef, sheetDef } from '../../../shared/register/schema.ts';
import type { Issue, Lang, Severity, SheetId } from '../../../shared/register/types.ts';
import type { IssueSidebarModel, IssueView, SelectedCell } from '../../views/issues.ts';
import { columnPosition, findRegisterSheet } from './locate.ts';
import { type FeatureResult, fail, ok } from './result.ts';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Orders the issues errors first, then by sheet and row, and adds the titles a user knows. */
export function issueSidebarModel(
  lang: Lang,
  issues: readonly Issue[] | null,
  run: { checkedOn?: string | null; total?: number; counts?: Record<Severity, number> } = {},
): IssueSidebarModel {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  if (!issues) return { lang, issues: null, counts, checkedOn: null, total: 0 };
  const views = issues.map((issue): IssueView => {
    const def = safeSheetDef(issue.sheet);
    const col = issue.column && def ? columnDef(issue.sheet, issue.column) : undefined;
    counts[issue.severity] += 1;
    return {
      severity: issue.severity,
      code: issue.code,
      sheet: issue.sheet,
      sheetTitle: def ? def.title[lang] : issue.sheet,
      row: issue.row,
      column: issue.column,
      columnHeader: col ? col.header[lang] : null,
      message: issue.message,
      hint: issue.hint,
    };
  });
  views.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
      a.sheetTitle.localeCompare(b.sheetTitle) ||
      (a.row ?? 0) - (b.row ?? 0),
  );
  return {
    lang,
    issues: views,
    counts: run.counts ?? counts,
    checkedOn: run.checkedOn ?? null,
    total: run.total ?? views.length,
  };
}

function safeSheetDef(id: SheetId) {
  try {
    return sheetDef(id);
  } catch {
    return null;
  }
}

/**
 * Activates the cell an issue points at. A whole-sheet issue selects the header row; a
 * column that is no longer there selects the row's first cell rather than failing.
 */
export function selectCell(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  sheetId: SheetId,
  row: number | null,
  column: string | null,
): FeatureResult<SelectedCell> {
  const def = safeSheetDef(sheetId);
  if (!def) return fail(lang, 'registerMissing', { sheet: String(sheetId) });
  const sheet = findRegisterSheet(ss, sheetId);
  if (!sheet) return fail(lang, 'registerMissing', { sheet: def.title[lang] });
  const targetRow = row !== null && Number.isInteger(row) && row >= 1 ? row : 1;
  if (targetRow > sheet.getMaxRows())
    return fail(lang, 'cellOutOfRange', { row: targetRow, sheet: sheet.getName() });
  let targetColumn = 1;
  if (def.kind === 'form') {
    targetColumn = 2; // the Organisation form: field in A, value in B
  } else if (column) {
    const lastColumn = Math.max(1, sheet.getLastColumn());
    const header = sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
    targetColumn = columnPosition(sheetId, header, column) ?? 1;
  }
  const range = sheet.getRange(targetRow, targetColumn);
  // Spreadsheet.setActiveRange also makes the range's sheet the active one.
  ss.setActiveRange(range);
  return ok({ sheetTitle: sheet.getName(), a1: range.getA1Notation() });
}
