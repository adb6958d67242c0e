/** @jsxImportSource hono/jsx */
// The service's own pages: / (what this service is and who runs it), /privacy and /terms, in
// Danish and English; the operator's name and contact come from wrangler.toml's vars. These are
// the URLs a Marketplace listing asks for.

import { Hono } from 'hono';
import type { AppEnv } from '../env.ts';
import { Layout, operatorOf, page, requestedLang } from './layout.tsx';
import { pageMessages } from './messages.ts';

export const servicePages = new Hono<AppEnv>();

servicePages.get('/', (c) => {
  const lang = requestedLang(c);
  const m = pageMessages(lang).home;
  const operator = operatorOf(c.env);
  return page(
    c,
    <Layout lang={lang} title={m.title} operator={operator}>
      <h1>{m.title}</h1>
      {m.paragraphs(operator.name, operator.contact).map((p) => (
        <p>{p}</p>
      ))}
    </Layout>,
  );
});

for (const which of ['privacy', 'terms'] as const) {
  servicePages.get(`/${which}`, (c) => {
    const lang = requestedLang(c);
    const m = pageMessages(lang)[which];
    const operator = operatorOf(c.env);
    return page(
      c,
      <Layout lang={lang} title={m.title} operator={operator}>
        <h1>{m.title}</h1>
        {m.sections(operator.name, operator.contact).map(([heading, text]) => (
          <section>
            <h2>{heading}</h2>
            <p>{text}</p>
          </section>
        ))}
      </Layout>,
    );
  });
}
