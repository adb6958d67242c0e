// Issue 11, items 1 and 6: the add-on writes only the cells it owns. A user typing while a
// script runs (the fake's whileScriptRuns hook lands an edit between the script's reads and
// its next write), links, chips, formulas and user columns survive Set up, id repair, Save
// activity, Mark deleted, Extend and sync; locks are released after a flush; text is stored
// exactly; Set up keeps the Lists sheet; Export and Set up leave the user's sheets alone.

import { describe, expect, it } from 'vitest';
import type { ActivityFormModel } from '../../../addon/views/activityForm.ts';
import { sheetDef } from '../../../shared/register/schema.ts';
import { FakeSpreadsheet, userEdit } from '../fakes/index.ts';
import { fakeRegister, sheetRows } from '../features/fixtureRegister.ts';
import { callPublic, fixToday } from '../features/helpers.ts';
import { OLD_REGISTER, OLD_REGISTER_SHEET } from '../features/oldRegister.ts';
import { loadAddon } from '../harness.ts';

const title = (id: 'activities' | 'retentionLog' | 'deletionLog' | 'lists') => sheetDef(id).title.da;
const col = (id: 'activities' | 'retentionLog', column: string) =>
  sheetDef(id).columns.findIndex((c) => c.id === column) + 1;

function practice() {
  const addon = loadAddon({
    spreadsheet: fakeRegister(),
    locale: 'da_DK',
    userEmail: 'mette@nordlys-psykologi.dk',
  });
  fixToday(addon, '2026-11-25');
  return addon;
}

describe('id repair while a user types', () => {
  it('Set up gives a hand-typed row its id without erasing the purpose typed into it meanwhile', () => {
    const addon = practice();
    const sheet = addon.ss.sheet(title('activities'));
    const row = sheet.dump().length + 1;
    sheet.put(row, col('activities', 'name'), [['Nyhedsbrev']]);
    addon.ss.whileScriptRuns(() => userEdit(sheet, row, col('activities', 'purpose'), 'Markedsføring'));
    addon.ctx.setUpRegister();
    const line = sheet.dump()[row - 1];
    expect(line[col('activities', 'name') - 1]).toBe('Nyhedsbrev');
    expect(line[col('activities', 'purpose') - 1]).toBe('Markedsføring');
    expect(String(line[col('activities', 'id') - 1])).toMatch(/^[0-9a-z]+$/);
  });

  it('leaves the rows between two rows lacking ids alone: a user column’s text, a link and a chip', () => {
    const addon = practice();
    const sheet = addon.ss.sheet(title('activities'));
    const notes = sheet.dump()[0].length + 1;
    sheet.put(1, notes, [['Noter']]);
    // The user deleted the first activity's id; a new row at the bottom lacks one too.
    sheet.put(2, col('activities', 'id'), [['']]);
    sheet.put(3, notes, [["''citat'"]]);
    sheet.setLinkCell(3, col('activities', 'name'), 'Lønadministration', 'https://intra.example/loen');
    sheet.setChipCell(3, col('activities', 'owner'), 'Mette', 'person:mette@nordlys-psykologi.dk');
    const bottom = sheet.dump().length + 1;
    sheet.put(bottom, col('activities', 'name'), [['Nyhedsbrev']]);
    addon.ctx.setUpRegister();
    expect(sheet.values.get(3, notes)).toBe("'citat'");
    expect(sheet.links.get(3, col('activities', 'name'))).toBe('https://intra.example/loen');
    expect(sheet.chips.get(3, col('activities', 'owner'))).toBe('person:mette@nordlys-psykologi.dk');
    expect(String(sheet.values.get(2, col('activities', 'id')))).toMatch(/\S/);
    expect(String(sheet.values.get(bottom, col('activities', 'id')))).toMatch(/\S/);
  });
});

describe('Save activity', () => {
  it('writes only the cells that changed: a link, a chip and what a user types in the row meanwhile stay', () => {
    const addon = practice();
    const sheet = addon.ss.sheet(title('activities'));
    const notes = sheet.dump()[0].length + 1;
    sheet.put(1, notes, [['Noter']]);
    const row = sheetRows(addon.ss, 'activities').findIndex((a) => a.id === 'act-klient') + 2;
    sheet.setLinkCell(row, col('activities', 'name'), 'Klientbehandling', 'https://intra.example/klient');
    const owner = String(sheet.values.get(row, col('activities', 'owner')));
    sheet.setChipCell(row, col('activities', 'owner'), owner, `person:${owner}`);
    const model = callPublic<ActivityFormModel>(addon, 'getActivityFormModel', 'act-klient');
    if (!model.ok) throw new Error(model.message);
    model.value.form.values.purpose = 'Ændret formål';
    addon.ss.whileScriptRuns(() => userEdit(sheet, row, notes, 'ringet til revisor'));
    expect(callPublic(addon, 'saveActivity', model.value.form).ok).toBe(true);
    expect(sheet.values.get(row, col('activities', 'purpose'))).toBe('Ændret formål');
    expect(sheet.values.get(row, notes)).toBe('ringet til revisor');
    expect(sheet.links.get(row, col('activities', 'name'))).toBe('https://intra.example/klient');
    expect(sheet.chips.get(row, col('activities', 'owner'))).toBe(`person:${owner}`);
  });
});

