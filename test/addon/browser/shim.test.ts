import { describe, expect, it } from 'vitest';
import { chromiumPath, practiceAddon, useSidebarBrowser } from './sidebarBrowser.ts';

const openSidebar = useSidebarBrowser();

describe('the google.script.run shim of the sidebar tests', () => {
  it('finds Chromium through CHROMIUM_PATH and fails naming the install command when it is missing', () => {
    const saved = process.env.CHROMIUM_PATH;
    try {
      process.env.CHROMIUM_PATH = '/nonexistent/chromium';
      expect(() => chromiumPath()).toThrow(/apt-get install -y chromium/);
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('refuses Date arguments, hands a Date return value to the success handler as null, and passes user objects', async () => {
    const addon = practiceAddon();
    const realm = addon.realm;
    (addon.ctx as Record<string, unknown>).returnsADate = () => new realm.Date(0);
    const { page } = await openSidebar(addon, 'issues');
    const outcome = await page.evaluate(async () => {
      const run = (
        window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } }
      ).google.script.run;
      let argumentError = '';
      try {
        (run as unknown as { getIssueSidebar: (d: Date) => void }).getIssueSidebar(new Date());
      } catch (e) {
        argumentError = String((e as Error).message);
      }
      const returned = await new Promise<string>((resolve) => {
        (
          run.withSuccessHandler(() => resolve('success')) as Record<string, (...a: unknown[]) => unknown>
        ).withFailureHandler((e: unknown, user: unknown) =>
          resolve(`failure:${String((e as Error).message)}:${String(user)}`),
        );
        const chained = (
          run.withSuccessHandler((value: unknown, user: unknown) =>
            resolve(`success:${JSON.stringify(value)}:${String(user)}`),
          ) as Record<string, (...a: unknown[]) => Record<string, (...a: unknown[]) => unknown>>
        ).withFailureHandler((e: unknown, user: unknown) =>
          resolve(`failure:${(e as Error).message}:${String(user)}`),
        ) as unknown as Record<string, (...a: unknown[]) => Record<string, () => void>>;
        chained.withUserObject('row-7').returnsADate();
      });
      return { argumentError, returned };
    });
    expect(outcome.argumentError).toMatch(/Date/);
    expect(outcome.returned).toBe('success:null:row-7');
    await page.close();
  });
});
