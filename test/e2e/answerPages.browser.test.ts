// The answer pages in real Chromium (issue 16), served by the real worker in a child process:
// a Danish "I have deleted it" page and an English "I need more time" page, each filled in and
// sent with the keyboard alone, and the expired-link page in both languages. Screenshots for
// the README (written with ART30_UPDATE_SCREENSHOTS=1, each with its text beside it):
// docs/screenshots/answer-deleted.png, answer-extend.png, answer-expired.png and
// reminder-actions.png (an email with the actions).

import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmAll } from '../../cli/local/confirmLinks.ts';
import { type LocalWorker, startLocalWorker } from '../../cli/local/startLocalWorker.ts';
import { canonicalString } from '../../shared/sync/signing.ts';
import { chromiumPath, docsScreenshot } from '../addon/browser/sidebarBrowser.ts';
import { activity, holding, payload } from '../fixtures/examplePayload.ts';

const PAGES_ORIGIN = 'https://art30.example.org'; // wrangler.toml's PUBLIC_ORIGIN
/** The answer pages and the email are shown as a phone or a narrow mail window would. */
const PAGE_WIDTH = 640;
/** The email's table needs a desktop mail client's width. */
const EMAIL_WIDTH = 860;
const RUN_0 = '2026-03-15T02:00:00Z';
const RUN = '2026-03-16T02:00:00Z';
let worker: LocalWorker;
let browser: BrowserContext;
let profile: string;

/** A register enrolled and synced over HTTP, signed as the add-on signs. */
async function syncedRegister(lang: 'da' | 'en', spreadsheetId: string) {
  const token = await worker.issueEnrolmentToken(`Browser ${lang}`);
  const enrolled = await fetch(`${worker.origin}/v1/registers`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ spreadsheetId }),
  });
  const { registerId, key } = (await enrolled.json()) as { registerId: string; key: string };
  // One activity (owner@example.org, 6 months after collection) and one holding collected on
  // 31 August 2025: 16 days overdue at the run, so in the owner's digest with its two links.
  const snapshot = payload({
    register: {
      name: lang === 'da' ? 'Klinik Ærø' : 'Harbour Clinic',
      lang,
      spreadsheetId,
      adminEmail: 'admin@example.org',
      escalationEmail: null,
    },
    activities: [
      activity('a1', {
        name: lang === 'da' ? 'Klientforløb' : 'Client sessions',
        ownerEmail: 'owner@example.org',
        ruleText: lang === 'da' ? '6 måneder efter modtagelse' : '6 months after receipt',
        lastReview: '2026-01-05',
      }),
    ],
    dataCategories: [
      {
        id: 'dc1',
        activityId: 'a1',
        rule: null,
        ruleText: '',
        sheetRow: 2,
        subjectGroup: lang === 'da' ? 'Klienter' : 'Clients',
        categories:
          lang === 'da' ? 'Helbredsoplysninger, Kontaktoplysninger' : 'Health data, Contact details',
      },
    ],
    holdings: [
      holding('h1', { reference: 'K-2025-017', dataCategoryId: 'dc1', events: { collected: '2025-08-31' } }),
    ],
  });
  const body = Buffer.from(JSON.stringify(snapshot));
  const path = `/v1/registers/${registerId}/snapshot`;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(16).toString('base64url');
  const canonical = canonicalString(
    'PUT',
    path,
    timestamp,
    nonce,
    createHash('sha256').update(body).digest('hex'),
  );
  const signature = createHmac('sha256', Buffer.from(key, 'base64url')).update(canonical).digest('hex');
  const put = await fetch(`${worker.origin}${path}`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      'x-art30-timestamp': timestamp,
      'x-art30-nonce': nonce,
      'x-art30-signature': signature,
    },
    body,
  });
  expect(put.status).toBe(200);
  return registerId;
}

/** The owner's answer links of one register from the night's outbox, on the local origin. */
async function linksOf(registerId: string) {
  const mails = await worker.query<{ body_text: string; body_html: string }>(
    `SELECT body_text, body_html FROM outbox WHERE register_id = ? AND recipient = 'owner@example.org' AND run_date = '2026-03-16'`,
    [registerId],
  );
  const text = mails[0]!.body_text;
  const urls = [...text.matchAll(/: (https:\/\/\S+\/answer\/\S+)/g)].map((m) =>
    m[1]!.replace(PAGES_ORIGIN, worker.origin),
  );
  return { deleted: urls[0]!, extend: urls[1]!, html: mails[0]!.body_html };
}

