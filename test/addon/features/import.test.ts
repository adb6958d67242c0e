import { describe, expect, it } from 'vitest';
import type { ImportDone, ImportPreview, ImportSources } from '../../../addon/views/import.ts';
import { loadAddon } from '../harness.ts';
import { fakeRegister, sheetRows } from './fixtureRegister.ts';
import { callPublic, fixToday } from './helpers.ts';
import { OLD_REGISTER, OLD_REGISTER_SHEET } from './oldRegister.ts';

function practiceWithOldRegister() {
  const addon = loadAddon({
    spreadsheet: fakeRegister(undefined, { extraSheets: { [OLD_REGISTER_SHEET]: OLD_REGISTER } }),
    locale: 'da_DK',
  });
  fixToday(addon, '2026-11-25');
  return addon;
}

describe('importing an existing register', () => {
  it('offers only the sheets that are not part of the register', () => {
    const addon = practiceWithOldRegister();
    const sources = callPublic<ImportSources>(addon, 'getImportSources');
    expect(sources).toMatchObject({ ok: true, value: { sheets: [{ name: OLD_REGISTER_SHEET }] } });
  });

  it('shows how each Danish header is read, the column it cannot place, and the activity that already exists', () => {
    const addon = practiceWithOldRegister();
    const result = callPublic<ImportPreview>(addon, 'previewImport', OLD_REGISTER_SHEET);
    if (!result.ok) throw new Error(result.message);
    const p = result.value;
    expect(p.headerRow).toBe(3);
    expect(p.mapping.find((m) => m.header === 'Formål med behandlingen')?.target).toBe('Formål');
    expect(p.mapping.find((m) => m.header === 'Modtagere')?.target).toBe('Datakategorier › Modtagere');
    expect(p.mapping.find((m) => m.header === 'Intern note')?.target).toBeNull();
    expect(p.unmapped).toEqual(['Intern note']);
    expect(p.activityCount).toBe(3);
    expect(p.groupCount).toBe(4);
    expect(p.conflicts).toEqual(['Lønadministration']);
  });

  it('refuses to replace existing activities without confirmation, and changes nothing', () => {
    const addon = practiceWithOldRegister();
    const before = addon.ss.sheets.map((s) => s.dump());
    const result = callPublic<ImportDone>(addon, 'confirmImport', OLD_REGISTER_SHEET, {});
    expect(result).toMatchObject({
      ok: false,
      code: 'importWouldOverwrite',
      message: expect.stringContaining('Lønadministration'),
    });
    expect(addon.ss.sheets.map((s) => s.dump())).toEqual(before);
  });

  it('writes activities and data-category rows after confirmation, replacing the existing one in place and never touching the source sheet', () => {
    const addon = practiceWithOldRegister();
    const source = addon.ss.sheet(OLD_REGISTER_SHEET).dump();
    const result = callPublic<ImportDone>(addon, 'confirmImport', OLD_REGISTER_SHEET, {
      replaceExisting: true,
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.value).toMatchObject({ activities: 3, groups: 4 });
    expect(addon.ss.sheet(OLD_REGISTER_SHEET).dump()).toEqual(source);

    const activities = sheetRows(addon.ss, 'activities');
    expect(activities.map((a) => a.name)).toEqual([
      'Klientbehandling',
      'Lønadministration',
      'Rekruttering',
      'Nyhedsbrev',
      'Kundeservice',
    ]);
    // The replaced activity keeps its stable id and row; what the import lacks stays as it was.
    expect(activities[1]).toMatchObject({
      id: 'act-loen',
      purpose: 'Løn og indberetning',
      owner: 'jonas@nordlys-psykologi.dk',
    });
    const groups = sheetRows(addon.ss, 'dataCategories');
    expect(groups.filter((g) => g.activityId === 'act-loen').map((g) => g.recipients)).toEqual([
      'Lønbureau A/S, Skattestyrelsen',
    ]);
    const customer = activities.find((a) => a.name === 'Kundeservice');
    expect(groups.filter((g) => g.activityId === customer?.id).map((g) => g.subjectGroup)).toEqual([
      'Kunder',
      'pårørende',
    ]);
    // Recipients the register did not know are added by name, so the references resolve.
    expect(sheetRows(addon.ss, 'recipients').map((r) => r.name)).toEqual([
      'Journalleverandør ApS',
      'Lønbureau A/S',
      'Skattestyrelsen',
      'Mailchimp',
      'Zendesk',
    ]);
  });

  it('refuses to import from one of the register’s own sheets', () => {
    const addon = practiceWithOldRegister();
    expect(callPublic(addon, 'previewImport', 'Behandlingsaktiviteter')).toMatchObject({
      ok: false,
      code: 'importSourceIsRegister',
    });
    expect(callPublic(addon, 'previewImport', 'Findes ikke')).toMatchObject({
      ok: false,
      code: 'importSourceMissing',
    });
  });
});
