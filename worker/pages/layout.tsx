/** @jsxImportSource hono/jsx */
// The one layout of the worker's own pages (answer pages here; the service pages of issue 15
// use it too): language, title, a readable column, visible focus for keyboard use. hono/jsx
// escapes every interpolated value.

import type { Child } from 'hono/jsx';
import type { Lang } from '../../shared/register/types.ts';

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;font-size:16px;color:#222;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
h1{font-size:1.5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:bold}
fieldset{border:1px solid #ccc;padding:1rem;margin:1rem 0}
label{display:block;margin:.5rem 0 .25rem}
input,select,textarea,button{font:inherit}
textarea{width:100%}
button{padding:.5rem 1rem;background:#1a5fb4;color:#fff;border:0;border-radius:4px;cursor:pointer}
a:focus,input:focus,select:focus,textarea:focus,button:focus{outline:3px solid #f5c211;outline-offset:2px}
.error{color:#a50e0e;font-weight:bold}
.note{color:#555}`;

export function Layout(props: { lang: Lang; title: string; children?: Child }) {
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
      </body>
    </html>
  );
}
