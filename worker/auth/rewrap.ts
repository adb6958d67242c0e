// Moving every register key to the current KEK (auth/keys.ts), so an old KEK can be removed
// from the configuration. Bounded per call: at most `maxKeys` keys, read and written in batches,
// so one call stays far inside the invocation's D1 query budget; the operator calls again until
// nothing remains. Each key is swapped only if it is unchanged since it was read, so a key
// rotated meanwhile is not overwritten (it is already under the current KEK).

import { type EnrolledRegister, replaceWrappedKeyStatement, wrappedKeyOf } from '../store/registers.ts';
import { type KeyRing, unwrapRegisterKey, wrapRegisterKey } from './keys.ts';

/** Keys read and written per D1 round trip. */
export const REWRAP_BATCH = 100;
/** Keys per call unless the caller asks for fewer. */
export const REWRAP_MAX_KEYS = 2_000;

export interface RewrapResult {
  kekVersion: number;
  rewrapped: number;
  /** Registers whose key does not unwrap with the configured KEKs: left as they are. */
  unreadable: string[];
  /** Keys still under another KEK version after this call (unreadable ones included). */
  remaining: number;
}

interface KeyRow {
  id: string;
  spreadsheet_id: string;
  key_ciphertext: string;
  key_iv: string;
  kek_version: number;
}

const asRegister = (r: KeyRow): EnrolledRegister => ({
  id: r.id,
  spreadsheetId: r.spreadsheet_id,
  keyCiphertext: r.key_ciphertext,
  keyIv: r.key_iv,
  kekVersion: r.kek_version,
});

/** One batch after `after` (by id): re-wraps what unwraps, returns the last id seen. */
async function rewrapBatch(
  db: D1Database,
  ring: KeyRing,
  after: string,
  limit: number,
  result: RewrapResult,
) {
  const { results } = await db
    .prepare(
      `SELECT id, spreadsheet_id, key_ciphertext, key_iv, kek_version FROM registers
       WHERE kek_version != ? AND id > ? ORDER BY id LIMIT ?`,
    )
    .bind(ring.current, after, limit)
    .all<KeyRow>();
  const updates: D1PreparedStatement[] = [];
  for (const register of results.map(asRegister)) {
    const key = await unwrapRegisterKey(ring, register.id, wrappedKeyOf(register));
    if (!key) {
      result.unreadable.push(register.id);
      continue;
    }
    const next = await wrapRegisterKey(ring, register.id, key);
    updates.push(replaceWrappedKeyStatement(db, register.id, wrappedKeyOf(register), next));
  }
  if (updates.length > 0) {
    for (const r of await db.batch(updates)) result.rewrapped += r.meta.changes;
  }
  return { last: results.at(-1)?.id ?? null, full: results.length === limit };
}

export async function rewrapRegisterKeys(
  db: D1Database,
  ring: KeyRing,
  maxKeys = REWRAP_MAX_KEYS,
): Promise<RewrapResult> {
  const result: RewrapResult = { kekVersion: ring.current, rewrapped: 0, unreadable: [], remaining: 0 };
  let after = '';
  for (let seen = 0; seen < maxKeys; ) {
    const limit = Math.min(REWRAP_BATCH, maxKeys - seen);
    const batch = await rewrapBatch(db, ring, after, limit, result);
    if (batch.last === null) break;
    seen += limit;
    after = batch.last;
    if (!batch.full) break;
  }
  const left = await db
    .prepare('SELECT count(*) AS n FROM registers WHERE kek_version != ?')
    .bind(ring.current)
    .first<{ n: number }>();
  result.remaining = left?.n ?? 0;
  return result;
}
