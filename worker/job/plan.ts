// The nightly job's decisions, as a pure function: given a register's current snapshot, the
// run date (a civil date in the register's time zone) and the reminders already recorded,
// which messages go to whom today. No I/O and no clock: the consumer loads, this decides,
// the sender sends, the outbox records. Rules (see "Reminder cadence" in the contracts):
// - an owner hears about an item when it enters the due-soon window, on its due date, then
//   weekly while overdue, all in one digest per owner; items of an activity without an owner
//   go to the register's admin;
// - from `escalationAfterDays` overdue the escalation contact (else the admin) gets a separate
//   digest of only the escalated items, then weekly;
// - the admin is warned when the last sync is older than 7 days (weekly), about owner
//   addresses whose sends failed on 3 or more consecutive runs (once per streak), and when the
//   register has not synced for 13 months (once; it is deleted a month later).
// Each reminder is keyed (item, recipient, kind, key date) and a key already recorded is never
// planned again. Nobody receives anything without having confirmed their address (issue 15):
// every recipient goes through the register's RecipientBook, which sends an unconfirmed,
// unsubscribed or failing address's items to a confirmed fallback (the admin, else the
// enrolling user) with a note naming the address and why.

import { addDays, addMonths, compareIso, daysBetween } from '../../shared/calendar/civilDate.ts';
import type { RetentionRule } from '../../shared/retention/types.ts';
import {
  assessPayload,
  type HoldingItem,
  type PayloadAssessment,
  type RequestItem,
  type ReviewItem,
  type RoutineItem,
  recipientAddress,
} from '../../shared/sync/assess.ts';
import type { Cadence, SyncActivity, SyncPayload } from '../../shared/sync/types.ts';
import type { RecipientBook, RedirectReason } from '../recipients/book.ts';
import { escalationStep, ownerStep, type Stage, weeklySince, weekStart } from './cadence.ts';
import type { CapKind } from './caps.ts';
import { type ReminderKey, type ReminderKind, reminderKeyString } from './reminderKey.ts';

export { type ReminderKey, type ReminderKind, reminderKeyString };

/** A sync counts as stale when it is older than this many days on the run date. */
export const STALE_SYNC_DAYS = 7;
/** Sends to one address failing on this many consecutive runs warn the admin. */
export const FAILING_ADDRESS_RUNS = 3;
/** A register not synced for this many months is warned about, and deleted a month later. */
export const INACTIVE_REGISTER_MONTHS = 13;
export const DELETE_INACTIVE_AFTER_MONTHS = 14;

export type ItemSubject = 'holding' | 'routine' | 'review' | 'request';

/** Why a recipient gets an item: owner of its activity, admin of an unowned activity, or
 * escalation contact. The email footer says so. */
export type Via = 'owner' | 'admin' | 'escalation';

/** One line of a digest. */
export interface ReminderItem {
  key: ReminderKey;
  subject: ItemSubject;
  /** dueSoon/due/overdue; 'stale' for a review; 'neverRun' for a routine never done;
   * 'mayDelete' when a minimum period has run (the date is the first day of deletion) and
   * 'floorReview' when nobody decided about it in time. */
  stage: Stage | 'stale' | 'neverRun' | 'mayDelete' | 'floorReview';
  via: Via;
  activityId: string;
  activityName: string;
  /** The holding's pseudonymous reference; null for routines and reviews. */
  reference: string | null;
  due: string | null;
  daysOverdue: number;
  rule: RetentionRule | null;
  ruleText: string;
  extended: boolean;
  /** For a deletion routine: how often it runs. */
  cadence?: Cadence;
  sheet: 'retentionLog' | 'activities' | 'requests';
  sheetRow: number;
  /** Set when the item belongs to another address that may not receive email (issue 15). */
  redirectedFrom?: { address: string; reason: RedirectReason };
}

