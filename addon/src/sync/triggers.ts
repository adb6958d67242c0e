// The installable triggers that keep the worker current without clicks (see docs/sync.md): a
// change trigger and an open trigger for this spreadsheet, installed on enrolment and removed
// on disconnect. Both receive the spreadsheet as e.source, so the add-on keeps the narrow
// spreadsheets.currentonly scope (a time-driven trigger has no active spreadsheet and would
// need the full spreadsheets scope to open it by id).

/** Public functions of main.ts that the triggers call. */
export const TRIGGER_HANDLERS = { change: 'onRegisterChange', open: 'onRegisterOpen' } as const;

const HANDLERS = new Set<string>(Object.values(TRIGGER_HANDLERS));

function ours(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => HANDLERS.has(t.getHandlerFunction()));
}

/** Installs both triggers once (an add-on may hold one trigger of each kind per user and document). */
export function installTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const existing = new Set(ours(ss).map((t) => t.getHandlerFunction()));
  if (!existing.has(TRIGGER_HANDLERS.change))
    ScriptApp.newTrigger(TRIGGER_HANDLERS.change).forSpreadsheet(ss).onChange().create();
  if (!existing.has(TRIGGER_HANDLERS.open))
    ScriptApp.newTrigger(TRIGGER_HANDLERS.open).forSpreadsheet(ss).onOpen().create();
}

export function removeTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  for (const t of ours(ss)) ScriptApp.deleteTrigger(t);
}

export function hasTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return ours(ss).length === HANDLERS.size;
}
