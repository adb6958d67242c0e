// The hourly breach run (issue 21). The 72-hour clock of Art. 33(1) cannot wait for the nightly
// job, so a second cron runs every hour and reads the open-breach index (store/breaches.ts)
// and nothing else: registers without a running clock cost nothing. For each open breach it
// works out the latest milestone reached (shared/breaches/clock.ts: 24, 48, 60, 72 hours after
// awareness) and tells the responsible person and the escalation contact (each falling back to
// the register's admin) once per milestone: a reminder at 24/48/60, the escalation at 72.
//
// Once per milestone, as for deletion reminders: each (breach, recipient, kind, milestone) is
// a reminders row written in one batch with its outbox row right after the send succeeded; a
// failed send writes no reminder, so the next hour tries again; only a crash between a send and
// that batch can send one message twice. A missed hour sends the latest milestone only.
//
// Issue 15's rules hold here too: each address goes through the register's RecipientBook, so an
// address that has not confirmed (or left) is replaced by the confirmed fallback, whose message
// says so; every message carries one-click unsubscribe and links only to the bound spreadsheet.
// The nightly caps do not apply: a few messages per breach, and the legal clock must not wait.

import { buildMimeMessage } from '../../email/mime.ts';
import { MILESTONE_HOURS, milestoneReached } from '../../shared/breaches/clock.ts';
import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type { Lang } from '../../shared/register/types.ts';
import { recipientAddress } from '../../shared/sync/assess.ts';
import { renderBreachMessage } from '../email/breach.tsx';
import { listHeaders, publicOrigin, spreadsheetLink, unsubscribeUrl } from '../email/links.ts';
import { emailMessages } from '../email/messages.ts';
import { keepsBodies, type MailBindings, type Sender, senderFor } from '../email/sender.ts';
import type { Env } from '../env.ts';
import type { RecipientBook, Route } from '../recipients/book.ts';
import { addNamedAddresses, loadEnrolledBy, loadRecipients } from '../recipients/store.ts';
import { loadDueBreaches, type OpenBreach } from '../store/breaches.ts';
import { bookOf } from './audience.ts';
import { type CapVars, capsFrom } from './caps.ts';
import { type OutboxEntry, recordFailed, recordSent } from './records.ts';
import { type ReminderKey, reminderKeyString } from './reminderKey.ts';

const HOUR = 3_600_000;

type HourlyEnv = Pick<Env, 'DB' | 'SENDER_ADDRESS' | 'PRODUCT_NAME' | 'MODE' | 'PUBLIC_ORIGIN'> &
  MailBindings &
  CapVars;

export interface HourlySummary {
  registers: number;
  breaches: number;
  sent: number;
  failed: number;
}

interface RegisterInfo {
  name: string | null;
  lang: Lang | null;
  time_zone: string | null;
  spreadsheet_id: string;
  admin_email: string | null;
  escalation_email: string | null;
}

/** Who may be emailed for the register, and their unsubscribe tokens. */
interface Audience {
  book: RecipientBook;
  leaveTokens: ReadonlyMap<string, string>;
}

/** Runs the breach reminders due at `now` (the cron's scheduled time, never the wall clock). */
export async function runHourly(
  env: HourlyEnv,
  now: number,
  options: { sender?: Sender } = {},
): Promise<HourlySummary> {
  const due = await loadDueBreaches(env.DB, now, MILESTONE_HOURS[0] * HOUR);
  const byRegister = new Map<string, OpenBreach[]>();
  for (const b of due) byRegister.set(b.registerId, [...(byRegister.get(b.registerId) ?? []), b]);
  const summary: HourlySummary = { registers: byRegister.size, breaches: due.length, sent: 0, failed: 0 };
  const sender = options.sender ?? senderFor(env);
  for (const [registerId, breaches] of byRegister) {
    try {
      await remindRegister(env, sender, registerId, breaches, now, summary);
    } catch (error) {
      // One register's failure never stops the others; its reminders are owed next hour.
      console.error(`Hourly breach run, register ${registerId}:`, error);
    }
  }
  return summary;
}

/** The register's row and the breach reminders already recorded for it: one batch. */
async function loadRegisterState(db: D1Database, registerId: string) {
  const [reg, recorded] = await db.batch([
    db
      .prepare(
        'SELECT name, lang, time_zone, spreadsheet_id, admin_email, escalation_email FROM registers WHERE id = ?',
      )
      .bind(registerId),
    db
      .prepare(
        `SELECT item_id, recipient, kind, key_date FROM reminders WHERE register_id = ? AND item_id LIKE 'breach:%'`,
      )
      .bind(registerId),
  ]);
  const keys = new Set(
    (recorded.results as { item_id: string; recipient: string; kind: string; key_date: string }[]).map((r) =>
      reminderKeyString({
        itemId: r.item_id,
        recipient: r.recipient,
        kind: r.kind as ReminderKey['kind'],
        keyDate: r.key_date,
      }),
    ),
  );
  return { info: reg.results[0] as RegisterInfo | undefined, recorded: keys };
}

/** The register's book. Addresses the breaches name that it does not know yet (a breach synced
 * since the last nightly run) are added as waiting, within the recipient cap, so the next
 * nightly run asks them to confirm; until then their messages go to the fallback. */
