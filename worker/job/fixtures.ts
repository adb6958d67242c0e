// Test fixtures of the nightly job (imported only by tests and the benchmark): small registers
// built from readable parts, a way to enrol and sync them into D1 at a fixed instant, and a
// sender that records what it was asked to send and fails on demand.

import type { ComputedRule, RetentionRule } from '../../shared/retention/types.ts';
import { PAYLOAD_VERSION } from '../../shared/sync/schema.ts';
import type {
  SyncActivity,
  SyncHolding,
  SyncPayload,
  SyncRegister,
  SyncRequest,
} from '../../shared/sync/types.ts';
import type { OutgoingEmail, Sender } from '../email/sender.ts';
import { writeSnapshot } from '../store/snapshot.ts';

export function monthsAfter(
  months: number,
  trigger: 'collected' | 'lastContact' = 'collected',
): ComputedRule {
  return {
    kind: 'computed',
    terms: [{ period: { years: 0, months, weeks: 0, days: 0 }, trigger, anchor: 'event' }],
    combine: 'earliest',
    ceiling: false,
    legalHoldExtends: true,
  };
}

export const FIVE_YEARS_FROM_FISCAL_YEAR_END: ComputedRule = {
  kind: 'computed',
  terms: [
    { period: { years: 5, months: 0, weeks: 0, days: 0 }, trigger: 'recordDate', anchor: 'fiscalYearEnd' },
  ],
  combine: 'earliest',
  ceiling: false,
  legalHoldExtends: false,
};

export const PURPOSE_BASED: RetentionRule = {
  kind: 'manual',
  reason: 'purposeBased',
  legalHoldExtends: false,
};

export function register(overrides: Partial<SyncRegister> = {}): SyncRegister {
  return {
    name: 'Klinik Ærø',
    lang: 'da',
    timeZone: 'Europe/Copenhagen',
    spreadsheetId: 'sheet-1',
    spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/sheet-1/edit',
    sheetGids: { activities: 11, dataCategories: 22, retentionLog: 33 },
    fiscalYearEnd: '12-31',
    dueSoonDays: 14,
    escalationAfterDays: 14,
    floorReviewDays: 90,
    adminEmail: 'admin@klinik.dk',
    escalationEmail: 'boss@klinik.dk',
    ...overrides,
  };
}

export function activity(id: string, overrides: Partial<SyncActivity> = {}): SyncActivity {
  return {
    id,
    name: `Aktivitet ${id}`,
    ownerEmail: 'owner@klinik.dk',
    rule: monthsAfter(6),
    ruleText: '6 måneder efter modtagelse',
    routineCadence: null,
    routineLastRun: null,
    lastReview: null,
    sheetRow: 2,
    ...overrides,
  };
}

export function holding(id: string, overrides: Partial<SyncHolding> = {}): SyncHolding {
  return {
    id,
    reference: `K-${id}`,
    activityId: 'a1',
    dataCategoryId: null,
    events: {},
    deletedOn: null,
    legalHold: false,
    extendedUntil: null,
    sheetRow: 2,
    ...overrides,
  };
}

/** A register whose activities are reviewed recently enough not to produce review reminders
 * unless a test asks for them. */
export function payload(parts: {
  register?: Partial<SyncRegister>;
  activities?: SyncActivity[];
  holdings?: SyncHolding[];
  dataCategories?: SyncPayload['dataCategories'];
  breaches?: SyncPayload['breaches'];
  requests?: SyncRequest[];
  version?: number;
}): SyncPayload {
  return {
    payloadVersion: PAYLOAD_VERSION,
    version: parts.version ?? 1,
    register: register(parts.register),
    activities: parts.activities ?? [activity('a1', { lastReview: '2026-01-05' })],
    dataCategories: parts.dataCategories ?? [],
    holdings: parts.holdings ?? [],
    breaches: parts.breaches ?? [],
    requests: parts.requests ?? [],
  };
}

/** An open access request received on `received`, answered by `responsible@example.dk`. */
export function request(id: string, received: string, overrides: Partial<SyncRequest> = {}): SyncRequest {
  return {
    id,
    reference: `SAG-${id}`,
    type: 'access',
    received,
    extended: false,
    state: 'open',
    responsibleEmail: 'responsible@example.dk',
    sheetRow: 2,
    ...overrides,
  };
}

/** Enrol a register row and make `snapshot` its current snapshot, synced at `syncedAt`. */
export async function enrolAndSync(
  db: D1Database,
  registerId: string,
  snapshot: SyncPayload,
  syncedAt: string,
  createdAt = syncedAt,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at) VALUES (?, ?, 'c', 'iv', ?)`,
    )
    .bind(registerId, snapshot.register.spreadsheetId, createdAt)
    .run();
  const outcome = await writeSnapshot(
    db,
    registerId,
    snapshot,
    `hash-${snapshot.version}`,
    Date.parse(syncedAt),
  );
  if (outcome.kind !== 'written') throw new Error(`fixture snapshot not written: ${outcome.kind}`);
}

/** Records every send; fails for the addresses in `failing` (mutable between runs). */
export class RecordingSender implements Sender {
  readonly sent: OutgoingEmail[] = [];
  readonly attempts: OutgoingEmail[] = [];
  failing = new Set<string>();

  async send(message: OutgoingEmail): Promise<void> {
    this.attempts.push(message);
    if (this.failing.has(message.to)) throw new Error(`mailbox ${message.to} unavailable`);
    this.sent.push(message);
  }
}

/** Epoch ms of a UTC instant written `YYYY-MM-DDTHH:MM`. */
export function utc(isoMinute: string): number {
  return Date.parse(`${isoMinute}:00Z`);
}
