import { describe, expect, it } from 'vitest';
import { sheetRows } from '../features/fixtureRegister.ts';
import { listingScreenshot } from './listingScreenshot.ts';
import { docsScreenshot, practiceAddon, useSidebarBrowser } from './sidebarBrowser.ts';

const openSidebar = useSidebarBrowser();

const practice = () => practiceAddon({ userEmail: 'mette@nordlys-psykologi.dk' });

describe('the activity form in Chromium', () => {
  it('is filled in, validated live, and saved as the activity’s rows in the sheets', {
    timeout: 90_000,
  }, async () => {
    const addon = practice();
    const sidebar = await openSidebar(addon, 'activity');
    const { page } = sidebar;
    await page.waitForSelector('#a_name');
    expect(await page.locator('h1').textContent()).toBe('Ny behandlingsaktivitet');
    // An empty form already says what is missing, next to the field.
    await page.waitForSelector('[data-messages-for="a:purpose"] .field-message.error');

    page.setDefaultTimeout(8000);
    await page.fill('#a_name', 'Nyhedsbrev');
    await page.fill('#a_purpose', 'Udsendelse af nyhedsbreve til kunder, der har sagt ja');
    await page.fill('#a_owner', 'jonas@nordlys-psykologi.dk');
    await page.click('#a_legalBases');
    await page.keyboard.type('samtyk');
    await page.keyboard.press('Enter');
    await page.click('#a_securityMeasures');
    await page.keyboard.type('Adgang');
    await page.keyboard.press('Enter');
    await page.fill('#a_retention', '6 måneder efter afmelding');
    await page.fill('#a_retention', '24 måneder efter sidste kontakt');
    await page.waitForSelector('[data-hint-for="a:retention"].understood');
    expect(await page.locator('[data-hint-for="a:retention"]').textContent()).toMatch(
      /^Forstået som: 24 måneder/,
    );
    await page.waitForSelector('[data-messages-for="a:purpose"]:empty', { state: 'attached' });

    await page.click('#g0_subjectGroup');
    await page.keyboard.type('Nyhedsbrevsmodt');
    await page.keyboard.press('Enter');
    for (const category of ['Navn', 'E-mailadresse']) {
      await page.click('#g0_dataCategories');
      await page.keyboard.type(category);
      await page.keyboard.press('Enter');
    }
    for (const field of ['#g0_recipients', '#g0_thirdCountries']) {
      await page.click(field);
      await page.keyboard.type('Ingen');
      await page.keyboard.press('Enter');
    }
    // A second group, added and removed again, leaves no row behind.
    await page.click('button.add-group');
    await page.locator('.group-card[data-group="1"] .remove-group').click();

    await page.click('#save');
    await page.waitForSelector('.status.ok');
    const activities = sheetRows(addon.ss, 'activities');
    expect(activities).toHaveLength(4);
    expect(activities[3]).toMatchObject({
      name: 'Nyhedsbrev',
      owner: 'jonas@nordlys-psykologi.dk',
      legalBases: 'Samtykke (art. 6(1)(a))',
      securityMeasures: 'Adgangsstyring',
      retention: '24 måneder efter sidste kontakt',
    });
    const groups = sheetRows(addon.ss, 'dataCategories');
    expect(groups).toHaveLength(4);
    expect(groups[3]).toMatchObject({
      activityId: activities[3].id,
      subjectGroup: 'Nyhedsbrevsmodtagere',
      dataCategories: 'Navn, E-mailadresse',
      recipients: 'Ingen',
      thirdCountries: 'Ingen',
    });
    // After the save the form edits the saved activity (a second save updates, not duplicates).
    expect(await page.locator('h1').textContent()).toBe('Redigér behandlingsaktivitet');
    await page.click('#save');
    await page.waitForSelector('.status.ok');
    expect(sheetRows(addon.ss, 'activities')).toHaveLength(4);
    expect(sheetRows(addon.ss, 'dataCategories')).toHaveLength(4);
    await sidebar.close();
  });

  it('shows an existing activity as the sidebar looks in Sheets (screenshot)', async () => {
    const addon = practice();
    const sheet = addon.ss.sheet('Behandlingsaktiviteter');
    addon.ss.setActiveRange(sheet.getRange(2, 2) as never);
    const sidebar = await openSidebar(addon, 'activity');
    const { page } = sidebar;
    await page.waitForSelector('#a_name');
    expect(await page.inputValue('#a_name')).toBe('Klientbehandling');
    expect(await page.locator('[data-field="a_legalBases"] .chip').allTextContents()).toEqual([
      'Retlig forpligtelse (art. 6(1)(c))×',
    ]);
    await docsScreenshot(page, 'activity');
    await listingScreenshot(page, addon, 'activity-form', 'Behandlingsaktiviteter');
    await sidebar.close();
  });
});
