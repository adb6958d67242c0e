// The Settings & sync sidebar as a real page in headless Chromium, wired through the
// google.script.run shim to the built bundle, whose UrlFetchApp talks to the in-process worker
// double: enrol with the token, see the worker's numbers, sync now, rotate the key, disconnect.
// The register key never reaches the page. Takes the settings screenshot
// (docs/screenshots/settings.png with ART30_UPDATE_SCREENSHOTS=1) on the pushable build and the
// practice register, as a user sees it.

import { describe, expect, it } from 'vitest';
import { listingScreenshot } from './browser/listingScreenshot.ts';
import { docsScreenshot, practiceAddon, useSidebarBrowser } from './browser/sidebarBrowser.ts';
import { loadAddon, PUSHABLE_TEST_ORIGIN } from './harness.ts';
import { addHoldings, readyRegister } from './syncRegister.ts';
import { TOKEN, WorkerDouble } from './syncWorkerDouble.ts';

const openSidebar = useSidebarBrowser();

describe('the Settings & sync sidebar in Chromium', () => {
  it('enrols with the token, shows the worker’s numbers, syncs now, rotates the key and disconnects, never showing the key', {
    timeout: 90_000,
  }, async () => {
    const addon = loadAddon({ locale: 'da_DK' });
    const { activities } = readyRegister(
      addon,
      'da',
      { owner: 'ejer@example.org', admin: 'admin@example.org', escalation: 'chef@example.org' },
      '2026-03-02',
    );
    addHoldings(addon, [{ reference: 'K-001', activity: activities[0], lastContact: '2025-06-01' }], 'da');
    const worker = new WorkerDouble();
    addon.fakes.UrlFetchApp.handler = worker.handle;
    addon.ctx.openSettings();
    expect(addon.fakes.ui.dialogs.at(-1)).toMatchObject({
      kind: 'sidebar',
      title: 'Indstillinger og synkronisering',
    });

    const sidebar = await openSidebar(addon, 'settings');
    const { page } = sidebar;
    await page.waitForSelector('#enrol-button');
    expect(await page.inputValue('#worker-url')).toBe('http://127.0.0.1:8787/');
    await page.fill('#token', 'wrong-token');
    await page.click('#enrol-button');
    await page.waitForSelector('#message.error');
    expect(await page.locator('#message').textContent()).toContain('Tilmeldingskoden blev ikke godkendt');

    await page.fill('#token', TOKEN);
    await page.click('#enrol-button');
    await page.waitForSelector('#connected');
    expect(await page.locator('#message').textContent()).toMatch(
      /tilmeldt.*Synkroniseret: 7 aktiviteter, 1 registrering \(/,
    );
    expect(await page.locator('[data-count="overdue"]').textContent()).toBe('2');
    expect(await page.locator('#facts').textContent()).toContain('reg_double');
    const html = await page.content();
    expect(html).not.toContain(worker.key.toString('base64url'));

    await page.click('#sync-button');
    await page.waitForFunction(
      () =>
        /Synkroniseret/.test(document.querySelector('#message')?.textContent ?? '') &&
        !document.querySelector('#sync-button')?.hasAttribute('disabled'),
    );
    expect(worker.snapshots).toHaveLength(2);

    await page.click('#rotate-key-button');
    await page.waitForFunction(() =>
      /Nøglen er skiftet/.test(document.querySelector('#message')?.textContent ?? ''),
    );
    expect(worker.rotations).toBe(1);
    expect(await page.content()).not.toContain(worker.key.toString('base64url'));

    page.on('dialog', (d) => void d.accept());
    await page.click('#disconnect-button');
    await page.waitForSelector('#enrol-button');
    expect(await page.locator('#message').textContent()).toContain('Forbindelsen er afbrudt');
    expect(worker.deleted).toBe(true);
    await sidebar.close();
  });

  it('in a test deployment it enrols, says auto-sync is off and why, and another editor sees the same state', {
    timeout: 90_000,
  }, async () => {
    const addon = loadAddon({ locale: 'da_DK', userEmail: 'ejer@example.org' });
    const { activities } = readyRegister(
      addon,
      'da',
      { owner: 'ejer@example.org', admin: 'admin@example.org', escalation: 'chef@example.org' },
      '2026-03-02',
    );
    addHoldings(addon, [{ reference: 'K-001', activity: activities[0], lastContact: '2025-06-01' }], 'da');
    const worker = new WorkerDouble();
    addon.fakes.UrlFetchApp.handler = worker.handle;
    addon.fakes.ScriptApp.testDeployment = true;
    const sidebar = await openSidebar(addon, 'settings');
    const { page } = sidebar;
    await page.waitForSelector('#enrol-button');
    await page.fill('#token', TOKEN);
    await page.click('#enrol-button');
    await page.waitForSelector('#connected');
    expect(worker.snapshots).toHaveLength(1);
    expect(await page.locator('#facts').textContent()).toContain('Automatisk synkroniseringfra');
    expect(await page.locator('#auto-sync-off').textContent()).toContain('testudgave af tilføjelsen');
    await sidebar.close();

    // Installed for real: another editor opening the page sees the enroller's auto-sync.
    addon.fakes.ScriptApp.testDeployment = false;
    addon.fakes.PropertiesService.document.deleteProperty('art30.sync.key');
    expect(
      (addon.ctx.enrolRegister as (u: string, t: string) => unknown)('http://127.0.0.1:8787/', TOKEN),
    ).toBeTruthy();
    addon.fakes.ScriptApp.currentUser = 'redaktoer@example.org';
    addon.fakes.Session.activeUser.email = 'redaktoer@example.org';
    addon.fakes.Session.effectiveUser.email = 'redaktoer@example.org';
    const other = await openSidebar(addon, 'settings');
    await other.page.waitForSelector('#connected');
    expect(await other.page.locator('#facts').textContent()).toContain('kører som ejer@example.org');
    expect(await other.page.locator('#auto-sync-off').count()).toBe(0);
    await other.close();
  });

  it('shows a connected register with its service, id, auto-sync and the service’s numbers (README screenshot)', {
    timeout: 90_000,
  }, async () => {
    // The pushable build on the practice register, enrolled with the hosted service; the
    // sidebar opened again later, as a user finds it (no message from the enrolment).
    const addon = practiceAddon({ config: 'production', userEmail: 'mette@nordlys-psykologi.dk' });
    const worker = new WorkerDouble();
    // The worker's own id format: "reg_" and 22 base64url characters.
    worker.registerId = 'reg_Q4mZ8tVb2nXcL0pR7sKdWg';
    // One world on the page: the night before the practice day, and the register's addresses as
    // the service knows them (the owner confirmed, the escalation contact asked yesterday).
    worker.lastRunDate = '2026-11-25';
    worker.recipients = [
      { address: 'mette@nordlys-psykologi.dk', state: 'confirmed', since: '2026-11-02' },
      { address: 'klinikchef@nordlys-psykologi.dk', state: 'waiting', since: '2026-11-24' },
    ];
    addon.fakes.UrlFetchApp.handler = worker.handle;
    const enrol = await openSidebar(addon, 'settings');
    await enrol.page.waitForSelector('#enrol-button');
    expect(await enrol.page.inputValue('#worker-url')).toBe(PUSHABLE_TEST_ORIGIN);
    await enrol.page.fill('#token', TOKEN);
    await enrol.page.click('#enrol-button');
    await enrol.page.waitForSelector('#connected');
    await enrol.close();

    addon.ctx.openSettings();
    const sidebar = await openSidebar(addon, 'settings');
    const { page } = sidebar;
    await page.waitForSelector('#connected');
    await page.waitForSelector('[data-count="overdue"]');
    const facts = (await page.locator('#facts').textContent()) ?? '';
    expect(facts).toContain(PUSHABLE_TEST_ORIGIN);
    expect(facts).toContain(worker.registerId);
    expect(await page.locator('#message').textContent()).not.toMatch(/version/);
    // Every time on the page is the add-on's clock (the practice day at 12:00), never the machine's.
    const text = (await page.locator('#connected').textContent()) ?? '';
    expect(text).toContain('Status hentet2026-11-25 12:00');
    expect(text).toContain('Seneste kørsel2026-11-25');
    expect(text).toContain('klinikchef@nordlys-psykologi.dk: venter på bekræftelse siden 2026-11-24');
    for (const id of [
      'sync-button',
      'refresh-button',
      'rotate-key-button',
      'export-key-button',
      'disconnect-button',
    ])
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    await docsScreenshot(page, 'settings');
    await sidebar.close();
  });

  it('offers the pushable build’s own worker origin before it is connected (listing screenshot)', {
    timeout: 60_000,
  }, async () => {
    // The pushable build, as a Marketplace user meets it: nothing enrolled yet.
    const addon = practiceAddon({ config: 'production', userEmail: 'mette@nordlys-psykologi.dk' });
    addon.ctx.openSettings();
    const sidebar = await openSidebar(addon, 'settings');
    const { page } = sidebar;
    await page.waitForSelector('#enrol-button');
    expect(await page.inputValue('#worker-url')).toBe(PUSHABLE_TEST_ORIGIN);
    expect(await page.locator('#connected').count()).toBe(0);
    await listingScreenshot(page, addon, 'settings-not-connected', 'Organisation');
    await sidebar.close();
  });
});
