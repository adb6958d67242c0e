import { describe, expect, it } from 'vitest';
import { CLIENT_STRINGS, t } from '../../../addon/client/shared/strings.ts';
import { FEATURE_MESSAGES } from '../../../addon/src/features/messages.ts';
import { STATUS_WORDS } from '../../../addon/views/retention.ts';
import { placeholderNames as placeholders } from '../../../shared/i18n/format.ts';

describe('the sidebars’ message catalogues', () => {
  for (const [name, catalogue] of Object.entries({ CLIENT_STRINGS, FEATURE_MESSAGES, STATUS_WORDS })) {
    it(`${name} has every entry in Danish and English, with the same placeholders`, () => {
      for (const [key, entry] of Object.entries(catalogue as Record<string, { da: string; en: string }>)) {
        expect(entry.da.trim(), `${key} (da)`).not.toBe('');
        expect(entry.en.trim(), `${key} (en)`).not.toBe('');
        expect(placeholders(entry.da), key).toEqual(placeholders(entry.en));
      }
    });
  }

  it('counts one activity in the singular and several in the plural, in both languages', () => {
    expect(t('da', 'importSummary', { activities: 1, groups: 3 })).toBe(
      '1 aktivitet og 3 rækker med datakategorier findes.',
    );
    expect(t('en', 'importDone', { activities: 2, groups: 1 })).toBe(
      '2 activities and 1 data-category row imported. Run Validate register next.',
    );
  });

  it('counts findings in the issue sidebar with the right word for one and for several', () => {
    expect(t('da', 'issueCount_warning', { n: 1 })).toBe('1 advarsel');
    expect(t('da', 'issueCount_warning', { n: 2 })).toBe('2 advarsler');
    expect(t('en', 'issueCount_error', { n: 1 })).toBe('1 error');
    expect(t('en', 'issueCount_error', { n: 0 })).toBe('0 errors');
  });

  it('has distinct status words, so a status cell can be read back unambiguously', () => {
    for (const lang of ['da', 'en'] as const) {
      const words = Object.values(STATUS_WORDS).map((w) => w[lang]);
      expect(new Set(words).size).toBe(words.length);
    }
  });
});
