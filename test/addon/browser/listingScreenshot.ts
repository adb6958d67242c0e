// Marketplace screenshots (docs/marketplace/screenshots/, 1280×800) taken by the sidebar tests:
// the sidebar as the test left it, beside the register sheet it works on, framed like a
// spreadsheet window. The text behind each picture (the sidebar's innerText and the cells shown)
// is saved beside it as <name>.txt and checked here for test leftovers, since no OCR is at hand.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { LoadedAddon } from '../harness.ts';

export const LISTING_SCREENSHOT = { width: 1280, height: 800 };
const SIDEBAR_WIDTH = 300;
const TITLE_BAR = 44;

/**
 * What a screenshot (the README's or the listing's) must never show: local or plain-http
 * addresses, placeholder domains, and the tests' own identifiers (a register id that is not
 * the worker's "reg_" and 22 base64url characters, such as the double's reg_double; a sync
 * version, which is a millisecond clock reading; the test enrolment token).
 */
export const TEST_LEFTOVERS: RegExp[] = [
  /127\.0\.0\.1/,
  /localhost/i,
  /\[::1\]|\b0\.0\.0\.0\b/,
  /\bhttp:\/\/\S*/i,
  /\breg_(?![A-Za-z0-9_-]{22}(?![A-Za-z0-9_-]))[\w-]*/,
  /version 1[0-9]{9,}/i,
  /\bexample\.(org|com|net)\b/i,
  /\.test\b/,
  /\btest-?token\b|enrolment-token-for-tests/i,
];

/** The leftovers found in a text (empty when the text is clean). */
export function leftoversIn(text: string): string[] {
  return TEST_LEFTOVERS.flatMap((re) => {
    const m = re.exec(text);
    return m ? [m[0]] : [];
  });
}

/**
 * The text a screenshot of the page shows: its rendered text (innerText) and what its fields
 * hold, which innerText leaves out. Images cannot be searched for text, so each screenshot's
 * text is kept beside it (<name>.txt) and checked (test/marketplace.test.ts).
 */
export async function pageText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what the picture shows
      document.body.innerText,
      ...[...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value),
    ].join('\n'),
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function columnLetter(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The first cells of a sheet as the user sees them: hidden columns (the stable ids) left out. */
function visibleCells(addon: LoadedAddon, sheetName: string): string[][] {
  const sheet = addon.ss.sheet(sheetName);
  const rows = sheet.dump().slice(0, 30);
  const shown = (rows[0] ?? [])
    .map((header, i) => ({ header, i }))
    .filter(({ header, i }) => !sheet.isColumnHiddenByUser(i + 1) && header !== 'Id')
    .map(({ i }) => i)
    .slice(0, 7);
  return rows.map((row) => shown.map((i) => sheet.displayOf(row[i] ?? '')));
}

/** The window title: the register's name from the Organisation sheet (row 2), as users name the file. */
function registerTitle(addon: LoadedAddon): string {
  const name = addon.ss.sheet('Organisation').dump()[1]?.[1];
  return typeof name === 'string' && name !== '' ? name : addon.ss.getName();
}

/** Column widths in px that fit the longest shown text, as a user would have dragged them. */
function columnWidths(cells: string[][]): number[] {
  const width = cells[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) =>
    Math.min(260, Math.max(90, 12 + 7 * Math.max(...cells.map((r) => r[c]?.length ?? 0)))),
  );
}

