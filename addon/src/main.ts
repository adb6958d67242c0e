// The add-on's entry: ONLY the public functions Apps Script calls (menu handlers, simple
// triggers and google.script.run targets). addon/build.mjs turns each export into a top-level
// function of Code.js. Everything else is imported.

export {
  exportBreaches,
  exportDatatilsynet,
  exportIcoController,
  exportIcoProcessor,
  exportRequests,
} from './export.ts';
export { getActivityFormModel, openActivityForm, saveActivity } from './features/activityFormService.ts';
export { getBreachFormModel, openBreachForm, saveBreach } from './features/breachFormService.ts';
export { confirmImport, getImportSources, openImport, previewImport } from './features/importService.ts';
export { getIssueSidebar, selectIssueCell } from './features/issuesService.ts';
export { getRequestFormModel, openRequestForm, saveRequest } from './features/requestFormService.ts';
export {
  extendHolding,
  getRetentionOverview,
  markDeleted,
  openRetentionOverview,
} from './features/retentionService.ts';
export {
  disconnectRegister,
  enrolRegister,
  getSyncSettings,
  onRegisterChange,
  onRegisterOpen,
  openSettings,
  refreshWorkerStatus,
  rotateRegisterKey,
  syncNow,
} from './features/sync.ts';
export { exportSyncKey } from './features/syncKeyExport.ts';
export { showHelp } from './help.ts';
export { onInstall, onOpen, switchLanguage } from './menu.ts';
export { setUpRegister } from './setup.ts';
export { signVector as signVector_ } from './sync/signing.ts';
export { insertTemplate } from './templates.ts';
export { getLastIssues, validateRegister } from './validate.ts';
