// Writing and reading a register's snapshot in D1. A snapshot of any size (100,000+ holdings)
// is written with packed inserts — `INSERT … SELECT … FROM json_each(?)`, one bound JSON value
// per chunk — staged under its own version while readers still see the old one, then made
// current by one pointer swap (a single UPDATE of registers.current_version), then older
// versions are deleted. Readers read the register row and its current rows in one batch (one
// transaction), so no reader ever sees half a snapshot.

import { DEFAULT_SETTINGS } from '../../shared/register/settings.ts';
import type { Lang } from '../../shared/register/types.ts';
import type { RetentionRule } from '../../shared/retention/types.ts';
import { TRIGGER_EVENTS, type TriggerEvent } from '../../shared/retention/types.ts';
import { PAYLOAD_VERSION } from '../../shared/sync/schema.ts';
import { countDeadlines, type DeadlineCount } from '../../shared/sync/status.ts';
import type {
  Cadence,
  SyncActivity,
  SyncDataCategory,
  SyncHolding,
  SyncPayload,
  SyncRegister,
  SyncRequest,
} from '../../shared/sync/types.ts';
import { replaceOpenBreaches } from './breaches.ts';

/** Rows per packed insert. Bounded so the one bound JSON value stays small (≈ 75 KB for holdings). */
export const ROWS_PER_CHUNK = 500;
/** A chunk's JSON is also capped in bytes, in case rows are unusually long. */
export const MAX_CHUNK_JSON_BYTES = 400_000;
/** Staging statements per D1 batch (a batch is one round trip and one transaction). */
const STATEMENTS_PER_BATCH = 50;
/** A staging claim older than this belongs to a writer that died; another may take it over. */
export const STALE_CLAIM_SECONDS = 15 * 60;

export interface SnapshotCounts {
  activities: number;
  dataCategories: number;
  holdings: number;
}

export type WriteOutcome =
  | { kind: 'written'; version: number; counts: SnapshotCounts }
  | { kind: 'unchanged'; version: number; counts: SnapshotCounts }
  /** Different content with the same or an older version than the stored one. */
  | { kind: 'conflict'; storedVersion: number | null }
  /** Another request is writing this very version right now. */
  | { kind: 'inProgress'; version: number }
  | { kind: 'notFound' };

interface RegisterPointer {
  current_version: number | null;
  current_hash: string | null;
  activity_count: number;
  data_category_count: number;
  holding_count: number;
}

const encoder = new TextEncoder();

/** Splits rows (already turned into JSON arrays) into chunks of bounded row count and size. */
export function chunkRows(rows: unknown[][]): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let bytes = 2;
  for (const row of rows) {
    const json = JSON.stringify(row);
    const size = encoder.encode(json).length + 1;
    if (current.length > 0 && (current.length >= ROWS_PER_CHUNK || bytes + size > MAX_CHUNK_JSON_BYTES)) {
      chunks.push(`[${current.join(',')}]`);
      current = [];
      bytes = 2;
    }
    current.push(json);
    bytes += size;
  }
  if (current.length > 0) chunks.push(`[${current.join(',')}]`);
  return chunks;
}

// Column order of the packed rows; the SELECTs below read them by position.
const activityRow = (a: SyncActivity) => [
  a.id,
  a.name,
  a.ownerEmail,
  a.rule === null ? null : JSON.stringify(a.rule),
  a.ruleText,
  a.routineCadence,
  a.routineLastRun,
  a.lastReview,
  a.sheetRow,
];
const INSERT_ACTIVITIES = `INSERT INTO activities (register_id, version, id, name, owner_email, rule_json, rule_text,
  routine_cadence, routine_last_run, last_review, sheet_row)
SELECT ?1, ?2, value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, value->>7, value->>8
FROM json_each(?3)`;

const categoryRow = (d: SyncDataCategory) => [
  d.id,
  d.activityId,
  d.rule === null ? null : JSON.stringify(d.rule),
  d.ruleText,
  d.sheetRow,
];
const INSERT_CATEGORIES = `INSERT INTO data_categories (register_id, version, id, activity_id, rule_json, rule_text, sheet_row)
SELECT ?1, ?2, value->>0, value->>1, value->>2, value->>3, value->>4
FROM json_each(?3)`;

/** The D1 column of each trigger event: storage follows TRIGGER_EVENTS (a new event kind
 * does not compile until it has a column here and in a migration; a test checks the table). */
