// The new-breach form's public server functions (menu handler and google.script.run targets):
// read the register once, let the pure breachForm.ts check and shape the row, append it to the
// Breaches sheet in one write under the document lock, and sync at once: the worker's hourly
// run can only remind about a breach it holds, and 72 hours leave no room for a debounce.

import type { SavedBreach } from '../../views/breaches.ts';
import { idFactory, idsInUse } from '../../views/ids.ts';
import { readMemory } from '../sync/state.ts';
import {
  BREACH_FORM_COLUMNS,
  type BreachForm,
  type BreachFormModel,
  breachFormModel,
  breachProblem,
  breachRow,
  formNotifyBy,
} from './breachForm.ts';
import { formModelOf, loadWorkbook, registerLang, requireLayout, savedUnderLock } from './register.ts';
import { FeatureFailure, type FeatureResult } from './result.ts';
import { appendRows } from './sheetWrites.ts';
import { showSidebar } from './sidebar.ts';
import { registerWritten } from './sync.ts';

export type { SavedBreach };

const ss = () => SpreadsheetApp.getActiveSpreadsheet();
const zoneOf = (s: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
  s.getSpreadsheetTimeZone() || 'Europe/Copenhagen';

/** Menu: New personal-data breach. */
export function openBreachForm(): void {
  showSidebar('breach', registerLang(ss()));
}

export function getBreachFormModel(): FeatureResult<BreachFormModel> {
  const spreadsheet = ss();
  return formModelOf(spreadsheet, (wb, lang) => {
    requireLayout(wb, 'breaches', BREACH_FORM_COLUMNS);
    return breachFormModel(lang, wb.timeZone, Date.now());
  });
}

/** Appends the breach as one row and syncs at once; a form that cannot be saved writes nothing. */
export function saveBreach(form: BreachForm): FeatureResult<SavedBreach> {
  const spreadsheet = ss();
  return savedUnderLock(spreadsheet, (lang) => {
    const wb = loadWorkbook(spreadsheet, lang);
    const layout = requireLayout(wb, 'breaches', BREACH_FORM_COLUMNS);
    const model = breachFormModel(lang, zoneOf(spreadsheet), Date.now());
    const problem = breachProblem(form, model);
    if (problem) throw new FeatureFailure(problem.code, problem.params);
    const id = idFactory(Utilities.getUuid(), idsInUse(wb.doc))();
    const [sheetRow] = appendRows(wb, layout, [breachRow(form, model, id)]);
    registerWritten(spreadsheet, lang, true);
    const memory = readMemory();
    const synced = Boolean(memory.enrolment) && !memory.pending;
    return { id, sheetRow: sheetRow!, notifyBy: formNotifyBy(form, model), synced };
  });
}
