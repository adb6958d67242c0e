// Enrolled registers: the row created at enrolment, its lookup for request signing, and
// unenrolment, which removes every row the worker holds for the register.

export interface EnrolledRegister {
  id: string;
  spreadsheetId: string;
  keyCiphertext: string;
  keyIv: string;
}

export async function insertRegister(
  db: D1Database,
  register: EnrolledRegister,
  createdAt: string,
): Promise<void> {
  await db
    .prepare(
      'INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at) VALUES (?, ?, ?, ?, ?)',
    )
    .bind(register.id, register.spreadsheetId, register.keyCiphertext, register.keyIv, createdAt)
    .run();
}

export async function findRegister(db: D1Database, id: string): Promise<EnrolledRegister | null> {
  const row = await db
    .prepare('SELECT id, spreadsheet_id, key_ciphertext, key_iv FROM registers WHERE id = ?')
    .bind(id)
    .first<{ id: string; spreadsheet_id: string; key_ciphertext: string; key_iv: string }>();
  return row
    ? { id: row.id, spreadsheetId: row.spreadsheet_id, keyCiphertext: row.key_ciphertext, keyIv: row.key_iv }
    : null;
}

/**
 * Every table holding per-register rows: found from the schema itself (any table with a
 * register_id column), so tables added by later migrations — the job's outbox, reminders
 * and runs — are covered without this module knowing them.
 */
export async function registerTables(db: D1Database): Promise<string[]> {
  const { results } = await db
    .prepare(
      `SELECT name FROM sqlite_master
       WHERE type = 'table' AND sql LIKE '%register_id%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'
       ORDER BY name`,
    )
    .all<{ name: string }>();
  return results.map((r) => r.name);
}

/** Removes the register and everything held for it, in one batch (one transaction). */
export async function deleteRegister(db: D1Database, id: string): Promise<boolean> {
  const tables = await registerTables(db);
  const results = await db.batch([
    ...tables.map((t) => db.prepare(`DELETE FROM "${t}" WHERE register_id = ?`).bind(id)),
    db.prepare('DELETE FROM registers WHERE id = ?').bind(id),
  ]);
  return results[results.length - 1].meta.changes === 1;
}

/** What the nightly job reads about a register before its snapshot. */
export interface RegisterJobMeta {
  time_zone: string | null;
  last_sync_at: string | null;
  created_at: string;
}

export async function loadRegisterJobMeta(db: D1Database, id: string): Promise<RegisterJobMeta | null> {
  return db
    .prepare('SELECT time_zone, last_sync_at, created_at FROM registers WHERE id = ?')
    .bind(id)
    .first<RegisterJobMeta>();
}