export const EVENT_COLUMNS = {
  collected: 'collected',
  lastContact: 'last_contact',
  relationshipEnded: 'relationship_ended',
  purposeFulfilled: 'purpose_fulfilled',
  recordDate: 'record_date',
  customEvent: 'custom_event',
} as const satisfies Record<TriggerEvent, string>;

type EventColumn = (typeof EVENT_COLUMNS)[TriggerEvent];

const holdingRow = (h: SyncHolding) => [
  h.id,
  h.reference,
  h.activityId,
  h.dataCategoryId,
  ...TRIGGER_EVENTS.map((event) => h.events[event] ?? null),
  h.deletedOn,
  h.legalHold ? 1 : 0,
  h.extendedUntil,
  h.sheetRow,
];
const HOLDING_COLUMNS = [
  'id',
  'reference',
  'activity_id',
  'data_category_id',
  ...TRIGGER_EVENTS.map((event) => EVENT_COLUMNS[event]),
  'deleted_on',
  'legal_hold',
  'extended_until',
  'sheet_row',
];
const INSERT_HOLDINGS = `INSERT INTO holdings (register_id, version, ${HOLDING_COLUMNS.join(', ')})
SELECT ?1, ?2, ${HOLDING_COLUMNS.map((_, i) => `value->>${i}`).join(', ')}
FROM json_each(?3)`;

// The snapshot's deadlines per activity and due date, counted at ingest for GET /status.
const deadlineRow = (d: DeadlineCount) => [d.activityId, d.due, d.holdings];
const INSERT_DEADLINES = `INSERT INTO holding_deadlines (register_id, version, activity_id, due, holdings)
SELECT ?1, ?2, value->>0, value->>1, value->>2
FROM json_each(?3)`;

const requestRow = (q: SyncRequest) => [
  q.id,
  q.reference,
  q.type,
  q.received,
  q.extended ? 1 : 0,
  q.state,
  q.responsibleEmail,
  q.sheetRow,
];
const REQUEST_COLUMNS = [
  'id',
  'reference',
  'type',
  'received',
  'extended',
  'state',
  'responsible_email',
  'sheet_row',
];
const INSERT_REQUESTS = `INSERT INTO requests (register_id, version, ${REQUEST_COLUMNS.join(', ')})
SELECT ?1, ?2, ${REQUEST_COLUMNS.map((_, i) => `value->>${i}`).join(', ')}
FROM json_each(?3)`;

const SNAPSHOT_TABLES = [
  'activities',
  'data_categories',
  'holdings',
  'holding_deadlines',
  'requests',
] as const;

function countsOf(payload: SyncPayload): SnapshotCounts {
  return {
    activities: payload.activities.length,
    dataCategories: payload.dataCategories.length,
    holdings: payload.holdings.length,
  };
}

async function runInBatches(db: D1Database, statements: D1PreparedStatement[]): Promise<void> {
  for (let i = 0; i < statements.length; i += STATEMENTS_PER_BATCH) {
    await db.batch(statements.slice(i, i + STATEMENTS_PER_BATCH));
  }
}

