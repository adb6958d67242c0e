// What GET /v1/registers/:id/status reports: the register's numbers today (in its own time
// zone), when it last synced, and what the last nightly run sent and which addresses failed
// (from the job's `runs` table).

import { todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type { LastRun, StatusReply as RegisterStatus } from '../../shared/sync/api.ts';
import { summariseSnapshot } from '../../shared/sync/status.ts';
import { loadCurrentSnapshot } from './snapshot.ts';

export type { LastRun, StatusReply as RegisterStatus } from '../../shared/sync/api.ts';

interface RunRow {
  run_date: string;
  sent: number;
  failed: number;
  failed_addresses: string;
}

function parseAddresses(json: string): string[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
}

export async function registerStatus(
  db: D1Database,
  registerId: string,
  nowMs: number,
): Promise<RegisterStatus> {
  const [snapshot, sync, run] = await Promise.all([
    loadCurrentSnapshot(db, registerId),
    db
      .prepare('SELECT last_sync_at FROM registers WHERE id = ?')
      .bind(registerId)
      .first<{ last_sync_at: string | null }>(),
    db
      .prepare(
        'SELECT run_date, sent, failed, failed_addresses FROM runs WHERE register_id = ? ORDER BY run_date DESC LIMIT 1',
      )
      .bind(registerId)
      .first<RunRow>(),
  ]);
  const lastRun: LastRun | null = run
    ? {
        date: run.run_date,
        remindersSent: run.sent,
        remindersFailed: run.failed,
        failedAddresses: parseAddresses(run.failed_addresses),
      }
    : null;
  if (!snapshot) {
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
  const today = todayInTimeZone(snapshot.register.timeZone, nowMs);
  const summary = summariseSnapshot(snapshot, today);
  return {
    registerId,
    version: snapshot.version,
    today,
    lastSyncAt: sync?.last_sync_at ?? null,
    ...summary,
    lastRun,
  };
}
