// The nightly job's side of issue 15: who may be emailed tonight, and how much. Before planning,
// a register's run adds the addresses its snapshot names to the recipients table (up to the
// recipient cap), builds the RecipientBook the planner routes through, and counts messages
// against the per-register and per-deployment caps of the night. What a cap holds back is
// reported (CapReport) and stays unrecorded, so it is owed again the next night.

import { todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import { recipientAddress } from '../../shared/sync/assess.ts';
import type { SyncPayload } from '../../shared/sync/types.ts';
import { namedAddresses, RecipientBook } from '../recipients/book.ts';
import {
  addNamedAddresses,
  loadEnrolledBy,
  loadRecipients,
  type StoredRecipient,
} from '../recipients/store.ts';
import { loadBreachResponsibles } from '../store/breaches.ts';
import type { Caps } from './caps.ts';
import type { CapReport } from './plan.ts';

export interface Audience {
  book: RecipientBook;
  /** Named addresses in the order they are asked to confirm (enrolling user, admin, …). */
  order: string[];
  leaveTokens: ReadonlyMap<string, string>;
  /** Named addresses left out by the recipient cap. */
  overCap: number;
  /** The responsible address of each open breach (from the open-breach index). */
  breachResponsibles: string[];
}

/** Adds the snapshot's new addresses and returns the night's book. */
export async function prepareAudience(
  db: D1Database,
  registerId: string,
  payload: SyncPayload,
  runDate: string,
  timeZone: string,
  caps: Caps,
): Promise<Audience> {
  const [stored, enrolledBy, breachRows] = await Promise.all([
    loadRecipients(db, registerId),
    loadEnrolledBy(db, registerId),
    loadBreachResponsibles(db, registerId),
  ]);
  const breachResponsibles = breachRows.map(recipientAddress).filter((a) => a !== null);
  // The enrolling user is first: confirmed by enrolment, it needs a row for its unsubscribe link.
  const named = [...namedAddresses(payload), ...breachResponsibles];
  const order = [...new Set([...(enrolledBy ? [enrolledBy] : []), ...named])];
  const known = new Set(stored.map((r) => r.address));
  const { added, overCap } = await addNamedAddresses(
    db,
    registerId,
    order,
    known,
    runDate,
    caps.recipientsPerRegister,
    enrolledBy,
  );
  const all = added.length > 0 ? await loadRecipients(db, registerId) : stored;
  const admin = recipientAddress(payload.register.adminEmail);
  return { ...bookOf(all, enrolledBy, admin, timeZone), order, overCap: overCap.length, breachResponsibles };
}

/** The book of stored recipients, and each one's unsubscribe token. */
export function bookOf(
  stored: readonly StoredRecipient[],
  enrolledBy: string | null,
  admin: string | null,
  timeZone: string,
): Pick<Audience, 'book' | 'leaveTokens'> {
  const recipients = stored.map((r) => ({
    ...r,
    changedOn: todayInTimeZone(timeZone, Date.parse(r.changedAt)),
  }));
  return {
    book: new RecipientBook(recipients, enrolledBy, admin),
    leaveTokens: new Map(stored.map((r) => [r.address, r.leaveToken])),
  };
}

/** The roles an address has in a snapshot and the open breaches, for its confirmation email. */
export function rolesOf(payload: SyncPayload, address: string, breachResponsibles: readonly string[]) {
  return {
    ownerOf: payload.activities.filter((a) => recipientAddress(a.ownerEmail) === address).length,
    requests: payload.requests.filter(
      (q) => q.state === 'open' && recipientAddress(q.responsibleEmail) === address,
    ).length,
    breaches: breachResponsibles.filter((a) => a === address).length,
    admin: recipientAddress(payload.register.adminEmail) === address,
    escalation: recipientAddress(payload.register.escalationEmail) === address,
  };
}

/** Counts one night's messages against the register's and the deployment's caps. */
export class NightCounter {
  private heldRegister = 0;
  private heldDeployment = 0;

  constructor(
    private readonly db: D1Database,
    private readonly caps: Caps,
    /** UTC date of the cron: the deployment's night. */
    private readonly night: string,
    /** Messages this register already sent on this run date (a rerun adds to them). */
    private sentByRegister: number,
  ) {}

  /** Takes one message from both caps; false (and counted as held) when either is reached.
   * The admin's one notice per night is `exempt`: a cap is reported, never itself capped. */
  async take(exempt = false): Promise<boolean> {
    if (!exempt && this.sentByRegister >= this.caps.messagesPerRegisterPerNight) {
      this.heldRegister++;
      return false;
    }
    const limit = exempt ? Number.MAX_SAFE_INTEGER : this.caps.messagesPerDeploymentPerNight;
    const result = await this.db
      .prepare(
        `INSERT INTO deployment_nights (night, sent) VALUES (?1, 1)
         ON CONFLICT (night) DO UPDATE SET sent = sent + 1 WHERE sent < ?2`,
      )
      .bind(this.night, limit)
      .run();
    if (result.meta.changes === 0) {
      this.heldDeployment++;
      return false;
    }
    this.sentByRegister++;
    return true;
  }

  reports(): CapReport[] {
    const out: CapReport[] = [];
    if (this.heldRegister > 0)
      out.push({
        cap: 'registerMessages',
        limit: this.caps.messagesPerRegisterPerNight,
        held: this.heldRegister,
      });
    if (this.heldDeployment > 0)
      out.push({
        cap: 'deploymentMessages',
        limit: this.caps.messagesPerDeploymentPerNight,
        held: this.heldDeployment,
      });
    return out;
  }
}

/** A NightCounter that knows what this register already sent on `runDate`. */
export async function nightCounter(
  db: D1Database,
  registerId: string,
  runDate: string,
  scheduledTime: number,
  caps: Caps,
): Promise<NightCounter> {
  const row = await db
    .prepare(`SELECT COUNT(*) AS n FROM outbox WHERE register_id = ? AND run_date = ? AND status = 'sent'`)
    .bind(registerId, runDate)
    .first<{ n: number }>();
  const night = new Date(scheduledTime).toISOString().slice(0, 10);
  return new NightCounter(db, caps, night, row?.n ?? 0);
}
