// The new-request form's public server functions (menu handler and google.script.run
// targets): read the register once, let the pure requestForm.ts check and shape the row, append
// it to the Requests sheet in one write under the document lock.

import { idFactory, idsInUse } from '../sheets/ids.ts';
import { loadWorkbook, registerLang, registerToday, requireLayout, withDocumentLock } from './register.ts';
import {
  REQUEST_FORM_COLUMNS,
  type RequestForm,
  type RequestFormModel,
  requestFormModel,
  requestProblem,
  requestRow,
} from './requestForm.ts';
import { FeatureFailure, type FeatureResult, guarded, ok } from './result.ts';
import { appendRows } from './sheetWrites.ts';
import { showSidebar } from './sidebar.ts';
import { registerWritten } from './sync.ts';

export interface SavedRequest {
  id: string;
  sheetRow: number;
  due: string;
}

const ss = () => SpreadsheetApp.getActiveSpreadsheet();

/** Menu: New data-subject request. */
export function openRequestForm(): void {
  showSidebar('request', registerLang(ss()));
}

export function getRequestFormModel(): FeatureResult<RequestFormModel> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const lang = registerLang(spreadsheet);
      const wb = loadWorkbook(spreadsheet, lang);
      requireLayout(wb, 'requests', REQUEST_FORM_COLUMNS);
      return ok(requestFormModel(wb.doc, registerToday(spreadsheet), lang));
    },
  );
}

/** Appends the request as one row; a form that cannot be saved writes nothing. */
export function saveRequest(form: RequestForm): FeatureResult<SavedRequest> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const lang = registerLang(spreadsheet);
      const saved = withDocumentLock(() => {
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
      if (saved === null) throw new FeatureFailure('busy');
      return ok(saved);
    },
  );
}
