import { describe, expect, it } from 'vitest';
import type { ActivityFormModel, SavedActivity } from '../../../addon/views/activityForm.ts';
import type { RetentionOverview } from '../../../addon/views/retention.ts';
import { loadAddon } from '../harness.ts';
import { sheetRows } from './fixtureRegister.ts';
import { callPublic, fixToday } from './helpers.ts';

describe('the sidebars on a register made by Set up register', () => {
  it('save a new activity into the sheets Set up created, and show an empty retention overview', () => {
    const addon = loadAddon({ locale: 'da_DK', userEmail: 'ejer@firma.dk' });
    fixToday(addon, '2026-11-25');
    addon.fakes.ui.answer('OK', 'dataansvarlig');
    addon.ctx.setUpRegister();
    expect(addon.fakes.ui.alerts()).toEqual([]);

    const model = callPublic<ActivityFormModel>(addon, 'getActivityFormModel', null);
    if (!model.ok) throw new Error(model.message);
    const form = model.value.form;
    form.values.name = 'Bogføring';
    form.values.purpose = 'Bogføring efter bogføringsloven';
    form.values.retention = '5 år fra udgangen af regnskabsåret';
    form.groups[0].values.subjectGroup = 'Kunder';
    form.groups[0].values.dataCategories = ['Navn', 'Betalingsoplysninger'];
    const saved = callPublic<SavedActivity>(addon, 'saveActivity', form);
    if (!saved.ok) throw new Error(saved.message);
    expect(sheetRows(addon.ss, 'activities').map((a) => a.name)).toEqual(['Bogføring']);
    expect(sheetRows(addon.ss, 'dataCategories').map((g) => [g.activity, g.subjectGroup])).toEqual([
      ['Bogføring', 'Kunder'],
    ]);

    const overview = callPublic<RetentionOverview>(addon, 'getRetentionOverview');
    expect(overview).toMatchObject({ ok: true, value: { overdue: [], dueSoon: [] } });
  });
});
