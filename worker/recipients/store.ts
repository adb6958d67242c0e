// The recipients table (migration 0006) in D1: loading a register's book, adding the addresses a
// snapshot names (up to the register's recipient cap), recording a confirmation email, and the
// state changes the pages and the bounce consumer make. Tokens: a confirmation token is random
// and kept only as its SHA-256; the unsubscribe ("leave") token is random and kept as it is,
// since every email carries it.

import { base64urlEncode } from '../../shared/sync/signing.ts';
import { sha256Hex } from '../auth/signature.ts';
import type { Recipient, RecipientState } from './book.ts';

const encoder = new TextEncoder();

/** 128 random bits, base64url: a token for a link. */
export function newToken(): string {
  return base64urlEncode(crypto.getRandomValues(new Uint8Array(16)));
}

export function tokenHash(token: string): Promise<string> {
  return sha256Hex(encoder.encode(token));
}

interface RecipientRow {
  address: string;
  state: RecipientState;
  first_seen: string;
  confirm_sent_on: string | null;
  confirm_emails: number;
  leave_token: string;
  changed_at: string;
}

export interface StoredRecipient extends Omit<Recipient, 'changedOn'> {
  leaveToken: string;
  changedAt: string;
}

function fromRow(r: RecipientRow): StoredRecipient {
  return {
    address: r.address,
    state: r.state,
    firstSeen: r.first_seen,
    confirmSentOn: r.confirm_sent_on,
    confirmEmails: r.confirm_emails,
    leaveToken: r.leave_token,
    changedAt: r.changed_at,
  };
}

/** Every recipient of a register, oldest first. */
export async function loadRecipients(db: D1Database, registerId: string): Promise<StoredRecipient[]> {
  const { results } = await db
    .prepare(
      `SELECT address, state, first_seen, confirm_sent_on, confirm_emails, leave_token, changed_at
       FROM recipients WHERE register_id = ? ORDER BY first_seen, address`,
    )
    .bind(registerId)
    .all<RecipientRow>();
  return results.map(fromRow);
}

/** The enrolling user's verified address (issue 14: the Google account's verified email,
 * `registers.owner_email`; NULL for an organisation token), or null. */
export async function loadEnrolledBy(db: D1Database, registerId: string): Promise<string | null> {
  const row = await db
    .prepare('SELECT owner_email FROM registers WHERE id = ?')
    .bind(registerId)
    .first<{ owner_email: string | null }>();
  return row?.owner_email?.toLowerCase() ?? null;
}

/**
 * Adds the named addresses the register does not know yet, as 'waiting', while the register
 * holds fewer than `cap` recipients; returns those left out by the cap. One packed insert.
 */
export async function addNamedAddresses(
  db: D1Database,
  registerId: string,
  named: readonly string[],
  known: ReadonlySet<string>,
  runDate: string,
  cap: number,
  /** Stored as confirmed rather than waiting: the enrolling user's verified address. */
  confirmedByEnrolment: string | null = null,
): Promise<{ added: string[]; overCap: string[] }> {
  const fresh = named.filter((a) => !known.has(a));
  const room = Math.max(0, cap - known.size);
  const added = fresh.slice(0, room);
  const overCap = fresh.slice(room);
  if (added.length > 0) {
    const now = new Date().toISOString();
    await db
      .prepare(
        `INSERT OR IGNORE INTO recipients (register_id, address, state, first_seen, leave_token, changed_at)
         SELECT ?1, json_extract(value, '$[0]'),
           CASE WHEN json_extract(value, '$[0]') = ?5 THEN 'confirmed' ELSE 'waiting' END,
           ?2, json_extract(value, '$[1]'), ?3
         FROM json_each(?4)`,
      )
      .bind(registerId, runDate, now, JSON.stringify(added.map((a) => [a, newToken()])), confirmedByEnrolment)
      .run();
  }
  return { added, overCap };
}

/** Records a confirmation email that was sent, with the hash of the token its link carries
 * (a statement for the batch that records the send). The previous link stops working. */
