// Per-organisation enrolment tokens: created by the operator (the token is returned once and
// only its SHA-256 is kept), found by the hash of what an add-on presents, listed and revoked.
// Each carries its organisation's allowed recipient domains and its caps.

import { base64urlEncode } from '../../shared/sync/signing.ts';
import { sha256Hex } from '../auth/signature.ts';

export interface EnrolmentTokenCaps {
  maxRegisters: number;
  maxEnrolmentsPerDay: number;
}

export interface EnrolmentToken extends EnrolmentTokenCaps {
  id: string;
  organisation: string;
  /** Lower-case domains the organisation's reminders may go to; empty means any. */
  allowedDomains: string[];
  createdAt: string;
  revokedAt: string | null;
}

interface Row {
  id: string;
  organisation: string;
  allowed_domains: string;
  max_registers: number;
  max_enrolments_per_day: number;
  created_at: string;
  revoked_at: string | null;
}

const COLUMNS =
  'id, organisation, allowed_domains, max_registers, max_enrolments_per_day, created_at, revoked_at';

function fromRow(row: Row): EnrolmentToken {
  return {
    id: row.id,
    organisation: row.organisation,
    allowedDomains: JSON.parse(row.allowed_domains) as string[],
    maxRegisters: row.max_registers,
    maxEnrolmentsPerDay: row.max_enrolments_per_day,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

/** The hash under which a token is stored and looked up. */
export function tokenHash(token: string): Promise<string> {
  return sha256Hex(new TextEncoder().encode(token));
}

/** Makes a token: "art30_" and 256 random bits. Returns the stored record and the token, once. */
export async function createEnrolmentToken(
  db: D1Database,
  input: { organisation: string; allowedDomains: string[] } & EnrolmentTokenCaps,
  createdAt: string,
): Promise<{ record: EnrolmentToken; token: string }> {
  const token = `art30_${base64urlEncode(crypto.getRandomValues(new Uint8Array(32)))}`;
  const id = `tok_${base64urlEncode(crypto.getRandomValues(new Uint8Array(9)))}`;
  await db
    .prepare(
      `INSERT INTO enrolment_tokens (id, token_hash, organisation, allowed_domains, max_registers,
         max_enrolments_per_day, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(
      id,
      await tokenHash(token),
      input.organisation,
      JSON.stringify(input.allowedDomains),
      input.maxRegisters,
      input.maxEnrolmentsPerDay,
      createdAt,
    )
    .run();
  return { record: { id, ...input, createdAt, revokedAt: null }, token };
}

/** The live (not revoked) token a presented secret stands for, or null. */
export async function findLiveToken(db: D1Database, presented: string): Promise<EnrolmentToken | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM enrolment_tokens WHERE token_hash = ? AND revoked_at IS NULL`)
    .bind(await tokenHash(presented))
    .first<Row>();
  return row ? fromRow(row) : null;
}

export async function findToken(db: D1Database, id: string): Promise<EnrolmentToken | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM enrolment_tokens WHERE id = ?`).bind(id).first<Row>();
  return row ? fromRow(row) : null;
}

export async function listTokens(db: D1Database): Promise<EnrolmentToken[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM enrolment_tokens ORDER BY created_at, id`)
    .all<Row>();
  return results.map(fromRow);
}

/** Revokes a token; true when it existed and was live. Its registers stay until revoked themselves. */
export async function revokeToken(db: D1Database, id: string, at: string): Promise<boolean> {
  const result = await db
    .prepare('UPDATE enrolment_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
    .bind(at, id)
    .run();
  return result.meta.changes === 1;
}
