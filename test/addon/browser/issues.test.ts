import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAddon } from '../harness.ts';
import { fakeRegister, messyPractice } from '../features/fixtureRegister.ts';
import { fixToday } from '../features/helpers.ts';
import {
  launchSidebarBrowser,
  openSidebar,
  type SidebarBrowser,
  sidebarScreenshot,
} from './sidebarBrowser.ts';

let browser: SidebarBrowser;
beforeAll(async () => {
  browser = await launchSidebarBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
}, 30_000);

describe('the issue sidebar in Chromium', () => {
  it('lists the findings by severity in Danish and selects the cell of the one clicked', async () => {
    const addon = loadAddon({ spreadsheet: fakeRegister(messyPractice()), locale: 'da_DK' });
    fixToday(addon, '2026-11-25');
    addon.ctx.validateRegister();
    const { page, errors } = await openSidebar(browser, addon, 'issues');
    await page.waitForSelector('.issue');
    const headings = await page.locator('section.group h2').allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    expect(headings[0]).toMatch(/^(Fejl|Advarsler|Tips)/);
    await sidebarScreenshot(
      page,
      'docs/screenshots/issues.png',
      process.env.ART30_SCREENSHOT_PARTS && `/tmp/issues`,
    );

    // Click a finding that points at a cell of the Processing activities sheet.
    const card = page.locator('.issue', { hasText: 'Behandlingsaktiviteter, række' }).first();
    const where = await card.locator('.where').textContent();
    const row = Number(/række (\d+)/.exec(where ?? '')?.[1]);
    await card.click();
    await page.waitForSelector('.status.ok');
    const active = addon.ss.activeRange;
    expect(active?.getSheet().getName()).toBe('Behandlingsaktiviteter');
    expect(active?.getRow()).toBe(row);
    expect(await page.locator('#status').textContent()).toContain('Cellen er markeret');
    expect(errors).toEqual([]);
    await page.close();
  });
});
