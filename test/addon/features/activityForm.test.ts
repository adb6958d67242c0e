import { describe, expect, it } from 'vitest';
import type { ActivityForm, ActivityFormModel, SavedActivity } from '../../../addon/views/activityForm.ts';
import { loadAddon } from '../harness.ts';
import { fakeRegister, sheetRows } from './fixtureRegister.ts';
import { callPublic, fixToday } from './helpers.ts';

function practice() {
  const addon = loadAddon({ spreadsheet: fakeRegister(), locale: 'da_DK' });
  fixToday(addon, '2026-11-25');
  return addon;
}

function modelOf(addon: ReturnType<typeof practice>, id?: string | null): ActivityFormModel {
  const result =
    id === undefined
      ? callPublic<ActivityFormModel>(addon, 'getActivityFormModel')
      : callPublic<ActivityFormModel>(addon, 'getActivityFormModel', id);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('the activity form', () => {
  it('opens as a sidebar from the menu', () => {
    const addon = practice();
    addon.ctx.openActivityForm();
    const sidebar = addon.fakes.ui.dialogs.find((d) => d.kind === 'sidebar');
    expect(sidebar?.title).toBe('Art30 · Behandlingsaktivitet');
  });

  it('shows an existing activity with its data-subject groups and Danish vocabulary options, as plain JSON', () => {
    const addon = practice();
    const model = modelOf(addon, 'act-loen');
    expect(model.lang).toBe('da');
    expect(model.form.values.name).toBe('Lønadministration');
    expect(model.form.values.legalBases).toEqual([
      'Kontrakt (art. 6(1)(b))',
      'Retlig forpligtelse (art. 6(1)(c))',
    ]);
    expect(model.form.groups).toHaveLength(1);
    expect(model.form.groups[0].values.recipients).toEqual(['Lønbureau A/S', 'Skattestyrelsen']);
    expect(model.options.legalBasis.map((o) => o.label)).toContain('Samtykke (art. 6(1)(a))');
    expect(model.options['sheet:recipients'].map((o) => o.value)).toEqual([
      'Ingen',
      'Journalleverandør ApS',
      'Lønbureau A/S',
      'Skattestyrelsen',
    ]);
    // Only countries outside the EU/EEA are offered as third countries.
    const countries = model.options.country.map((o) => o.value);
    expect(countries).toContain('USA');
    expect(countries).not.toContain('Tyskland');
  });

  it('opens on the activity under the cursor when called without an id', () => {
    const addon = practice();
    const sheet = addon.ss.sheet('Behandlingsaktiviteter');
    addon.ss.setActiveRange(sheet.getRange(4, 2) as never);
    expect(modelOf(addon).form.id).toBe('act-rekr');
    expect(modelOf(addon, null).form.id).toBeNull();
  });

  it('saves a new activity as exactly one activity row and its data-category rows, leaving every other row as it was', () => {
    const addon = practice();
    const before = {
      activities: sheetRows(addon.ss, 'activities'),
      groups: sheetRows(addon.ss, 'dataCategories'),
    };
    const form: ActivityForm = modelOf(addon, null).form;
    form.values.name = 'Nyhedsbrev';
    form.values.purpose = '=HYPERLINK("http://evil.example")';
    form.values.owner = 'mette@nordlys-psykologi.dk';
    form.values.legalBases = ['Samtykke (art. 6(1)(a))'];
    form.values.securityMeasures = ['Adgangsstyring'];
    form.values.retention = 'Indtil samtykket trækkes tilbage';
    form.groups[0].values.subjectGroup = 'Nyhedsbrevsmodtagere';
    form.groups[0].values.dataCategories = ['Navn', 'E-mailadresse'];
    form.groups[0].values.recipients = ['Ingen'];
    form.groups[0].values.thirdCountries = ['Ingen'];
    form.groups.push({
      ...form.groups[0],
      values: { ...form.groups[0].values, subjectGroup: '-Kunder', dataCategories: ['Navn'] },
    });
    const saved = callPublic<SavedActivity>(addon, 'saveActivity', form);
    if (!saved.ok) throw new Error(saved.message);

    const activities = sheetRows(addon.ss, 'activities');
    const groups = sheetRows(addon.ss, 'dataCategories');
    expect(activities).toHaveLength(4);
    expect(activities.slice(0, 3)).toEqual(before.activities);
    expect(groups.slice(0, 3)).toEqual(before.groups);
    const added = activities[3];
    expect(added.name).toBe('Nyhedsbrev');
    expect(String(added.id)).toMatch(/^[0-9a-z]{6,}$/);
    // User text that Sheets would run as a formula is stored as text, not as a formula.
    expect(added.purpose).toBe('=HYPERLINK("http://evil.example")');
    expect(addon.ss.sheet('Behandlingsaktiviteter').getRange(5, 3).getFormula()).toBe('');
    expect(groups.slice(3).map((g) => [g.activityId, g.activity, g.subjectGroup, g.dataCategories])).toEqual([
      [added.id, 'Nyhedsbrev', 'Nyhedsbrevsmodtagere', 'Navn, E-mailadresse'],
      [added.id, 'Nyhedsbrev', '-Kunder', 'Navn'],
    ]);
    expect(saved.value.activityId).toBe(added.id);
    expect(saved.value.model.form.groups.every((g) => typeof g.id === 'string' && g.id.length > 0)).toBe(
      true,
    );
  });

  it('updates an activity in place, keeps its ids, and deletes only the group the user removed', () => {
    const addon = practice();
    const form = modelOf(addon, 'act-klient').form;
    form.values.purpose = 'Behandling af klienter';
    form.groups.push({
      id: null,
      values: {
        ...form.groups[0].values,
        subjectGroup: 'Pårørende',
        dataCategories: ['Navn', 'Telefonnummer'],
      },
    });
    let saved = callPublic<SavedActivity>(addon, 'saveActivity', form);
    if (!saved.ok) throw new Error(saved.message);
    let groups = sheetRows(addon.ss, 'dataCategories');
    expect(groups.map((g) => g.subjectGroup)).toEqual([
      'Klienter',
      'Medarbejdere',
      'Jobansøgere',
      'Pårørende',
    ]);
    expect(sheetRows(addon.ss, 'activities')[0]).toMatchObject({
      id: 'act-klient',
      purpose: 'Behandling af klienter',
    });

    // Saving again with the first group removed deletes that row and updates (not duplicates) the other.
    const again = saved.value.model.form;
    again.groups = again.groups.slice(1);
    saved = callPublic<SavedActivity>(addon, 'saveActivity', again);
    if (!saved.ok) throw new Error(saved.message);
    groups = sheetRows(addon.ss, 'dataCategories');
    expect(groups.map((g) => [g.id, g.subjectGroup])).toEqual([
      ['dc-loen-1', 'Medarbejdere'],
      ['dc-rekr-1', 'Jobansøgere'],
      [again.groups[0].id, 'Pårørende'],
    ]);
  });

  it('refuses a name another activity already has, in Danish, and writes nothing', () => {
    const addon = practice();
    const form = modelOf(addon, null).form;
    form.values.name = 'lønadministration';
    const before = addon.ss.sheet('Behandlingsaktiviteter').dump();
    const saved = callPublic(addon, 'saveActivity', form);
    expect(saved).toEqual({
      ok: false,
      code: 'activityNameTaken',
      message: expect.stringContaining('findes allerede'),
    });
    expect(addon.ss.sheet('Behandlingsaktiviteter').dump()).toEqual(before);
  });

  it('returns the validator’s findings for the saved activity only', () => {
    const addon = practice();
    const form = modelOf(addon, null).form;
    form.values.name = 'Hjemmeside';
    const saved = callPublic<SavedActivity>(addon, 'saveActivity', form);
    if (!saved.ok) throw new Error(saved.message);
    const rows = saved.value.issues.map((i) => `${i.sheet}:${i.row}`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r === 'activities:5' || r === 'dataCategories:5')).toBe(true);
    expect(saved.value.issues.some((i) => i.column === 'purpose' && i.severity === 'error')).toBe(true);
  });

  it('says the register is busy when another edit holds the document lock, and writes nothing', () => {
    const addon = practice();
    const form = modelOf(addon, 'act-rekr').form;
    form.values.purpose = 'Ændret';
    addon.fakes.LockService.document.heldElsewhere = true;
    const saved = callPublic(addon, 'saveActivity', form);
    expect(saved).toMatchObject({ ok: false, code: 'busy' });
    expect(sheetRows(addon.ss, 'activities')[2].purpose).toBe('Vurdering af ansøgere til ledige stillinger');
  });
});