export type Notice =
  | { key: ReminderKey; kind: 'staleSync'; lastSync: string; daysSinceSync: number }
  | {
      key: ReminderKey;
      kind: 'failingAddress';
      address: string;
      failingSince: string;
      consecutiveRuns: number;
    }
  | { key: ReminderKey; kind: 'inactiveRegister'; lastSync: string; deleteOn: string }
  | {
      key: ReminderKey;
      kind: 'addressLeft';
      address: string;
      state: 'unsubscribed' | 'failing';
      since: string;
    }
  | { key: ReminderKey; kind: 'capReached'; cap: CapKind; limit: number; held: number };

/** A cap the run reached: what was held back for a later night. */
export interface CapReport {
  cap: CapKind;
  limit: number;
  held: number;
}

export type MessageKind = 'digest' | 'escalation' | 'notice';

export interface PlannedMessage {
  kind: MessageKind;
  recipient: string;
  items: ReminderItem[];
  notices: Notice[];
}

/** A streak of failed sends to one address, read from the runs of earlier dates. */
export interface FailingStreak {
  address: string;
  /** Run date of the first failure of the streak. */
  since: string;
  consecutiveRuns: number;
}

export interface PlanInput {
  payload: SyncPayload;
  runDate: string;
  /** Civil date of the last successful sync, in the register's time zone. */
  lastSyncDate: string | null;
  /** Keys already recorded (reminderKeyString). */
  recorded: ReadonlySet<string>;
  /** Who may receive email: every recipient is routed through it. */
  book: RecipientBook;
  failingStreaks?: readonly FailingStreak[];
  /** Caps this run reached (the consumer fills it in before planning the notices). */
  capsReached?: readonly CapReport[];
}

export interface RegisterPlan {
  runDate: string;
  messages: PlannedMessage[];
  /** Items owed to nobody: no owner and no admin address. */
  unaddressed: number;
  /** The register has not synced for 14 months: delete everything held for it. */
  deleteRegister: boolean;
}

/** Lower-cased and trimmed, so one person is one recipient however the sheet spells it;
 * null when it is not one usable address. */
export function normaliseAddress(address: string | null | undefined): string | null {
  return recipientAddress(address);
}

const STAGE_ORDER: Record<ReminderItem['stage'], number> = {
  overdue: 0,
  due: 1,
  neverRun: 2,
  stale: 3,
  floorReview: 4,
  dueSoon: 5,
  mayDelete: 6,
};

function compareItems(a: ReminderItem, b: ReminderItem): number {
  return (
    STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] ||
    b.daysOverdue - a.daysOverdue ||
    compareIso(a.due ?? '9999-12-31', b.due ?? '9999-12-31') ||
    a.activityName.localeCompare(b.activityName) ||
    (a.reference ?? '').localeCompare(b.reference ?? '') ||
    a.key.itemId.localeCompare(b.key.itemId)
  );
}

const KIND_ORDER: Record<MessageKind, number> = { digest: 0, escalation: 1, notice: 2 };

/** The reminder digests (owners, admin for unowned activities) and escalation digests of one
 * run, sorted by kind and recipient, items most urgent first. */
