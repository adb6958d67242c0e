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

import { buildMimeMessage } from '../../email/mime.ts';
import { MILESTONE_HOURS, milestoneReached } from '../../shared/breaches/clock.ts';
import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type { Lang } from '../../shared/register/types.ts';
import { renderBreachMessage } from '../email/breach.tsx';
import { keepsBodies, type MailBindings, type Sender, senderFor } from '../email/sender.ts';
import type { Env } from '../env.ts';
import { loadDueBreaches, type OpenBreach } from '../store/breaches.ts';
import { type OutboxEntry, recordFailed, recordSent } from './records.ts';
import { type ReminderKey, reminderKeyString } from './reminderKey.ts';

const HOUR = 3_600_000;

type HourlyEnv = Pick<Env, 'DB' | 'SENDER_ADDRESS' | 'PRODUCT_NAME' | 'MODE'> & MailBindings;

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
  spreadsheet_url: string | null;
  admin_email: string | null;
  escalation_email: string | null;
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
        'SELECT name, lang, time_zone, spreadsheet_url, admin_email, escalation_email FROM registers WHERE id = ?',
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
  for (const breach of breaches) {
    const milestone = milestoneReached(breach.awareAt, now);
    if (milestone === null) continue;
    const recipients = new Set(
      [breach.responsibleEmail ?? info.admin_email, info.escalation_email ?? info.admin_email].filter(
        (a): a is string => Boolean(a),
      ),
    );
    for (const recipient of recipients) {
      const key: ReminderKey = {
        itemId: `breach:${breach.breachId}`,
        recipient,
        kind: milestone === 72 ? 'breachEscalation' : 'breach',
        keyDate: `${milestone}h`,
      };
      if (recorded.has(reminderKeyString(key))) continue;
      const ok = await deliver(env, sender, registerId, info, breach, milestone, key, now);
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
  breach: OpenBreach,
  milestone: (typeof MILESTONE_HOURS)[number],
  key: ReminderKey,
  now: number,
): Promise<boolean> {
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
    const rendered = await renderBreachMessage({
      lang: info.lang ?? 'da',
      timeZone,
      registerName: info.name ?? '',
      spreadsheetUrl: info.spreadsheet_url,
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
    await sender.send({
      from: env.SENDER_ADDRESS,
      to: key.recipient,
      ...parts,
      messageId: entry.id,
      raw: buildMimeMessage({
        from: env.SENDER_ADDRESS,
        fromName: env.PRODUCT_NAME,
        to: key.recipient,
        ...parts,
        date: now,
        messageId: entry.id,
        headers: { 'Auto-Submitted': 'auto-generated' },
      }),
    });
  } catch (error) {
    await recordFailed(env.DB, entry, error instanceof Error ? error.message : String(error));
    return false;
  }
  await recordSent(env.DB, entry);
  return true;
}
