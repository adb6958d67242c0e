// The new-request form's public server functions (menu handler and google.script.run
// targets): read the register once, let the pure requestForm.ts check and shape the row, append
// it to the Requests sheet in one write under the document lock.

import { idFactory, idsInUse } from '../../views/ids.ts';
import type { SavedRequest } from '../../views/requests.ts';
import {
  formModelOf,
  loadWorkbook,
  registerLang,
  registerToday,
  requireLayout,
  savedUnderLock,
} from './register.ts';
import {
  REQUEST_FORM_COLUMNS,
  type RequestForm,
  type RequestFormModel,
  requestFormModel,
  requestProblem,
  requestRow,
} from './requestForm.ts';
import { FeatureFailure, type FeatureResult } from './result.ts';
import { appendRows } from './sheetWrites.ts';
import { showSidebar } from './sidebar.ts';
import { registerWritten } from './sync.ts';

export type { SavedRequest };

const ss = () => SpreadsheetApp.getActiveSpreadsheet();

/** Menu: New data-subject request. */
export function openRequestForm(): void {
  showSidebar('request', registerLang(ss()));
}

export function getRequestFormModel(): FeatureResult<RequestFormModel> {
  const spreadsheet = ss();
  return formModelOf(spreadsheet, (wb, lang) => {
    requireLayout(wb, 'requests', REQUEST_FORM_COLUMNS);
    return requestFormModel(wb.doc, registerToday(spreadsheet), lang);
  });
}

/** Appends the request as one row; a form that cannot be saved writes nothing. */
export function saveRequest(form: RequestForm): FeatureResult<SavedRequest> {
  const spreadsheet = ss();
  return savedUnderLock(spreadsheet, (lang) => {
    const wb = loadWorkbook(spreadsheet, lang);
    const layout = requireLayout(wb, 'requests', REQUEST_FORM_COLUMNS);
    const model = requestFormModel(wb.doc, registerToday(spreadsheet), lang);
    const problem = requestProblem(form, model);
    if (problem) throw new FeatureFailure(problem.code, problem.params);
    const id = idFactory(Utilities.getUuid(), idsInUse(wb.doc))();
    const row = requestRow(form, model, id);
    const [sheetRow] = appendRows(wb, layout, [row]);
    registerWritten(spreadsheet, lang, false);
    return { id, sheetRow: sheetRow!, due: String(row.due) };
  });
}
