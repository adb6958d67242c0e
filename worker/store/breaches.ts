// The open-breach index (migration 0009): which registers have a breach whose 72-hour clock is
// running, with just what the hourly run needs to remind about it. Written at ingest, in the
// pointer swap's own batch, so it changes exactly when the snapshot does; read by the hourly
// run alone. "Open" is shared/breaches/assess.ts's isOpen, the same the sheet and Validate use.

import { isOpen } from '../../shared/breaches/assess.ts';
import { parseIsoDateTime } from '../../shared/calendar/instant.ts';
import type { SyncBreach, SyncPayload } from '../../shared/sync/types.ts';

/** A breach in the index. */
export interface OpenBreach {
  registerId: string;
  breachId: string;
  reference: string;
  awareAt: number;
  role: 'controller' | 'processor';
  responsibleEmail: string | null;
  sheetRow: number;
}

const at = (s: string | null) => (s === null ? null : parseIsoDateTime(s));

/** The payload's breaches whose clock is running (a breach without awareness has no clock). */
export function openBreachesOf(breaches: readonly SyncBreach[]): SyncBreach[] {
  return breaches.filter((b) => {
    const awareAt = at(b.awareAt);
    if (awareAt === null) return false;
    return isOpen({
      startedAt: null,
      awareAt,
      risk: b.risk,
      role: b.role,
      authorityNotifiedAt: at(b.authorityNotifiedAt),
      delayReason: '',
      controllerNotifiedAt: at(b.controllerNotifiedAt),
      subjectsInformedAt: null,
      subjectsNotInformedGround: null,
    });
  });
}

/**
 * Replaces the register's rows of the index, for the swap's batch: both statements act only if
 * `version` is the register's current one after the swap, so a lost race changes nothing.
 * Open breaches are few (a register has a handful at most), so one packed insert suffices.
 */
export function replaceOpenBreaches(
  db: D1Database,
  registerId: string,
  payload: SyncPayload,
): D1PreparedStatement[] {
  const isCurrent = 'EXISTS (SELECT 1 FROM registers WHERE id = ?1 AND current_version = ?2)';
  const rows = openBreachesOf(payload.breaches).map((b) => [
    b.id,
    b.reference,
    at(b.awareAt),
    b.role,
    b.responsibleEmail,
    b.sheetRow,
  ]);
  return [
    db
      .prepare(`DELETE FROM open_breaches WHERE register_id = ?1 AND ${isCurrent}`)
      .bind(registerId, payload.version),
    db
      .prepare(
        `INSERT INTO open_breaches (register_id, breach_id, reference, aware_at, role, responsible_email, sheet_row)
         SELECT ?1, value ->> '$[0]', value ->> '$[1]', value ->> '$[2]', value ->> '$[3]', value ->> '$[4]', value ->> '$[5]'
         FROM json_each(?3) WHERE ${isCurrent}`,
      )
      .bind(registerId, payload.version, JSON.stringify(rows)),
  ];
}

/** The open breaches whose first milestone has been reached by `now`: one query, by awareness. */
export async function loadDueBreaches(
  db: D1Database,
  now: number,
  firstMilestoneMs: number,
): Promise<OpenBreach[]> {
  const { results } = await db
    .prepare(
      `SELECT register_id, breach_id, reference, aware_at, role, responsible_email, sheet_row
       FROM open_breaches WHERE aware_at <= ? ORDER BY register_id, aware_at, breach_id`,
    )
    .bind(now - firstMilestoneMs)
    .all<{
      register_id: string;
      breach_id: string;
      reference: string;
      aware_at: number;
      role: 'controller' | 'processor';
      responsible_email: string | null;
      sheet_row: number;
    }>();
  return results.map((r) => ({
    registerId: r.register_id,
    breachId: r.breach_id,
    reference: r.reference,
    awareAt: r.aware_at,
    role: r.role,
    responsibleEmail: r.responsible_email,
    sheetRow: r.sheet_row,
  }));
}

/** The responsible addresses of a register's open breaches, one per breach (issue 15: they are
 * named addresses, asked to confirm like owners; the nightly snapshot holds no breaches). */
export async function loadBreachResponsibles(db: D1Database, registerId: string): Promise<string[]> {
  const { results } = await db
    .prepare(
      'SELECT responsible_email FROM open_breaches WHERE register_id = ? AND responsible_email IS NOT NULL',
    )
    .bind(registerId)
    .all<{ responsible_email: string }>();
  return results.map((r) => r.responsible_email);
}
