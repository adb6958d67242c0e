/** @jsxImportSource hono/jsx */
// Turns a planned message into what the recipient reads: a subject with counts, an HTML body
// rendered with hono/jsx (which escapes every interpolated value, so an activity named
// `<script>` arrives as text) and a plain-text body saying the same. The register's language
// picks the catalogue; the rule is described in plain words by the shared describeRetention.

import type { Lang } from '../../shared/register/types.ts';
import { describeRetention } from '../../shared/retention/describe.ts';
import type { SyncRegister } from '../../shared/sync/types.ts';
import { CADENCES } from '../../shared/vocabularies/cadences.ts';
import { REQUEST_TYPES } from '../../shared/vocabularies/requests.ts';
import type { Notice, PlannedMessage, ReminderItem } from '../job/plan.ts';
import { rowLink } from './links.ts';
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
  /** The run's civil date (YYYY-MM-DD), shown under the heading. Without it the heading
   * names only the register. */
  runDate?: string;
  /** The recipient's one-click unsubscribe link (also in the List-Unsubscribe header). */
  unsubscribeUrl: string;
}

/** Some items are data-subject requests: an escalation then speaks of deadlines, not deletions. */
const withRequests = (message: PlannedMessage) => message.items.some((i) => i.subject === 'request');

/** Count the items the subject line announces. */
export function countItems(items: readonly ReminderItem[]): Counts {
  const c: Counts = { overdue: 0, due: 0, dueSoon: 0, routines: 0, reviews: 0, requests: 0 };
  for (const item of items) {
    if (item.subject === 'request') c.requests++;
    else if (item.subject === 'routine') c.routines++;
    // A minimum period asks for a decision, like a review; it is never due or overdue.
    else if (item.subject === 'review' || item.stage === 'mayDelete' || item.stage === 'floorReview')
      c.reviews++;
    else if (item.daysOverdue > 0) c.overdue++;
    else if (item.stage === 'due') c.due++;
    else c.dueSoon++;
  }
  return c;
}

