// The new-breach form and the deadlines overview's Breaches tab in Chromium, wired to the built
// add-on. "Now" is Wednesday 25 November 2026 at 12:00 in Copenhagen (UTC+1), deadlines by hand:
// aware Tuesday 24 November 09:00 → Datatilsynet by Friday 27 November 09:00, 45 hours on (the
// page's clock runs on from the server's, so 44 whole hours a moment later); aware Saturday 21 November 10:00 → Tuesday 24 November
// 10:00, passed 26 hours ago.

import { describe, expect, it } from 'vitest';
import { BREACHES } from '../../../shared/register/breachesSheet.ts';
import type { DocumentRow } from '../../../shared/register/types.ts';
import { fakeRegister, PRACTICE, sheetRows } from '../features/fixtureRegister.ts';
import { docsScreenshot, practiceAddon, useSidebarBrowser } from './sidebarBrowser.ts';

const openSidebar = useSidebarBrowser();

function practiceWithBreaches(rows: DocumentRow[] = []) {
  const header = BREACHES.columns.map((c) => c.header.da);
  const grid = [header, ...rows.map((r) => BREACHES.columns.map((c) => r[c.id] ?? ''))];
  return practiceAddon({
    spreadsheet: fakeRegister(PRACTICE, { extraSheets: { [BREACHES.title.da]: grid } }),
  });
}

describe('personal-data breaches in Chromium', () => {
  it('the new-breach form shows the 72-hour clock live, says what applies instead for no risk and for a processor, and saves one row', {
    timeout: 90_000,
  }, async () => {
    const addon = practiceWithBreaches();
    const sidebar = await openSidebar(addon, 'breach');
    const { page } = sidebar;
    page.setDefaultTimeout(8000);
    await page.waitForSelector('#reference');
    expect(await page.locator('h1').textContent()).toBe('Nyt brud på persondatasikkerheden');
    expect(await page.inputValue('#awareAt')).toBe('2026-11-25T12:00');

    await page.fill('#awareAt', '2026-11-24T09:00');
    await page.waitForSelector(`#deadline[data-notify-by="${Date.UTC(2026, 10, 27, 8, 0)}"]`);
    expect(await page.locator('#deadline .due').textContent()).toBe(
      'Datatilsynet skal have besked senest fredag 27. november 2026 kl. 09:00.',
    );
    expect(await page.locator('#deadline .left').textContent()).toBe('44 timer tilbage');

    await page.fill('#awareAt', '2026-11-21T10:00');
    await page.waitForSelector('#deadline.problem');
    expect(await page.locator('#deadline .due').textContent()).toBe(
      'Datatilsynet skal have besked senest tirsdag 24. november 2026 kl. 10:00.',
    );
    expect(await page.locator('#deadline .left').textContent()).toBe(
      'Fristen er overskredet med 26 timer: anmeld straks, og begrund forsinkelsen (art. 33, stk. 1).',
    );

    await page.selectOption('#risk', 'noRisk');
    await page.waitForSelector('#deadline[data-notify-by=""]');
    expect(await page.locator('#deadline .due').textContent()).toContain(
      'ingen anmeldelse, men bruddet dokumenteres',
    );
    await page.selectOption('#risk', 'highRisk');
    await page.waitForSelector('#deadline.problem');
    expect(await page.locator('#deadline').textContent()).toContain('de registrerede underrettes også');
    await page.selectOption('#role', 'processor');
    await page.waitForSelector('#deadline[data-notify-by=""]');
    expect(await page.locator('#deadline .due').textContent()).toBe(
      'Som databehandler underretter I den dataansvarlige uden unødig forsinkelse (art. 33, stk. 2).',
    );
    await page.selectOption('#role', 'controller');

    await page.fill('#awareAt', '2026-11-24T09:00');
    await page.fill('#reference', 'BRUD-2026-3');
    await page.fill('#description', 'En bærbar med klientjournaler blev stjålet.');
    await page.waitForSelector(`#deadline[data-notify-by="${Date.UTC(2026, 10, 27, 8, 0)}"]`);
    await docsScreenshot(page, 'breach');
    await page.click('#save');
    await page.waitForSelector('.status.info:has-text("Gemt")');
    expect(await page.locator('#status').textContent()).toBe(
      'Gemt i række 2 i arket Brud. Ikke sendt til påmindelsestjenesten (ikke forbundet, eller den svarede ikke). Se Indstillinger og synkronisering.',
    );
    const rows = sheetRows(addon.ss, 'breaches');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ reference: 'BRUD-2026-3', risk: 'Høj risiko', role: 'Dataansvarlig' });
    await sidebar.close();
  });

  it('the deadlines overview has a Breaches tab with the open breaches, the soonest deadline first', {
    timeout: 60_000,
  }, async () => {
    const addon = practiceWithBreaches([
      // Notified: closed, not listed.
      {
        id: 'b1',
        reference: 'BRUD-1',
        awareAt: '2026-11-20T09:00:00+01:00',
        risk: 'Risiko',
        authorityNotifiedAt: '2026-11-21T09:00:00+01:00',
      },
      // Not assessed, aware 24 November 09:00: 45 hours left (the server's clock stands at 12:00).
      { id: 'b2', reference: 'BRUD-2', awareAt: '2026-11-24T09:00:00+01:00' },
      // High risk, aware 21 November 10:00: 26 hours overdue.
      { id: 'b3', reference: 'BRUD-3', awareAt: '2026-11-21T10:00:00+01:00', risk: 'Høj risiko' },
      // No risk: closed.
      { id: 'b4', reference: 'BRUD-4', awareAt: '2026-11-25T08:00:00+01:00', risk: 'Ingen risiko' },
    ]);
    addon.ctx.openRetentionOverview();
    const sidebar = await openSidebar(addon, 'retention');
    const { page } = sidebar;
    page.setDefaultTimeout(8000);
    await page.waitForSelector('#tab-breaches');
    expect(await page.locator('#tab-breaches').textContent()).toBe('Brud (2)');
    expect(await page.locator('#breaches-tab').isHidden()).toBe(true);
    await page.click('#tab-breaches');
    await page.waitForSelector('#breaches-tab .item.breach');
    expect(await page.locator('#retention-tab').isHidden()).toBe(true);
    const cards = await page.locator('#breaches-tab .item.breach').allTextContents();
    expect(cards).toEqual([
      '26 timer over fristen · BRUD-3 · Høj risikoDatatilsynet skal have besked senest tirsdag 24. november 2026 kl. 10:00 · række 4',
      '45 timer tilbage · BRUD-2 · ikke vurderetDatatilsynet skal have besked senest fredag 27. november 2026 kl. 09:00 · række 3',
    ]);
    await sidebar.close();
  });
});
