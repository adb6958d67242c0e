import { describe, expect, it } from 'vitest';
import { ACTIVITIES, REQUESTS, RETENTION_LOG, sheetsForRoles } from '../../shared/register/schema.ts';
import { FakeDataValidationBuilder } from './fakes/index.ts';
import { loadAddon } from './harness.ts';

describe('Set up register', () => {
  it('creates every controller sheet with a frozen bold header row in Danish, hidden id columns and dropdowns', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    expect(addon.fakes.ui.alerts()).toEqual([]);
    const names = addon.ss.sheets.map((s) => s.name);
    for (const def of sheetsForRoles(['controller'])) expect(names).toContain(def.title.da);
    expect(names).not.toContain('Ark1');
    const activities = addon.ss.sheet(ACTIVITIES.title.da);
    expect(activities.frozenRows).toBe(1);
    expect(activities.dump()[0].slice(0, 3)).toEqual(['Id', 'Behandlingsaktivitet', 'Formål']);
    expect(activities.fontWeights.get(1, 2)).toBe('bold');
    expect(activities.isColumnHiddenByUser(1)).toBe(true);
    expect(activities.notes.get(1, 3)).toContain('Art. 30(1)(b)');
    const legalBasis = activities.validations.get(5, 5);
    expect(legalBasis?.criteria).toBe('VALUE_IN_RANGE');
    expect(legalBasis?.allowInvalid).toBe(true);
    expect(addon.ss.toasts.at(-1)?.message).toMatch(/Fortegnelsen er klar/);
    const log = addon.ss.sheet(RETENTION_LOG.title.da);
    expect(log.conditionalRules.length).toBeGreaterThan(2);
    expect(addon.fakes.PropertiesService.document.getProperty('art30.schemaVersion')).toBe('1');
  });
});

describe('Set up register: the Requests sheet', () => {
  it('creates the Requests sheet in Danish with dropdowns for the right, channel, identity check, outcome and refusal reason', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    const sheet = addon.ss.sheet(REQUESTS.title.da);
    const header = sheet.dump()[0].map(String);
    expect(header.slice(0, 4)).toEqual(['Id', 'Reference (sagsnr.)', 'Rettighed', 'Modtaget']);
    for (const title of [
      'Rettighed',
      'Kanal',
      'Identitet kontrolleret',
      'Udfald',
      'Begrundelse for afslag',
    ]) {
      const column = header.indexOf(title) + 1;
      expect(sheet.validations.get(2, column)?.criteria, title).toBe('VALUE_IN_RANGE');
    }
    expect(sheet.notes.get(1, header.indexOf('Modtaget') + 1)).toContain('art. 12(3)');
  });
});

describe('Set up register colours', () => {
  it('highlights exactly the status words the retention overview writes for overdue and due-soon holdings', async () => {
    const { HIGHLIGHTED_STATUS } = await import('../../addon/src/setup.ts');
    const { STATUS_WORDS } = await import('../../addon/src/features/retention.ts');
    expect(HIGHLIGHTED_STATUS.overdue).toEqual(STATUS_WORDS.overdue);
    expect(HIGHLIGHTED_STATUS.dueSoon).toEqual(STATUS_WORDS.dueSoon);
  });

  it('creates a processor register in English with the processor record and without the controller-only sheets', () => {
    const addon = loadAddon({ locale: 'en_US' });
    addon.ss.locale = 'en_US';
    addon.fakes.ui.answer('OK', 'processor');
    addon.ctx.setUpRegister();
    const names = addon.ss.sheets.map((s) => s.name);
    expect(names).toContain('Processor record');
    expect(names).not.toContain('Processing activities');
    const org = addon.ss.sheet('Organisation').dump();
    expect(org.find((r) => r[0] === 'Role')?.[1]).toMatch(/processor/i);
  });

  it('changes nothing when the user cancels the role question', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    addon.fakes.ui.answer('CANCEL');
    addon.ctx.setUpRegister();
    expect(addon.ss.sheets.map((s) => s.name)).toEqual(['Ark1']);
    expect(addon.fakes.ui.alerts()[0]).toMatch(/annulleret/);
  });
});

describe('Set up register again (issue 17: only what is missing or broken is written)', () => {
  it('restores a removed dropdown and a deleted named list, keeps a rule on the user’s own column and the widths the user chose', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    const acts = addon.ss.sheet(ACTIVITIES.title.da);
    const header = acts.dump()[0];
    const basis = header.indexOf('Behandlingsgrundlag (art. 6)') + 1;
    const purpose = header.indexOf('Formål') + 1;
    expect(basis).toBeGreaterThan(0);
    // The user widens a column, removes one cell's dropdown (as pasting does), adds a column of
    // their own with a rule of their own, and deletes a named list.
    acts.setColumnWidth(purpose, 512);
    acts.getRange(7, basis).setDataValidation(null);
    const own = header.length + 1;
    acts.put(1, own, [['Intern dato']]);
    const ownRule = new FakeDataValidationBuilder().requireDate().build();
    acts.getRange(2, own, 50, 1).setDataValidation(ownRule as never);
    addon.ss.removeNamedRange('Art30_legalBasis');
    addon.ctx.setUpRegister();
    expect(addon.fakes.ui.alerts()).toEqual([]);
    expect(acts.validations.get(7, basis)?.criteria).toBe('VALUE_IN_RANGE');
    expect(acts.validations.get(30, own)).toBe(ownRule);
    expect(acts.validations.get(60, own)).toBeNull();
    expect(acts.getColumnWidth(purpose)).toBe(512);
    const named = addon.ss.getRangeByName('Art30_legalBasis');
    expect(named?.getSheet().getName()).toBe('Lister');
    expect(named?.getA1Notation()).toMatch(/^A2:A\d+$/);
  });

  it('adds a column the user deleted and keeps a formula in the header row it writes', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    const acts = addon.ss.sheet(ACTIVITIES.title.da);
    const header = acts.dump()[0];
    const own = header.length + 1;
    acts.setFormulaCell(1, own, '="Intern "&"note"', 'Intern note');
    acts.deleteColumns(header.indexOf('Formål') + 1, 1);
    addon.ctx.setUpRegister();
    expect(addon.fakes.ui.alerts()).toEqual([]);
    const after = acts.dump()[0];
    expect(after.at(-1)).toBe('Formål');
    expect(acts.formulas.get(1, own - 1)).toBe('="Intern "&"note"');
    expect(after[own - 2]).toBe('Intern note');
  });

  it('writes no cell, note or named range on a register that is already complete', () => {
    const addon = loadAddon({ locale: 'da_DK' });
    addon.fakes.ui.answer('OK', '1');
    addon.ctx.setUpRegister();
    addon.resetCalls();
    addon.ctx.setUpRegister();
    const counts = addon.calls.counts;
    for (const write of [
      'Range.setValues',
      'Range.setNotes',
      'NamedRange.setRange',
      'Spreadsheet.setNamedRange',
    ]) {
      expect(counts[write] ?? 0, write).toBe(0);
    }
    expect(counts['Sheet.setColumnWidths'] ?? 0).toBe(0);
  });
});
