// The Queue consumer of the nightly job: one message is one register for one run date. Each
// message is handled on its own (acked on success, retried on failure), so one register's
// failure never stops the others. For a register it loads the current snapshot and the
// reminders already recorded, prepares who may be emailed (issue 15: new addresses get a
// confirmation email, capped; only confirmed ones get reminders), plans, renders, sends each
// message within the night's caps and records it right after the send, warns the admin
// (including about caps reached and addresses that left), and writes the run summary (which
// also purges old records).

import { buildMimeMessage } from '../../email/mime.ts';
import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type { SyncPayload, SyncRegister } from '../../shared/sync/types.ts';
import { renderConfirmation } from '../email/confirmation.tsx';
import { confirmUrl, listHeaders, publicOrigin, unsubscribeUrl } from '../email/links.ts';
import { type RenderedEmail, renderMessage } from '../email/render.tsx';
import {
  keepsBodies,
  type MailBindings,
  type OutgoingEmail,
  type Sender,
  senderFor,
} from '../email/sender.ts';
import type { Env } from '../env.ts';
import { confirmationsTonight, type Recipient } from '../recipients/book.ts';
import { confirmationSentStatement, newToken, tokenHash } from '../recipients/store.ts';
import { D1_QUERIES_PER_INVOCATION, meteredD1, type QueryMeter } from '../store/queryBudget.ts';
import { deleteRegister, loadRegisterJobMeta } from '../store/registers.ts';
import { loadCurrentSnapshot } from '../store/snapshot.ts';
import { type Audience, type NightCounter, nightCounter, prepareAudience, rolesOf } from './audience.ts';
import { type Caps, type CapVars, capsFrom } from './caps.ts';
import {
  type CapReport,
  type PlanInput,
  type PlannedMessage,
  planNotices,
  planReminders,
  type ReminderKey,
} from './plan.ts';
import {
  failingStreaks,
  finishRun,
  KEYS_PER_STATEMENT,
  loadRecorded,
  loadRunHistory,
  type OutboxEntry,
  type RunSummary,
  recordCutShort,
  recordFailed,
  recordSentStatements,
} from './records.ts';

/** The body of one queue message. */
export interface RegisterJob {
  registerId: string;
  /** Civil date of the run in the register's time zone; computed from scheduledTime if absent. */
  runDate?: string;
  /** The cron's scheduled instant (epoch ms): the Date header, and the run date if absent. */
  scheduledTime?: number;
}

/** Items per message: the rest waits for the next run (still unrecorded, so still owed), which
 * bounds every message's size and every record batch whatever a register's backlog. */
export const MAX_ITEMS_PER_MESSAGE = 2000;
/** D1 queries a register needs at least (reads, records, summary): a register is started only
 * when this many remain of the invocation's 1,000, else its message is retried. */
export const QUERIES_PER_REGISTER_RESERVE = 150;

export interface RunOptions {
  /** The instant the run stands for (the cron's scheduled time). */
  scheduledTime: number;
  /** Overrides the run date computed from scheduledTime in the register's time zone. */
  runDate?: string;
  sender?: Sender;
  /** The invocation's D1 meter: a send starts only if its record still fits the budget. */
  meter?: QueryMeter;
  /** Test hook: runs after a send succeeded and before it is recorded (a crash there is the
   * one way a message can go out twice). */
  afterSend?: (email: OutgoingEmail) => void | Promise<void>;
}

export type RunOutcome =
  | {
      kind: 'ran';
      registerId: string;
      runDate: string;
      sent: number;
      failed: number;
      failedAddresses: string[];
    }
  | { kind: 'notFound'; registerId: string }
  | { kind: 'neverSynced'; registerId: string; runDate: string }
  | { kind: 'deleted'; registerId: string; runDate: string };

/** D1 queries after the last send: the run summary and purge batch (5) and some slack. */
const QUERIES_TO_FINISH = 8;

/** The invocation ran out of D1 queries before this register was done; retried, it resumes.
 * Carries what the run had done, so the cut can be put on record. */
