// The issue sidebar's view: the last Validate run's findings as the page lists them, and the
// cell a click selects. Built by addon/src/features/issues.ts, shown by addon/client/issues.

import type { Lang, Severity, SheetId } from '../../shared/register/types.ts';

export interface IssueView {
  severity: Severity;
  code: string;
  sheet: SheetId;
  sheetTitle: string;
  row: number | null;
  column: string | null;
  columnHeader: string | null;
  message: string;
  hint: string;
}

export interface IssueSidebarModel {
  lang: Lang;
  /** Null when Validate has not run yet in this spreadsheet. */
  issues: IssueView[] | null;
  counts: Record<Severity, number>;
  /** ISO date of the Validate run shown. */
  checkedOn: string | null;
  /** All findings of the run; more than `issues` holds when a huge register's list was cut. */
  total: number;
}

export interface SelectedCell {
  sheetTitle: string;
  a1: string;
}
