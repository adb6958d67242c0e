// Enrolments per owner (a Google account or an organisation token) per UTC day, kept as D1
// counters. One statement counts the attempt and refuses it past the cap, so two enrolments
// racing for the last slot cannot both get it.

/** The UTC day (YYYY-MM-DD) an instant falls on. */
export function utcDay(nowMs: number): string {
  return new Date(nowMs).toISOString().slice(0, 10);
}

/**
 * Counts one enrolment for `owner` today; false (and nothing counted) when `cap` were
 * already counted today. Counters of earlier days are dropped on the way.
 */
export async function countEnrolment(
  db: D1Database,
  owner: string,
  cap: number,
  nowMs: number,
): Promise<boolean> {
  const day = utcDay(nowMs);
  const [, counted] = await db.batch([
    db.prepare('DELETE FROM enrolment_counts WHERE owner = ? AND day < ?').bind(owner, day),
    db
      .prepare(
        `INSERT INTO enrolment_counts (owner, day, count) SELECT ?1, ?2, 1 WHERE ?3 > 0
         ON CONFLICT (owner, day) DO UPDATE SET count = count + 1 WHERE count < ?3
         RETURNING count`,
      )
      .bind(owner, day, cap),
  ]);
  return counted.results.length === 1;
}
