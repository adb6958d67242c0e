// The activity form's public server functions (google.script.run targets and the menu
// handler): read the register once through the sheet adapter, let the pure activityForm.ts
// decide, write exactly the activity's rows under the document lock.

import type { RegisterDocument } from '../../../shared/register/types.ts';
import {
  ACTIVITY_FORM_COLUMNS,
  type ActivityForm,
  type ActivityFormModel,
  activityFormModel,
  applySavePlan,
  GROUP_FORM_COLUMNS,
  nameProblem,
  planActivitySave,
  type SavedActivity,
} from '../../views/activityForm.ts';
import { idFactory, idsInUse } from '../../views/ids.ts';
import { activityIssues } from './activityIssues.ts';
import { loadWorkbook, registerLang, registerToday, requireLayout, withDocumentLock } from './register.ts';
import { FeatureFailure, type FeatureResult, guarded, ok } from './result.ts';
import { appendRows, deleteSheetRows, updateRows } from './sheetWrites.ts';
import { showSidebar } from './sidebar.ts';
import { registerWritten } from './sync.ts';

const ACTIVITY_COLUMNS = ['id', ...ACTIVITY_FORM_COLUMNS.map((c) => c.id)];
const GROUP_COLUMNS = ['id', 'activityId', 'activity', ...GROUP_FORM_COLUMNS.map((c) => c.id)];

function ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The activity whose row the cursor is on, if the active sheet is Processing activities. */
function activityUnderCursor(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  doc: RegisterDocument,
  gid: number | undefined,
): string | null {
  const range = spreadsheet.getActiveRange();
  if (!range || gid === undefined || range.getSheet().getSheetId() !== gid) return null;
  const row = range.getRow();
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
      const wb = loadWorkbook(spreadsheet, registerLang(spreadsheet));
      requireLayout(wb, 'activities', ACTIVITY_COLUMNS);
      const id =
        activityId === undefined ? activityUnderCursor(spreadsheet, wb.doc, wb.gids.activities) : activityId;
      const model = activityFormModel(wb.doc, id || null, registerToday(spreadsheet));
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
        const wb = loadWorkbook(spreadsheet, lang);
        const activities = requireLayout(wb, 'activities', ACTIVITY_COLUMNS);
        const groups = requireLayout(wb, 'dataCategories', GROUP_COLUMNS);
        const { doc } = wb;
        const problem = nameProblem(doc, form);
        if (problem) throw new FeatureFailure(problem, { name: String(form.values.name ?? '').trim() });
        if (form.id && !doc.sheets.activities?.some((r) => String(r.id ?? '') === form.id)) {
          throw new FeatureFailure('activityNotFound');
        }
        // One Utilities.getUuid() seeds every id this save needs; none repeats one in the register.
        const newId = idFactory(Utilities.getUuid(), idsInUse(doc));
        const plan = planActivitySave(doc, form, { activity: newId, group: newId });
        const docRow = (sheet: 'activities' | 'dataCategories', index: number) =>
          doc.sheets[sheet]![index].$row!;
        let activityRow: number | null = null;
        if (plan.activityIndex === null) [activityRow] = appendRows(wb, activities, [plan.activity]);
        else
          updateRows(wb, activities, [{ ...plan.activity, $row: docRow('activities', plan.activityIndex) }]);
        updateRows(
          wb,
          groups,
          plan.groupUpdates.map((u) => ({ ...u.row, $row: docRow('dataCategories', u.index) })),
        );
        // Append before deleting: deleting shifts rows up, and the append counts from the rows read.
        const groupRows = appendRows(wb, groups, plan.groupAppends);
        deleteSheetRows(
          groups,
          plan.groupDeletes.map((i) => docRow('dataCategories', i)),
        );
        registerWritten(spreadsheet, lang, false);
        // What the sheets now hold, without a second read of the workbook.
        return {
          id: String(plan.activity.id),
          doc: applySavePlan(doc, plan, { activity: activityRow, groups: groupRows }),
        };
      });
      if (saved === null) throw new FeatureFailure('busy');
      const today = registerToday(spreadsheet);
      const model = activityFormModel(saved.doc, saved.id, today);
      if (!model) throw new FeatureFailure('activityNotFound');
      return ok({ activityId: saved.id, issues: activityIssues(saved.doc, saved.id, today), model });
    },
  );
}
