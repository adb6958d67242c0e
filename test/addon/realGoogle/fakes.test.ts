// Issue 11, item 7: the fakes follow Google's documented behaviour (test/addon/fakes/README.md
// lists the page behind each, and what is still to verify on a real deployment). Each test
// pins one behaviour of a fake that a looser fake hid; the add-on's side of each is tested in
// dataSafety.test.ts and autoSync.test.ts beside this file.

import { describe, expect, it } from 'vitest';
import { FakeDataValidationBuilder, FakeSpreadsheet } from '../fakes/index.ts';
import { loadAddon } from '../harness.ts';

describe('the Apps Script fakes follow the documented behaviour', () => {
  it('installable triggers belong to one user and one document, 20 per user; a test deployment has none', () => {
    // https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)
    const addon = loadAddon({ userEmail: 'a@example.org' });
    const { ScriptApp } = addon.fakes;
    ScriptApp.addTrigger('h', 'ON_OPEN', 'SPREADSHEETS', addon.ss.id, {});
    ScriptApp.addTrigger('h', 'ON_OPEN', 'SPREADSHEETS', 'another-document', {});
    expect(ScriptApp.getUserTriggers(addon.ss)).toHaveLength(1);
    ScriptApp.currentUser = 'b@example.org';
    expect(ScriptApp.getUserTriggers(addon.ss)).toHaveLength(0);
    expect(() => ScriptApp.deleteTrigger(ScriptApp.triggers[0] as never)).toThrow(/another user/);
    for (let i = 0; i < 20; i++) ScriptApp.addTrigger(`t${i}`, 'CLOCK', 'CLOCK', null, {});
    expect(() => ScriptApp.addTrigger('t', 'CLOCK', 'CLOCK', null, {})).toThrow(/too many triggers/);
    ScriptApp.currentUser = 'c@example.org';
    ScriptApp.testDeployment = true;
    expect(() => ScriptApp.addTrigger('t', 'CLOCK', 'CLOCK', null, {})).toThrow(/test deployments/);
  });

  it('getAuthorizationInfo(FULL) says REQUIRED with a URL while a scope is not granted, and NOT_REQUIRED with null after', () => {
    // https://developers.google.com/apps-script/reference/script/authorization-info
    const { ScriptApp } = loadAddon().fakes;
    ScriptApp.missingScopes = ['https://www.googleapis.com/auth/script.external_request'];
    const missing = ScriptApp.getAuthorizationInfo('FULL');
    expect(String(missing.getAuthorizationStatus())).toBe('REQUIRED');
    expect(missing.getAuthorizationUrl()).toMatch(/^https:/);
    ScriptApp.missingScopes = [];
    const granted = ScriptApp.getAuthorizationInfo('FULL');
    expect(String(granted.getAuthorizationStatus())).toBe('NOT_REQUIRED');
    expect(granted.getAuthorizationUrl()).toBeNull();
  });

  it('AuthMode.LIMITED keeps the document and its menu but refuses triggers', () => {
    // https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
    const addon = loadAddon();
    expect(() => addon.open('LIMITED')).not.toThrow();
    expect(() =>
      addon.withAuthMode('LIMITED', () => addon.ctx.ScriptApp.getUserTriggers(addon.ss as never)),
    ).toThrow(/LIMITED/);
  });

  it('an unticked checkbox reads FALSE, and a blank cell given a checkbox is unticked', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireCheckbox()
    const sheet = FakeSpreadsheet.blank().sheets[0];
    const rule = new FakeDataValidationBuilder().requireCheckbox().build();
    sheet.getRange(2, 1, 3, 1).setDataValidation(rule);
    expect(sheet.getRange(2, 1, 3, 1).getValues()).toEqual([[false], [false], [false]]);
    expect(sheet.getLastRow()).toBe(4);
  });

  it('setDataValidations gives each cell its own rule, null removes one, and a checkbox rule unticks blank cells', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)
    const sheet = FakeSpreadsheet.blank().sheets[0];
    const date = new FakeDataValidationBuilder().requireDate().build();
    const box = new FakeDataValidationBuilder().requireCheckbox().build();
    sheet.getRange(1, 1, 4, 2).setDataValidation(date);
    sheet.getRange(2, 1, 3, 2).setDataValidations([
      [date, box],
      [null, box],
      [date, null],
    ] as never);
    const rules = sheet.getRange(1, 1, 4, 2).getDataValidations();
    expect(rules.map((line) => line.map((r) => (r ? r.getCriteriaType() : null)))).toEqual([
      ['DATE_IS_VALID_DATE', 'DATE_IS_VALID_DATE'],
      ['DATE_IS_VALID_DATE', 'CHECKBOX'],
      [null, 'CHECKBOX'],
      ['DATE_IS_VALID_DATE', null],
    ]);
    expect(sheet.getRange(2, 2, 2, 1).getValues()).toEqual([[false], [false]]);
    expect(sheet.getRange(4, 2).getValue()).toBe('');
    expect(() => sheet.getRange(1, 1, 2, 2).setDataValidations([[date, date]] as never)).toThrow(/rows/);
  });

  it('a RangeList sets one number format on each of its ranges and leaves the cells between alone', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setNumberFormat(String)
    const sheet = FakeSpreadsheet.blank().sheets[0];
    sheet.getRangeList(['B2:B5', 'D2:E5']).setNumberFormat('yyyy-mm-dd');
    expect(sheet.getRange(3, 2).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange(5, 5).getNumberFormat()).toBe('yyyy-mm-dd');
    expect(sheet.getRange(3, 3).getNumberFormat()).not.toBe('yyyy-mm-dd');
    expect(sheet.getRange(6, 2).getNumberFormat()).not.toBe('yyyy-mm-dd');
  });

  it('sheet names are matched regardless of case', () => {
    const ss = FakeSpreadsheet.blank({ locale: 'en_GB' });
    expect(ss.getSheetByName('SHEET1')).not.toBeNull();
    expect(() => ss.insertSheet('sheet1')).toThrow(/already exists/);
  });

  it('deleting rows moves validation and protected ranges with their cells', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
    const sheet = FakeSpreadsheet.blank().sheets[0];
    const rule = new FakeDataValidationBuilder().requireDate().build();
    sheet.getRange(5, 2).setDataValidation(rule);
    const protection = sheet.getRange(6, 1, 2, 1).protect();
    sheet.deleteRows(2, 2);
    expect(sheet.getRange(3, 2).getDataValidation()).toBe(rule);
    expect(sheet.getRange(5, 2).getDataValidation()).toBeNull();
    expect(protection.getRange().getA1Notation()).toBe('A4:A5');
  });

  it('typed times, percentages and currency amounts become dates and numbers, unless written after an apostrophe', () => {
    const sheet = FakeSpreadsheet.blank().sheets[0];
    sheet.getRange(1, 1, 1, 4).setValues([['12:30', '50%', 'kr 100', "'12:30"]]);
    const [time, percent, money, text] = sheet.getRange(1, 1, 1, 4).getValues()[0];
    expect(time).toBeInstanceOf(Date);
    expect(percent).toBe(0.5);
    expect(money).toBe(100);
    expect(text).toBe('12:30');
  });

  it('a value written over a cell replaces its link and chip; rich text reads the link back', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value
    const sheet = FakeSpreadsheet.blank().sheets[0];
    sheet.setLinkCell(1, 1, 'Journal', 'https://journal.example/1');
    sheet.setChipCell(1, 2, 'Mette', 'person:mette@example.org');
    expect(sheet.getRange(1, 1).getRichTextValues()[0][0]?.getLinkUrl()).toBe('https://journal.example/1');
    sheet.getRange(1, 1, 1, 2).setValues([['Journal', 'Mette']]);
    expect(sheet.links.get(1, 1)).toBe('');
    expect(sheet.chips.get(1, 2)).toBe('');
  });

  it('writes stay pending until flush; a lock released before a flush is counted; another execution cannot take a held lock', () => {
    // https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
    const addon = loadAddon();
    const lock = addon.fakes.LockService.document;
    expect(lock.tryLock(1000)).toBe(true);
    addon.ss.sheets[0].getRange(1, 1).setValue('x');
    expect(addon.concurrently(() => lock.tryLock(1000))).toBe(false);
    lock.releaseLock();
    expect(addon.ss.releasedUnflushed).toBe(1);
    lock.tryLock(1000);
    addon.ss.sheets[0].getRange(1, 1).setValue('y');
    addon.fakes.SpreadsheetApp.flush();
    lock.releaseLock();
    expect(addon.ss.releasedUnflushed).toBe(1);
  });

  it('a user edit lands between the script’s reads and its next write', () => {
    const sheet = FakeSpreadsheet.blank().sheets[0];
    sheet.parent.whileScriptRuns(() => sheet.put(2, 1, [['typed']]));
    const read = sheet.getRange(1, 1, 2, 1).getValues();
    sheet.getRange(1, 1).setValue('written');
    expect(read).toEqual([[''], ['']]);
    expect(sheet.dump()).toEqual([['written'], ['typed']]);
  });

  it('Utilities.formatDate formats in the zone asked for and refuses a pattern letter it does not know', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
    const { Utilities } = loadAddon().fakes;
    const instant = new Date('2026-03-29T00:30:00Z');
    expect(Utilities.formatDate(instant as never, 'Europe/Copenhagen', "yyyy-MM-dd'T'HH:mm")).toBe(
      '2026-03-29T01:30',
    );
    expect(Utilities.formatDate(instant as never, 'Pacific/Kiritimati', 'yyyy-MM-dd')).toBe('2026-03-29');
    expect(() => Utilities.formatDate(instant as never, 'UTC', 'yyyy-qq')).toThrow(/Illegal pattern/);
  });
});