function deleteVersion(db: D1Database, registerId: string, version: number): D1PreparedStatement[] {
  return [
    ...SNAPSHOT_TABLES.map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE register_id = ? AND version = ?`).bind(registerId, version),
    ),
    db
      .prepare(`DELETE FROM snapshot_versions WHERE register_id = ? AND version = ? AND state = 'staging'`)
      .bind(registerId, version),
  ];
}

/**
 * Stores `payload` (already checked by checkSyncPayload and bound to this register) as the
 * register's snapshot, following the idempotency contract: the same version with the same
 * `hash` → unchanged; different content with the same or an older version → conflict and
 * nothing changes; a newer version → staged, swapped in, older versions deleted.
 */
export async function writeSnapshot(
  db: D1Database,
  registerId: string,
  payload: SyncPayload,
  hash: string,
  nowMs: number,
): Promise<WriteOutcome> {
  const { version } = payload;
  const early = await compareWithStored(db, registerId, version, hash);
  if (early) return early;
  const counts = countsOf(payload);
  const claimed = await claimVersion(db, registerId, version, hash, counts, nowMs);
  if (claimed) return claimed;
  await stageRows(db, registerId, payload);
  if (!(await swapPointer(db, registerId, payload, hash, counts, nowMs))) {
    // A newer snapshot won the race (or the register was deleted): drop what we staged.
    await db.batch(deleteVersion(db, registerId, version));
    const now = await currentVersion(db, registerId);
    return now === null ? { kind: 'notFound' } : { kind: 'conflict', storedVersion: now };
  }
  await dropOlderVersions(db, registerId, version);
  return { kind: 'written', version, counts };
}

/** The outcome when the stored pointer already decides it: no register, the same snapshot
 * again (unchanged), or an older or equal version with other content (conflict). */
async function compareWithStored(
  db: D1Database,
  registerId: string,
  version: number,
  hash: string,
): Promise<WriteOutcome | null> {
  const stored = await db
    .prepare(
      `SELECT current_version, current_hash, activity_count, data_category_count, holding_count
       FROM registers WHERE id = ?`,
    )
    .bind(registerId)
    .first<RegisterPointer>();
  if (!stored) return { kind: 'notFound' };
  if (stored.current_version === null) return null;
  if (version === stored.current_version && hash === stored.current_hash) {
    const counts = {
      activities: stored.activity_count,
      dataCategories: stored.data_category_count,
      holdings: stored.holding_count,
    };
    return { kind: 'unchanged', version, counts };
  }
  if (version <= stored.current_version) return { kind: 'conflict', storedVersion: stored.current_version };
  return null;
}

type Counts = ReturnType<typeof countsOf>;

/** Claims the version, so no other writer can stage different rows under it. A claim left by a
 * writer that died (older than STALE_CLAIM_SECONDS) is taken over. Null when claimed. */
async function claimVersion(
  db: D1Database,
  registerId: string,
  version: number,
  hash: string,
  counts: Counts,
  nowMs: number,
): Promise<WriteOutcome | null> {
  const nowSeconds = Math.floor(nowMs / 1000);
  const claim = await db
    .prepare(
      `INSERT INTO snapshot_versions (register_id, version, hash, state, started_at, activity_count,
         data_category_count, holding_count)
       VALUES (?1, ?2, ?3, 'staging', ?4, ?5, ?6, ?7)
       ON CONFLICT (register_id, version) DO UPDATE SET hash = excluded.hash, started_at = excluded.started_at,
         activity_count = excluded.activity_count, data_category_count = excluded.data_category_count,
         holding_count = excluded.holding_count
       WHERE snapshot_versions.state = 'staging' AND snapshot_versions.started_at < ?8`,
    )
    .bind(
      registerId,
      version,
      hash,
      nowSeconds,
      counts.activities,
      counts.dataCategories,
      counts.holdings,
      nowSeconds - STALE_CLAIM_SECONDS,
    )
    .run();
  if (claim.meta.changes !== 0) return null;
  const other = await db
    .prepare('SELECT hash, state FROM snapshot_versions WHERE register_id = ? AND version = ?')
    .bind(registerId, version)
    .first<{ hash: string; state: string }>();
  if (other?.hash === hash && other.state === 'staging') return { kind: 'inProgress', version };
  return { kind: 'conflict', storedVersion: await currentVersion(db, registerId) };
}

/** Stages the rows under the claimed version with packed inserts; on failure, drops them. */
async function stageRows(db: D1Database, registerId: string, payload: SyncPayload): Promise<void> {
  const { version } = payload;
  // Rows a dead writer may have staged under this version go first (a no-op otherwise).
  const staging: D1PreparedStatement[] = SNAPSHOT_TABLES.map((t) =>
    db.prepare(`DELETE FROM ${t} WHERE register_id = ? AND version = ?`).bind(registerId, version),
  );
  const pack = (sql: string, rows: unknown[][]) => {
    for (const chunk of chunkRows(rows)) staging.push(db.prepare(sql).bind(registerId, version, chunk));
  };
  pack(INSERT_ACTIVITIES, payload.activities.map(activityRow));
  pack(INSERT_CATEGORIES, payload.dataCategories.map(categoryRow));
  pack(INSERT_HOLDINGS, payload.holdings.map(holdingRow));
  pack(INSERT_DEADLINES, countDeadlines(payload).map(deadlineRow));
  pack(INSERT_REQUESTS, payload.requests.map(requestRow));
  try {
    await runInBatches(db, staging);
  } catch (error) {
    await db.batch(deleteVersion(db, registerId, version)).catch(() => undefined);
    throw error;
  }
}

/** The pointer swap: only if no newer snapshot became current meanwhile. True when swapped. */
async function swapPointer(
  db: D1Database,
  registerId: string,
  payload: SyncPayload,
  hash: string,
  counts: Counts,
  nowMs: number,
): Promise<boolean> {
  const { version } = payload;
  const r = payload.register;
  const [swap] = await db.batch([
    db
      .prepare(
        `UPDATE registers SET current_version = ?1, current_hash = ?2, name = ?3, lang = ?4, time_zone = ?5,
           spreadsheet_url = ?6, gid_activities = ?7, gid_data_categories = ?8, gid_retention_log = ?9,
           fiscal_year_end = ?10, due_soon_days = ?11, escalation_after_days = ?12, admin_email = ?13,
           escalation_email = ?14, activity_count = ?15, data_category_count = ?16, holding_count = ?17,
           last_sync_at = ?18, floor_review_days = ?20, deadlines_counted = 1, gid_requests = ?21
         WHERE id = ?19 AND (current_version IS NULL OR current_version < ?1)`,
      )
      .bind(
        version,
        hash,
        r.name,
        r.lang,
        r.timeZone,
        null, // spreadsheet_url: since payloadVersion 4 links are built from the bound id
        r.sheetGids.activities,
        r.sheetGids.dataCategories,
        r.sheetGids.retentionLog,
        r.fiscalYearEnd,
        r.dueSoonDays,
        r.escalationAfterDays,
        r.adminEmail,
        r.escalationEmail,
        counts.activities,
        counts.dataCategories,
        counts.holdings,
        new Date(nowMs).toISOString(),
        registerId,
        r.floorReviewDays,
        r.sheetGids.requests ?? null,
      ),
    db
      .prepare(
        `UPDATE snapshot_versions SET state = 'current'
         WHERE register_id = ?1 AND version = ?2
           AND EXISTS (SELECT 1 FROM registers WHERE id = ?1 AND current_version = ?2)`,
      )
      .bind(registerId, version),
    ...replaceOpenBreaches(db, registerId, payload),
  ]);
  return swap.meta.changes === 1;
}

/** Older versions are unreachable once a newer one is current; deletes them (including any
 * abandoned staging). */
async function dropOlderVersions(db: D1Database, registerId: string, version: number): Promise<void> {
  await db.batch([
    ...SNAPSHOT_TABLES.map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE register_id = ? AND version < ?`).bind(registerId, version),
    ),
    db
      .prepare('DELETE FROM snapshot_versions WHERE register_id = ? AND version < ?')
      .bind(registerId, version),
  ]);
}

