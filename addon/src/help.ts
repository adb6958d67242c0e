// Help: a dialog that says in plain language what the register is for, lists the Article 30
// points and says that the tool is not legal advice. The page is built on the server from
// the catalogue, so it needs no client bundle.

import type { Lang } from '../../shared/register/types.ts';
import { activeLang, HELP, menuLangWithoutAuth, t } from './i18n.ts';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function helpHtml(lang: Lang): string {
  const h = HELP[lang];
  const list = (items: readonly string[], tag: 'ul' | 'ol') =>
    `<${tag}>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>`;
  return [
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">`,
    '<style>body{font:14px/1.45 Arial,sans-serif;margin:12px;color:#202124}h2{font-size:15px;margin:14px 0 6px}',
    '.disclaimer{background:#fef7e0;border-left:4px solid #f9ab00;padding:8px 10px}</style></head><body>',
    `<p>${escapeHtml(h.intro)}</p>`,
    `<h2>${escapeHtml(h.pointsTitle)}</h2>`,
    list(h.points, 'ul'),
    `<p>${escapeHtml(h.processor)}</p>`,
    `<h2>${escapeHtml(h.howTitle)}</h2>`,
    list(h.how, 'ol'),
    `<p class="disclaimer">${escapeHtml(h.disclaimer)}</p>`,
    '</body></html>',
  ].join('');
}

export function showHelp(): void {
  let lang: Lang;
  try {
    lang = activeLang(SpreadsheetApp.getActiveSpreadsheet());
  } catch {
    lang = menuLangWithoutAuth();
  }
  const page = HtmlService.createHtmlOutput(helpHtml(lang)).setWidth(560).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(page, t(lang, 'help.title'));
}