describe('Insert template', () => {
  it('replacing the data after an explicit yes leaves a user column’s links, chips and formulas alone', () => {
    const addon = practice();
    const sheet = addon.ss.sheet(title('activities'));
    const notes = sheet.dump()[0].length + 1;
    sheet.put(1, notes, [['Noter']]);
    sheet.setLinkCell(2, notes, 'Mødereferat', 'https://intra.example/referat');
    sheet.setChipCell(3, notes, 'Mette', 'person:mette@nordlys-psykologi.dk');
    sheet.setFormulaCell(4, notes, '=LEN(B4)', 11);
    addon.fakes.ui.answer('OK', '1').answer('YES');
    addon.ctx.insertTemplate();
    // The only dialog is the overwrite confirmation; the template was written.
    expect(addon.fakes.ui.alerts()).toHaveLength(1);
    expect(addon.ss.toasts.at(-1)?.message).toMatch(/skabelon|Skabelon/);
    expect(sheet.links.get(2, notes)).toBe('https://intra.example/referat');
    expect(sheet.chips.get(3, notes)).toBe('person:mette@nordlys-psykologi.dk');
    expect(sheet.formulas.get(4, notes)).toBe('=LEN(B4)');
  });
});

describe('Import', () => {
  it('replacing an activity in place keeps its link, its chip, a user column and what a user types meanwhile', () => {
    const addon = loadAddon({
      spreadsheet: fakeRegister(undefined, { extraSheets: { [OLD_REGISTER_SHEET]: OLD_REGISTER } }),
      locale: 'da_DK',
    });
    fixToday(addon, '2026-11-25');
    const sheet = addon.ss.sheet(title('activities'));
    const notes = sheet.dump()[0].length + 1;
    sheet.put(1, notes, [['Noter']]);
    const row = sheetRows(addon.ss, 'activities').findIndex((a) => a.id === 'act-loen') + 2;
    sheet.put(row, notes, [['aftale med bureau']]);
    sheet.setLinkCell(row, col('activities', 'name'), 'Lønadministration', 'https://intra.example/loen');
    const owner = String(sheet.values.get(row, col('activities', 'owner')));
    sheet.setChipCell(row, col('activities', 'owner'), owner, `person:${owner}`);
    const other = row === 2 ? 3 : 2;
    addon.ss.whileScriptRuns(() => userEdit(sheet, other, notes, 'skrevet under importen'));
    const result = callPublic(addon, 'confirmImport', OLD_REGISTER_SHEET, { replaceExisting: true });
    expect(result.ok).toBe(true);
    expect(sheet.values.get(row, notes)).toBe('aftale med bureau');
    expect(sheet.values.get(other, notes)).toBe('skrevet under importen');
    expect(sheet.links.get(row, col('activities', 'name'))).toBe('https://intra.example/loen');
    expect(sheet.chips.get(row, col('activities', 'owner'))).toBe(`person:${owner}`);
  });
});

