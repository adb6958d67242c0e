// The sync payload's types, inferred from its one definition (schema.ts): exactly what the
// add-on sends and the worker stores. No data-subject names, no free text beyond activity
// names and rule texts, no extension reasons.

import type * as v from 'valibot';
import type { SyncPayloadOldestSchema, SyncPayloadPreviousSchema, SyncPayloadSchema } from './schema.ts';

export type { Cadence } from '../retention/status.ts';

/** The current payload (payloadVersion 4). */
export type SyncPayload = v.InferOutput<typeof SyncPayloadSchema>;
/** The previous payload (payloadVersion 3: no requests, with the spreadsheet URL), still accepted. */
export type SyncPayloadPrevious = v.InferOutput<typeof SyncPayloadPreviousSchema>;
/** The oldest accepted payload (payloadVersion 2), still accepted by the worker. */
export type SyncPayloadOldest = v.InferOutput<typeof SyncPayloadOldestSchema>;
export type SyncRegister = SyncPayload['register'];
export type SyncActivity = SyncPayload['activities'][number];
export type SyncDataCategory = SyncPayload['dataCategories'][number];
export type SyncHolding = SyncPayload['holdings'][number];
export type SyncBreach = SyncPayload['breaches'][number];
export type SyncRequest = SyncPayload['requests'][number];
