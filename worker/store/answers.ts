// Answers given from reminder emails, and the single-use links that give them (issue 16).
// A link's token is 32 random bytes (base64url, 43 characters); only its SHA-256 is stored. A
// token names one holding, one recipient and one action of one register, expires after
// TOKEN_DAYS and is spent by the POST that records an answer, in the same transaction. An
// answer is kept until the add-on acknowledges it, and never longer than ANSWER_DAYS.

import type { AnswersReply, PendingAnswer } from '../../shared/sync/api.ts';
import { base64urlEncode } from '../../shared/sync/signing.ts';
import { tokenHash } from '../recipients/store.ts';

export const TOKEN_DAYS = 30;
export const ANSWER_DAYS = 30;
const DAY_SECONDS = 86_400;

export type ActionKind = 'deleted' | 'extend';

export interface ActionToken {
  registerId: string;
  holdingId: string;
  recipient: string;
  action: ActionKind;
  expiresAt: number;
  usedAt: number | null;
}

/** A new answer token: 32 random bytes, 256 bits (a confirmation link's 16 bytes guard an
 * address; this one records evidence the worker signs). */
export function newAnswerToken(): string {
  return base64urlEncode(crypto.getRandomValues(new Uint8Array(32)));
}

/** One answer link to store: its token (only the hash is kept) and what it answers. */
export interface AnswerToken {
  token: string;
  holdingId: string;
  recipient: string;
  action: ActionKind;
}

/** The statement that stores the hashes of freshly made tokens (json_each: one bound value);
 * the nightly job runs it in the record batch of the email that carries them. */
export async function storeTokensStatement(
  db: D1Database,
  registerId: string,
  tokens: readonly AnswerToken[],
  nowSeconds: number,
): Promise<D1PreparedStatement> {
  const rows = await Promise.all(
    tokens.map(async (t) => [await tokenHash(t.token), t.holdingId, t.recipient, t.action]),
  );
  return db
    .prepare(
      `INSERT INTO action_tokens (token_hash, register_id, holding_id, recipient, action, expires_at)
       SELECT j.value ->> 0, ?1, j.value ->> 1, j.value ->> 2, j.value ->> 3, ?2 FROM json_each(?3) AS j`,
    )
    .bind(registerId, nowSeconds + TOKEN_DAYS * DAY_SECONDS, JSON.stringify(rows));
}

export async function findToken(db: D1Database, token: string): Promise<ActionToken | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return db
    .prepare(
      `SELECT register_id AS registerId, holding_id AS holdingId, recipient, action,
              expires_at AS expiresAt, used_at AS usedAt FROM action_tokens WHERE token_hash = ?`,
    )
    .bind(await tokenHash(token))
    .first<ActionToken>();
}

export interface NewAnswer {
  kind: 'deleted' | 'extended';
  answeredBy: string;
  answeredAt: string;
  deletedOn?: string;
  method?: string;
  deletedBy?: string;
  extendedUntil?: string;
  reason?: string;
  entryJson?: string;
  signature?: string;
}

export async function answerExists(db: D1Database, registerId: string, holdingId: string): Promise<boolean> {
  const row = await db
    .prepare('SELECT 1 AS x FROM answers WHERE register_id = ? AND holding_id = ?')
    .bind(registerId, holdingId)
    .first();
  return row !== null;
}

/**
 * Records an answer and spends its token in one transaction. The insert happens only while the
 * token is unused and unexpired and no answer for the holding exists, so two concurrent POSTs
 * (one token twice, or two recipients) record one answer. Returns whether it was recorded.
 */
export async function recordAnswer(
  db: D1Database,
  token: string,
  t: ActionToken,
  a: NewAnswer,
  nowSeconds: number,
): Promise<boolean> {
  const hash = await tokenHash(token);
  const [insert] = await db.batch([
    db
      .prepare(
        `INSERT INTO answers (register_id, holding_id, kind, answered_by, answered_at, deleted_on, method,
           deleted_by, extended_until, reason, entry_json, signature, expires_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13
         WHERE EXISTS (SELECT 1 FROM action_tokens WHERE token_hash = ?14 AND used_at IS NULL AND expires_at > ?15)
         ON CONFLICT (register_id, holding_id) DO NOTHING`,
      )
      .bind(
        t.registerId,
        t.holdingId,
        a.kind,
        a.answeredBy,
        a.answeredAt,
        a.deletedOn ?? null,
        a.method ?? null,
        a.deletedBy ?? null,
        a.extendedUntil ?? null,
        a.reason ?? null,
        a.entryJson ?? null,
        a.signature ?? null,
        nowSeconds + ANSWER_DAYS * DAY_SECONDS,
        hash,
        nowSeconds,
      ),
    db
      .prepare(
        `UPDATE action_tokens SET used_at = ?2 WHERE token_hash = ?1 AND used_at IS NULL AND changes() = 1`,
      )
      .bind(hash, nowSeconds),
  ]);
  return (insert?.meta.changes ?? 0) === 1;
}

interface AnswerRow {
  holding_id: string;
  kind: 'deleted' | 'extended';
  answered_by: string;
  answered_at: string;
  extended_until: string | null;
  reason: string | null;
  entry_json: string | null;
  signature: string | null;
}

/** The answers still waiting for the add-on (expired ones are never handed out). */
export async function pendingAnswers(
  db: D1Database,
  registerId: string,
  nowSeconds: number,
): Promise<AnswersReply> {
  const { results } = await db
    .prepare(
      `SELECT holding_id, kind, answered_by, answered_at, extended_until, reason, entry_json, signature
       FROM answers WHERE register_id = ? AND expires_at > ? ORDER BY answered_at, holding_id`,
    )
    .bind(registerId, nowSeconds)
    .all<AnswerRow>();
  return { answers: results.map(toPending) };
}

function toPending(r: AnswerRow): PendingAnswer {
  if (r.kind === 'deleted') {
    return {
      kind: 'deleted',
      holdingId: r.holding_id,
      answeredAt: r.answered_at,
      entry: JSON.parse(r.entry_json ?? '{}'),
      signature: r.signature ?? '',
    };
  }
  return {
    kind: 'extended',
    holdingId: r.holding_id,
    answeredAt: r.answered_at,
    answeredBy: r.answered_by,
    extendedUntil: r.extended_until ?? '',
    reason: r.reason ?? '',
  };
}

/** Holdings with an answer still held: the nightly job reminds nobody about them. */
export async function answeredHoldings(
  db: D1Database,
  registerId: string,
  nowSeconds: number,
): Promise<Set<string>> {
  const { results } = await db
    .prepare('SELECT holding_id FROM answers WHERE register_id = ? AND expires_at > ?')
    .bind(registerId, nowSeconds)
    .all<{ holding_id: string }>();
  return new Set(results.map((r) => r.holding_id));
}

/** Deletes acknowledged answers (one statement, json_each); returns how many went. */
export async function deleteAnswers(
  db: D1Database,
  registerId: string,
  holdingIds: readonly string[],
): Promise<number> {
  if (holdingIds.length === 0) return 0;
  const result = await db
    .prepare('DELETE FROM answers WHERE register_id = ?1 AND holding_id IN (SELECT value FROM json_each(?2))')
    .bind(registerId, JSON.stringify(holdingIds))
    .run();
  return result.meta.changes;
}

/** Purges answers and tokens past their time (nightly, with the run summary). */
export function purgeExpired(db: D1Database, nowSeconds: number): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM answers WHERE expires_at <= ?').bind(nowSeconds),
    db.prepare('DELETE FROM action_tokens WHERE expires_at <= ?').bind(nowSeconds),
  ];
}