export function planReminders(input: PlanInput): { messages: PlannedMessage[]; unaddressed: number } {
  const { payload, runDate, recorded } = input;
  // Item ids name the sheet they come from ('holding:', 'routine:', 'review:', 'request:'), so a holding
  // and an activity sharing an id never share a reminder record.
  const owed = new Map<string, PlannedMessage>();
  let unaddressed = 0;
  const isNew = (key: ReminderKey) => !recorded.has(reminderKeyString(key));
  const messageFor = (kind: MessageKind, recipient: string): PlannedMessage => {
    const id = `${kind}\u0000${recipient}`;
    let m = owed.get(id);
    if (!m) {
      m = { kind, recipient, items: [], notices: [] };
      owed.set(id, m);
    }
    return m;
  };

  // Adds the item to the digest of whoever may receive it for `owner` when the key is new.
  const remind: Remind = (owner, itemId, item, kind, keyDate) => {
    const { to, redirectedFrom } = input.book.route(owner);
    if (!to) {
      unaddressed++;
      return;
    }
    const key: ReminderKey = { itemId, recipient: to, kind, keyDate };
    if (isNew(key)) {
      const line: ReminderItem = redirectedFrom ? { ...item, key, redirectedFrom } : { ...item, key };
      messageFor(item.via === 'escalation' ? 'escalation' : 'digest', to).items.push(line);
    }
  };

  const assessed = assessPayload(payload, runDate);
  for (const item of assessed.holdings) planHolding(item, assessed, remind);
  for (const item of assessed.routines) planRoutine(item, assessed, remind);
  for (const item of assessed.reviews) planReview(item, runDate, remind);
  for (const item of assessed.requests) planRequest(item, assessed, remind);

  const messages = [...owed.values()];
  for (const m of messages) m.items.sort(compareItems);
  messages.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.recipient.localeCompare(b.recipient));
  return { messages, unaddressed };
}

type Remind = (
  to: string | null,
  itemId: string,
  item: Omit<ReminderItem, 'key'>,
  kind: ReminderKind,
  keyDate: string,
) => void;

/** A holding in its owner's digest at each cadence step, and in the escalation digest once
 * long overdue. Deleted, held, manual and undated holdings are not reminded. */
function planHolding(item: HoldingItem, assessed: PayloadAssessment, remind: Remind): void {
  const { holding: h, assessment: a } = item;
  const runDate = assessed.runDate;
  if (a.status === 'mayDelete' || a.status === 'floorReview') {
    planFloor(item, runDate, remind);
    return;
  }
  if (a.due === null || (a.status !== 'overdue' && a.status !== 'dueSoon' && a.status !== 'ok')) return;
  const step = ownerStep(a.due, runDate, assessed.dueSoonDays);
  if (!step) return;
  const base = {
    subject: 'holding' as const,
    activityId: h.activityId,
    activityName: item.activity?.name ?? h.activityId,
    reference: h.reference,
    due: a.due,
    daysOverdue: step.daysOverdue,
    rule: item.rule,
    ruleText: item.ruleText,
    extended: a.extended,
    sheet: 'retentionLog' as const,
    sheetRow: h.sheetRow,
  };
  const itemId = `holding:${h.id}`;
  const { address, via } = item.responsible;
  remind(address, itemId, { ...base, stage: step.stage, via }, step.stage, step.keyDate);
  const esc = escalationStep(a.due, runDate, assessed.escalationAfterDays);
  if (esc) {
    const escalated = { ...base, stage: 'overdue' as const, via: 'escalation' as const };
    remind(assessed.escalationContact, itemId, escalated, 'escalation', esc.keyDate);
  }
}

/** An open data-subject request, like a holding: in its responsible's digest when it enters the
 * request window, on its deadline, then weekly while overdue; escalated when long overdue. The
 * line names the right exercised; its "rule" is the statutory period. */
function planRequest(item: RequestItem, assessed: PayloadAssessment, remind: Remind): void {
  const { request: q, due } = item;
  const step = ownerStep(due, assessed.runDate, assessed.requestWindow);
  const base = {
    subject: 'request' as const,
    activityId: q.type,
    activityName: q.type,
    reference: q.reference,
    due,
    rule: null,
    ruleText: q.extended ? 'extended' : 'month',
    extended: q.extended,
    sheet: 'requests' as const,
    sheetRow: q.sheetRow,
  };
  const itemId = `request:${q.id}`;
  if (step) {
    const { address, via } = item.responsible;
    remind(
      address,
      itemId,
      { ...base, stage: step.stage, via, daysOverdue: step.daysOverdue },
      step.stage,
      step.keyDate,
    );
  }
  const esc = escalationStep(due, assessed.runDate, assessed.escalationAfterDays);
  if (esc) {
    const escalated = {
      ...base,
      stage: 'overdue' as const,
      via: 'escalation' as const,
      daysOverdue: esc.daysOverdue,
    };
    remind(assessed.escalationContact, itemId, escalated, 'escalation', esc.keyDate);
  }
}