async function currentVersion(db: D1Database, registerId: string): Promise<number | null> {
  const row = await db
    .prepare('SELECT current_version FROM registers WHERE id = ?')
    .bind(registerId)
    .first<{ current_version: number | null }>();
  return row?.current_version ?? null;
}

interface RegisterRow {
  current_version: number | null;
  name: string;
  lang: Lang;
  time_zone: string;
  spreadsheet_id: string;
  spreadsheet_url: string;
  gid_activities: number;
  gid_data_categories: number;
  gid_retention_log: number;
  gid_requests: number | null;
  fiscal_year_end: string;
  due_soon_days: number;
  escalation_after_days: number;
  floor_review_days: number | null;
  admin_email: string | null;
  escalation_email: string | null;
}

interface ActivityRow {
  id: string;
  name: string;
  owner_email: string | null;
  rule_json: string | null;
  rule_text: string;
  routine_cadence: Cadence | null;
  routine_last_run: string | null;
  last_review: string | null;
  sheet_row: number;
}

interface CategoryRow {
  id: string;
  activity_id: string;
  rule_json: string | null;
  rule_text: string;
  sheet_row: number;
}

type HoldingRow = Record<EventColumn, string | null> & {
  id: string;
  reference: string;
  activity_id: string;
  data_category_id: string | null;
  deleted_on: string | null;
  legal_hold: number;
  extended_until: string | null;
  sheet_row: number;
};

interface RequestRow {
  id: string;
  reference: string;
  type: SyncRequest['type'];
  received: string;
  extended: number;
  state: SyncRequest['state'];
  responsible_email: string | null;
  sheet_row: number;
}

const parseRule = (json: string | null): RetentionRule | null => (json === null ? null : JSON.parse(json));

