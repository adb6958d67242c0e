/** @jsxImportSource hono/jsx */
// Turns a planned message into what the recipient reads: a subject with counts, an HTML body
// rendered with hono/jsx (which escapes every interpolated value, so an activity named
// `<script>` arrives as text) and a plain-text body saying the same. The register's language
// picks the catalogue; the rule is described in plain words by the shared describeRetention.

import type { Lang } from '../../shared/register/types.ts';
import { describeRetention } from '../../shared/retention/describe.ts';
import type { SyncRegister } from '../../shared/sync/types.ts';
import { CADENCES } from '../../shared/vocabularies/cadences.ts';
import type { Notice, PlannedMessage, ReminderItem } from '../job/plan.ts';
import { type Counts, type EmailCatalogue, emailMessages } from './messages.ts';

/** A digest lists at most this many items and counts the rest, so that no message nears
 * the 5 MiB limit whatever the size of the register. */
export const MAX_LISTED_ITEMS = 200;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface RenderContext {
  register: SyncRegister;
}

/** Count the items the subject line announces. */
export function countItems(items: readonly ReminderItem[]): Counts {
  const c: Counts = { overdue: 0, due: 0, dueSoon: 0, routines: 0, reviews: 0 };
  for (const item of items) {
    if (item.subject === 'routine') c.routines++;
    else if (item.subject === 'review') c.reviews++;
    else if (item.daysOverdue > 0) c.overdue++;
    else if (item.stage === 'due') c.due++;
    else c.dueSoon++;
  }
  return c;
}

/**
 * The link to an item's row: the spreadsheet's URL without any fragment, then the sheet's gid
 * and the row. Only https URLs become links; anything else (a `javascript:` URL slipped into
 * a payload) is dropped rather than rendered.
 */
