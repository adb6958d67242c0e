import { describe, expect, it } from 'vitest';
import { sheetDef } from '../../../shared/register/schema.ts';
import { sheetRows } from '../features/fixtureRegister.ts';
import { callPublic, fixToday } from '../features/helpers.ts';
import { loadAddon } from '../harness.ts';
import { addHoldings, columnOf, readyRegister } from '../syncRegister.ts';
import { TOKEN, WorkerDouble } from '../syncWorkerDouble.ts';
import { listingScreenshot } from './listingScreenshot.ts';
import { docsScreenshot, practiceAddon, useSidebarBrowser } from './sidebarBrowser.ts';

const openSidebar = useSidebarBrowser();

describe('the retention overview in Chromium', () => {
  it('shows counts and the overdue entries, and marks one deleted into the deletion log', {
    timeout: 60_000,
  }, async () => {
    const addon = practiceAddon({ userEmail: '' });
    addon.ctx.openRetentionOverview();
    const sidebar = await openSidebar(addon, 'retention');
    const { page } = sidebar;
    await page.waitForSelector('#overdue .item');
    expect(await page.locator('[data-count="overdue"] .n').textContent()).toBe('3');
    expect(await page.locator('[data-count="dueSoon"] .n').textContent()).toBe('1');
    expect(await page.locator('#overdue .item .ref').allTextContents()).toEqual([
      'K-2021-014',
      'K-2021-022',
      'ANS-07',
    ]);
    // The worker's status slot stays hidden until the sync feature fills it.
    expect(await page.locator('#worker-status-slot').isHidden()).toBe(true);
    await page.locator('#overdue .item[data-holding="h-app-07"] input[type=checkbox]').check();
    await docsScreenshot(page, 'retention');
    await listingScreenshot(page, addon, 'retention-overview', 'Slettelog');

    await page.selectOption('#method', 'Slettet');
    await page.click('#mark-deleted');
    // No email address: the page asks for a name once.
    await page.waitForSelector('#deleter-name', { state: 'visible' });
    expect(await page.locator('#status').textContent()).toContain('Skriv dit navn');
    await page.fill('#deleter-name', 'Mette Holm');
    await page.click('#mark-deleted');
    await page.waitForSelector('.status.ok');
    const log = sheetRows(addon.ss, 'deletionLog');
    expect(log.map((e) => [e.holdingId, e.reference, e.deletedBy, e.method])).toEqual([
      ['h-app-07', 'ANS-07', 'Mette Holm', 'Slettet'],
    ]);
    expect(await page.locator('#overdue .item .ref').allTextContents()).toEqual(['K-2021-014', 'K-2021-022']);
    expect(await page.locator('[data-count="deleted"] .n').textContent()).toBe('1');
    await sidebar.close();
  });

  it('extends an entry only with a reason, showing the Danish error first', { timeout: 60_000 }, async () => {
    const addon = practiceAddon({ userEmail: 'mette@nordlys-psykologi.dk' });
    const sidebar = await openSidebar(addon, 'retention');
    const { page } = sidebar;
    const item = page.locator('#overdue .item[data-holding="h-2021-022"]');
    await item.waitFor();
    await item.locator('button.link').click();
    await page.fill('#until-h-2021-022', '2027-06-01');
    await item.locator('.extend-form button').click();
    await page.waitForSelector('.status.error');
    expect(await page.locator('#status').textContent()).toContain('begrundelse');
    await page.fill('#reason-h-2021-022', 'Verserende klagesag hos Psykolognævnet');
    await item.locator('.extend-form button').click();
    await page.waitForSelector('.status.ok');
    expect(sheetRows(addon.ss, 'retentionLog')[1]).toMatchObject({
      extensionReason: 'Verserende klagesag hos Psykolognævnet',
      status: 'forlænget',
    });
    await sidebar.close();
  });

  it('shows the worker’s reminder status in the register’s language, Danish and English', {
    timeout: 90_000,
  }, async () => {
    const expected = {
      da: [
        'Påmindelser',
        /^Overskredet ifølge serveren: 2$/,
        /^Seneste natlige kørsel: 2026-03-02: 3 påmindelser sendt$/,
      ],
      en: [
        'Reminders',
        /^Overdue according to the server: 2$/,
        /^Last nightly run: 2026-03-02: 3 reminders sent$/,
      ],
    } as const;
    for (const [locale, lang] of [
      ['da_DK', 'da'],
      ['en_GB', 'en'],
    ] as const) {
      const addon = loadAddon({ locale });
      addon.ss.locale = locale;
      const contacts = {
        owner: 'ejer@example.org',
        admin: 'admin@example.org',
        escalation: 'chef@example.org',
      };
      const { activities } = readyRegister(addon, lang, contacts, '2026-03-02');
      addHoldings(addon, [{ reference: 'K-001', activity: activities[0], lastContact: '2025-06-01' }], lang);
      const worker = new WorkerDouble();
      addon.fakes.UrlFetchApp.handler = worker.handle;
      expect(callPublic(addon, 'enrolRegister', 'http://127.0.0.1:8787/', TOKEN).ok).toBe(true);

      const sidebar = await openSidebar(addon, 'retention');
      const slot = sidebar.page.locator('#worker-status-slot');
      await slot.locator('h2').waitFor();
      const [heading, overdue, lastRun] = expected[lang];
      expect(await slot.locator('h2').textContent()).toBe(heading);
      const lines = await slot.locator('div').allTextContents();
      expect(
        lines.some((line) => overdue.test(line)),
        lines.join(' | '),
      ).toBe(true);
      expect(
        lines.some((line) => lastRun.test(line)),
        lines.join(' | '),
      ).toBe(true);
      await sidebar.close();
    }
  });

  it('lists minimum periods that have run as decisions, in Danish and English, and keeps one with a reason', {
    timeout: 90_000,
  }, async () => {
    const words = {
      da: {
        rule: 'mindst 5 år efter ophør',
        heading: 'Må nu slettes: tag stilling',
        meta: /må slettes fra 2026-01-11$/,
        review: 'gennemgå: ingen beslutning',
        keep: 'Behold med begrundelse',
      },
      en: {
        rule: 'at least 5 years after the relationship ends',
        heading: 'May now be deleted: decide',
        meta: /may be deleted from 2026-01-11$/,
        review: 'review: no decision',
        keep: 'Keep with reason',
      },
    } as const;
    for (const [locale, lang] of [
      ['da_DK', 'da'],
      ['en_GB', 'en'],
    ] as const) {
      const w = words[lang];
      const addon = loadAddon({ locale });
      addon.ss.locale = locale;
      fixToday(addon, '2026-11-25');
      const contacts = {
        owner: 'ejer@example.org',
        admin: 'admin@example.org',
        escalation: 'chef@example.org',
      };
      const { activities } = readyRegister(addon, lang, contacts, '2026-11-25');
      addon.ss
        .sheet(sheetDef('activities').title[lang])
        .put(2, columnOf(addon, 'activities', 'retention', lang), [[w.rule]]);
      // Ended 2021-01-10: may be deleted from 2026-01-11 and back for review after 90 days;
      // ended 2021-11-20: may be deleted from 2026-11-21; ended 2022-06-01: not yet.
      addHoldings(
        addon,
        [
          { reference: 'J-001', activity: activities[0], relationshipEnded: '2021-11-20' },
          { reference: 'J-002', activity: activities[0], relationshipEnded: '2021-01-10' },
          { reference: 'J-003', activity: activities[0], relationshipEnded: '2022-06-01' },
        ],
        lang,
      );
      // Opened from the menu: the rows typed in get their ids before the page lists them.
      addon.ctx.openRetentionOverview();
      const sidebar = await openSidebar(addon, 'retention');
      const { page } = sidebar;
      await page.waitForSelector('#decide .item');
      expect(await page.locator('#decide h2').textContent()).toContain(w.heading);
      expect(await page.locator('[data-count="decide"] .n').textContent()).toBe('2');
      expect(await page.locator('#decide .item .ref').allTextContents()).toEqual(['J-002', 'J-001']);
      expect(await page.locator('#overdue .item').count()).toBe(0);
      const review = page.locator('#decide .item').first();
      expect(await review.locator('.meta').textContent()).toMatch(w.meta);
      expect(await review.locator('.late').textContent()).toBe(w.review);
      expect(await review.locator('button.link').textContent()).toBe(w.keep);

      // Keeping J-002 with a reason moves it out of the decisions until its new review date.
      await review.locator('button.link').click();
      const id = await review.getAttribute('data-holding');
      await page.fill(`#until-${id}`, '2027-06-01');
      await page.fill(`#reason-${id}`, lang === 'da' ? 'Verserende klagesag' : 'Open complaint');
      await review.locator('.extend-form button').click();
      await page.waitForSelector('.status.ok');
      expect(await page.locator('#decide .item .ref').allTextContents()).toEqual(['J-001']);
      const kept = sheetRows(addon.ss, 'retentionLog', lang).find((r) => r.reference === 'J-002');
      expect(kept?.extensionReason).toBe(lang === 'da' ? 'Verserende klagesag' : 'Open complaint');
      await sidebar.close();
    }
  });
});
