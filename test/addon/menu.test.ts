import { describe, expect, it } from 'vitest';
import { loadAddon } from './harness.ts';

describe('the add-on menu', () => {
  it('is built in AuthMode.NONE in Danish from the user locale, touching nothing but the menu', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    addon.open('NONE');
    const menu = addon.fakes.ui.menus[0];
    const captions = menu.items().map((i) => i.caption);
    expect(captions).toContain('Opret fortegnelse');
    expect(captions).toContain('Kontrollér fortegnelse');
    expect(captions).toContain('Hjælp');
    expect(addon.calls.of('Spreadsheet')).toBe(0);
    expect(addon.calls.of('PropertiesService')).toBe(0);
  });

  it('is in English for an English-speaking user before authorisation', () => {
    const addon = loadAddon({ locale: 'en_US' });
    addon.open('NONE');
    const captions = addon.fakes.ui.menus[0].items().map((i) => i.caption);
    expect(captions).toEqual(
      expect.arrayContaining(['Set up register', 'Insert template…', 'Validate register', 'Help']),
    );
  });

  it('follows the spreadsheet locale once authorised, and the user choice over it', () => {
    const addon = loadAddon({ locale: 'en_US' });
    addon.ss.locale = 'da_DK';
    addon.open('FULL');
    expect(addon.fakes.ui.menus[0].items()[0].caption).toBe('Opret fortegnelse');
    addon.ctx.switchLanguage();
    expect(addon.fakes.PropertiesService.user.getProperty('art30.lang')).toBe('en');
    expect(addon.fakes.ui.menus[0].items()[0].caption).toBe('Set up register');
    addon.open('FULL');
    expect(addon.fakes.ui.menus[0].items()[0].caption).toBe('Set up register');
  });

  it('onInstall builds the same menu as onOpen', () => {
    const addon = loadAddon({ locale: 'da' });
    addon.withAuthMode('FULL', () => addon.ctx.onInstall({ authMode: 'FULL' }));
    expect(addon.fakes.ui.menus).toHaveLength(1);
  });

  it('shows the help dialog with the Art. 30 points and the not-legal-advice notice', () => {
    for (const [locale, words] of [
      ['da_DK', ['art. 30(1)', 'ikke juridisk rådgivning']],
      ['en_GB', ['Art. 30(1)', 'not legal advice']],
    ] as const) {
      const addon = loadAddon({ locale });
      addon.ss.locale = locale;
      addon.ctx.showHelp();
      const dialog = addon.fakes.ui.dialogs.find((d) => d.kind === 'modal');
      for (const w of words) expect(dialog?.html?.getContent()).toContain(w);
    }
  });
});
