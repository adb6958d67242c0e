/** @jsxImportSource hono/jsx */
// The one layout of every page the worker serves (the service pages /, /privacy and /terms, and
// the confirmation and unsubscribe pages): language, title, the operator's name in the footer,
// links between the service pages in the page's language, and the headers every page gets (no
// caching, no referrer, since link tokens sit in the path, and a content policy that allows no
// script at all). Pages are hono/jsx, so every interpolated value is escaped.

import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Lang } from '../../shared/register/types.ts';
import { pageMessages } from './messages.ts';

export interface Operator {
  name: string;
  contact: string;
}

export function operatorOf(env: { OPERATOR_NAME?: string; OPERATOR_CONTACT?: string }): Operator {
  return { name: env.OPERATOR_NAME || '–', contact: env.OPERATOR_CONTACT || '–' };
}

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;font-size:16px;color:#222;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem}
button{font-size:1rem;padding:.6rem 1.2rem;border-radius:6px;border:1px solid #1a5fb4;background:#1a5fb4;color:#fff;cursor:pointer}
.note{padding:.75rem 1rem;border-radius:6px;background:#eef0f2}
.ok{background:#e3f4e8}.warn{background:#fff4d1}
footer{margin-top:3rem;font-size:.85rem;color:#555;border-top:1px solid #ddd;padding-top:1rem}
footer a{margin-right:1rem}`;

export function Layout(props: { lang: Lang; title: string; operator: Operator; children: Child }) {
  const m = pageMessages(props.lang);
  const other: Lang = props.lang === 'da' ? 'en' : 'da';
  return (
    <html lang={props.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{props.title}</title>
        <style>{STYLE}</style>
      </head>
      <body>
        <main>{props.children}</main>
        <footer>
          <p>{m.layout.runBy(props.operator.name, props.operator.contact)}</p>
          <nav>
            <a href={`/?lang=${props.lang}`}>{m.layout.home}</a>
            <a href={`/privacy?lang=${props.lang}`}>{m.layout.privacy}</a>
            <a href={`/terms?lang=${props.lang}`}>{m.layout.terms}</a>
            <a href={`?lang=${other}`} hreflang={other}>
              {m.layout.otherLanguage}
            </a>
          </nav>
        </footer>
      </body>
    </html>
  );
}

/** The headers of every page. */
export const PAGE_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'",
  'X-Content-Type-Options': 'nosniff',
};

/** Renders a page with its status and the page headers. */
export async function page(c: Context, body: Child, status: 200 | 404 | 410 = 200): Promise<Response> {
  const html = `<!DOCTYPE html>${await (body as { toString(): string | Promise<string> }).toString()}`;
  return c.html(html, status, PAGE_HEADERS);
}

/** The language a service page is shown in: ?lang=, else the browser's first choice, else da. */
export function requestedLang(c: Context): Lang {
  const q = c.req.query('lang');
  if (q === 'da' || q === 'en') return q;
  const accept = (c.req.header('accept-language') ?? '').toLowerCase();
  const first = accept.split(',')[0]?.trim() ?? '';
  return first.startsWith('en') ? 'en' : 'da';
}
