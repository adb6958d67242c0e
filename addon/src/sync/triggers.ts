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

/** Why triggers could not be installed: a message key of sync/messages.ts. */
export type AutoSyncOff = 'autoSyncOffLimit' | 'autoSyncOffPermission' | 'autoSyncOffUnavailable';

/**
 * Installs both triggers once (an add-on may hold one trigger of each kind per user and
 * document). Where Google refuses (a test deployment, the 20-triggers-per-user limit, a scope
 * not granted) it returns why instead of throwing: enrolment and syncing go on without them.
 */
export function installTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): AutoSyncOff | null {
  try {
    const existing = new Set(ours(ss).map((t) => t.getHandlerFunction()));
    if (!existing.has(TRIGGER_HANDLERS.change))
      ScriptApp.newTrigger(TRIGGER_HANDLERS.change).forSpreadsheet(ss).onChange().create();
    if (!existing.has(TRIGGER_HANDLERS.open))
      ScriptApp.newTrigger(TRIGGER_HANDLERS.open).forSpreadsheet(ss).onOpen().create();
    return null;
  } catch (error) {
    const text = String((error as Error)?.message ?? error);
    if (/too many triggers/i.test(text)) return 'autoSyncOffLimit';
    if (/permission|authori[sz]/i.test(text)) return 'autoSyncOffPermission';
    return 'autoSyncOffUnavailable';
  }
}

/** Removes this user's own triggers for the document (another user's cannot be reached). */
export function removeTriggers(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  try {
    for (const t of ours(ss)) ScriptApp.deleteTrigger(t);
  } catch {
    // Without the scope there are no triggers of this user to remove.
  }
}

/** Whether every scope the add-on needs is granted; else the URL where the user grants them. */
export function missingPermissionUrl(): string | null {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
  return info.getAuthorizationUrl() || 'https://myaccount.google.com/permissions';
}

/** Who runs the triggers installed now: the user's address, else their per-script key. */
export function currentUserLabel(): string {
  let email = '';
  try {
    email = Session.getEffectiveUser().getEmail();
  } catch {
    // no address without the email scope
  }
  return email || Session.getTemporaryActiveUserKey();
}