export function confirmationSentStatement(
  db: D1Database,
  registerId: string,
  address: string,
  confirmTokenHash: string,
  runDate: string,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE recipients SET confirm_token_hash = ?, confirm_sent_on = ?, confirm_emails = confirm_emails + 1
       WHERE register_id = ? AND address = ?`,
    )
    .bind(confirmTokenHash, runDate, registerId, address);
}

/** What a link's page needs: whose address, which register, in which language. */
export interface LinkTarget {
  registerId: string;
  address: string;
  state: RecipientState;
  confirmSentOn: string | null;
  registerName: string | null;
  lang: 'da' | 'en';
  timeZone: string | null;
  /** The register's last nightly run (civil date): the day a link's age is judged on. */
  lastRunDate: string | null;
}

const TARGET_COLUMNS = `r.register_id, r.address, r.state, r.confirm_sent_on, g.name, g.lang, g.time_zone, g.last_run_date`;

function toTarget(
  row: {
    register_id: string;
    address: string;
    state: RecipientState;
    confirm_sent_on: string | null;
    name: string | null;
    lang: string | null;
    time_zone: string | null;
    last_run_date: string | null;
  } | null,
): LinkTarget | null {
  if (!row) return null;
  return {
    registerId: row.register_id,
    address: row.address,
    state: row.state,
    confirmSentOn: row.confirm_sent_on,
    registerName: row.name,
    lang: row.lang === 'en' ? 'en' : 'da',
    timeZone: row.time_zone,
    lastRunDate: row.last_run_date,
  };
}

export async function findByConfirmToken(db: D1Database, token: string): Promise<LinkTarget | null> {
  const row = await db
    .prepare(
      `SELECT ${TARGET_COLUMNS} FROM recipients r JOIN registers g ON g.id = r.register_id
       WHERE r.confirm_token_hash = ?`,
    )
    .bind(await tokenHash(token))
    .first();
  return toTarget(row as Parameters<typeof toTarget>[0]);
}

export async function findByLeaveToken(db: D1Database, token: string): Promise<LinkTarget | null> {
  const row = await db
    .prepare(
      `SELECT ${TARGET_COLUMNS} FROM recipients r JOIN registers g ON g.id = r.register_id
       WHERE r.leave_token = ?`,
    )
    .bind(token)
    .first();
  return toTarget(row as Parameters<typeof toTarget>[0]);
}

/** Moves one recipient to `to` from one of `from`; true when it changed. */
export async function changeState(
  db: D1Database,
  target: { registerId: string; address: string },
  from: readonly RecipientState[],
  to: RecipientState,
): Promise<boolean> {
  const result = await db
    .prepare(
      `UPDATE recipients SET state = ?, changed_at = ?, bounces = CASE WHEN ? = 'confirmed' THEN 0 ELSE bounces END
       WHERE register_id = ? AND address = ? AND state IN (SELECT value FROM json_each(?))`,
    )
    .bind(to, new Date().toISOString(), to, target.registerId, target.address, JSON.stringify(from))
    .run();
  return result.meta.changes > 0;
}

/** Hard bounces that make an address 'failing' at once, and soft ones after this many. */
export const SOFT_BOUNCES_TO_FAIL = 3;

/**
 * A bounce event for `address`, in every register that sends to it (a bounce is about the
 * mailbox, not the register): a hard bounce makes it failing at once, soft ones from the third.
 * Returns the registers where it became failing.
 */
export async function recordBounce(db: D1Database, address: string, hard: boolean): Promise<string[]> {
  const { results } = await db
    .prepare(
      `UPDATE recipients SET bounces = bounces + 1,
         state = CASE WHEN ?1 OR bounces + 1 >= ?2 THEN 'failing' ELSE state END,
         changed_at = CASE WHEN ?1 OR bounces + 1 >= ?2 THEN ?3 ELSE changed_at END
       WHERE address = ?4 AND state IN ('waiting', 'confirmed')
       RETURNING register_id, state`,
    )
    .bind(hard ? 1 : 0, SOFT_BOUNCES_TO_FAIL, new Date().toISOString(), address.toLowerCase())
    .all<{ register_id: string; state: RecipientState }>();
  return results.filter((r) => r.state === 'failing').map((r) => r.register_id);
}

/** A spam complaint: the person does not want this mail; treated as leaving, everywhere. */
export async function recordComplaint(db: D1Database, address: string): Promise<number> {
  const result = await db
    .prepare(
      `UPDATE recipients SET state = 'unsubscribed', changed_at = ?
       WHERE address = ? AND state IN ('waiting', 'confirmed', 'failing')`,
    )
    .bind(new Date().toISOString(), address.toLowerCase())
    .run();
  return result.meta.changes;
}