export function rowLink(
  register: SyncRegister,
  item: Pick<ReminderItem, 'sheet' | 'sheetRow'>,
): string | null {
  const base = register.spreadsheetUrl.split('#')[0];
  if (!/^https:\/\/[^\s"'<>]+$/.test(base)) return null;
  const gid = item.sheet === 'retentionLog' ? register.sheetGids.retentionLog : register.sheetGids.activities;
  return `${base}#gid=${gid}&range=A${item.sheetRow}`;
}

function ruleInWords(item: ReminderItem, lang: Lang): string {
  // A routine's line says how often it runs; a holding's says its retention rule.
  if (item.subject === 'routine' && item.cadence) {
    return CADENCES.find((c) => c.id === item.cadence)?.label[lang] ?? item.cadence;
  }
  if (item.rule) {
    try {
      const words = describeRetention(item.rule, lang);
      if (words) return words;
    } catch {
      // An unexpected rule shape must not stop the digest: fall back to the sheet's own text.
    }
  }
  return item.ruleText;
}

interface ItemLine {
  activity: string;
  reference: string;
  status: string;
  due: string;
  daysOverdue: string;
  rule: string;
  link: string | null;
}

function itemLine(item: ReminderItem, m: EmailCatalogue, ctx: RenderContext): ItemLine {
  const lang = ctx.register.lang;
  const reference =
    item.subject === 'routine'
      ? m.routineReference
      : item.subject === 'review'
        ? m.reviewReference
        : (item.reference ?? '');
  const stage = item.subject === 'holding' && item.daysOverdue > 0 ? 'overdue' : item.stage;
  return {
    activity: item.activityName,
    reference,
    status: m.stage[stage] + (item.extended ? ` (${m.extended})` : ''),
    due: item.due ? m.formatDate(item.due) : m.noDate,
    daysOverdue: item.daysOverdue > 0 ? String(item.daysOverdue) : '',
    rule: item.subject === 'review' ? '' : ruleInWords(item, lang),
    link: rowLink(ctx.register, item),
  };
}

function noticeText(n: Notice, m: EmailCatalogue): string {
  switch (n.kind) {
    case 'staleSync':
      return m.notice.staleSync(m.formatDate(n.lastSync), n.daysSinceSync);
    case 'failingAddress':
      return m.notice.failingAddress(n.address, m.formatDate(n.failingSince), n.consecutiveRuns);
    case 'inactiveRegister':
      return m.notice.inactiveRegister(m.formatDate(n.lastSync), m.formatDate(n.deleteOn));
  }
}

function subjectOf(message: PlannedMessage, m: EmailCatalogue, name: string): string {
  if (message.kind === 'escalation') return m.subject.escalation(name, message.items.length);
  if (message.kind === 'notice') return m.subject.notice(name);
  return m.subject.digest(name, countItems(message.items));
}

function introOf(message: PlannedMessage, m: EmailCatalogue, ctx: RenderContext): string {
  if (message.kind === 'escalation') return m.intro.escalation(ctx.register.escalationAfterDays || 14);
  if (message.kind === 'notice') return m.intro.notice;
  return m.intro.digest;
}

/** Why this person gets the message, and how to change that. */
function footerOf(message: PlannedMessage, m: EmailCatalogue, name: string): string[] {
  if (message.kind === 'escalation') return [m.footer.escalation(name), m.footer.changeContacts];
  if (message.kind === 'notice') return [m.footer.notice(name), m.footer.changeContacts];
  const lines: string[] = [];
  if (message.items.some((i) => i.via === 'owner')) lines.push(m.footer.owner(name));
  if (message.items.some((i) => i.via === 'admin')) lines.push(m.footer.admin(name));
  lines.push(m.footer.changeOwner);
  return lines;
}

// One style block rather than styles on every cell: a digest of hundreds of rows stays small.
const STYLE = `body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222}
table{border-collapse:collapse}
th,td{padding:6px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
.footer{font-size:12px;color:#666}`;

function DigestHtml(props: {
  lang: Lang;
  subject: string;
  intro: string;
  m: EmailCatalogue;
  lines: ItemLine[];
  more: number;
  notices: string[];
  footer: string[];
}) {
  const { m } = props;
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <title>{props.subject}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <p>{props.intro}</p>
        {props.notices.map((n) => (
          <p>{n}</p>
        ))}
        {props.lines.length > 0 && (
          <table cellpadding="0" cellspacing="0">
            <thead>
              <tr>
                <th>{m.columns.activity}</th>
                <th>{m.columns.reference}</th>
                <th>{m.columns.due}</th>
                <th>{m.columns.daysOverdue}</th>
                <th>{m.columns.rule}</th>
                <th>{m.columns.link}</th>
              </tr>
            </thead>
            <tbody>
              {props.lines.map((l) => (
                <tr>
                  <td>{l.activity}</td>
                  <td>
                    {l.reference}
                    <br />
                    <small>{l.status}</small>
                  </td>
                  <td>{l.due}</td>
                  <td>{l.daysOverdue}</td>
                  <td>{l.rule}</td>
                  <td>{l.link ? <a href={l.link}>{m.openRow}</a> : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {props.more > 0 && <p>{m.more(props.more)}</p>}
        <hr />
        {props.footer.map((f) => (
          <p class="footer">{f}</p>
        ))}
      </body>
    </html>
  );
}

function plainText(
  intro: string,
  m: EmailCatalogue,
  lines: ItemLine[],
  more: number,
  notices: string[],
  footer: string[],
) {
  const out: string[] = [intro, ''];
  for (const n of notices) out.push(n, '');
  for (const l of lines) {
    out.push(`• ${l.activity} – ${l.reference} (${l.status})`);
    out.push(
      `  ${m.columns.due}: ${l.due}${l.daysOverdue ? ` · ${m.columns.daysOverdue}: ${l.daysOverdue}` : ''}`,
    );
    if (l.rule) out.push(`  ${m.columns.rule}: ${l.rule}`);
    if (l.link) out.push(`  ${l.link}`);
    out.push('');
  }
  if (more > 0) out.push(m.more(more), '');
  out.push('--', ...footer);
  return `${out.join('\n')}\n`;
}

/** Render one planned message in the register's language. */
export async function renderMessage(message: PlannedMessage, ctx: RenderContext): Promise<RenderedEmail> {
  const m = emailMessages(ctx.register.lang);
  const name = ctx.register.name;
  const subject = subjectOf(message, m, name);
  const intro = introOf(message, m, ctx);
  const listed = message.items.slice(0, MAX_LISTED_ITEMS).map((i) => itemLine(i, m, ctx));
  const more = message.items.length - listed.length;
  const notices = message.notices.map((n) => noticeText(n, m));
  const footer = footerOf(message, m, name);
  const body = (
    <DigestHtml
      lang={ctx.register.lang}
      subject={subject}
      intro={intro}
      m={m}
      lines={listed}
      more={more}
      notices={notices}
      footer={footer}
    />
  );
  const html = `<!DOCTYPE html>${await body.toString()}`;
  return { subject, html, text: plainText(intro, m, listed, more, notices, footer) };
}
