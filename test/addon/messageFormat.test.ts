// Counts in the add-on's messages: "1 registrering", "2 registreringer", in both languages,
// chosen by the catalogue's `{count|one|other}` placeholders (the formatter itself is tested in
// shared/i18n/format.test.ts).
import { describe, expect, it } from 'vitest';
import { MESSAGES, t } from '../../addon/src/i18n.ts';
import { SYNC_UI_MESSAGES, syncUiText } from '../../addon/src/sync/messages.ts';
import { placeholderNames } from '../../shared/i18n/format.ts';

describe('messages with counts', () => {
  it('says "1 registrering" and "1 entry" when one holding was synced, and plurals for more', () => {
    expect(syncUiText('da', 'synced', { activities: 6, holdings: 1, version: 3 })).toBe(
      'Synkroniseret: 6 aktiviteter, 1 registrering (version 3).',
    );
    expect(syncUiText('en', 'synced', { activities: 1, holdings: 1, version: 3 })).toBe(
      'Synced: 1 activity, 1 entry (version 3).',
    );
    expect(syncUiText('en', 'synced', { activities: 2, holdings: 0, version: 3 })).toBe(
      'Synced: 2 activities, 0 entries (version 3).',
    );
    expect(syncUiText('da', 'statusLastRunValue', { date: '2026-03-02', sent: 1 })).toBe(
      '2026-03-02: 1 påmindelse sendt',
    );
    expect(syncUiText('en', 'rowsToFix', { count: 1 })).toContain('1 row must be corrected');
  });

  it('counts findings, rows and columns with the right word in the menus’ messages', () => {
    expect(t('da', 'validate.toast', { errors: 1, warnings: 1, infos: 2 })).toBe(
      '1 fejl, 1 advarsel, 2 bemærkninger.',
    );
    expect(t('en', 'validate.toast', { errors: 1, warnings: 0, infos: 1 })).toBe(
      '1 error, 0 warnings, 1 note.',
    );
    expect(t('en', 'template.confirmOverwrite', { rows: 1 })).toContain('(1 row)');
    expect(t('da', 'setup.done', { created: 1, columns: 1, kept: 2 })).toContain('1 kolonne tilføjet');
  });

  for (const [name, catalogue] of Object.entries({ MESSAGES, SYNC_UI_MESSAGES })) {
    it(`${name} has the same placeholders, counts included, in Danish and English`, () => {
      for (const [key, entry] of Object.entries(catalogue as Record<string, { da: string; en: string }>)) {
        expect(placeholderNames(entry.da), key).toEqual(placeholderNames(entry.en));
      }
    });
  }
});