function frameHtml(opts: {
  title: string;
  sheetNames: string[];
  activeSheet: string;
  cells: string[][];
  sidebarTitle: string;
  sidebarPng: string;
}): string {
  const { cells } = opts;
  const width = cells[0]?.length ?? 0;
  const widths = columnWidths(cells);
  const cols = `<colgroup><col style="width:40px">${widths.map((w) => `<col style="width:${w}px">`).join('')}</colgroup>`;
  const head = `${cols}<tr><th></th>${Array.from({ length: width }, (_, i) => `<th>${columnLetter(i)}</th>`).join('')}</tr>`;
  const tableWidth = 40 + widths.reduce((a, b) => a + b, 0);
  const rows = cells
    .map(
      (r, i) =>
        `<tr${i === 0 ? ' class="header"' : ''}><th>${i + 1}</th>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`,
    )
    .join('');
  const tabs = opts.sheetNames
    .map((n) => `<span class="tab${n === opts.activeSheet ? ' active' : ''}">${escapeHtml(n)}</span>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;width:${LISTING_SCREENSHOT.width}px;height:${LISTING_SCREENSHOT.height}px;overflow:hidden;font-family:'DejaVu Sans',Arial,sans-serif;background:#fff}
.bar{height:${TITLE_BAR}px;display:flex;align-items:center;gap:10px;padding:0 14px;border-bottom:1px solid #dadce0;background:#f8faf9;font-size:17px;color:#202124}
.bar .doc{width:22px;height:28px;border-radius:3px;background:#188038}
.main{display:flex;height:${LISTING_SCREENSHOT.height - TITLE_BAR}px}
.grid{flex:1;overflow:hidden;position:relative}
table{border-collapse:collapse;font-size:12px;table-layout:fixed}
th{background:#f1f3f4;color:#5f6368;font-weight:normal;border:1px solid #dadce0;height:21px;min-width:34px}
td{border:1px solid #e2e3e3;height:21px;padding:0 4px;white-space:nowrap;overflow:hidden;text-overflow:clip;color:#202124}
tr.header td{font-weight:bold;background:#e6f2ee}
.tabs{position:absolute;left:0;right:0;bottom:0;height:34px;background:#f1f3f4;border-top:1px solid #dadce0;display:flex;align-items:center;gap:2px;padding-left:40px;font-size:12px;overflow:hidden;white-space:nowrap}
.tab{padding:8px 12px;color:#444}
.tab.active{background:#fff;color:#188038;font-weight:bold;border-bottom:3px solid #188038}
.side{width:${SIDEBAR_WIDTH}px;border-left:1px solid #dadce0;display:flex;flex-direction:column;box-shadow:-2px 0 6px rgba(0,0,0,.08)}
.side .head{height:40px;display:flex;align-items:center;justify-content:space-between;padding:0 12px;font-size:15px;border-bottom:1px solid #e0e0e0}
.side img{display:block;width:${SIDEBAR_WIDTH}px}
</style></head><body>
<div class="bar"><span class="doc"></span>${escapeHtml(opts.title)}</div>
<div class="main"><div class="grid"><table style="width:${tableWidth}px">${head}${rows}</table><div class="tabs">${tabs}</div></div>
<div class="side"><div class="head"><span>${escapeHtml(opts.sidebarTitle)}</span><span>✕</span></div>
<img alt="" src="data:image/png;base64,${opts.sidebarPng}"></div></div></body></html>`;
}

let scratch: string | undefined;
function outDir(): string {
  if (process.env.ART30_UPDATE_SCREENSHOTS) {
    mkdirSync('docs/marketplace/screenshots', { recursive: true });
    return 'docs/marketplace/screenshots';
  }
  scratch ??= mkdtempSync(join(tmpdir(), 'art30-listing-'));
  return scratch;
}

/**
 * Writes the listing screenshot `name` of the sidebar open in `page`, beside the sheet
 * `sheetName` of the add-on's spreadsheet, and fails when its text holds a test leftover.
 */
export async function listingScreenshot(
  page: Page,
  addon: LoadedAddon,
  name: string,
  sheetName: string,
): Promise<string> {
  const sidebarText = await pageText(page);
  const sidebarHeight = LISTING_SCREENSHOT.height - TITLE_BAR - 41;
  const before = page.viewportSize();
  await page.setViewportSize({ width: SIDEBAR_WIDTH, height: sidebarHeight });
  const sidebarPng = (await page.screenshot()).toString('base64');
  if (before) await page.setViewportSize(before);

  const cells = visibleCells(addon, sheetName);
  const dialog = addon.fakes.ui.dialogs.filter((d) => d.kind === 'sidebar').at(-1);
  const title = registerTitle(addon);
  const html = frameHtml({
    title,
    sheetNames: addon.ss.getSheets().map((s) => s.getName()),
    activeSheet: sheetName,
    cells,
    sidebarTitle: dialog?.title ?? 'Art30',
    sidebarPng,
  });
  const text = [title, dialog?.title ?? '', sidebarText, ...cells.map((r) => r.join('\t'))].join('\n');
  expect(leftoversIn(text), `${name}: the screenshot's text shows test leftovers`).toEqual([]);

  const frame = await page.context().newPage();
  try {
    await frame.route('**/*', (route) => route.abort());
    await frame.setViewportSize(LISTING_SCREENSHOT);
    await frame.setContent(html);
    const dir = outDir();
    const file = join(dir, `${name}.png`);
    await frame.screenshot({ path: file });
    writeFileSync(join(dir, `${name}.txt`), `${text}\n`);
    return file;
  } finally {
    await frame.close();
  }
}
