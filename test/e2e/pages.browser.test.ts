// The worker's own pages in real Chromium (issue 15), served by the real worker running locally
// in a child process: the confirmation page a link in a confirmation email opens (its button
// POSTs; opening it changes nothing), in Danish and English, and the service pages /, /privacy
// and /terms in both languages. Screenshots go to the test's temporary folder.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmationEmails, confirmPath } from '../../cli/local/confirmLinks.ts';
import { type CapturedEmail, type LocalWorker, startLocalWorker } from '../../cli/local/startLocalWorker.ts';
import { chromiumPath } from '../addon/browser/sidebarBrowser.ts';
import { manifestWhitelist } from '../addon/fakes/urlFetch.ts';
import { callPublic } from '../addon/features/helpers.ts';
import { buildDir, loadAddon } from '../addon/harness.ts';
import { readyRegister } from '../addon/syncRegister.ts';

const CONFIGURED_ORIGIN = 'http://127.0.0.1:8787';
const RUN = { instant: '2026-03-01T02:00:00Z', date: '2026-03-01' };
const OWNER = 'ejer@example.org';
const ADMIN = 'admin@example.org';

let worker: LocalWorker;
let context: BrowserContext;
let profile: string;
let mails: CapturedEmail[];

async function stateOf(address: string): Promise<string | undefined> {
  const rows = await worker.query<{ state: string }>('SELECT state FROM recipients WHERE address = ?', [
    address,
  ]);
  return rows[0]?.state;
}

beforeAll(async () => {
  worker = await startLocalWorker();
  const addon = loadAddon({ locale: 'da_DK' });
  addon.fakes.UrlFetchApp.useRealHttp({
    whitelist: manifestWhitelist(buildDir('test')),
    route: (url) => url.replace(CONFIGURED_ORIGIN, worker.origin),
  });
  readyRegister(addon, 'da', { owner: OWNER, admin: ADMIN, escalation: ADMIN }, RUN.date);
  addon.fakes.ScriptApp.identityToken = await worker.signIdentityToken({
    subject: '104455667788990011224',
    email: 'it@example.org',
  });
  const enrolled = callPublic(addon, 'enrolRegister', `${CONFIGURED_ORIGIN}/`, '');
  expect(enrolled.ok).toBe(true);
  await worker.runScheduled(RUN.instant);
  await worker.waitForRun(RUN.date);
  mails = confirmationEmails(await worker.readOutbox({ runDate: RUN.date }));
  profile = mkdtempSync(join(tmpdir(), 'art30-pages-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    viewport: { width: 800, height: 700 },
    // The service pages follow the browser's language when no ?lang= is given.
    locale: 'da-DK',
  });
});

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await worker?.stop();
});

describe('the confirmation page in Chromium', () => {
  it.each([
    ['da', OWNER, 'Bekræft din e-mailadresse', 'Ja, bekræft min adresse', `${OWNER} er bekræftet`],
    ['en', ADMIN, 'Confirm your email address', 'Yes, confirm my address', `${ADMIN} is confirmed`],
  ])(
    'in %s: opening the link changes nothing, pressing the button confirms',
    async (lang, address, title, button, done) => {
      const mail = mails.find((m) => m.recipient === address);
      expect(mail).toBeDefined();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const path = confirmPath(mail!);
      await page.goto(`${worker.origin}${path}${lang === 'en' ? '?lang=en' : ''}`);
      expect(await page.locator('h1').textContent()).toBe(title);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await page.reload();
      expect(await stateOf(address)).toBe('waiting');
      await page.screenshot({ path: join(profile, `confirm-${lang}.png`) });
      await page.getByRole('button', { name: button }).click();
      await page.waitForLoadState();
      expect(await page.locator('main').textContent()).toContain(done);
      expect(await stateOf(address)).toBe('confirmed');
      // Back and reload: the used link says so and changes nothing.
      await page.goto(`${worker.origin}${path}${lang === 'en' ? '?lang=en' : ''}`);
      expect(await page.locator('main').textContent()).toContain(
        lang === 'da' ? 'allerede brugt' : 'used already',
      );
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});

describe('the service pages in Chromium', () => {
  it.each([
    ['/', 'da', 'Art30 – påmindelser om sletning'],
    ['/?lang=en', 'en', 'Art30 – deletion reminders'],
    ['/privacy', 'da', 'Privatlivspolitik'],
    ['/privacy?lang=en', 'en', 'Privacy policy'],
    ['/terms', 'da', 'Vilkår'],
    ['/terms?lang=en', 'en', 'Terms'],
  ])('%s shows its title in %s, the operator, and links to the other pages', async (path, lang, title) => {
    const page = await context.newPage();
    await page.goto(`${worker.origin}${path}`);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('footer').textContent()).toContain('Example Operator ApS');
    const links = await page
      .locator('footer nav a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.slice(0, 3)).toEqual([`/?lang=${lang}`, `/privacy?lang=${lang}`, `/terms?lang=${lang}`]);
    await page.screenshot({ path: join(profile, `service${path.replace(/\W+/g, '-')}.png`), fullPage: true });
    await page.close();
  });
});