export class QueryBudgetExhausted extends Error {
  override name = 'QueryBudgetExhausted';
  constructor(readonly done: RunSummary) {
    super(
      `D1 query budget of this invocation exhausted during register ${done.registerId}; it will be retried`,
    );
  }
}

type JobEnv = Pick<Env, 'SENDER_ADDRESS' | 'PRODUCT_NAME' | 'MODE' | 'PUBLIC_ORIGIN'> &
  MailBindings &
  CapVars;

function civilDateOf(iso: string | null, timeZone: string): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : todayInTimeZone(timeZone, ms);
}

function domainOf(address: string): string {
  return address.split('@')[1] || 'art30.invalid';
}

/** One run's sending state: where it sends from and what it has sent so far. */
interface Delivery {
  env: JobEnv;
  db: D1Database;
  registerId: string;
  runDate: string;
  register: SyncRegister;
  sender: Sender;
  keepBodies: boolean;
  options: RunOptions;
  sent: number;
  failedAddresses: string[];
  origin: string;
  audience: Audience;
  counter: NightCounter;
  caps: Caps;
  capsReached: CapReport[];
}

/** Never start a send whose record might not fit in this invocation's D1 budget: a send
 * without its record is the one way to send twice. The queue retries the register, and the
 * retry skips everything already recorded. */
function ensureBudget(run: Delivery, keys: readonly ReminderKey[]): void {
  const meter = run.options.meter;
  if (!meter) return;
  // The send's record, the night counter's statement, and what the run needs to finish.
  const needed = 2 + Math.ceil(keys.length / KEYS_PER_STATEMENT) + QUERIES_TO_FINISH;
  if (meter.limit - meter.queries < needed) {
    const { registerId, runDate, sent, failedAddresses } = run;
    throw new QueryBudgetExhausted({
      registerId,
      runDate,
      sent,
      failed: failedAddresses.length,
      failedAddresses,
    });
  }
}

/** The recipient's one-click unsubscribe link; every email carries one. */
function leaveUrl(run: Delivery, to: string): string {
  const token = run.audience.leaveTokens.get(to);
  if (!token) throw new Error(`No unsubscribe token for ${to}; not sent`);
  return unsubscribeUrl(run.origin, token);
}

/** The email around a rendered message, with the list headers of RFC 8058. */
function envelope(run: Delivery, to: string, rendered: RenderedEmail, entry: OutboxEntry, leave: string) {
  const { env } = run;
  entry.subject = rendered.subject;
  if (run.keepBodies) {
    entry.bodyText = rendered.text;
    entry.bodyHtml = rendered.html;
  }
  const parts = { subject: rendered.subject, text: rendered.text, html: rendered.html };
  const headers = listHeaders(leave);
  const from = { from: env.SENDER_ADDRESS, fromName: env.PRODUCT_NAME };
  return {
    ...from,
    to,
    ...parts,
    headers,
    messageId: entry.id,
    raw: buildMimeMessage({
      ...from,
      to,
      ...parts,
      date: run.options.scheduledTime,
      messageId: entry.id,
      headers,
    }),
  } satisfies OutgoingEmail;
}

function outboxEntry(
  run: Delivery,
  recipient: string,
  kind: PlannedMessage['kind'],
  keys: ReminderKey[],
): OutboxEntry {
  return {
    id: `${run.runDate}.${crypto.randomUUID()}@${domainOf(run.env.SENDER_ADDRESS)}`,
    registerId: run.registerId,
    runDate: run.runDate,
    recipient,
    kind,
    subject: '',
    keys,
    bodyText: null,
    bodyHtml: null,
    attemptedAt: new Date().toISOString(),
  };
}

/** Sends one email and, right after it succeeded, runs its record batch; a failed send is
 * recorded as failed (no reminder rows), so the next run tries again. */
