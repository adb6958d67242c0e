// Renders one reminder written by `npm run demo` in headless Chromium and saves a screenshot
// for the README (docs/screenshots/reminder-email.png). Run by hand after the demo, not in CI:
//
//   npm run demo -- --date 2026-03-02
//   npx tsx cli/demo/screenshot.ts [--from demo-out] [--file <reminder.html>] [--out <png>]
//
// Without --file it takes the owner digest with the most items. Chromium gets a fresh profile
// and no network: every request that is not the page itself is refused.

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../../test/addon/browser/sidebarBrowser.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The digest with the most item links in a folder of written reminders. */
export function richestDigest(folder: string): string {
  const digests = readdirSync(folder).filter((f) => f.endsWith('.html') && f.includes('_digest_'));
  if (digests.length === 0)
    throw new Error(`No reminder digest (*_digest_*.html) in ${folder}: run npm run demo first.`);
  const items = (f: string) => (readFileSync(join(folder, f), 'utf8').match(/<li\b|<tr\b/g) ?? []).length;
  return join(folder, digests.sort((a, b) => items(b) - items(a) || a.localeCompare(b))[0]);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, file: { type: 'string' }, out: { type: 'string' } },
  });
  const file = values.file ? resolve(values.file) : richestDigest(resolve(values.from ?? 'demo-out'));
  const out = resolve(values.out ?? join(ROOT, 'docs/screenshots/reminder-email.png'));
  const profile = mkdtempSync(join(tmpdir(), 'art30-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: LAUNCH_ARGS,
    // A short viewport: the full-page shot then ends where the message ends.
    viewport: { width: 760, height: 120 },
    deviceScaleFactor: 1,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
  });
  try {
    const page = await context.newPage();
    const url = pathToFileURL(file).href;
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url);
    await page.screenshot({ path: out, fullPage: true });
    process.stdout.write(`${file}\n→ ${out}\n`);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
