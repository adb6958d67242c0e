// The sync payload module: one import path for everything about what travels from the sheet
// to the worker — the documented field list, the builder and the strict validator.

export type { BuildResult, SyncMeta } from './build.ts';
export { buildSyncPayload } from './build.ts';
export type { CheckResult } from './check.ts';
export { checkSyncPayload } from './check.ts';
export type { PayloadField } from './fields.ts';
export { renderPayloadFieldsMarkdown, SYNC_LIMITS, SYNC_PAYLOAD_FIELDS } from './fields.ts';
export type { SyncActivity, SyncDataCategory, SyncHolding, SyncPayload, SyncRegister } from './types.ts';
