import { describe, expect, it } from 'vitest';
import { fakeRegister, messyPractice } from '../features/fixtureRegister.ts';
import { listingScreenshot } from './listingScreenshot.ts';
import { docsScreenshot, practiceAddon, useSidebarBrowser } from './sidebarBrowser.ts';

const openSidebar = useSidebarBrowser();

describe('the issue sidebar in Chromium', () => {
  it('lists the findings by severity in Danish and selects the cell of the one clicked', async () => {
    const addon = practiceAddon({ spreadsheet: fakeRegister(messyPractice()) });
    addon.ctx.validateRegister();
    const sidebar = await openSidebar(addon, 'issues');
    const { page } = sidebar;
    await page.waitForSelector('.issue');
    const headings = await page.locator('section.group h2').allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    expect(headings[0]).toMatch(/^(Fejl|Advarsler|Tips)/);
    await docsScreenshot(page, 'issues');
    await listingScreenshot(page, addon, 'validate-issues', 'Behandlingsaktiviteter');

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
    await sidebar.close();
  });
});
