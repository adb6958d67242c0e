import { describe, expect, it } from 'vitest';
import { fakeRegister, sheetRows } from '../features/fixtureRegister.ts';
import {
  OLD_REGISTER,
  OLD_REGISTER_EN,
  OLD_REGISTER_EN_SHEET,
  OLD_REGISTER_SHEET,
} from '../features/oldRegister.ts';
import { docsScreenshot, practiceAddon, useSidebarBrowser } from './sidebarBrowser.ts';

const openSidebar = useSidebarBrowser();

describe('the import page in Chromium', () => {
  it('shows the column mapping for confirmation and imports after the user agrees to replace', {
    timeout: 60_000,
  }, async () => {
    const addon = practiceAddon({
      spreadsheet: fakeRegister(undefined, { extraSheets: { [OLD_REGISTER_SHEET]: OLD_REGISTER } }),
    });
    const sidebar = await openSidebar(addon, 'import');
    const { page } = sidebar;
    await page.waitForSelector('#source-sheet');
    await page.click('#show-columns');
    await page.waitForSelector('table.mapping');
    expect(await page.locator('#unmapped li').allTextContents()).toEqual(['Intern note']);
    expect(await page.locator('#conflicts').textContent()).toContain('Lønadministration');
    await docsScreenshot(page, 'import');

    await page.click('#confirm-import');
    await page.waitForSelector('.status.error');
    expect(sheetRows(addon.ss, 'activities')).toHaveLength(3);
    await page.check('#replace-existing');
    await page.click('#confirm-import');
    await page.waitForSelector('.status.ok');
    expect(await page.locator('#status').textContent()).toContain('3 aktiviteter og 4 datakategori-rækker');
    expect(sheetRows(addon.ss, 'activities').map((a) => a.name)).toEqual([
      'Klientbehandling',
      'Lønadministration',
      'Rekruttering',
      'Nyhedsbrev',
      'Kundeservice',
    ]);
    await sidebar.close();
  });

  it('speaks English for an English register (screenshot)', { timeout: 60_000 }, async () => {
    const addon = practiceAddon({
      spreadsheet: fakeRegister(undefined, {
        lang: 'en',
        extraSheets: { [OLD_REGISTER_EN_SHEET]: OLD_REGISTER_EN },
      }),
      locale: 'en_GB',
    });
    const sidebar = await openSidebar(addon, 'import');
    const { page } = sidebar;
    await page.waitForSelector('#source-sheet');
    expect(await page.locator('h1').textContent()).toBe('Import existing register');
    await page.click('#show-columns');
    await page.waitForSelector('table.mapping');
    expect(await page.locator('table.mapping tr.mapped td:last-child').allTextContents()).toContain(
      'Purpose',
    );
    expect(await page.locator('#unmapped li').allTextContents()).toEqual(['Comments']);
    await docsScreenshot(page, 'import');
    await sidebar.close();
  });
});
