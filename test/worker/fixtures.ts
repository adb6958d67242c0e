// Test fixtures of the worker's nightly job that need workerd (imported only by worker tests and
// the benchmark): a way to enrol and sync a register into D1 at a fixed instant, and a sender
// that records what it was asked to send and fails on demand. The payloads themselves come from
// the one payload fixture, test/fixtures/examplePayload.ts.

import type { SyncPayload } from '../../shared/sync/types.ts';
import type { OutgoingEmail, Sender } from '../../worker/email/sender.ts';
import { writeSnapshot } from '../../worker/store/snapshot.ts';

/** Enrol a register row and make `snapshot` its current snapshot, synced at `syncedAt`. */
export async function enrolAndSync(
  db: D1Database,
  registerId: string,
  snapshot: SyncPayload,
  syncedAt: string,
  createdAt = syncedAt,
): Promise<void> {
  await db
    .prepare(
      `INSERT INTO registers (id, spreadsheet_id, key_ciphertext, key_iv, created_at) VALUES (?, ?, 'c', 'iv', ?)`,
    )
    .bind(registerId, snapshot.register.spreadsheetId, createdAt)
    .run();
  const outcome = await writeSnapshot(
    db,
    registerId,
    snapshot,
    `hash-${snapshot.version}`,
    Date.parse(syncedAt),
  );
  if (outcome.kind !== 'written') throw new Error(`fixture snapshot not written: ${outcome.kind}`);
}

/** Records every send; fails for the addresses in `failing` (mutable between runs). */
export class RecordingSender implements Sender {
  readonly sent: OutgoingEmail[] = [];
  readonly attempts: OutgoingEmail[] = [];
  failing = new Set<string>();

  async send(message: OutgoingEmail): Promise<void> {
    this.attempts.push(message);
    if (this.failing.has(message.to)) throw new Error(`mailbox ${message.to} unavailable`);
    this.sent.push(message);
  }
}

/** Epoch ms of a UTC instant written `YYYY-MM-DDTHH:MM`. */
export function utc(isoMinute: string): number {
  return Date.parse(`${isoMinute}:00Z`);
}
