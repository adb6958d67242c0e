// The nightly job's D1 records (migration 0002): which reminders were already sent, the
// history of failed sends, the outbox row and reminder rows written in one batch right after
// a send succeeded, the run summary, and the purge of records older than 13 months.
// Statements stay within D1's limits: reminder rows are written with packed inserts (one JSON
// value per chunk) rather than one statement per row.

import { addDays, addMonths } from '../../shared/calendar/civilDate.ts';
import type { FailingStreak, MessageKind } from './plan.ts';
import { type ReminderKey, reminderKeyString } from './reminderKey.ts';

/** Records older than this are purged by the register's own nightly run. */
export const KEEP_RECORDS_MONTHS = 13;
/** Reminder key chunks per packed insert: a few tens of KB of JSON per bound value. */
export const KEYS_PER_STATEMENT = 500;
/** Earlier runs read to find failing addresses. */
const RUN_HISTORY = 31;

/**
 * The reminder keys that can still be planned on `runDate`, already recorded. Step key dates
 * lie at most a few weeks before the run (weekly steps) and within the due-soon window after it;
 * a failing-address warning is keyed by the first failure of its streak, however old.
 */
export async function loadRecorded(
  db: D1Database,
  registerId: string,
  runDate: string,
): Promise<Set<string>> {
  const from = addDays(runDate, -62);
  const { results } = await db
    .prepare(
      `SELECT item_id, recipient, kind, key_date FROM reminders
       WHERE register_id = ? AND (key_date >= ? OR kind IN ('failingAddress', 'inactiveRegister'))`,
    )
    .bind(registerId, from)
    .all<{ item_id: string; recipient: string; kind: ReminderKey['kind']; key_date: string }>();
  return new Set(
    results.map((r) =>
      reminderKeyString({ itemId: r.item_id, recipient: r.recipient, kind: r.kind, keyDate: r.key_date }),
    ),
  );
}

export interface PastRun {
  runDate: string;
  failedAddresses: string[];
}

export async function loadRunHistory(
  db: D1Database,
  registerId: string,
  beforeDate: string,
): Promise<PastRun[]> {
  const { results } = await db
    .prepare(
      `SELECT run_date, failed_addresses FROM runs WHERE register_id = ? AND run_date < ?
       ORDER BY run_date DESC LIMIT ${RUN_HISTORY}`,
    )
    .bind(registerId, beforeDate)
    .all<{ run_date: string; failed_addresses: string }>();
  return results.map((r) => ({ runDate: r.run_date, failedAddresses: parseAddresses(r.failed_addresses) }));
}

