// Who may receive email from a register, as a pure value: the state of every address the
// register knows (waiting, confirmed, unsubscribed, failing), the enrolling user's verified
// address (confirmed by enrolment), and the decisions built on them: where an item owed to an
// address goes (the address itself only when it confirmed; else a confirmed fallback, with the
// reason), which addresses a snapshot names, and which of them get a confirmation email tonight.
// No I/O: worker/recipients/store.ts loads and saves, the nightly job decides with this.

import { addDays, compareIso } from '../../shared/calendar/civilDate.ts';
import { type RecipientState, WAITING_WARNING_DAYS } from '../../shared/sync/api.ts';
import { recipientAddress } from '../../shared/sync/assess.ts';
import type { SyncPayload } from '../../shared/sync/types.ts';
import { openBreachesOf } from '../store/breaches.ts';

export { type RecipientState, WAITING_WARNING_DAYS };

/** A confirmation email is resent once, this many days after the first, if still unanswered. */
export const RESEND_CONFIRMATION_AFTER_DAYS = 7;
/** A confirmation link works for this many days after its email. */
export const CONFIRMATION_VALID_DAYS = 14;

export interface Recipient {
  address: string;
  state: RecipientState;
  /** Civil date the register first named it. */
  firstSeen: string;
  /** Civil date of the latest confirmation email, null before the first. */
  confirmSentOn: string | null;
  /** Confirmation emails sent so far: 0, 1 or 2. */
  confirmEmails: number;
  /** Civil date of the last change of state (when it confirmed, left or started failing). */
  changedOn: string;
}

/** Why an item did not go to the address it belongs to. */
export type RedirectReason = RecipientState | 'overCap';

export interface Route {
  /** Who receives it: a confirmed address, or null when the register has none. */
  to: string | null;
  /** Set when `to` is not the address the item belongs to. */
  redirectedFrom?: { address: string; reason: RedirectReason };
}

export class RecipientBook {
  readonly byAddress: ReadonlyMap<string, Recipient>;

  constructor(
    recipients: readonly Recipient[],
    /** The enrolling user's verified address (issue 14); confirmed by enrolment. */
    readonly enrolledBy: string | null,
    /** The register's admin address (snapshot), the first fallback. */
    readonly admin: string | null,
  ) {
    this.byAddress = new Map(recipients.map((r) => [r.address, r]));
  }

  stateOf(address: string): RecipientState | null {
    const state = this.byAddress.get(address)?.state ?? null;
    // The enrolling user's verified address counts as confirmed, unless it has left since.
    if (address === this.enrolledBy && state !== 'unsubscribed' && state !== 'failing') return 'confirmed';
    return state;
  }

  isConfirmed(address: string | null): address is string {
    return address !== null && this.stateOf(address) === 'confirmed';
  }

  /** The confirmed address that takes over: the admin, else the enrolling user. */
  fallback(except: string): string | null {
    for (const candidate of [this.admin, this.enrolledBy]) {
      if (candidate && candidate !== except && this.isConfirmed(candidate)) return candidate;
    }
    return null;
  }

  /** Where an item owed to `address` goes tonight. */
  route(address: string | null): Route {
    if (address === null) return { to: null };
    if (this.isConfirmed(address)) return { to: address };
    const state = this.stateOf(address);
    const reason: RedirectReason = state ?? 'overCap';
    return { to: this.fallback(address), redirectedFrom: { address, reason } };
  }
}

/** Every address a snapshot names, most important first: the admin (who hears about
 * everything), the escalation contact, the owners in the order of the activities, then those
 * responsible for open data-subject requests and open breaches (the reminders of issues 20 and
 * 21 obey the same rules). */
export function namedAddresses(payload: SyncPayload): string[] {
  const named = [
    recipientAddress(payload.register.adminEmail),
    recipientAddress(payload.register.escalationEmail),
    ...payload.activities.map((a) => recipientAddress(a.ownerEmail)),
    ...payload.requests.filter((q) => q.state === 'open').map((q) => recipientAddress(q.responsibleEmail)),
    ...openBreachesOf(payload.breaches).map((b) => recipientAddress(b.responsibleEmail)),
  ];
  return [...new Set(named.filter((a): a is string => a !== null))];
}

/** Whether a waiting address is owed a confirmation email on `runDate`: the first, or the one
 * resend once RESEND_CONFIRMATION_AFTER_DAYS have passed since it. */
export function owesConfirmation(r: Recipient, runDate: string, book?: RecipientBook): boolean {
  if (r.state !== 'waiting' || (book && book.stateOf(r.address) !== 'waiting')) return false;
  if (r.confirmEmails === 0 || r.confirmSentOn === null) return true;
  if (r.confirmEmails >= 2) return false;
  return compareIso(runDate, addDays(r.confirmSentOn, RESEND_CONFIRMATION_AFTER_DAYS)) >= 0;
}

/** The confirmation emails of one night, at most `cap`, in the book's order (the admin first);
 * `held` counts those owed but left for a later night. */
export function confirmationsTonight(
  book: RecipientBook,
  order: readonly string[],
  runDate: string,
  cap: number,
): { send: Recipient[]; held: number } {
  const ordered = order.map((a) => book.byAddress.get(a)).filter((r): r is Recipient => r !== undefined);
  const owed = ordered.filter((r) => owesConfirmation(r, runDate, book));
  return { send: owed.slice(0, cap), held: Math.max(0, owed.length - cap) };
}

/** Whether a confirmation link sent on `sentOn` has expired on `today`. */
export function confirmationExpired(sentOn: string | null, today: string): boolean {
  return sentOn === null || compareIso(today, addDays(sentOn, CONFIRMATION_VALID_DAYS)) > 0;
}

/** A book in which every address the snapshot names has confirmed: what the cadence tests and
 * the cross-part property tests plan with, since they are not about confirmation. */
export function everyoneConfirmed(payload: SyncPayload): RecipientBook {
  const recipients = namedAddresses(payload).map((address) => ({
    address,
    state: 'confirmed' as const,
    firstSeen: '2026-01-01',
    confirmSentOn: '2026-01-01',
    confirmEmails: 1,
    changedOn: '2026-01-01',
  }));
  return new RecipientBook(recipients, null, recipientAddress(payload.register.adminEmail));
}