async function sendAndRecord(
  run: Delivery,
  entry: OutboxEntry,
  compose: () => Promise<OutgoingEmail>,
  extra: D1PreparedStatement[] = [],
): Promise<void> {
  let email: OutgoingEmail;
  try {
    email = await compose();
    await run.sender.send(email);
  } catch (error) {
    // Not sent (an address the MIME writer refuses, a size limit, the service said no).
    run.failedAddresses.push(entry.recipient);
    await recordFailed(run.db, entry, error instanceof Error ? error.message : String(error));
    return;
  }
  await run.options.afterSend?.(email);
  await run.db.batch([...recordSentStatements(run.db, entry), ...extra]);
  run.sent++;
}

/** Sends one planned message within the night's caps; a message a cap holds back stays
 * unrecorded (owed again tomorrow) and is counted in the admin's cap notice. */
async function deliverMessage(run: Delivery, message: PlannedMessage, exempt = false): Promise<void> {
  const keys: ReminderKey[] = [...message.items.map((i) => i.key), ...message.notices.map((n) => n.key)];
  ensureBudget(run, keys);
  if (!(await run.counter.take(exempt))) return;
  const entry = outboxEntry(run, message.recipient, message.kind, keys);
  await sendAndRecord(run, entry, async () => {
    const leave = leaveUrl(run, message.recipient);
    const context = { register: run.register, runDate: run.runDate, unsubscribeUrl: leave };
    return envelope(run, message.recipient, await renderMessage(message, context), entry, leave);
  });
}

/** One confirmation email: a fresh token whose hash is stored with the send's record. */
async function deliverConfirmation(run: Delivery, payload: SyncPayload, r: Recipient): Promise<void> {
  const key: ReminderKey = {
    itemId: `confirm:${r.address}`,
    recipient: r.address,
    kind: 'confirmation',
    keyDate: run.runDate,
  };
  ensureBudget(run, [key]);
  if (!(await run.counter.take())) return;
  const token = newToken();
  const entry = outboxEntry(run, r.address, 'notice', [key]);
  const stored = confirmationSentStatement(
    run.db,
    run.registerId,
    r.address,
    await tokenHash(token),
    run.runDate,
  );
  await sendAndRecord(
    run,
    entry,
    async () => {
      const leave = leaveUrl(run, r.address);
      const rendered = await renderConfirmation({
        lang: run.register.lang,
        registerName: run.register.name,
        addedBy: run.audience.book.enrolledBy,
        roles: rolesOf(payload, r.address, run.audience.breachResponsibles),
        confirmUrl: confirmUrl(run.origin, token),
        unsubscribeUrl: leave,
      });
      return envelope(run, r.address, rendered, entry, leave);
    },
    [stored],
  );
}

/** Tonight's confirmation emails, at most the register's cap; the rest are reported. */
async function sendConfirmations(run: Delivery, payload: SyncPayload): Promise<void> {
  const cap = run.caps.confirmationsPerRegisterPerNight;
  const { send, held } = confirmationsTonight(run.audience.book, run.audience.order, run.runDate, cap);
  let notSent = held;
  for (const r of send) {
    const before = run.sent + run.failedAddresses.length;
    await deliverConfirmation(run, payload, r);
    if (run.sent + run.failedAddresses.length === before) notSent++;
  }
  if (notSent > 0) run.capsReached.push({ cap: 'confirmations', limit: cap, held: notSent });
}