beforeAll(async () => {
  // The README's pictures name an operator as a real deployment would (the service pages'
  // footer), not wrangler.toml's placeholder.
  worker = await startLocalWorker({
    vars: { OPERATOR_NAME: 'Nordisk Datadrift ApS', OPERATOR_CONTACT: 'privacy@nordiskdatadrift.dk' },
  });
  profile = mkdtempSync(join(tmpdir(), 'art30-answers-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    viewport: { width: 640, height: 720 },
    deviceScaleFactor: 1,
    timezoneId: 'Europe/Copenhagen',
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await worker?.stop();
});

describe('the answer pages in Chromium', () => {
  it('are answered with the keyboard alone, in Danish and in English, and an expired link says so', {
    timeout: 600_000,
  }, async () => {
    const da = await syncedRegister('da', 'browser-da');
    const en = await syncedRegister('en', 'browser-en');
    // Issue 15: the first night asks the addresses to confirm; answer links go only to
    // confirmed recipients, in the night after.
    await worker.runScheduled(RUN_0);
    await worker.waitForRun('2026-03-15');
    await confirmAll(worker, await worker.readOutbox({ runDate: '2026-03-15' }));
    await worker.runScheduled(RUN);
    await worker.waitForRun('2026-03-16');
    const daLinks = await linksOf(da);
    const enLinks = await linksOf(en);

    const page = await browser.newPage();
    await page.setContent(daLinks.html);
    await docsScreenshot(page, 'reminder-actions', EMAIL_WIDTH);

    // Danish, "I have deleted it": the first method has the focus; arrows choose, Tab moves on.
    await page.goto(daLinks.deleted);
    expect(await page.locator('html').getAttribute('lang')).toBe('da');
    expect(await page.locator('h1').textContent()).toBe('Jeg har slettet det');
    expect(await page.locator('dl').textContent()).toContain('K-2025-017');
    expect(await page.locator('dl').textContent()).toContain('Helbredsoplysninger, Kontaktoplysninger');
    await page.keyboard.press('ArrowDown'); // Anonymiseret
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('deletedBy');
    await page.keyboard.type('Ida Holm');
    await docsScreenshot(page, 'answer-deleted', PAGE_WIDTH);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="status"]');
    expect(await page.locator('[role="status"]').textContent()).toBe(
      'Tak. Sletningen af »K-2025-017« er registreret.',
    );
    const [answer] = await worker.query<{ method: string; deleted_by: string }>(
      'SELECT method, deleted_by FROM answers WHERE register_id = ?',
      [da],
    );
    expect(answer).toEqual({ method: 'anonymised', deleted_by: 'Ida Holm' });

    // English, "I need more time": Tab reaches the date, the reason and the button in order.
    await page.goto(enLinks.extend);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('I need more time');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('until');
    const until = new Date(Date.now() + 90 * 86_400_000);
    const mm = String(until.getUTCMonth() + 1).padStart(2, '0');
    const dd = String(until.getUTCDate()).padStart(2, '0');
    await page.keyboard.type(`${mm}${dd}${until.getUTCFullYear()}`);
    expect(await page.inputValue('#until')).toBe(until.toISOString().slice(0, 10));
    // Tab walks the date's month, day and year fields before it leaves the input.
    for (let i = 0; i < 4 && (await page.evaluate(() => document.activeElement?.id)) !== 'reason'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reason');
    await page.keyboard.type('A complaint about the sessions is pending');
    await docsScreenshot(page, 'answer-extend', PAGE_WIDTH);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="status"]');
    expect(await page.locator('[role="status"]').textContent()).toContain(
      'The deadline of “K-2025-017” is extended to',
    );
    const [extension] = await worker.query<{ extended_until: string; reason: string }>(
      'SELECT extended_until, reason FROM answers WHERE register_id = ?',
      [en],
    );
    expect(extension).toEqual({
      extended_until: until.toISOString().slice(0, 10),
      reason: 'A complaint about the sessions is pending',
    });

    // Expired links, in each register's language: a plain page that points to the sheet.
    await worker.query('UPDATE action_tokens SET expires_at = 1 WHERE used_at IS NULL');
    const expiredEn = await page.goto(enLinks.deleted);
    expect(expiredEn?.status()).toBe(410);
    expect(await page.locator('[role="alert"]').textContent()).toBe(
      'This link has expired. Links in reminders are valid for 30 days.',
    );
    expect(await page.locator('main').textContent()).toContain('Extensions → Art30 → Deadlines overview');
    await docsScreenshot(page, 'answer-expired', PAGE_WIDTH);
    const expiredDa = await page.goto(daLinks.extend);
    expect(expiredDa?.status()).toBe(410);
    expect(await page.locator('[role="alert"]').textContent()).toBe(
      'Linket er udløbet. Links i påmindelser gælder i 30 dage.',
    );
  });
});
