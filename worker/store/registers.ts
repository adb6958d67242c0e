// Enrolled registers: the row created at enrolment (owned by the pair owner × spreadsheet id,
// within the owner's register cap), its lookup for request signing, the swap of its wrapped
// key (rotation, KEK re-wrap), the operator's list, and unenrolment, which removes every row
// the worker holds for the register.

import type { WrappedKey } from '../auth/keys.ts';

export interface EnrolledRegister {
  id: string;
  spreadsheetId: string;
  keyCiphertext: string;
  keyIv: string;
  /** The KEK version that wrapped the key (auth/keys.ts). */
  kekVersion: number;
  /** 'google:<sub>' or 'token:<id>'; null for registers enrolled before owners existed. */
  owner?: string | null;
}

/** A register as enrolment creates it. */
export interface OwnedRegister extends EnrolledRegister {
  owner: string;
  ownerEmail: string | null;
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

/** The register's wrapped key, as auth/keys.ts unwraps it. */
export function wrappedKeyOf(register: EnrolledRegister): WrappedKey {
  return { ciphertext: register.keyCiphertext, iv: register.keyIv, kekVersion: register.kekVersion };
}

/**
 * Replaces the register's wrapped key, but only if it is still `expected` (compare and swap):
 * of two rotations signed with the same old key, or a rotation racing a re-wrap, exactly one
 * wins and the other changes nothing.
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

/** True when replaced (see replaceWrappedKeyStatement). */
export async function replaceWrappedKey(
  db: D1Database,
  id: string,
  expected: WrappedKey,
  next: WrappedKey,
): Promise<boolean> {
  const result = await replaceWrappedKeyStatement(db, id, expected, next).run();
  return result.meta.changes === 1;
}

interface RegisterRow {
  id: string;
  spreadsheet_id: string;
  key_ciphertext: string;
  key_iv: string;
  kek_version: number;
  owner: string | null;
}

function fromRow(row: RegisterRow): EnrolledRegister {
  return {
    id: row.id,
    spreadsheetId: row.spreadsheet_id,
    keyCiphertext: row.key_ciphertext,
    keyIv: row.key_iv,
    kekVersion: row.kek_version,
    owner: row.owner,
  };
}

export async function findRegister(db: D1Database, id: string): Promise<EnrolledRegister | null> {
  const row = await db
    .prepare(
      'SELECT id, spreadsheet_id, key_ciphertext, key_iv, kek_version, owner FROM registers WHERE id = ?',
    )
    .bind(id)
    .first<RegisterRow>();
  return row ? fromRow(row) : null;
}

/** The register an owner enrolled for a spreadsheet, if any (at most one: UNIQUE). */
export async function findOwnedRegister(
  db: D1Database,
  owner: string,
  spreadsheetId: string,
): Promise<EnrolledRegister | null> {
  const row = await db
    .prepare(
      'SELECT id, spreadsheet_id, key_ciphertext, key_iv, kek_version, owner FROM registers WHERE owner = ? AND spreadsheet_id = ?',
    )
    .bind(owner, spreadsheetId)
    .first<RegisterRow>();
  return row ? fromRow(row) : null;
}

/**
 * Creates an owned register in one transaction, replacing the register `replaces` (the same
 * pair) when given. A new pair is refused when the owner already holds `maxRegisters`: false
 * then, and nothing changed.
 */
export async function enrolOwnedRegister(
  db: D1Database,
  register: OwnedRegister,
  maxRegisters: number,
  createdAt: string,
  replaces: string | null,
): Promise<boolean> {
  const removal = replaces ? deleteStatements(db, await registerTables(db), replaces) : [];
  const results = await db.batch([
    ...removal,
    db
      .prepare(
        `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at, owner, owner_email, kek_version)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?9
         WHERE (SELECT COUNT(*) FROM registers WHERE owner = ?6) < ?8`,
      )
      .bind(
        register.id,
        register.spreadsheetId,
        register.keyCiphertext,
        register.keyIv,
        createdAt,
        register.owner,
        register.ownerEmail,
        // A replacement does not add a register, so no cap (even one lowered since) can leave
        // the owner with the old register deleted and no new one.
        replaces ? Number.MAX_SAFE_INTEGER : maxRegisters,
        register.kekVersion,
      ),
  ]);
  return results[results.length - 1].meta.changes === 1;
}

/** What the operator sees of a register: no key, no content. */
export interface RegisterListing {
  id: string;
  spreadsheetId: string;
  owner: string | null;
  ownerEmail: string | null;
  name: string | null;
  createdAt: string;
  lastSyncAt: string | null;
  holdingCount: number;
}

/** Every register, or one owner's, oldest first. */
export async function listRegisters(db: D1Database, owner?: string): Promise<RegisterListing[]> {
  const where = owner === undefined ? '' : 'WHERE owner = ?';
  const statement = db.prepare(
    `SELECT id, spreadsheet_id AS spreadsheetId, owner, owner_email AS ownerEmail, name,
       created_at AS createdAt, last_sync_at AS lastSyncAt, holding_count AS holdingCount
     FROM registers ${where} ORDER BY created_at, id`,
  );
  const { results } = await (owner === undefined ? statement : statement.bind(owner)).all<RegisterListing>();
  return results;
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

function deleteStatements(db: D1Database, tables: string[], id: string): D1PreparedStatement[] {
  return [
    ...tables.map((t) => db.prepare(`DELETE FROM "${t}" WHERE register_id = ?`).bind(id)),
    db.prepare('DELETE FROM registers WHERE id = ?').bind(id),
  ];
}

/** Removes the register and everything held for it, in one batch (one transaction). */
export async function deleteRegister(db: D1Database, id: string): Promise<boolean> {
  const results = await db.batch(deleteStatements(db, await registerTables(db), id));
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
