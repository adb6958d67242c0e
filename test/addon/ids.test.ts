// Stable ids across runs: each run seeds its ids from one Utilities.getUuid(), and the fake's
// counting UUIDs (the default) share their first ten characters, the part the generator uses
// as its per-run prefix. New ids must still never repeat one the register holds.
import { describe, expect, it } from 'vitest';
import type { ActivityForm, ActivityFormModel, SavedActivity } from '../../addon/views/activityForm.ts';
import { SHEETS } from '../../shared/register/schema.ts';
import type { TableSheetId } from '../../shared/register/types.ts';
import { sheetRows } from './features/fixtureRegister.ts';
import { callPublic } from './features/helpers.ts';
import { putDocument, sampleRegister } from './fixtures.ts';
import { loadAddon } from './harness.ts';

/** Every row's own id, sheet by sheet, in sheet order. */
function rowIds(addon: ReturnType<typeof loadAddon>): string[] {
  return SHEETS.filter(
    (s) => s.kind === 'table' && s.idColumn && addon.ss.sheets.some((sheet) => sheet.name === s.title.da),
  )
    .flatMap((s) => sheetRows(addon.ss, s.id as TableSheetId))
    .map((r) => String(r.id ?? ''));
}

describe('stable ids made by several runs with the counting UUIDs', () => {
  it('never repeat an id already in the register, although every run seeds the same prefix', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    addon.ss.locale = 'da_DK';
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    putDocument(addon.ss, sampleRegister(3, 3, 'da'), 'da');
    addon.ctx.setUpRegister();
    const first = rowIds(addon);

    // Rows typed by hand (two activities, their data categories, two holdings) get their ids from a second run of Set up register.
    const more = sampleRegister(5, 2, 'da');
    more.sheets.activities = more.sheets.activities?.slice(3);
    more.sheets.dataCategories = more.sheets.dataCategories?.slice(3);
    more.sheets.securityMeasures = [];
    putDocument(addon.ss, more, 'da');
    addon.ctx.setUpRegister();
    const second = rowIds(addon);

    // A third run: a new activity saved from the activity form.
    const model = callPublic<ActivityFormModel>(addon, 'getActivityFormModel', null);
    if (!model.ok) throw new Error(model.message);
    const form: ActivityForm = model.value.form;
    form.values.name = 'Nyhedsbrev';
    form.groups[0].values.subjectGroup = 'Nyhedsbrevsmodtagere';
    const saved = callPublic<SavedActivity>(addon, 'saveActivity', form);
    if (!saved.ok) throw new Error(saved.message);
    const third = rowIds(addon);

    const made = third.filter((id) => !first.includes(id));
    // The runs really did share a prefix: the case the check exists for.
    expect(new Set([...first, ...made].map((id) => id.slice(0, 10))).size).toBe(1);
    expect(second.length).toBe(first.length + 6);
    expect(third.length).toBe(second.length + 2);
    expect(third.every((id) => id !== '')).toBe(true);
    expect(new Set(third).size).toBe(third.length);
    // Ids once made are kept.
    expect(first.every((id) => third.includes(id))).toBe(true);
  });
});
