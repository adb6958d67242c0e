// The identity of a reminder: (item, recipient, kind, key date). The reminders table holds each
// at most once (UNIQUE), written only after the send succeeded; the planner skips keys already
// there. Key dates are the first day of a cadence step (see cadence.ts).

export type ReminderKind =
  | 'dueSoon'
  | 'due'
  | 'overdue'
  | 'escalation'
  | 'routine'
  | 'review'
  | 'mayDelete'
  | 'floorReview'
  | 'staleSync'
  | 'failingAddress'
  | 'inactiveRegister'
  // Issue 15: the confirmation email, an address that left, a cap reached.
  | 'confirmation'
  | 'addressUnsubscribed'
  | 'addressFailing'
  | 'capReached'
  // Breaches (hourly run, hourly.ts): key date '24h', '48h', '60h' or '72h'.
  | 'breach'
  | 'breachEscalation';

/** What makes a reminder unique: recorded at most once, after its send succeeded. */
export interface ReminderKey {
  itemId: string;
  recipient: string;
  kind: ReminderKind;
  keyDate: string;
}

export function reminderKeyString(key: ReminderKey): string {
  return `${key.itemId}\u0000${key.recipient}\u0000${key.kind}\u0000${key.keyDate}`;
}
