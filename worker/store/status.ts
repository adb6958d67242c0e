// What GET /v1/registers/:id/status reports: the register's numbers today (in its own time
// zone), when it last synced, and what the last nightly run sent, which addresses failed and
// whether it was cut short (from the job's `runs` table). The numbers are summed from the
// deadlines counted at ingest (holding_deadlines), never from the whole snapshot: a few small
// queries whatever the register's size. A snapshot stored before those counts existed
// (migration 0005) is summarised from its rows until it syncs again.

import { todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import { deadlineBounds } from '../../shared/retention/status.ts';
import type { LastRun, StatusReply as RegisterStatus } from '../../shared/sync/api.ts';
import {
  type DeadlineCount,
  type SnapshotSummary,
  summariseDeadlines,
  summariseSnapshot,
} from '../../shared/sync/status.ts';
import { loadCurrentSnapshot } from './snapshot.ts';

export type { LastRun, StatusReply as RegisterStatus } from '../../shared/sync/api.ts';

interface RunRow {
  run_date: string;
  sent: number;
  failed: number;
  failed_addresses: string;
  cut_short: LastRun['cutShort'];
}

interface PointerRow {
  current_version: number | null;
  time_zone: string;
  due_soon_days: number;
  last_sync_at: string | null;
  deadlines_counted: number;
}

function parseAddresses(json: string): string[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
}

async function lastRunOf(db: D1Database, registerId: string): Promise<LastRun | null> {
  const run = await db
    .prepare(
      `SELECT run_date, sent, failed, failed_addresses, cut_short FROM runs
       WHERE register_id = ? ORDER BY run_date DESC LIMIT 1`,
    )
    .bind(registerId)
    .first<RunRow>();
  return run
    ? {
        date: run.run_date,
        remindersSent: run.sent,
        remindersFailed: run.failed,
        failedAddresses: parseAddresses(run.failed_addresses),
        cutShort: run.cut_short ?? null,
      }
    : null;
}

const POINTER = `SELECT current_version, time_zone, due_soon_days, last_sync_at, deadlines_counted
  FROM registers WHERE id = ?`;

/**
 * The counts of version `pointer.current_version` on `today`. The deadlines are grouped by
 * activity and stage in SQL (with the bounds of shared/retention/status.ts), one row per group
 * carrying a date of that stage, which summariseDeadlines classifies and sums. Null when a
 * newer snapshot became current meanwhile (the caller reads the pointer again).
 */
async function countsOfVersion(
  db: D1Database,
  registerId: string,
  pointer: PointerRow,
  today: string,
): Promise<SnapshotSummary | null> {
  const version = pointer.current_version;
  const { overdueBefore, dueSoonThrough } = deadlineBounds(today, pointer.due_soon_days);
  const [activities, deadlines, again] = await db.batch([
    db
      .prepare('SELECT id, name FROM activities WHERE register_id = ? AND version = ? ORDER BY sheet_row, id')
      .bind(registerId, version),
    db
      .prepare(
        `SELECT activity_id AS activityId, min(due) AS due, sum(holdings) AS holdings FROM holding_deadlines
         WHERE register_id = ?1 AND version = ?2 AND due <= ?4
         GROUP BY activity_id, due < ?3`,
      )
      .bind(registerId, version, overdueBefore, dueSoonThrough),
    db.prepare('SELECT current_version FROM registers WHERE id = ?').bind(registerId),
  ]);
  if ((again.results[0] as { current_version: number } | undefined)?.current_version !== version) return null;
  return summariseDeadlines(
    activities.results as { id: string; name: string }[],
    deadlines.results as unknown as DeadlineCount[],
    today,
    pointer.due_soon_days,
  );
}

async function countsToday(db: D1Database, registerId: string, nowMs: number) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const pointer = await db.prepare(POINTER).bind(registerId).first<PointerRow>();
    if (!pointer || pointer.current_version === null) return null;
    const today = todayInTimeZone(pointer.time_zone, nowMs);
    const base = { version: pointer.current_version, today, lastSyncAt: pointer.last_sync_at };
    if (pointer.deadlines_counted !== 1) {
      const snapshot = await loadCurrentSnapshot(db, registerId);
      if (snapshot) return { ...base, version: snapshot.version, ...summariseSnapshot(snapshot, today) };
      continue;
    }
    const counts = await countsOfVersion(db, registerId, pointer, today);
    if (counts) return { ...base, ...counts };
  }
  throw new Error(`register ${registerId}: its snapshot kept changing while its status was read`);
}

export async function registerStatus(
  db: D1Database,
  registerId: string,
  nowMs: number,
): Promise<RegisterStatus> {
  const [counts, lastRun] = await Promise.all([
    countsToday(db, registerId, nowMs),
    lastRunOf(db, registerId),
  ]);
  if (!counts) {
    return {
      registerId,
      version: null,
      today: null,
      lastSyncAt: null,
      overdue: 0,
      dueSoon: 0,
      activities: [],
      lastRun,
    };
  }
  return { registerId, ...counts, lastRun };
}
