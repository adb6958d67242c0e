// The add-on's entry: ONLY the public functions Apps Script calls (menu handlers, simple
// triggers and google.script.run targets). addon/build.mjs turns each export into a top-level
// function of Code.js. Everything else is imported.

export { onInstall, onOpen, switchLanguage } from './menu.ts';
export { showHelp } from './help.ts';
export { setUpRegister } from './setup.ts';
export { getLastIssues, validateRegister } from './validate.ts';
export { insertTemplate } from './templates.ts';
export { exportDatatilsynet, exportIcoController, exportIcoProcessor } from './export.ts';
export { getIssueSidebar } from './features/issuesService.ts';
export { selectIssueCell } from './features/issuesService.ts';
export { openActivityForm } from './features/activityFormService.ts';
export { getActivityFormModel } from './features/activityFormService.ts';
export { saveActivity } from './features/activityFormService.ts';
export { openRetentionOverview } from './features/retentionService.ts';
export { getRetentionOverview } from './features/retentionService.ts';
export { markDeleted } from './features/retentionService.ts';
export { extendHolding } from './features/retentionService.ts';
export { openImport } from './features/importService.ts';
export { getImportSources } from './features/importService.ts';
export { previewImport } from './features/importService.ts';
export { confirmImport } from './features/importService.ts';
export { openSettings } from './features/sync.ts';
export { getSyncSettings } from './features/sync.ts';
export { enrolRegister } from './features/sync.ts';
export { syncNow } from './features/sync.ts';
export { refreshWorkerStatus } from './features/sync.ts';
export { disconnectRegister } from './features/sync.ts';
export { onRegisterChange } from './features/sync.ts';
export { onRegisterOpen } from './features/sync.ts';
export { signVector as signVector_ } from './sync/signing.ts';