/** A minimum period that has run: one notice on its date ("may now be deleted: decide"),
 * never overdue and never escalated; undecided after the register's window, a review item,
 * weekly like other reviews. */
function planFloor(item: HoldingItem, runDate: string, remind: Remind): void {
  const { holding: h, assessment: a } = item;
  if (!a.mayDeleteFrom || !a.reviewFrom) return;
  const review = a.status === 'floorReview';
  const stage = review ? ('floorReview' as const) : ('mayDelete' as const);
  const keyDate = review ? (weeklySince(a.reviewFrom, runDate) ?? a.reviewFrom) : a.mayDeleteFrom;
  const { address, via } = item.responsible;
  remind(
    address,
    `holding:${h.id}`,
    {
      subject: 'holding',
      stage,
      via,
      activityId: h.activityId,
      activityName: item.activity?.name ?? h.activityId,
      reference: h.reference,
      due: a.mayDeleteFrom,
      daysOverdue: 0,
      rule: item.rule,
      ruleText: item.ruleText,
      extended: a.extended,
      sheet: 'retentionLog',
      sheetRow: h.sheetRow,
    },
    stage,
    keyDate,
  );
}

/** A deletion routine: 'never run' weekly, else like a holding within its own window. */
function planRoutine(item: RoutineItem, assessed: PayloadAssessment, remind: Remind): void {
  const { activity, assessment: r } = item;
  const runDate = assessed.runDate;
  const { address, via } = item.responsible;
  const routineId = `routine:${activity.id}`;
  const cadence = activity.routineCadence ?? undefined;
  const base = { ...activityBase(activity), subject: 'routine' as const, cadence };
  if (r.status === 'never') {
    const never = { ...base, stage: 'neverRun' as const, via, due: null, daysOverdue: 0 };
    remind(address, routineId, never, 'routine', weekStart(runDate));
    return;
  }
  if (r.due === null || r.status === 'none') return;
  const step = ownerStep(r.due, runDate, item.window);
  const dated = { ...base, due: r.due };
  if (step) {
    const owed = { ...dated, stage: step.stage, via, daysOverdue: step.daysOverdue };
    remind(address, routineId, owed, 'routine', step.keyDate);
  }
  const esc = escalationStep(r.due, runDate, assessed.escalationAfterDays);
  if (esc) {
    const escalated = {
      ...dated,
      stage: 'overdue' as const,
      via: 'escalation' as const,
      daysOverdue: esc.daysOverdue,
    };
    remind(assessed.escalationContact, routineId, escalated, 'escalation', esc.keyDate);
  }
}

/** A stale review, weekly from the day after it fell due (or from this week if never done). */
function planReview(item: ReviewItem, runDate: string, remind: Remind): void {
  const { address, via } = item.responsible;
  const keyDate = (item.due && weeklySince(addDays(item.due, 1), runDate)) || weekStart(runDate);
  const review = {
    ...activityBase(item.activity),
    subject: 'review' as const,
    stage: 'stale' as const,
    via,
    due: item.due,
    daysOverdue: item.daysLate,
  };
  remind(address, `review:${item.activity.id}`, review, 'review', keyDate);
}

function activityBase(activity: SyncActivity) {
  return {
    activityId: activity.id,
    activityName: activity.name,
    reference: null,
    rule: activity.rule,
    ruleText: activity.ruleText,
    extended: false,
    sheet: 'activities' as const,
    sheetRow: activity.sheetRow,
  };
}

/**
 * The admin's notices of one run: stale sync (weekly from the 8th day), register not synced for
 * 13 months (once), addresses failing on 3 or more consecutive runs (once per streak, counting
 * the current run when the consumer passes its failures). All dated by the run date.
 */
