// The activity form's public server functions (google.script.run targets and the menu
// handler): read the register once, let the pure activityForm.ts decide, write exactly the
// activity's rows under the document lock.

import type { Issue, Lang, RegisterDocument } from '../../../shared/register/types.ts';
import {
  ACTIVITY_FORM_COLUMNS,
  type ActivityForm,
  type ActivityFormModel,
  activityFormModel,
  GROUP_FORM_COLUMNS,
  nameProblem,
  planActivitySave,
} from './activityForm.ts';
import { activityIssues } from './activityIssues.ts';
import { idFactory } from './ids.ts';
import { loadRegister, registerLang, registerToday, withDocumentLock } from './register.ts';
import { FeatureFailure, type FeatureResult, guarded, ok } from './result.ts';
import {
  appendRows,
  deleteRows,
  missingColumns,
  type SheetTable,
  sheetTitle,
  updateRows,
} from './sheetTable.ts';
import { showSidebar } from './sidebar.ts';
import { findRegisterSheet } from './locate.ts';

const FORM_SHEETS = [
  'activities',
  'dataCategories',
  'recipients',
  'systems',
  'securityMeasures',
  'lists',
] as const;

export interface SavedActivity {
  activityId: string;
  /** The validator's findings for this activity after the save. */
  issues: Issue[];
  /** The form reloaded from the sheet, with the ids of rows the save created. */
  model: ActivityFormModel;
}

function ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function requireTable(
  tables: Partial<Record<string, SheetTable>>,
  id: 'activities' | 'dataCategories',
  lang: Lang,
): SheetTable {
  const table = tables[id];
  if (!table) throw new FeatureFailure('registerMissing', { sheet: sheetTitle(id, lang) });
  const needed = (id === 'activities' ? ACTIVITY_FORM_COLUMNS : GROUP_FORM_COLUMNS).map((c) => c.id);
  const missing = missingColumns(table, [
    'id',
    ...needed,
    ...(id === 'dataCategories' ? ['activityId', 'activity'] : []),
  ]);
  if (missing.length > 0) {
    throw new FeatureFailure('columnMissing', { column: missing.join(', '), sheet: sheetTitle(id, lang) });
  }
  return table;
}

/** The activity whose row the cursor is on, if the active sheet is Processing activities. */
function activityUnderCursor(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  doc: RegisterDocument,
): string | null {
  const sheet = findRegisterSheet(spreadsheet, 'activities');
  const active = spreadsheet.getActiveSheet();
  if (!sheet || !active || active.getSheetId() !== sheet.getSheetId()) return null;
  const row = spreadsheet.getActiveRange()?.getRow() ?? 0;
  const found = (doc.sheets.activities ?? []).find((r) => r.$row === row);
  return found && String(found.id ?? '') ? String(found.id) : null;
}

/** Menu: Add/edit processing activity. */
export function openActivityForm(): void {
  showSidebar('activity', registerLang(ss()));
}

/**
 * The form for one activity. No argument: the activity under the cursor, else a new one;
 * null: a new one.
 */
export function getActivityFormModel(activityId?: string | null): FeatureResult<ActivityFormModel> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const lang = registerLang(spreadsheet);
      const { doc, tables } = loadRegister(spreadsheet, lang, FORM_SHEETS);
      requireTable(tables, 'activities', lang);
      const id = activityId === undefined ? activityUnderCursor(spreadsheet, doc) : activityId;
      const model = activityFormModel(doc, id || null, registerToday(spreadsheet));
      if (!model) throw new FeatureFailure('activityNotFound');
      return ok(model);
    },
  );
}

/** Writes or updates exactly this activity's rows and returns the validator's findings for it. */
export function saveActivity(form: ActivityForm): FeatureResult<SavedActivity> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const lang = registerLang(spreadsheet);
      const saved = withDocumentLock(() => {
        const { doc, tables } = loadRegister(spreadsheet, lang, FORM_SHEETS);
        const activities = requireTable(tables, 'activities', lang);
        const groups = requireTable(tables, 'dataCategories', lang);
        const problem = nameProblem(doc, form);
        if (problem) throw new FeatureFailure(problem, { name: String(form.values.name ?? '').trim() });
        if (form.id && !doc.sheets.activities?.some((r) => String(r.id ?? '') === form.id)) {
          throw new FeatureFailure('activityNotFound');
        }
        const plan = planActivitySave(doc, form, { activity: idFactory('act'), group: idFactory('dc') });
        if (plan.activityIndex === null) appendRows(activities, [plan.activity]);
        else updateRows(activities, [{ index: plan.activityIndex, row: plan.activity }]);
        updateRows(groups, plan.groupUpdates);
        // Append before deleting: deleting shifts rows up, and appendRows counts from the rows read.
        appendRows(groups, plan.groupAppends);
        deleteRows(groups, plan.groupDeletes);
        return String(plan.activity.id);
      });
      if (saved === null) throw new FeatureFailure('busy');
      // Read back what is now in the sheets: the truth the form reloads and the validator checks.
      const { doc } = loadRegister(spreadsheet, lang, [
        ...FORM_SHEETS,
        'retentionLog',
        'deletionLog',
        'processorRecord',
      ]);
      const model = activityFormModel(doc, saved, registerToday(spreadsheet));
      if (!model) throw new FeatureFailure('activityNotFound');
      return ok({ activityId: saved, issues: activityIssues(doc, saved, registerToday(spreadsheet)), model });
    },
  );
}