async function loadAudience(
  env: HourlyEnv,
  registerId: string,
  info: RegisterInfo,
  breaches: readonly OpenBreach[],
  now: number,
): Promise<Audience> {
  const [stored, enrolledBy] = await Promise.all([
    loadRecipients(env.DB, registerId),
    loadEnrolledBy(env.DB, registerId),
  ]);
  const timeZone = info.time_zone ?? DEFAULT_TIME_ZONE;
  const named = [
    ...new Set(breaches.map((b) => recipientAddress(b.responsibleEmail)).filter((a) => a !== null)),
  ];
  const known = new Set(stored.map((r) => r.address));
  const cap = capsFrom(env).recipientsPerRegister;
  const runDate = todayInTimeZone(timeZone, now);
  const { added } = await addNamedAddresses(env.DB, registerId, named, known, runDate, cap, enrolledBy);
  const all = added.length > 0 ? await loadRecipients(env.DB, registerId) : stored;
  return bookOf(all, enrolledBy, recipientAddress(info.admin_email), timeZone);
}

/** Where the breach's messages go: its responsible and the escalation contact (each else the
 * admin), each routed through the book; one message per address that may receive it. */
function routesOf(breach: OpenBreach, info: RegisterInfo, book: RecipientBook): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const owner of [
    breach.responsibleEmail ?? info.admin_email,
    info.escalation_email ?? info.admin_email,
  ]) {
    const route = book.route(recipientAddress(owner));
    if (route.to && !routes.has(route.to)) routes.set(route.to, route);
  }
  return routes;
}

async function remindRegister(
  env: HourlyEnv,
  sender: Sender,
  registerId: string,
  breaches: OpenBreach[],
  now: number,
  summary: HourlySummary,
): Promise<void> {
  const { info, recorded } = await loadRegisterState(env.DB, registerId);
  if (!info) return;
  const audience = await loadAudience(env, registerId, info, breaches, now);
  for (const breach of breaches) {
    const milestone = milestoneReached(breach.awareAt, now);
    if (milestone === null) continue;
    for (const [recipient, route] of routesOf(breach, info, audience.book)) {
      const key: ReminderKey = {
        itemId: `breach:${breach.breachId}`,
        recipient,
        kind: milestone === 72 ? 'breachEscalation' : 'breach',
        keyDate: `${milestone}h`,
      };
      if (recorded.has(reminderKeyString(key))) continue;
      const message = { breach, milestone, key, route, audience };
      const ok = await deliver(env, sender, registerId, info, message, now);
      if (ok) summary.sent++;
      else summary.failed++;
    }
  }
}

/** Sends one breach message and records it right after the send (failed: no reminder row). */
async function deliver(
  env: HourlyEnv,
  sender: Sender,
  registerId: string,
  info: RegisterInfo,
  message: {
    breach: OpenBreach;
    milestone: (typeof MILESTONE_HOURS)[number];
    key: ReminderKey;
    route: Route;
    audience: Audience;
  },
  now: number,
): Promise<boolean> {
  const { breach, milestone, key, route, audience } = message;
  const timeZone = info.time_zone ?? DEFAULT_TIME_ZONE;
  const runDate = todayInTimeZone(timeZone, now);
  const domain = env.SENDER_ADDRESS.split('@')[1] || 'art30.invalid';
  const entry: OutboxEntry = {
    id: `${runDate}.${crypto.randomUUID()}@${domain}`,
    registerId,
    runDate,
    recipient: key.recipient,
    kind: milestone === 72 ? 'escalation' : 'notice',
    subject: '',
    keys: [key],
    bodyText: null,
    bodyHtml: null,
    attemptedAt: new Date().toISOString(),
  };
  try {
    const token = audience.leaveTokens.get(key.recipient);
    if (!token) throw new Error(`No unsubscribe token for ${key.recipient}; not sent`);
    const leave = unsubscribeUrl(publicOrigin(env), token);
    const lang = info.lang ?? 'da';
    const from = route.redirectedFrom;
    const rendered = await renderBreachMessage({
      lang,
      timeZone,
      registerName: info.name ?? '',
      spreadsheetLink: spreadsheetLink(info.spreadsheet_id),
      redirectNote: from ? emailMessages(lang).redirected(from.address, from.reason) : null,
      unsubscribeUrl: leave,
      reference: breach.reference,
      awareAt: breach.awareAt,
      milestone,
      role: breach.role,
    });
    entry.subject = rendered.subject;
    if (keepsBodies(env)) {
      entry.bodyText = rendered.text;
      entry.bodyHtml = rendered.html;
    }
    const parts = { subject: rendered.subject, text: rendered.text, html: rendered.html };
    const envelope = { from: env.SENDER_ADDRESS, fromName: env.PRODUCT_NAME, to: key.recipient };
    const headers = listHeaders(leave);
    await sender.send({
      ...envelope,
      ...parts,
      headers,
      messageId: entry.id,
      raw: buildMimeMessage({ ...envelope, ...parts, date: now, messageId: entry.id, headers }),
    });
  } catch (error) {
    await recordFailed(env.DB, entry, error instanceof Error ? error.message : String(error));
    return false;
  }
  await recordSent(env.DB, entry);
  return true;
}