/** The nightly job for one register and one run date. */
export async function runRegister(
  env: JobEnv,
  db: D1Database,
  registerId: string,
  options: RunOptions,
): Promise<RunOutcome> {
  const meta = await loadRegisterJobMeta(db, registerId);
  if (!meta) return { kind: 'notFound', registerId };
  const timeZone = meta.time_zone ?? DEFAULT_TIME_ZONE;
  const runDate = options.runDate ?? todayInTimeZone(timeZone, options.scheduledTime);

  const payload = await loadCurrentSnapshot(db, registerId);
  // Enrolled but never synced: nobody to remind and no admin to warn. The nightly fan-out does
  // not enqueue such a register, and purges it a week after enrolment (scheduled.ts).
  if (!payload) return { kind: 'neverSynced', registerId, runDate };

  const caps = capsFrom(env);
  const [recorded, history, audience, counter] = await Promise.all([
    loadRecorded(db, registerId, runDate),
    loadRunHistory(db, registerId, runDate),
    prepareAudience(db, registerId, payload, runDate, timeZone, caps),
    nightCounter(db, registerId, runDate, options.scheduledTime, caps),
  ]);
  const input: PlanInput = {
    payload,
    runDate,
    lastSyncDate: civilDateOf(meta.last_sync_at, timeZone),
    recorded,
    book: audience.book,
  };
  if (planNotices(input).deleteRegister) {
    await deleteRegister(db, registerId);
    return { kind: 'deleted', registerId, runDate };
  }

  const run: Delivery = {
    env,
    db,
    registerId,
    runDate,
    register: payload.register,
    sender: options.sender ?? senderFor(env),
    keepBodies: keepsBodies(env),
    options,
    sent: 0,
    failedAddresses: [],
    origin: publicOrigin(env),
    audience,
    counter,
    caps,
    capsReached: [],
  };
  if (audience.overCap > 0)
    run.capsReached.push({ cap: 'recipients', limit: caps.recipientsPerRegister, held: audience.overCap });
  await sendConfirmations(run, payload);

  const { messages } = planReminders(input);
  for (const message of messages) {
    await deliverMessage(run, { ...message, items: message.items.slice(0, MAX_ITEMS_PER_MESSAGE) });
  }
  // Failures of this run count towards a failing streak, so the admin hears on the third.
  const streaks = failingStreaks({ runDate, failedAddresses: run.failedAddresses }, history);
  const capsReached = [...run.capsReached, ...counter.reports()];
  const notice = planNotices({ ...input, failingStreaks: streaks, capsReached }).message;
  if (notice) await deliverMessage(run, notice, true);
  if (capsReached.length > 0) console.warn(`Register ${registerId} reached caps on ${runDate}`, capsReached);

  const { sent, failedAddresses } = run;
  const summary = { registerId, runDate, sent, failed: failedAddresses.length, failedAddresses };
  await finishRun(db, summary, new Date().toISOString());
  return { kind: 'ran', ...summary };
}

export interface BatchOptions {
  sender?: Sender;
  afterSend?: RunOptions['afterSend'];
  /** Receives the invocation's D1 meter (benchmark and tests). */
  onMeter?: (meter: QueryMeter) => void;
  /** A smaller query budget than the platform's, to cut a run short in tests. */
  queryLimit?: number;
}

/**
 * The Queue consumer. All registers of one invocation share the platform's 1,000-query budget:
 * a register is started only while QUERIES_PER_REGISTER_RESERVE remain, else it is retried in a
 * later invocation. Each message is acked or retried on its own.
 */
export async function consumeRegisterBatch(
  batch: MessageBatch<RegisterJob>,
  env: Env,
  options: BatchOptions = {},
): Promise<RunOutcome[]> {
  const { db, meter } = meteredD1(env.DB, options.queryLimit ?? D1_QUERIES_PER_INVOCATION);
  options.onMeter?.(meter);
  const outcomes: RunOutcome[] = [];
  for (const message of batch.messages) {
    if (meter.limit - meter.queries < QUERIES_PER_REGISTER_RESERVE) {
      message.retry();
      continue;
    }
    const job = message.body;
    try {
      const outcome = await runRegister(env, db, job.registerId, {
        scheduledTime: job.scheduledTime ?? message.timestamp.getTime(),
        runDate: job.runDate,
        sender: options.sender,
        afterSend: options.afterSend,
        meter,
      });
      outcomes.push(outcome);
      message.ack();
    } catch (error) {
      console.error(`Nightly run of register ${job.registerId} failed; it will be retried`, error);
      // Its send budget always leaves room for this one statement (QUERIES_TO_FINISH).
      if (error instanceof QueryBudgetExhausted && meter.queries < meter.limit) {
        await recordCutShort(db, error.done, 'queryBudget', new Date().toISOString()).catch(() => undefined);
      }
      message.retry();
    }
  }
  return outcomes;
}