function parseAddresses(json: string): string[] {
  try {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Streaks of consecutive failing runs per address, ending with the current run (`today`'s
 * failures) and counting back through the history (newest first) until a run in which the
 * address did not fail.
 */
export function failingStreaks(
  today: { runDate: string; failedAddresses: readonly string[] },
  history: readonly PastRun[],
): FailingStreak[] {
  const streaks: FailingStreak[] = [];
  for (const address of new Set(today.failedAddresses)) {
    let since = today.runDate;
    let runs = 1;
    for (const past of history) {
      if (!past.failedAddresses.includes(address)) break;
      since = past.runDate;
      runs++;
    }
    streaks.push({ address, since, consecutiveRuns: runs });
  }
  return streaks;
}

export interface OutboxEntry {
  id: string;
  registerId: string;
  runDate: string;
  recipient: string;
  kind: MessageKind;
  subject: string;
  keys: readonly ReminderKey[];
  /** Kept only in local/demo mode. */
  bodyText: string | null;
  bodyHtml: string | null;
  attemptedAt: string;
}

function compactKeys(keys: readonly ReminderKey[]): string {
  return JSON.stringify(keys.map((k) => [k.itemId, k.kind, k.keyDate]));
}

/**
 * The one batch written right after a send succeeded: the outbox row and every reminder it
 * stands for. INSERT OR IGNORE keeps each key at most once should a crash have made us send
 * the same message again.
 */
export function recordSentStatements(db: D1Database, entry: OutboxEntry): D1PreparedStatement[] {
  const statements = [
    db
      .prepare(
        `INSERT INTO outbox (id, register_id, run_date, recipient, kind, subject, item_keys, status, error, sent_at, body_text, body_html)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'sent', NULL, ?, ?, ?)`,
      )
      .bind(
        entry.id,
        entry.registerId,
        entry.runDate,
        entry.recipient,
        entry.kind,
        entry.subject,
        compactKeys(entry.keys),
        entry.attemptedAt,
        entry.bodyText,
        entry.bodyHtml,
      ),
  ];
  for (let i = 0; i < entry.keys.length; i += KEYS_PER_STATEMENT) {
    const chunk = entry.keys.slice(i, i + KEYS_PER_STATEMENT);
    statements.push(
      db
        .prepare(
          `INSERT OR IGNORE INTO reminders (register_id, item_id, recipient, kind, key_date, run_date, outbox_id)
           SELECT ?, json_extract(value, '$[0]'), ?, json_extract(value, '$[1]'), json_extract(value, '$[2]'), ?, ?
           FROM json_each(?)`,
        )
        .bind(entry.registerId, entry.recipient, entry.runDate, entry.id, compactKeys(chunk)),
    );
  }
  return statements;
}

export async function recordSent(db: D1Database, entry: OutboxEntry): Promise<void> {
  await db.batch(recordSentStatements(db, entry));
}

/** A failed send: an outbox row for the record, no reminders, so the next run tries again. */
export async function recordFailed(db: D1Database, entry: OutboxEntry, error: string): Promise<void> {
  await db
    .prepare(
      `INSERT INTO outbox (id, register_id, run_date, recipient, kind, subject, item_keys, status, error, sent_at, body_text, body_html)
       VALUES (?, ?, ?, ?, ?, ?, ?, 'failed', ?, ?, ?, ?)`,
    )
    .bind(
      entry.id,
      entry.registerId,
      entry.runDate,
      entry.recipient,
      entry.kind,
      entry.subject,
      compactKeys(entry.keys),
      error.slice(0, 500),
      entry.attemptedAt,
      entry.bodyText,
      entry.bodyHtml,
    )
    .run();
}

export interface RunSummary {
  registerId: string;
  runDate: string;
  sent: number;
  failed: number;
  failedAddresses: string[];
}

/** Why a run did not finish (runs.cut_short; shown by GET /status). */
export type CutShort = 'queryBudget' | 'retriesExhausted';

/**
 * A run that did not finish, on record so GET /status shows it: what it sent so far is added
 * to the date's counts, like a rerun's. The run's finishRun, if a retry gets that far, clears
 * the mark. One statement, so it fits what is left of an exhausted query budget.
 */
export async function recordCutShort(
  db: D1Database,
  summary: RunSummary,
  why: CutShort,
  at: string,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO runs (register_id, run_date, sent, failed, failed_addresses, finished_at, cut_short)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE EXISTS (SELECT 1 FROM registers WHERE id = ?1)
       ON CONFLICT (register_id, run_date) DO UPDATE SET
         sent = runs.sent + excluded.sent, failed = max(runs.failed, excluded.failed),
         failed_addresses = CASE WHEN excluded.failed > 0 THEN excluded.failed_addresses ELSE runs.failed_addresses END,
         finished_at = excluded.finished_at, cut_short = excluded.cut_short`,
    )
    .bind(
      summary.registerId,
      summary.runDate,
      summary.sent,
      summary.failed,
      JSON.stringify(summary.failedAddresses),
      at,
      why,
    )
    .run();
}

/**
 * The run's summary, its date on the register, and the purge of records older than 13 months
 * (by the run's date, so a run for a past or future date decides the same way), in one batch.
 * A rerun on the same date adds to that date's counts and keeps its latest failures.
 */
export async function finishRun(db: D1Database, summary: RunSummary, finishedAt: string): Promise<void> {
  const cutoff = addMonths(summary.runDate, -KEEP_RECORDS_MONTHS);
  const id = summary.registerId;
  await db.batch([
    db
      .prepare(
        `INSERT INTO runs (register_id, run_date, sent, failed, failed_addresses, finished_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (register_id, run_date) DO UPDATE SET
           sent = runs.sent + excluded.sent, failed = excluded.failed,
           failed_addresses = excluded.failed_addresses, finished_at = excluded.finished_at, cut_short = NULL`,
      )
      .bind(
        id,
        summary.runDate,
        summary.sent,
        summary.failed,
        JSON.stringify(summary.failedAddresses),
        finishedAt,
      ),
    db.prepare('UPDATE registers SET last_run_date = ? WHERE id = ?').bind(summary.runDate, id),
    db.prepare('DELETE FROM outbox WHERE register_id = ? AND run_date < ?').bind(id, cutoff),
    db.prepare('DELETE FROM reminders WHERE register_id = ? AND run_date < ?').bind(id, cutoff),
    db.prepare('DELETE FROM runs WHERE register_id = ? AND run_date < ?').bind(id, cutoff),
  ]);
}
