// Runs a built sidebar page (build/addon/<page>.html) in headless Chromium with a
// google.script.run shim that forwards every call to the SAME server functions running in
// the node:vm harness (the built bundle + the Apps Script fakes). Like the real bridge the
// shim passes copies of plain values, refuses Date arguments (it throws), hands a return
// value holding a Date to the success handler as null (fakes/README.md), and supports withSuccessHandler /
// withFailureHandler / withUserObject chains where each step returns a new runner.
// useSidebarBrowser() is the setup every sidebar test file shares: one browser per file,
// pages wired to an add-on, and a close that fails on any script error the page raised.

import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { FakeSpreadsheet } from '../fakes/index.ts';
import { fakeRegister } from '../features/fixtureRegister.ts';
import { fixToday } from '../features/helpers.ts';
import { type BuildConfig, buildDir, ensureBuilt, type LoadedAddon, loadAddon } from '../harness.ts';
import { leftoversIn, pageText } from './listingScreenshot.ts';

const INSTALL_HINT =
  'Chromium is needed for the sidebar tests. Install it with `apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary.';

/** The Chromium binary: CHROMIUM_PATH, else Debian's /usr/bin/chromium; a clear failure otherwise. */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) throw new Error(`${INSTALL_HINT} (looked for ${candidate})`);
  return candidate;
}

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

