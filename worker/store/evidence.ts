// The Deletion log heads the worker has seen (issue 16). Each sync reports the log's entry count
// and latest hash; a report shorter than a head already seen, or with another hash at a count
// already seen, is recorded as an alert for the admin's next digest and returned to the add-on,
// whose Validate then checks every kept head against the whole log. The newest KEPT_HEADS heads
// per register are kept.

import type { LogHead } from '../../shared/register/deletionEvidence.ts';

export const KEPT_HEADS = 20;

export interface LogAlert {
  kind: 'shrunk' | 'rewritten';
  /** The count this sync reported. */
  entryCount: number;
  /** The count of the earlier head it contradicts. */
  seenCount: number;
  detectedAt: string;
}

export interface HeadOutcome {
  heads: LogHead[];
  alerts: LogAlert[];
}

/** What a reported head contradicts among the heads seen before it. */
export function contradictions(seen: readonly LogHead[], now: LogHead, at: string): LogAlert[] {
  const alerts: LogAlert[] = [];
  const longest = seen.reduce((max, h) => Math.max(max, h.count), 0);
  if (now.count < longest) {
    alerts.push({ kind: 'shrunk', entryCount: now.count, seenCount: longest, detectedAt: at });
  }
  const same = seen.find((h) => h.count === now.count && h.hash !== now.hash);
  if (same) alerts.push({ kind: 'rewritten', entryCount: now.count, seenCount: same.count, detectedAt: at });
  return alerts;
}

async function loadHeads(db: D1Database, registerId: string): Promise<LogHead[]> {
  const { results } = await db
    .prepare(
      'SELECT entry_count AS count, head_hash AS hash FROM log_heads WHERE register_id = ? ORDER BY seen_at DESC, entry_count DESC',
    )
    .bind(registerId)
    .all<LogHead>();
  return results;
}

/** Records one reported head: alerts for what it contradicts, the head itself, and the trim to
 * the newest KEPT_HEADS, in one batch. Returns the heads now kept and every open alert. */
export async function recordHead(
  db: D1Database,
  registerId: string,
  head: LogHead,
  at: string,
): Promise<HeadOutcome> {
  const seen = await loadHeads(db, registerId);
  const found = contradictions(seen, head, at);
  await db.batch([
    ...found.map((a) =>
      db
        .prepare('INSERT OR IGNORE INTO log_alerts VALUES (?, ?, ?, ?, ?)')
        .bind(registerId, a.kind, a.entryCount, a.seenCount, a.detectedAt),
    ),
    // A shrunk or rewritten log does not become a new anchor: the heads seen stay the evidence.
    ...(found.length === 0
      ? [
          db
            .prepare('INSERT OR REPLACE INTO log_heads VALUES (?, ?, ?, ?)')
            .bind(registerId, head.count, head.hash, at),
        ]
      : []),
    db
      .prepare(
        `DELETE FROM log_heads WHERE register_id = ?1 AND rowid NOT IN (
           SELECT rowid FROM log_heads WHERE register_id = ?1 ORDER BY seen_at DESC, entry_count DESC LIMIT ?2)`,
      )
      .bind(registerId, KEPT_HEADS),
  ]);
  const [heads, alerts] = await Promise.all([loadHeads(db, registerId), loadAlerts(db, registerId)]);
  return { heads, alerts };
}

export async function loadAlerts(db: D1Database, registerId: string): Promise<LogAlert[]> {
  const { results } = await db
    .prepare(
      `SELECT kind, entry_count AS entryCount, seen_count AS seenCount, detected_at AS detectedAt
       FROM log_alerts WHERE register_id = ? ORDER BY detected_at`,
    )
    .bind(registerId)
    .all<LogAlert>();
  return results;
}
