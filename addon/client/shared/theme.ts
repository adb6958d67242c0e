// The look shared by every sidebar: Google's sidebar conventions (13 px text, 12 px gutters,
// blue action buttons) in a few rules, injected from the script so each built page stays one
// self-contained file whatever else the page links.

import type { Lang } from '../../../shared/register/types.ts';

const BASE_CSS = `
:root { --blue:#1a73e8; --red:#c5221f; --amber:#b06000; --green:#188038; --grey:#5f6368; --line:#dadce0; }
* { box-sizing: border-box; }
body { margin:0; padding:12px; font:13px/1.45 Roboto, Arial, sans-serif; color:#202124; background:#fff; }
h1 { font-size:15px; font-weight:500; margin:0 0 8px; }
h2 { font-size:13px; font-weight:500; margin:14px 0 6px; }
p { margin:4px 0 8px; }
button { font:inherit; cursor:pointer; }
button.action { background:var(--blue); color:#fff; border:0; border-radius:4px; padding:7px 14px; font-weight:500; }
button.action:disabled { background:#9aa0a6; cursor:default; }
button.secondary { background:#fff; color:var(--blue); border:1px solid var(--line); border-radius:4px; padding:6px 12px; }
button.link { background:none; border:0; padding:0; color:var(--blue); }
label { display:block; font-size:12px; color:var(--grey); margin:8px 0 2px; }
input[type=text], input[type=email], input[type=date], select, textarea {
  width:100%; font:inherit; padding:5px 6px; border:1px solid var(--line); border-radius:4px; background:#fff; color:#202124; }
textarea { resize:vertical; min-height:48px; }
input:focus, select:focus, textarea:focus { outline:2px solid #aecbfa; border-color:var(--blue); }
.muted { color:var(--grey); font-size:12px; }
.status { margin:8px 0; padding:8px; border-radius:4px; font-size:12px; }
.status:empty { display:none; }
.status.ok { background:#e6f4ea; color:#0d652d; }
.status.error { background:#fce8e6; color:var(--red); }
.status.info { background:#e8f0fe; color:#174ea6; }
.field-message { font-size:12px; margin-top:2px; }
.field-message.error { color:var(--red); }
.field-message.warning { color:var(--amber); }
.field-message.info { color:var(--grey); }
.badge { display:inline-block; min-width:18px; padding:0 6px; border-radius:9px; font-size:11px; font-weight:500; text-align:center; color:#fff; }
.badge.error, .badge.overdue { background:var(--red); }
.badge.warning, .badge.dueSoon { background:var(--amber); }
.badge.info, .badge.ok { background:var(--grey); }
.badge.decide { background:var(--blue); }
`;

export function applyTheme(lang: Lang): void {
  document.documentElement.lang = lang;
  if (document.getElementById('art30-theme')) return;
  const style = document.createElement('style');
  style.id = 'art30-theme';
  style.textContent = BASE_CSS;
  document.head.prepend(style);
}