export function planNotices(input: PlanInput): { message: PlannedMessage | null; deleteRegister: boolean } {
  const { runDate, recorded } = input;
  // The admin's notices go to the admin once confirmed, else to the confirmed fallback.
  const admin = input.book.route(normaliseAddress(input.payload.register.adminEmail)).to;
  const notices: Notice[] = [];
  let deleteRegister = false;
  const notice = (n: Notice) => {
    if (!recorded.has(reminderKeyString(n.key))) notices.push(n);
  };
  if (input.lastSyncDate) {
    const last = input.lastSyncDate;
    const since = daysBetween(last, runDate);
    const staleFrom = addDays(last, STALE_SYNC_DAYS + 1);
    const step = since > STALE_SYNC_DAYS ? weeklySince(staleFrom, runDate) : null;
    if (admin && step) {
      notice({
        key: { itemId: 'register', recipient: admin, kind: 'staleSync', keyDate: step },
        kind: 'staleSync',
        lastSync: last,
        daysSinceSync: since,
      });
    }
    const warnOn = addMonths(last, INACTIVE_REGISTER_MONTHS);
    const deleteOn = addMonths(last, DELETE_INACTIVE_AFTER_MONTHS);
    if (compareIso(runDate, deleteOn) >= 0) deleteRegister = true;
    else if (admin && compareIso(runDate, warnOn) >= 0) {
      notice({
        key: { itemId: 'register', recipient: admin, kind: 'inactiveRegister', keyDate: warnOn },
        kind: 'inactiveRegister',
        lastSync: last,
        deleteOn,
      });
    }
  }
  for (const streak of input.failingStreaks ?? []) {
    if (!admin || streak.consecutiveRuns < FAILING_ADDRESS_RUNS) continue;
    notice({
      key: {
        itemId: `address:${streak.address}`,
        recipient: admin,
        kind: 'failingAddress',
        keyDate: streak.since,
      },
      kind: 'failingAddress',
      address: streak.address,
      failingSince: streak.since,
      consecutiveRuns: streak.consecutiveRuns,
    });
  }

  if (admin) for (const n of addressAndCapNotices(input, admin)) notice(n);

  const message: PlannedMessage | null =
    admin && notices.length > 0 ? { kind: 'notice', recipient: admin, items: [], notices } : null;
  return { message, deleteRegister };
}

/** Addresses of the snapshot that left (unsubscribed, once per change) or keep bouncing
 * (failing), and the caps this run reached (once per cap and night). */
function addressAndCapNotices(input: PlanInput, admin: string): Notice[] {
  const out: Notice[] = [];
  for (const r of input.book.byAddress.values()) {
    if (r.state !== 'unsubscribed' && r.state !== 'failing') continue;
    const kind = r.state === 'unsubscribed' ? 'addressUnsubscribed' : 'addressFailing';
    const key: ReminderKey = { itemId: `address:${r.address}`, recipient: admin, kind, keyDate: r.changedOn };
    out.push({ key, kind: 'addressLeft', address: r.address, state: r.state, since: r.changedOn });
  }
  for (const c of input.capsReached ?? []) {
    const key: ReminderKey = {
      itemId: `cap:${c.cap}`,
      recipient: admin,
      kind: 'capReached',
      keyDate: input.runDate,
    };
    out.push({ key, kind: 'capReached', ...c });
  }
  return out;
}

/** Decide every message of one register for one run date: digests, escalations, notices. */
export function planRegister(input: PlanInput): RegisterPlan {
  const { runDate } = input;
  const notices = planNotices(input);
  if (notices.deleteRegister) return { runDate, messages: [], unaddressed: 0, deleteRegister: true };
  const { messages, unaddressed } = planReminders(input);
  if (notices.message) messages.push(notices.message);
  return { runDate, messages, unaddressed, deleteRegister: false };
}