export interface SidebarBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A browser with a fresh profile (its own --user-data-dir), removed again on close. */
export async function launchSidebarBrowser(): Promise<SidebarBrowser> {
  const executablePath = chromiumPath();
  const profile = mkdtempSync(join(tmpdir(), 'art30-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: LAUNCH_ARGS,
    viewport: { width: 300, height: 900 },
    deviceScaleFactor: 1,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    // Date inputs follow Chromium's UI language; Debian's chromium ships only en-US unless
    // chromium-l10n is installed, so the screenshots show mm/dd/yyyy date inputs.
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The shim, injected before the page's own script. `__art30Call` is bound by exposeFunction. */
const SHIM = `(() => {
  const isDate = (v) => Object.prototype.toString.call(v) === '[object Date]';
  const hasDate = (v) => {
    if (isDate(v)) return true;
    if (Array.isArray(v)) return v.some(hasDate);
    if (v && typeof v === 'object') return Object.values(v).some(hasDate);
    return false;
  };
  function runner(success, failure, userObject) {
    const base = {
      withSuccessHandler: (f) => runner(f, failure, userObject),
      withFailureHandler: (f) => runner(success, f, userObject),
      withUserObject: (o) => runner(success, failure, o),
    };
    return new Proxy(base, {
      get(target, name) {
        if (name in target) return target[name];
        if (typeof name !== 'string') return undefined;
        return (...args) => {
          if (args.some(hasDate)) {
            throw new Error('Failed due to illegal value in argument: Date objects cannot be passed to the server.');
          }
          const payload = JSON.stringify(args.map((a) => (a === undefined ? null : a)));
          window.__art30Call(name, payload, args.length).then((reply) => {
            // The real bridge answers asynchronously, after the current task.
            setTimeout(() => {
              if (reply.failure !== undefined) {
                if (failure) failure(new Error(reply.failure), userObject);
              } else if (success) success(reply.value === undefined ? undefined : JSON.parse(reply.value), userObject);
            }, 0);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close() { window.__art30Closed = true; } } } };
})();`;

function containsDate(v: unknown): boolean {
  if (Object.prototype.toString.call(v) === '[object Date]') return true;
  if (Array.isArray(v)) return v.some(containsDate);
  if (v && typeof v === 'object') return Object.values(v).some(containsDate);
  return false;
}

export interface ServerLogEntry {
  name: string;
  args: unknown[];
}

/** The sidebar pages the build makes (build/addon/<name>.html). */
export type SidebarPageName =
  | 'issues'
  | 'activity'
  | 'retention'
  | 'import'
  | 'settings'
  | 'request'
  | 'breach';

/**
 * Opens build/addon/<page>.html in a new tab wired to `addon`. Returns the page and the log
 * of server calls it made.
 */
export async function openSidebar(
  browser: SidebarBrowser,
  addon: LoadedAddon,
  pageName: SidebarPageName,
): Promise<{ page: Page; calls: ServerLogEntry[]; errors: string[] }> {
  ensureBuilt('production');
  const html = readFileSync(join(buildDir('production'), `${pageName}.html`), 'utf8');
  const page = await browser.context.newPage();
  const calls: ServerLogEntry[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.exposeFunction('__art30Call', (name: string, payload: string, count: number) => {
    const args = (JSON.parse(payload) as unknown[]).slice(0, count);
    calls.push({ name, args });
    const fn = addon.ctx[name];
    if (typeof fn !== 'function') return { failure: `Script function not found: ${name}` };
    try {
      const result = addon.toNode(fn(...args.map((a) => addon.toContext(a))));
      // A Date in the return value makes the page's success handler receive null (fakes/README.md).
      if (containsDate(result)) return { value: 'null' };
      return { value: result === undefined ? undefined : JSON.stringify(result) };
    } catch (e) {
      return { failure: `Exception: ${(e as Error).message}` };
    }
  });
  await page.addInitScript(SHIM);
  const url = `https://art30.sidebar.test/${pageName}.html`;
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(url);
  return { page, calls, errors };
}

/**
 * A screenshot of the whole sidebar for the docs: the viewport is grown to the page's height
 * first, so sticky parts (the Save bar) sit where a user scrolling to the end sees them.
 * With `parts`, also writes 300×700 slices beside it (for looking at details).
 */
export async function sidebarScreenshot(
  page: Page,
  path: string,
  parts?: string | false,
  width = 300,
): Promise<void> {
  const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().bottom + 12));
  await page.setViewportSize({ width, height: Math.max(200, height) });
  await page.screenshot({ path });
  if (parts) {
    for (let y = 0, n = 0; y < height; y += 700, n++) {
      await page.screenshot({
        path: `${parts}-${n}.png`,
        clip: { x: 0, y, width: 300, height: Math.min(700, height - y) },
      });
    }
  }
  await page.setViewportSize({ width, height: 900 });
}

/** A sidebar page open in the file's browser. */
export interface OpenSidebar {
  page: Page;
  /** The server functions the page called, with their arguments. */
  calls: ServerLogEntry[];
  /** Script errors the page raised. */
  errors: string[];
  /** Expects that the page raised no script error, then closes its tab. */
  close(): Promise<void>;
}

/**
 * One headless Chromium for the calling test file: launched before its tests and closed (with
 * its profile) after them. Returns the function that opens a sidebar page wired to an add-on.
 */
export function useSidebarBrowser(): (addon: LoadedAddon, pageName: SidebarPageName) => Promise<OpenSidebar> {
  let browser: SidebarBrowser | undefined;
  beforeAll(async () => {
    browser = await launchSidebarBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (addon, pageName) => {
    if (!browser)
      throw new Error(
        'The sidebar browser is not running: call useSidebarBrowser() at the top of the test file.',
      );
    const opened = await openSidebar(browser, addon, pageName);
    return {
      ...opened,
      close: async () => {
        expect(opened.errors).toEqual([]);
        await opened.page.close();
      },
    };
  };
}

/** The day the sidebar tests' practice registers are seen on. */
export const PRACTICE_TODAY = '2026-11-25';

/**
 * The built add-on on a practice register (the default one of fixtureRegister, or `spreadsheet`),
 * with today fixed to PRACTICE_TODAY so due dates and screenshots do not move.
 */
export function practiceAddon(
  options: { spreadsheet?: FakeSpreadsheet; locale?: string; userEmail?: string; config?: BuildConfig } = {},
): LoadedAddon {
  const addon = loadAddon({
    spreadsheet: options.spreadsheet ?? fakeRegister(),
    ...(options.config ? { config: options.config } : {}),
    locale: options.locale ?? 'da_DK',
    ...(options.userEmail === undefined ? {} : { userEmail: options.userEmail }),
  });
  fixToday(addon, PRACTICE_TODAY);
  return addon;
}

/**
 * A screenshot of the whole sidebar (or of a page `width` pixels wide), written to
 * docs/screenshots/<name>.png when
 * ART30_UPDATE_SCREENSHOTS is set; with ART30_SCREENSHOT_PARTS set, also /tmp/<name>-<n>.png
 * slices for looking at details. Fails when the page's text shows a test leftover (a local
 * address, a test identifier), and keeps that text beside the picture as <name>.txt.
 */
export async function docsScreenshot(page: Page, name: string, width = 300): Promise<void> {
  const text = await pageText(page);
  expect(leftoversIn(text), `${name}: the screenshot's text shows test leftovers`).toEqual([]);
  // Test runs must not rewrite the committed screenshots (they show a clock): they go to a
  // temporary folder unless ART30_UPDATE_SCREENSHOTS is set.
  const dir = process.env.ART30_UPDATE_SCREENSHOTS ? 'docs/screenshots' : screenshotScratchDir();
  const path = join(dir, `${name}.png`);
  await sidebarScreenshot(page, path, process.env.ART30_SCREENSHOT_PARTS && `/tmp/${name}`, width);
  expect(readFileSync(path).subarray(1, 4).toString('latin1'), `${path} is a PNG`).toBe('PNG');
  writeFileSync(join(dir, `${name}.txt`), `${text}\n`);
}

let scratchDir: string | undefined;
function screenshotScratchDir(): string {
  scratchDir ??= mkdtempSync(join(tmpdir(), 'art30-screenshots-'));
  return scratchDir;
}
