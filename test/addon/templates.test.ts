import { describe, expect, it } from 'vitest';
import { ACTIVITIES, ORGANISATION } from '../../shared/register/schema.ts';
import { listTemplates, loadTemplate } from '../../templates/index.ts';
import { putDocument, sampleRegister, snapshot } from './fixtures.ts';
import { loadAddon } from './harness.ts';

describe('Insert template…', () => {
  it('fills an empty spreadsheet with the chosen template in Danish, with ids, ready to validate', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    const first = listTemplates()[0];
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.insertTemplate();
    expect(addon.fakes.ui.alerts()).toEqual([]);
    const expected = loadTemplate(first.id, 'da');
    const activities = addon.ss.sheet(ACTIVITIES.title.da).dumpContent();
    const names = activities.slice(1).map((r) => r[activities[0].indexOf('Behandlingsaktivitet')]);
    expect(names).toEqual(expected.sheets.activities!.map((a) => a.name));
    expect(activities.slice(1).every((r) => String(r[0]).length > 0)).toBe(true);
    const org = addon.ss.sheet(ORGANISATION.title.da).dump();
    expect(org.some((r) => r[0] === 'Rolle' && String(r[1]).length > 0)).toBe(true);
    expect(addon.ss.toasts.at(-1)?.message).toContain(first.title.da);
  });

  it('refuses to overwrite a register with data unless the user says yes, and then changes nothing', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    putDocument(addon.ss, sampleRegister(2, 2), 'da');
    const before = snapshot(addon.ss);
    addon.fakes.ui.answer('OK', '1').answer('NO');
    addon.ctx.insertTemplate();
    expect(snapshot(addon.ss)).toEqual(before);
    expect(addon.fakes.ui.alerts().at(-1)).toMatch(/ikke indsat/);
  });

  it('replaces the data after an explicit yes, keeping the user’s own extra column', () => {
    const addon = loadAddon({ locale: 'en_GB' });
    addon.ss.locale = 'en_GB';
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    putDocument(addon.ss, sampleRegister(5, 0, 'en'), 'en');
    const sheet = addon.ss.sheet(ACTIVITIES.title.en);
    const extraCol = sheet.usedCols() + 1;
    sheet.put(1, extraCol, [['My notes'], ['keep me']]);
    addon.fakes.ui.answer('OK', '1').answer('YES');
    addon.ctx.insertTemplate();
    const rows = sheet.dump();
    const expected = loadTemplate(listTemplates()[0].id, 'en').sheets.activities!;
    const nameCol = rows[0].indexOf('Processing activity');
    expect(rows.slice(1, 1 + expected.length).map((r) => r[nameCol])).toEqual(expected.map((a) => a.name));
    expect(rows.slice(1).some((r) => String(r[nameCol]).startsWith('Activity '))).toBe(false);
    expect(rows[1][extraCol - 1]).toBe('keep me');
  });
});
