// The new-request form in Chromium, wired to the built add-on: the deadline shows live as the
// facts are typed (worked out by hand: received Wednesday 25 November 2026, one month on is
// Friday 25 December, juledag, then 2. juledag on the Saturday and a Sunday, so the answer is
// due Monday 28 December; three months on is Thursday 25 February 2027), a reference that is a
// name is refused with nothing written, and a valid request becomes one row.

import { describe, expect, it } from 'vitest';
import { REQUESTS } from '../../../shared/register/schema.ts';
import { fakeRegister, PRACTICE, sheetRows } from '../features/fixtureRegister.ts';
import { docsScreenshot, practiceAddon, useSidebarBrowser } from './sidebarBrowser.ts';

const openSidebar = useSidebarBrowser();

const practice = () =>
  practiceAddon({
    spreadsheet: fakeRegister(PRACTICE, {
      extraSheets: { [REQUESTS.title.da]: [REQUESTS.columns.map((c) => c.header.da)] },
    }),
  });

describe('the new-request form in Chromium', () => {
  it('shows the deadline live, refuses a name as reference, and saves the request as one row', {
    timeout: 90_000,
  }, async () => {
    const addon = practice();
    const sidebar = await openSidebar(addon, 'request');
    const { page } = sidebar;
    page.setDefaultTimeout(8000);
    await page.waitForSelector('#reference');
    expect(await page.locator('h1').textContent()).toBe('Ny anmodning fra en registreret');

    // Received today by default: Christmas moves the deadline to Monday 28 December.
    await page.waitForSelector('#deadline[data-due="2026-12-28"]');
    expect(await page.locator('#deadline .due').textContent()).toBe('Svarfrist: mandag 28. december 2026');
    expect(await page.locator('#deadline').textContent()).toContain(
      'En måned fra modtagelsen er fredag 25. december 2026, Juledag; fristen flyttes til næste arbejdsdag.',
    );
    expect(await page.locator('#deadline .left').textContent()).toBe('33 dage tilbage');

    // An extension notified on the last day of the first month: three months.
    await page.fill('#extensionReason', 'Mange journaler skal gennemgås');
    await page.fill('#extensionNotified', '2026-12-28');
    await page.waitForSelector('#deadline[data-due="2027-02-25"]');
    expect(await page.locator('#deadline .due').textContent()).toBe(
      'Svarfrist (forlænget): torsdag 25. februar 2027',
    );
    // One day late: not extended, and it says why.
    await page.fill('#extensionNotified', '2026-12-29');
    await page.waitForSelector('#deadline.problem[data-due="2026-12-28"]');
    expect(await page.locator('#deadline').textContent()).toContain(
      'Meddelelsen kom efter den første måned: fristen forlænges ikke.',
    );
    await page.fill('#extensionNotified', '2026-12-28');
    await page.waitForSelector('#deadline[data-due="2027-02-25"]');

    await page.fill('#reference', 'Jens Hansen');
    await page.selectOption('#type', 'access');
    await page.fill('#responsible', 'mette@nordlys-psykologi.dk');
    await page.click('#save');
    await page.waitForSelector('.status.error');
    expect(await page.locator('#status').textContent()).toContain('ligner et navn');
    expect(sheetRows(addon.ss, 'requests')).toEqual([]);

    await page.fill('#reference', 'SAG-2026-044');
    await page.locator('input[name="activity"]').first().check();
    await page.click('#save');
    await page.waitForSelector('.status.ok');
    expect(await page.locator('#status').textContent()).toBe(
      'Gemt i række 2 i arket Anmodninger. Svarfrist torsdag 25. februar 2027.',
    );
    const rows = sheetRows(addon.ss, 'requests');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      reference: 'SAG-2026-044',
      type: 'Indsigt (art. 15)',
      responsible: 'mette@nordlys-psykologi.dk',
      extensionReason: 'Mange journaler skal gennemgås',
    });
    expect(String(rows[0]!.activities)).toBe(PRACTICE.sheets.activities![0]!.name);
    await docsScreenshot(page, 'request');
    await sidebar.close();
  });
});
