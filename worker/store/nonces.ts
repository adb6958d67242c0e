// The nonce store: a signed request's nonce may be used once within the signature window.
// Expired nonces are swept in the same batch that spends a new one, so the table stays small.

import { SIGNATURE_WINDOW_SECONDS } from '../../shared/sync/signing.ts';

/** Records the nonce; false when it was already spent (a replay). */
export async function spendNonce(
  db: D1Database,
  registerId: string,
  nonce: string,
  nowSeconds: number,
): Promise<boolean> {
  // A nonce must outlive every timestamp that could still be accepted with it.
  const expiresAt = nowSeconds + 2 * SIGNATURE_WINDOW_SECONDS;
  const [, insert] = await db.batch([
    db.prepare('DELETE FROM nonces WHERE expires_at < ?').bind(nowSeconds),
    db
      .prepare('INSERT INTO nonces (register_id, nonce, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
      .bind(registerId, nonce, expiresAt),
  ]);
  return insert.meta.changes === 1;
}