/** Only the event dates a holding has, as the payload carried them (absent, not null). */
function eventsOf(h: HoldingRow): SyncHolding['events'] {
  const events: SyncHolding['events'] = {};
  for (const event of TRIGGER_EVENTS) {
    const date = h[EVENT_COLUMNS[event]];
    if (date !== null) events[event] = date;
  }
  return events;
}

const CURRENT = '(SELECT current_version FROM registers WHERE id = ?1)';

/**
 * The register's current snapshot as a SyncPayload, or null when the register does not exist
 * or has never synced. One batch, so the rows all belong to one version. Event dates that
 * were null in the payload come back absent.
 */
/**
 * The register's current snapshot as the nightly job reads it. Its `breaches` are always empty:
 * the worker keeps only the open breaches, in `open_breaches` (store/breaches.ts), which only
 * the hourly run reads, so the nightly job costs what it did.
 */
export async function loadCurrentSnapshot(db: D1Database, registerId: string): Promise<SyncPayload | null> {
  const [reg, acts, cats, holds, reqs] = await db.batch([
    db.prepare('SELECT * FROM registers WHERE id = ?1').bind(registerId),
    db
      .prepare(
        `SELECT * FROM activities WHERE register_id = ?1 AND version = ${CURRENT} ORDER BY sheet_row, id`,
      )
      .bind(registerId),
    db
      .prepare(
        `SELECT * FROM data_categories WHERE register_id = ?1 AND version = ${CURRENT} ORDER BY sheet_row, id`,
      )
      .bind(registerId),
    db
      .prepare(
        `SELECT * FROM holdings WHERE register_id = ?1 AND version = ${CURRENT} ORDER BY sheet_row, id`,
      )
      .bind(registerId),
    db
      .prepare(
        `SELECT * FROM requests WHERE register_id = ?1 AND version = ${CURRENT} ORDER BY sheet_row, id`,
      )
      .bind(registerId),
  ]);
  const r = reg.results[0] as RegisterRow | undefined;
  if (!r || r.current_version === null) return null;
  const register: SyncRegister = {
    name: r.name,
    lang: r.lang,
    timeZone: r.time_zone,
    spreadsheetId: r.spreadsheet_id,
    sheetGids: {
      activities: r.gid_activities,
      dataCategories: r.gid_data_categories,
      retentionLog: r.gid_retention_log,
      ...(r.gid_requests === null ? {} : { requests: r.gid_requests }),
    },
    fiscalYearEnd: r.fiscal_year_end,
    dueSoonDays: r.due_soon_days,
    escalationAfterDays: r.escalation_after_days,
    floorReviewDays: r.floor_review_days ?? DEFAULT_SETTINGS.floorReviewDays,
    adminEmail: r.admin_email,
    escalationEmail: r.escalation_email,
  };
  return {
    payloadVersion: PAYLOAD_VERSION,
    breaches: [],
    version: r.current_version,
    register,
    activities: (acts.results as unknown as ActivityRow[]).map((a) => ({
      id: a.id,
      name: a.name,
      ownerEmail: a.owner_email,
      rule: parseRule(a.rule_json),
      ruleText: a.rule_text,
      routineCadence: a.routine_cadence,
      routineLastRun: a.routine_last_run,
      lastReview: a.last_review,
      sheetRow: a.sheet_row,
    })),
    dataCategories: (cats.results as unknown as CategoryRow[]).map((d) => ({
      id: d.id,
      activityId: d.activity_id,
      rule: parseRule(d.rule_json),
      ruleText: d.rule_text,
      sheetRow: d.sheet_row,
    })),
    holdings: (holds.results as unknown as HoldingRow[]).map((h) => ({
      id: h.id,
      reference: h.reference,
      activityId: h.activity_id,
      dataCategoryId: h.data_category_id,
      events: eventsOf(h),
      deletedOn: h.deleted_on,
      legalHold: h.legal_hold === 1,
      extendedUntil: h.extended_until,
      sheetRow: h.sheet_row,
    })),
    requests: (reqs.results as unknown as RequestRow[]).map((q) => ({
      id: q.id,
      reference: q.reference,
      type: q.type,
      received: q.received,
      extended: q.extended === 1,
      state: q.state,
      responsibleEmail: q.responsible_email,
      sheetRow: q.sheet_row,
    })),
  };
}
