// The sync settings page's view: what addon/src/features/sync.ts sends to
// addon/client/settings (plain JSON, never the register key) and what an action returns.

import type { Lang } from '../../shared/register/types.ts';
import type { RecipientStatus } from '../../shared/sync/api.ts';

export interface ActivityCounts {
  name: string;
  overdue: number;
  dueSoon: number;
}

/** The worker's GET /status reply, as far as the add-on reads it. */
export interface WorkerStatus {
  version: number | null;
  lastSyncAt: string | null;
  overdue: number;
  dueSoon: number;
  activities: ActivityCounts[];
  lastRun: {
    date: string;
    remindersSent: number;
    remindersFailed: number;
    failedAddresses: string[];
    /** Why the worker's run did not finish, or null. */
    cutShort: 'queryBudget' | 'retriesExhausted' | null;
  } | null;
}

/** What the settings page shows: plain JSON, never the key. */
export interface SyncSettingsView {
  lang: Lang;
  origin: string;
  workerUrl: string;
  enrolled: boolean;
  registerId: string | null;
  /** The register's auto-sync (whoever installed it), not the viewer's. */
  autoSync: boolean;
  /** Why auto-sync is off and what to do, when enrolment could not install the triggers. */
  autoSyncOff: string | null;
  /** Whose triggers keep the register current. */
  autoSyncBy: string | null;
  lastSyncAt: string | null;
  lastError: string | null;
  pending: boolean;
  status: WorkerStatus | null;
  statusAt: string | null;
  /** Each address and its state with the worker: only confirmed ones get reminders. */
  recipients: RecipientStatus[];
  nextRun: string;
}

export type SyncResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: string; message: string; lines: string[]; view: SyncSettingsView | null };

export interface SyncAction {
  view: SyncSettingsView;
  message: string;
}
