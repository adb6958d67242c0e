// "Export key for scheduled sync" on the real Settings & sync page in headless Chromium (the
// built bundle behind the google.script.run shim, the in-process worker double): the key reaches
// the page only after the user confirms, is shown once, and is gone with the next render.

import { describe, expect, it } from 'vitest';
import { parseRegisterKeyFile } from '../../shared/sync/keyFile.ts';
import { useSidebarBrowser } from '../addon/browser/sidebarBrowser.ts';
import { loadAddon } from '../addon/harness.ts';
import { readyRegister } from '../addon/syncRegister.ts';
import { TOKEN, WorkerDouble } from '../addon/syncWorkerDouble.ts';

const openSidebar = useSidebarBrowser();

describe('Export key for scheduled sync, in Chromium', () => {
  it('shows the key file once, only after the user confirms', { timeout: 90_000 }, async () => {
    const addon = loadAddon({ locale: 'da_DK' });
    readyRegister(
      addon,
      'da',
      { owner: 'ejer@example.org', admin: 'admin@example.org', escalation: 'chef@example.org' },
      '2026-03-02',
    );
    const worker = new WorkerDouble();
    addon.fakes.UrlFetchApp.handler = worker.handle;
    addon.ctx.openSettings();
    const sidebar = await openSidebar(addon, 'settings');
    const { page } = sidebar;
    const key = worker.key.toString('base64url');
    await page.waitForSelector('#enrol-button');
    await page.fill('#token', TOKEN);
    await page.click('#enrol-button');
    await page.waitForSelector('#export-key-button');
    expect(await page.locator('#export-key-button').textContent()).toBe(
      'Eksportér nøgle til planlagt synkronisering',
    );

    // The user says no: nothing is asked of the server, the key stays away.
    page.once('dialog', (d) => void d.dismiss());
    await page.click('#export-key-button');
    await page.waitForTimeout(300);
    expect(await page.content()).not.toContain(key);

    page.once('dialog', (d) => {
      expect(d.message()).toContain('Den vises én gang her');
      void d.accept();
    });
    await page.click('#export-key-button');
    await page.waitForSelector('#key-file');
    const file = parseRegisterKeyFile(JSON.parse(await page.inputValue('#key-file')));
    expect(file).toMatchObject({ registerId: 'reg_double', key, keyVersion: 1, spreadsheetId: addon.ss.id });
    expect(await page.locator('#key-export a').getAttribute('download')).toBe('art30-key-reg_double.json');

    await page.click('#sync-button');
    await page.waitForFunction(() =>
      /Synkroniseret/.test(document.querySelector('#message')?.textContent ?? ''),
    );
    expect(await page.locator('#key-file').count()).toBe(0);
    expect(await page.content()).not.toContain(key);
    await sidebar.close();
  });
});
