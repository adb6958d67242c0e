// The Queue consumer of the nightly job: one message is one register for one run date. Each
// message is handled on its own (acked on success, retried on failure), so one register's
// failure never stops the others. For a register it loads the current snapshot and the
// reminders already recorded, plans, renders, sends each message and records it right after
// the send, warns the admin, and writes the run summary (which also purges old records).

import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type { SyncRegister } from '../../shared/sync/types.ts';
import { buildMimeMessage } from '../email/mime.ts';
import { renderMessage } from '../email/render.tsx';
import {
  keepsBodies,
  type MailBindings,
  type OutgoingEmail,
  type Sender,
  senderFor,
} from '../email/sender.ts';
import type { Env } from '../env.ts';
import { D1_QUERIES_PER_INVOCATION, meteredD1, type QueryMeter } from '../store/queryBudget.ts';
import { deleteRegister, loadRegisterJobMeta } from '../store/registers.ts';
import { loadCurrentSnapshot } from '../store/snapshot.ts';
import { type PlanInput, type PlannedMessage, planNotices, planReminders, type ReminderKey } from './plan.ts';
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
  recordSent,
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

type JobEnv = Pick<Env, 'SENDER_ADDRESS' | 'PRODUCT_NAME' | 'MODE'> & MailBindings;

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
}

/** Never start a send whose record might not fit in this invocation's D1 budget: a send
 * without its record is the one way to send twice. The queue retries the register, and the
 * retry skips everything already recorded. */
function ensureBudget(run: Delivery, keys: readonly ReminderKey[]): void {
  const meter = run.options.meter;
  if (!meter) return;
  const needed = 1 + Math.ceil(keys.length / KEYS_PER_STATEMENT) + QUERIES_TO_FINISH;
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

/** The rendered email of one planned message, and the outbox entry that records it. */
async function composeEmail(
  run: Delivery,
  message: PlannedMessage,
  entry: OutboxEntry,
): Promise<OutgoingEmail> {
  const { env } = run;
  const rendered = await renderMessage(message, { register: run.register, runDate: run.runDate });
  entry.subject = rendered.subject;
  if (run.keepBodies) {
    entry.bodyText = rendered.text;
    entry.bodyHtml = rendered.html;
  }
  const parts = { subject: rendered.subject, text: rendered.text, html: rendered.html };
  return {
    from: env.SENDER_ADDRESS,
    to: message.recipient,
    ...parts,
    messageId: entry.id,
    raw: buildMimeMessage({
      from: env.SENDER_ADDRESS,
      fromName: env.PRODUCT_NAME,
      to: message.recipient,
      ...parts,
      date: run.options.scheduledTime,
      messageId: entry.id,
      headers: { 'Auto-Submitted': 'auto-generated' },
    }),
  };
}

/** Sends one message and records it right after the send; a failed send is recorded as
 * failed (no reminder rows), so the next run tries again. */
async function deliverMessage(run: Delivery, message: PlannedMessage): Promise<void> {
  const keys: ReminderKey[] = [...message.items.map((i) => i.key), ...message.notices.map((n) => n.key)];
  ensureBudget(run, keys);
  const entry: OutboxEntry = {
    id: `${run.runDate}.${crypto.randomUUID()}@${domainOf(run.env.SENDER_ADDRESS)}`,
    registerId: run.registerId,
    runDate: run.runDate,
    recipient: message.recipient,
    kind: message.kind,
    subject: '',
    keys,
    bodyText: null,
    bodyHtml: null,
    attemptedAt: new Date().toISOString(),
  };
  let email: OutgoingEmail;
  try {
    email = await composeEmail(run, message, entry);
    await run.sender.send(email);
  } catch (error) {
    // Not sent (an address the MIME writer refuses, a size limit, the service said no).
    run.failedAddresses.push(message.recipient);
    await recordFailed(run.db, entry, error instanceof Error ? error.message : String(error));
    return;
  }
  await run.options.afterSend?.(email);
  await recordSent(run.db, entry);
  run.sent++;
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

  const [recorded, history] = await Promise.all([
    loadRecorded(db, registerId, runDate),
    loadRunHistory(db, registerId, runDate),
  ]);
  const input: PlanInput = {
    payload,
    runDate,
    lastSyncDate: civilDateOf(meta.last_sync_at, timeZone),
    recorded,
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
  };
  const deliver = (message: PlannedMessage) => deliverMessage(run, message);

  const { messages } = planReminders(input);
  for (const message of messages) {
    await deliver({ ...message, items: message.items.slice(0, MAX_ITEMS_PER_MESSAGE) });
  }
  // Failures of this run count towards a failing streak, so the admin hears on the third.
  const streaks = failingStreaks({ runDate, failedAddresses: run.failedAddresses }, history);
  const notice = planNotices({ ...input, failingStreaks: streaks }).message;
  if (notice) await deliver(notice);

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
