// Names that refer to another row match the way Validate matches them (shared `nameKey`):
// a double space or another case in a data-category row's activity name still finds its
// activity, and the activity form refuses a name that only differs from another by spacing.
import { describe, expect, it } from 'vitest';
import { groupRowsOf, nameProblem } from '../../../addon/views/activityForm.ts';
import type { RegisterDocument } from '../../../shared/register/types.ts';

const register = (): RegisterDocument => ({
  schemaVersion: 1,
  lang: 'da',
  organisation: {},
  sheets: {
    activities: [{ id: 'act-1', name: 'Løn og personale' }],
    dataCategories: [
      { id: 'dc-1', activity: 'Løn og  Personale', subjectGroup: 'Medarbejdere' },
      { id: 'dc-2', activity: 'Rekruttering', subjectGroup: 'Jobansøgere' },
    ],
  },
});

describe('matching names between rows in the add-on', () => {
  it('finds a data-category row whose activity name differs only by spacing and case', () => {
    const doc = register();
    expect(groupRowsOf(doc, doc.sheets.activities![0])).toEqual([0]);
  });

  it('refuses a new activity named like an existing one but for a double space', () => {
    const form = { id: null, values: { name: 'løn og  personale' }, groups: [] };
    expect(nameProblem(register(), form as never)).toBe('activityNameTaken');
  });
});
