// Test fixtures of the worker's nightly job that need workerd (imported only by worker tests and
// the benchmark): a way to enrol and sync a register into D1 at a fixed instant (its addresses
// confirmed, issue 15, unless a test says otherwise), the job's environment, and a sender that
// records what it was asked to send and fails on demand. The payloads themselves come from
// the one payload fixture, test/fixtures/examplePayload.ts.

import type { SyncPayload } from '../../shared/sync/types.ts';
import type { OutgoingEmail, Sender } from '../../worker/email/sender.ts';
import { everyoneConfirmed, namedAddresses } from '../../worker/recipients/book.ts';
import { newToken } from '../../worker/recipients/store.ts';
import { writeSnapshot } from '../../worker/store/snapshot.ts';

export { everyoneConfirmed };

/** Stores `addresses` of a register as confirmed (as if each had POSTed its confirmation). */
export async function confirmAddresses(db: D1Database, registerId: string, addresses: readonly string[]) {
  await db.batch(
    addresses.map((address) =>
      db
        .prepare(
          `INSERT INTO recipients (register_id, address, state, first_seen, confirm_emails, leave_token, changed_at)
           VALUES (?, ?, 'confirmed', '2026-01-01', 1, ?, '2026-01-01T00:00:00Z')
           ON CONFLICT (register_id, address) DO UPDATE SET state = 'confirmed'`,
        )
        .bind(registerId, address, newToken()),
    ),
  );
}

/** Enrol a register row and make `snapshot` its current snapshot, synced at `syncedAt`. Every
 * address it names is stored as confirmed unless `confirmed` is false. */
export async function enrolAndSync(
  db: D1Database,
  registerId: string,
  snapshot: SyncPayload,
  syncedAt: string,
  createdAt = syncedAt,
  confirmed = true,
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
  if (confirmed) await confirmAddresses(db, registerId, namedAddresses(snapshot));
}

/** The job's view of the environment in tests: local mode (the outbox keeps bodies). */
export function jobEnv(extra: Record<string, string> = {}) {
  return {
    SENDER_ADDRESS: 'reminders@example.org',
    PRODUCT_NAME: 'Art30',
    MODE: 'local',
    PUBLIC_ORIGIN: 'https://art30.example.org',
    ...extra,
  };
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
