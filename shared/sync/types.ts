// The sync payload: exactly what the add-on sends and the worker stores. Its field list is
// documented once (SYNC_PAYLOAD_FIELDS in payload.ts) and quoted by the README's privacy
// section. No data-subject names, no free text beyond activity names and rule texts, no
// extension reasons.

import type { Lang } from '../register/types.ts';
import type { RetentionRule, TriggerDates } from '../retention/types.ts';

export type Cadence = 'weekly' | 'monthly' | 'quarterly' | 'halfYearly' | 'yearly';

export interface SyncRegister {
  name: string;
  lang: Lang;
  /** IANA zone of the spreadsheet, e.g. Europe/Copenhagen. */
  timeZone: string;
  spreadsheetId: string;
  spreadsheetUrl: string;
  /** Sheet gids for links to a row: spreadsheetUrl#gid=G&range=A{row}. */
  sheetGids: { activities: number; dataCategories: number; retentionLog: number };
  /** MM-DD */
  fiscalYearEnd: string;
  dueSoonDays: number;
  escalationAfterDays: number;
  adminEmail: string | null;
  escalationEmail: string | null;
}

export interface SyncActivity {
  id: string;
  name: string;
  ownerEmail: string | null;
  /** The parsed default rule (null when the cell is blank). */
  rule: RetentionRule | null;
  ruleText: string;
  routineCadence: Cadence | null;
  routineLastRun: string | null;
  lastReview: string | null;
  sheetRow: number;
}

export interface SyncDataCategory {
  id: string;
  activityId: string;
  /** The row's own parsed rule, or null when it uses the activity default. */
  rule: RetentionRule | null;
  ruleText: string;
  sheetRow: number;
}

export interface SyncHolding {
  id: string;
  /** Pseudonymous reference (client no., case id, initials); never a name, CPR or email. */
  reference: string;
  activityId: string;
  dataCategoryId: string | null;
  events: TriggerDates;
  deletedOn: string | null;
  legalHold: boolean;
  extendedUntil: string | null;
  sheetRow: number;
}

export interface SyncPayload {
  /** Monotonic: a newer snapshot has a larger version. */
  version: number;
  register: SyncRegister;
  activities: SyncActivity[];
  dataCategories: SyncDataCategory[];
  holdings: SyncHolding[];
}