describe('Mark deleted and Extend', () => {
  it('Mark deleted writes the deletion date only into the marked rows, so a date typed in a row between stays, and flushes before releasing the lock', () => {
    const addon = practice();
    const sheet = addon.ss.sheet(title('retentionLog'));
    const rows = sheetRows(addon.ss, 'retentionLog');
    const first = rows.findIndex((h) => h.id === 'h-2021-014') + 2;
    const last = rows.findIndex((h) => h.id === 'h-app-07') + 2;
    expect(last - first).toBeGreaterThan(1);
    const between = first + 1;
    sheet.setLinkCell(between, col('retentionLog', 'reference'), 'K-2021-022', 'https://journal.example/22');
    addon.ss.whileScriptRuns(() => userEdit(sheet, between, col('retentionLog', 'deletedOn'), '2026-11-24'));
    const reply = callPublic(addon, 'markDeleted', ['h-2021-014', 'h-app-07'], {
      method: 'Slettet',
      deletedOn: '2026-11-25',
    });
    expect(reply.ok).toBe(true);
    const iso = (v: unknown) =>
      v instanceof Date ? v.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' }) : v;
    const after = sheetRows(addon.ss, 'retentionLog');
    expect(iso(after[between - 2].deletedOn)).toBe('2026-11-24');
    expect(iso(after[first - 2].deletedOn)).toBe('2026-11-25');
    expect(sheet.links.get(between, col('retentionLog', 'reference'))).toBe('https://journal.example/22');
    expect(addon.ss.releasedUnflushed).toBe(0);
  });

  it('Extend keeps what a user types in the same row meanwhile', () => {
    const addon = practice();
    const sheet = addon.ss.sheet(title('retentionLog'));
    const row = sheetRows(addon.ss, 'retentionLog').findIndex((h) => h.id === 'h-2021-031') + 2;
    addon.ss.whileScriptRuns(() => userEdit(sheet, row, col('retentionLog', 'reference'), 'K-2021-031b'));
    const reply = callPublic(addon, 'extendHolding', 'h-2021-031', '2027-06-30', 'Verserende klage');
    expect(reply.ok).toBe(true);
    expect(sheet.values.get(row, col('retentionLog', 'reference'))).toBe('K-2021-031b');
    expect(sheet.values.get(row, col('retentionLog', 'extensionReason'))).toBe('Verserende klage');
    expect(addon.ss.releasedUnflushed).toBe(0);
  });

  it('stores a reference exactly as typed, so the deletion log’s hash chain holds (a leading apostrophe, a time, a percentage)', () => {
    const addon = practice();
    const sheet = addon.ss.sheet(title('retentionLog'));
    const rows = sheetRows(addon.ss, 'retentionLog');
    const refs: Record<string, string> = { 'h-2021-014': "'citat", 'h-app-07': '12:30', 'h-2021-022': '50%' };
    for (const [id, ref] of Object.entries(refs)) {
      const row = rows.findIndex((h) => h.id === id) + 2;
      sheet.values.set(row, col('retentionLog', 'reference'), ref);
    }
    const reply = callPublic(addon, 'markDeleted', Object.keys(refs), {
      method: 'Slettet',
      deletedOn: '2026-11-25',
    });
    expect(reply.ok).toBe(true);
    const log = sheetRows(addon.ss, 'deletionLog');
    expect(log.map((e) => e.reference).sort()).toEqual(["'citat", '12:30', '50%']);
    addon.ctx.validateRegister();
    const issues = addon.toNode<{ issues: { code: string; sheet: string }[] } | null>(
      addon.ctx.getLastIssues(),
    );
    expect((issues?.issues ?? []).filter((i) => i.sheet === 'deletionLog')).toEqual([]);
  });
});

describe('the user’s own content', () => {
  it('re-running Set up keeps the Lists sheet’s formulas, blanks and repeated entries where they are', () => {
    const addon = practice();
    addon.ctx.setUpRegister();
    const lists = addon.ss.sheet(title('lists'));
    const height = lists.dump().length;
    lists.put(height + 2, 1, [['Egen post']]);
    lists.put(height + 3, 1, [['Egen post']]);
    lists.setFormulaCell(height + 4, 1, '=UPPER("egen")', 'EGEN');
    const before = lists.dump().map((r) => r[0]);
    addon.ctx.setUpRegister();
    expect(lists.formulas.get(height + 4, 1)).toBe('=UPPER("egen")');
    expect(lists.dump().map((r) => r[0])).toEqual(before);
  });

  it('Export never writes into a sheet the user made, even one with the export’s title', () => {
    const addon = practice();
    addon.ctx.exportDatatilsynet();
    const made = addon.ss.sheets[addon.ss.sheets.length - 1];
    const exportTitle = made.name;
    // The user renames the export, then makes their own sheet with the export's title (other case).
    made.name = 'Gammel eksport';
    const mine = addon.ss.addSheet(exportTitle.toUpperCase());
    mine.put(1, 1, [['Mine noter']]);
    addon.ctx.exportDatatilsynet();
    expect(mine.dump()).toEqual([['Mine noter']]);
    expect(made.dump().length).toBeGreaterThan(3);
  });

  it('Set up keeps an empty default sheet that holds a chart', () => {
    const ss = FakeSpreadsheet.blank({ locale: 'da_DK' });
    ss.sheets[0].charts.push({});
    const addon = loadAddon({ spreadsheet: ss, locale: 'da_DK' });
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    expect(addon.ss.sheets.map((s) => s.name)).toContain('Ark1');
  });

  it('Set up gives no id to the blank rows whose unticked checkboxes read FALSE', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    addon.ctx.setUpRegister();
    const ids = addon.ss
      .sheet(title('activities'))
      .dump()
      .slice(1)
      .filter((r) => String(r[col('activities', 'id') - 1]).trim() !== '');
    expect(ids).toEqual([]);
  });
});
