// Enrolled registers: the row created at enrolment, its lookup for request signing, the swap
// of its wrapped key (rotation, KEK re-wrap), and unenrolment, which removes every row the
// worker holds for the register.

import type { WrappedKey } from '../auth/keys.ts';

export interface EnrolledRegister {
  id: string;
  spreadsheetId: string;
  keyCiphertext: string;
  keyIv: string;
  /** The KEK version that wrapped the key (auth/keys.ts). */
  kekVersion: number;
}

/** The register's wrapped key, as auth/keys.ts unwraps it. */
export function wrappedKeyOf(register: EnrolledRegister): WrappedKey {
  return { ciphertext: register.keyCiphertext, iv: register.keyIv, kekVersion: register.kekVersion };
}

export async function insertRegister(
  db: D1Database,
  register: EnrolledRegister,
  createdAt: string,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, kek_version, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      register.id,
      register.spreadsheetId,
      register.keyCiphertext,
      register.keyIv,
      register.kekVersion,
      createdAt,
    )
    .run();
}

export async function findRegister(db: D1Database, id: string): Promise<EnrolledRegister | null> {
  const row = await db
    .prepare('SELECT id, spreadsheet_id, key_ciphertext, key_iv, kek_version FROM registers WHERE id = ?')
    .bind(id)
    .first<{
      id: string;
      spreadsheet_id: string;
      key_ciphertext: string;
      key_iv: string;
      kek_version: number;
    }>();
  return row
    ? {
        id: row.id,
        spreadsheetId: row.spreadsheet_id,
        keyCiphertext: row.key_ciphertext,
        keyIv: row.key_iv,
        kekVersion: row.kek_version,
      }
    : null;
}

/**
 * Replaces the register's wrapped key, but only if it is still `expected` (compare and swap):
 * of two rotations signed with the same old key, or a rotation racing a re-wrap, exactly one
 * wins and the other changes nothing. True when replaced.
 */
export function replaceWrappedKeyStatement(
  db: D1Database,
  id: string,
  expected: WrappedKey,
  next: WrappedKey,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE registers SET key_ciphertext = ?, key_iv = ?, kek_version = ?
       WHERE id = ? AND key_ciphertext = ? AND key_iv = ? AND kek_version = ?`,
    )
    .bind(
      next.ciphertext,
      next.iv,
      next.kekVersion,
      id,
      expected.ciphertext,
      expected.iv,
      expected.kekVersion,
    );
}

export async function replaceWrappedKey(
  db: D1Database,
  id: string,
  expected: WrappedKey,
  next: WrappedKey,
): Promise<boolean> {
  const result = await replaceWrappedKeyStatement(db, id, expected, next).run();
  return result.meta.changes === 1;
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