function ruleInWords(item: ReminderItem, lang: Lang, m: EmailCatalogue): string {
  if (item.subject === 'request') return item.extended ? m.requestPeriod.extended : m.requestPeriod.month;
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

/** What an item's badge says, and the section of the plain text it goes in. */
export type ItemStatus = 'overdue' | 'due' | 'neverRun' | 'stale' | 'floorReview' | 'dueSoon' | 'mayDelete';

/** Sections in order of urgency: the order the plan ranks items in. */
const SECTIONS: readonly ItemStatus[] = [
  'overdue',
  'due',
  'neverRun',
  'stale',
  'floorReview',
  'dueSoon',
  'mayDelete',
];

/** The badge's colour: red when late, amber when it needs doing soon, neutral on the day
 * (still on time). */
const TONE: Record<ItemStatus, 'late' | 'soon' | 'today'> = {
  overdue: 'late',
  due: 'today',
  neverRun: 'soon',
  stale: 'soon',
  dueSoon: 'soon',
  // A minimum period is never late: a decision, not a deadline.
  floorReview: 'soon',
  mayDelete: 'today',
};

export function itemStatus(item: ReminderItem): ItemStatus {
  // A review counts its late days but is its own kind of task, never "overdue".
  if (item.subject === 'review') return 'stale';
  if (item.stage === 'mayDelete' || item.stage === 'floorReview') return item.stage;
  if (item.daysOverdue > 0) return 'overdue';
  // Overdue starts the day after the due date, so zero days late is the due day itself.
  return item.stage === 'overdue' || item.stage === 'stale' ? 'due' : item.stage;
}

interface ItemLine {
  status: ItemStatus;
  activity: string;
  reference: string;
  badge: string;
  extended: boolean;
  dueLabel: string;
  due: string;
  ruleLabel: string;
  rule: string;
  link: string | null;
}

function badgeText(status: ItemStatus, item: ReminderItem, m: EmailCatalogue): string {
  switch (status) {
    case 'overdue':
      return m.status.overdue(item.daysOverdue);
    case 'stale':
      return m.status.stale(item.daysOverdue);
    default:
      return m.status[status];
  }
}

function itemLine(item: ReminderItem, m: EmailCatalogue, ctx: RenderContext): ItemLine {
  const lang = ctx.register.lang;
  const reference =
    item.subject === 'routine'
      ? m.routineReference
      : item.subject === 'review'
        ? m.reviewReference
        : (item.reference ?? '');
  const status = itemStatus(item);
  return {
    status,
    activity:
      item.subject === 'request'
        ? (REQUEST_TYPES.find((t) => t.id === item.activityId)?.label[lang] ?? item.activityName)
        : item.activityName,
    reference,
    badge: badgeText(status, item, m),
    extended: item.extended,
    dueLabel: status === 'mayDelete' || status === 'floorReview' ? m.mayDeleteFrom : m.dueLabel[item.subject],
    due: item.due ? m.formatDate(item.due) : m.noDate,
    ruleLabel: item.subject === 'routine' ? m.cadence : m.columns.rule,
    rule: item.subject === 'review' ? '' : ruleInWords(item, lang, m),
    link: rowLink(ctx.register, item),
  };
}

/** Items grouped by status, most urgent first, keeping the plan's order within a group. */
/** The date column's header: the lines' own label ("Slettes senest") when they all share it,
 * a neutral "Frist" when deletions are listed together with routines or reviews. */
function dateHeader(lines: readonly ItemLine[], m: EmailCatalogue): string {
  const label = lines[0]?.dueLabel;
  if (label === m.mayDeleteFrom && lines.every((l) => l.dueLabel === label)) return m.mayDeleteFrom;
  return lines.every((l) => l.dueLabel === m.columns.due) ? m.columns.due : m.columns.deadline;
}

function bySection(lines: readonly ItemLine[]): { status: ItemStatus; lines: ItemLine[] }[] {
  return SECTIONS.map((status) => ({ status, lines: lines.filter((l) => l.status === status) })).filter(
    (s) => s.lines.length > 0,
  );
}

function noticeText(n: Notice, m: EmailCatalogue): string {
  switch (n.kind) {
    case 'staleSync':
      return m.notice.staleSync(m.formatDate(n.lastSync), n.daysSinceSync);
    case 'failingAddress':
      return m.notice.failingAddress(n.address, m.formatDate(n.failingSince), n.consecutiveRuns);
    case 'inactiveRegister':
      return m.notice.inactiveRegister(m.formatDate(n.lastSync), m.formatDate(n.deleteOn));
    case 'addressLeft':
      return m.notice.addressLeft(n.address, n.state, m.formatDate(n.since));
    case 'capReached':
      return m.notice.capReached(n.cap, n.limit, n.held);
  }
}

/** One note per address whose items came to this recipient instead (issue 15). */
function redirectNotes(message: PlannedMessage, m: EmailCatalogue): string[] {
  const seen = new Map<string, string>();
  for (const item of message.items) {
    const from = item.redirectedFrom;
    if (from && !seen.has(from.address)) seen.set(from.address, m.redirected(from.address, from.reason));
  }
  return [...seen.values()];
}

function subjectOf(message: PlannedMessage, m: EmailCatalogue, name: string): string {
  if (message.kind === 'escalation')
    return m.subject.escalation(name, message.items.length, withRequests(message));
  if (message.kind === 'notice') return m.subject.notice(name);
  return m.subject.digest(name, countItems(message.items));
}

function summaryOf(message: PlannedMessage, m: EmailCatalogue): string {
  if (message.kind === 'escalation') return m.summary.escalation(message.items.length, withRequests(message));
  if (message.kind === 'notice') return m.summary.notice(message.notices.length);
  return m.summary.digest(countItems(message.items));
}

function introOf(message: PlannedMessage, m: EmailCatalogue, ctx: RenderContext): string {
  if (message.kind === 'escalation')
    return m.intro.escalation(ctx.register.escalationAfterDays || 14, withRequests(message));
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
// Mail clients that keep <style> (Gmail, Apple Mail, Outlook) render these plain class
// selectors; where a client drops them, the badge's words still say the status.
const STYLE = `body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222}
h1{font-size:20px;margin:0 0 4px}
.date{color:#555;margin:0 0 12px}
.summary{font-weight:bold}
table{border-collapse:collapse}
th,td{padding:6px 8px;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
.nowrap{white-space:nowrap}
.badge{display:inline-block;margin-top:4px;padding:2px 8px;border-radius:10px;border:1px solid;font-size:12px;font-weight:bold;white-space:nowrap}
.late{background:#fde2e1;color:#a50e0e;border-color:#f1a9a4}
.soon{background:#fff4d1;color:#7a4b00;border-color:#ecc96b}
.today{background:#eef0f2;color:#333;border-color:#c5cbd1}
.footer{font-size:12px;color:#666}`;

function DigestHtml(props: {
  lang: Lang;
  subject: string;
  heading: string;
  runDate: string | null;
  summary: string;
  intro: string;
  m: EmailCatalogue;
  lines: ItemLine[];
  more: number;
  notices: string[];
  footer: string[];
  unsubscribeUrl: string;
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
        <h1>{props.heading}</h1>
        {props.runDate && <p class="date">{props.runDate}</p>}
        <p class="summary">{props.summary}</p>
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
                <th class="nowrap">{dateHeader(props.lines, m)}</th>
                <th>{m.columns.rule}</th>
                <th class="nowrap">{m.columns.link}</th>
              </tr>
            </thead>
            <tbody>
              {props.lines.map((l) => (
                <tr>
                  <td>{l.activity}</td>
                  <td>
                    <span class="nowrap">{l.reference}</span>
                    <br />
                    <span class={`badge ${TONE[l.status]}`}>{l.badge}</span>
                    {l.extended && (
                      <>
                        <br />
                        <small>{m.extended}</small>
                      </>
                    )}
                  </td>
                  <td class="nowrap">{l.due}</td>
                  <td>{l.rule}</td>
                  <td class="nowrap">{l.link ? <a href={l.link}>{m.openRow}</a> : ''}</td>
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
        <p class="footer">
          {m.unsubscribe.text} <a href={props.unsubscribeUrl}>{m.unsubscribe.link}</a>
        </p>
      </body>
    </html>
  );
}

function underline(title: string): string {
  return `${title}\n${'='.repeat(title.length)}`;
}

function plainText(p: {
  heading: string;
  runDate: string | null;
  summary: string;
  intro: string;
  m: EmailCatalogue;
  lines: ItemLine[];
  more: number;
  notices: string[];
  footer: string[];
  unsubscribeUrl: string;
}) {
  const { m } = p;
  const out: string[] = [p.heading];
  if (p.runDate) out.push(p.runDate);
  out.push(p.summary, '', p.intro, '');
  for (const n of p.notices) out.push(n, '');
  // Sections carry the status in plain text the way the badges' colours do in HTML.
  for (const section of bySection(p.lines)) {
    out.push(underline(`${m.stage[section.status]} (${section.lines.length})`), '');
    for (const l of section.lines) {
      out.push(`• ${l.activity} – ${l.reference}: ${l.badge}${l.extended ? ` (${m.extended})` : ''}`);
      out.push(`  ${l.dueLabel}: ${l.due}`);
      if (l.rule) out.push(`  ${l.ruleLabel}: ${l.rule}`);
      if (l.link) out.push(`  ${l.link}`);
      out.push('');
    }
  }
  if (p.more > 0) out.push(m.more(p.more), '');
  out.push('--', ...p.footer, `${m.unsubscribe.text} ${p.unsubscribeUrl}`);
  return `${out.join('\n')}\n`;
}

/** Render one planned message in the register's language. */
export async function renderMessage(message: PlannedMessage, ctx: RenderContext): Promise<RenderedEmail> {
  const m = emailMessages(ctx.register.lang);
  const name = ctx.register.name;
  const subject = subjectOf(message, m, name);
  const parts = {
    heading: name,
    runDate: ctx.runDate ? m.heading.runDate(m.formatLongDate(ctx.runDate)) : null,
    summary: summaryOf(message, m),
    intro: introOf(message, m, ctx),
    m,
    // The plan lists the most urgent first, so the cut keeps those; both bodies then show
    // the listed items grouped by status.
    lines: bySection(message.items.slice(0, MAX_LISTED_ITEMS).map((i) => itemLine(i, m, ctx))).flatMap(
      (s) => s.lines,
    ),
    more: Math.max(0, message.items.length - MAX_LISTED_ITEMS),
    notices: [...redirectNotes(message, m), ...message.notices.map((n) => noticeText(n, m))],
    footer: footerOf(message, m, name),
    unsubscribeUrl: ctx.unsubscribeUrl,
  };
  const body = <DigestHtml lang={ctx.register.lang} subject={subject} {...parts} />;
  const html = `<!DOCTYPE html>${await body.toString()}`;
  return { subject, html, text: plainText(parts) };
}
