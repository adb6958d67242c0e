/** @jsxImportSource hono/jsx */
// The pages the links in emails open (issue 15). /confirm/:token shows what confirming means and
// a form whose button POSTs to the same path; only the POST confirms, so a mail scanner or a
// link preview that fetches the link changes nothing. /unsubscribe/:token works the same way for
// people, and its POST is also RFC 8058's one-click unsubscribe (body
// "List-Unsubscribe=One-Click", sent by the mail client without a page). A used, expired or
// unknown link gets a page that says so, and nothing changes.

import { type Context, Hono } from 'hono';
import type { Child } from 'hono/jsx';
import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import type { Lang } from '../../shared/register/types.ts';
import type { AppEnv } from '../env.ts';
import { confirmationExpired } from '../recipients/book.ts';
import { changeState, findByConfirmToken, findByLeaveToken, type LinkTarget } from '../recipients/store.ts';
import { Layout, operatorOf, page } from './layout.tsx';
import { pageMessages } from './messages.ts';

export const linkPages = new Hono<AppEnv>();

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

function langOf(c: Context, target: LinkTarget | null): Lang {
  const q = c.req.query('lang');
  if (q === 'da' || q === 'en') return q;
  return target?.lang ?? 'da';
}

/** The form's target: the same link, keeping a language the reader chose. */
function formAction(c: Context, base: string): string {
  const q = c.req.query('lang');
  return `${base}${c.req.param('token')}${q === 'da' || q === 'en' ? `?lang=${q}` : ''}`;
}

function Notice(props: { tone: 'ok' | 'warn' | ''; text: string }) {
  return <p class={`note ${props.tone}`}>{props.text}</p>;
}

function shell(c: Context<AppEnv>, lang: Lang, title: string, body: Child, status: 200 | 404 | 410 = 200) {
  return page(
    c,
    <Layout lang={lang} title={title} operator={operatorOf(c.env)}>
      <h1>{title}</h1>
      {body}
    </Layout>,
    status,
  );
}

type ConfirmState = 'unknown' | 'used' | 'expired' | 'open';

function confirmState(target: LinkTarget | null): ConfirmState {
  if (!target) return 'unknown';
  if (target.state !== 'waiting') return 'used';
  // A link's age is counted in the register's own nights: the day of its last nightly run (the
  // job runs daily, so this is today in production), the wall clock only before any run.
  const today = target.lastRunDate ?? todayInTimeZone(target.timeZone ?? DEFAULT_TIME_ZONE, Date.now());
  return confirmationExpired(target.confirmSentOn, today) ? 'expired' : 'open';
}

async function confirmTarget(c: Context<AppEnv>): Promise<LinkTarget | null> {
  const token = c.req.param('token') ?? '';
  return TOKEN.test(token) ? findByConfirmToken(c.get('db'), token) : null;
}

function confirmRefusal(c: Context<AppEnv>, state: ConfirmState, lang: Lang) {
  const m = pageMessages(lang).confirm;
  if (state === 'unknown') return shell(c, lang, m.title, <Notice tone="warn" text={m.unknown} />, 404);
  if (state === 'used') return shell(c, lang, m.title, <Notice tone="" text={m.used} />);
  return shell(c, lang, m.title, <Notice tone="warn" text={m.expired} />, 410);
}

linkPages.get('/confirm/:token', async (c) => {
  const target = await confirmTarget(c);
  const lang = langOf(c, target);
  const state = confirmState(target);
  if (state !== 'open' || !target) return confirmRefusal(c, state, lang);
  const m = pageMessages(lang).confirm;
  const form = (
    <form method="post" action={formAction(c, '/confirm/')}>
      <p>{m.ask(target.address, target.registerName ?? '')}</p>
      <button type="submit">{m.button}</button>
    </form>
  );
  return shell(c, lang, m.title, form);
});

linkPages.post('/confirm/:token', async (c) => {
  const target = await confirmTarget(c);
  const lang = langOf(c, target);
  const state = confirmState(target);
  if (state !== 'open' || !target) return confirmRefusal(c, state, lang);
  const m = pageMessages(lang).confirm;
  const changed = await changeState(c.get('db'), target, ['waiting'], 'confirmed');
  if (!changed) return confirmRefusal(c, 'used', lang);
  return shell(
    c,
    lang,
    m.title,
    <Notice tone="ok" text={m.done(target.address, target.registerName ?? '')} />,
  );
});

async function leaveTarget(c: Context<AppEnv>): Promise<LinkTarget | null> {
  const token = c.req.param('token') ?? '';
  return TOKEN.test(token) ? findByLeaveToken(c.get('db'), token) : null;
}

linkPages.get('/unsubscribe/:token', async (c) => {
  const target = await leaveTarget(c);
  const lang = langOf(c, target);
  const m = pageMessages(lang).unsubscribe;
  if (!target) return shell(c, lang, m.title, <Notice tone="warn" text={m.unknown} />, 404);
  if (target.state === 'unsubscribed')
    return shell(c, lang, m.title, <Notice tone="" text={m.already(target.address)} />);
  const form = (
    <form method="post" action={formAction(c, '/unsubscribe/')}>
      <p>{m.ask(target.address, target.registerName ?? '')}</p>
      <button type="submit">{m.button}</button>
    </form>
  );
  return shell(c, lang, m.title, form);
});

linkPages.post('/unsubscribe/:token', async (c) => {
  const target = await leaveTarget(c);
  const lang = langOf(c, target);
  const m = pageMessages(lang).unsubscribe;
  if (!target) return shell(c, lang, m.title, <Notice tone="warn" text={m.unknown} />, 404);
  await changeState(c.get('db'), target, ['waiting', 'confirmed', 'failing'], 'unsubscribed');
  return shell(
    c,
    lang,
    m.title,
    <Notice tone="ok" text={m.done(target.address, target.registerName ?? '')} />,
  );
});
