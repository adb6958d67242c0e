import { describe, expect, it } from 'vitest';
import { BREACHES } from '../../shared/register/breachesSheet.ts';
import { ACTIVITIES, ORGANISATION, REQUESTS } from '../../shared/register/schema.ts';
import { putDocument, sampleRegister } from './fixtures.ts';
import { loadAddon } from './harness.ts';

function setUpWith(doc = sampleRegister(3, 3), locale = 'da_DK') {
  const addon = loadAddon({ locale });
  addon.fakes.ui.answer('OK', '1');
  addon.ctx.setUpRegister();
  putDocument(addon.ss, doc, locale.startsWith('da') ? 'da' : 'en');
  return addon;
}

describe('Validate register', () => {
  it('marks the offending cell with a prefixed note and a colour, toasts the counts and opens the issue list', () => {
    const doc = sampleRegister(3, 3);
    doc.sheets.activities![1].purpose = '';
    const addon = setUpWith(doc);
    addon.ctx.validateRegister();
    const sheet = addon.ss.sheet(ACTIVITIES.title.da);
    const purposeCol = sheet.dump()[0].indexOf('Formål') + 1;
    expect(sheet.notes.get(3, purposeCol)).toMatch(/^\[Art30\] Fejl: /);
    expect(sheet.backgrounds.get(3, purposeCol)).toBe('#f4c7c3');
    expect(sheet.notes.get(2, purposeCol)).toBe('');
    expect(addon.ss.toasts.at(-1)?.message).toMatch(/\d+ fejl, \d+ advarsler/);
    expect(addon.fakes.ui.dialogs.some((d) => d.kind === 'sidebar')).toBe(true);
    const stored = addon.toNode<{ issues: { row: number; column: string }[]; total: number }>(
      addon.ctx.getLastIssues(),
    );
    expect(stored.total).toBeGreaterThan(0);
    expect(stored.issues.some((i) => i.row === 3 && i.column === 'purpose')).toBe(true);
    expect(JSON.stringify(stored)).toBe(JSON.stringify(JSON.parse(JSON.stringify(stored))));
  });

  it("clears its own marks on the next run and keeps the user's notes and header notes", () => {
    const doc = sampleRegister(3, 3);
    doc.sheets.activities![1].purpose = '';
    const addon = setUpWith(doc);
    const sheet = addon.ss.sheet(ACTIVITIES.title.da);
    const purposeCol = sheet.dump()[0].indexOf('Formål') + 1;
    sheet.notes.set(3, purposeCol, 'Spørg HR');
    const headerNote = sheet.notes.get(1, purposeCol);
    addon.ctx.validateRegister();
    expect(sheet.notes.get(3, purposeCol)).toMatch(/^Spørg HR\n\n\[Art30\]/);
    sheet.put(3, purposeCol, [['Løn']]);
    addon.ctx.validateRegister();
    expect(sheet.notes.get(3, purposeCol)).toBe('Spørg HR');
    expect(sheet.backgrounds.get(3, purposeCol)).toBe('#ffffff');
    expect(sheet.notes.get(1, purposeCol)).toBe(headerNote);
  });

  it('leaves sheets without marks untouched on the next run, and still clears a renamed sheet’s marks', () => {
    const doc = sampleRegister(3, 3);
    doc.sheets.activities![1].purpose = '';
    const addon = setUpWith(doc);
    addon.ctx.validateRegister();
    const sheet = addon.ss.sheet(ACTIVITIES.title.da);
    const purposeCol = sheet.dump()[0].indexOf('Formål') + 1;
    expect(sheet.notes.get(3, purposeCol)).toMatch(/^\[Art30\]/);
    // Only the sheet that carries marks is read for notes and written again.
    addon.resetCalls();
    addon.ctx.validateRegister();
    expect(addon.calls.counts['Range.setNotes']).toBe(1);
    expect(addon.calls.counts['Range.getBackgrounds']).toBe(1);
    // A sheet renamed by the user (here to its English title) is one the last run did not see.
    sheet.setName(ACTIVITIES.title.en);
    sheet.put(3, purposeCol, [['Løn']]);
    addon.ctx.validateRegister();
    expect(sheet.notes.get(3, purposeCol)).toBe('');
    expect(sheet.backgrounds.get(3, purposeCol)).toBe('#ffffff');
  });

  it('reads no notes on a first run over the sheets Set up created, yet clears marks an older run left without a record', () => {
    const addon = setUpWith();
    addon.resetCalls();
    addon.ctx.validateRegister();
    expect(addon.calls.counts['Range.getNotes'] ?? 0).toBe(0);
    // A register whose marks predate the record (or whose record was lost).
    const sheet = addon.ss.sheet(ACTIVITIES.title.da);
    const purposeCol = sheet.dump()[0].indexOf('Formål') + 1;
    sheet.notes.set(2, purposeCol, '[Art30] Fejl: gammel');
    sheet.backgrounds.set(2, purposeCol, '#f4c7c3');
    addon.fakes.PropertiesService.document.deleteProperty('art30.markedSheets');
    addon.ctx.validateRegister();
    expect(sheet.notes.get(2, purposeCol)).toBe('');
    expect(sheet.backgrounds.get(2, purposeCol)).toBe('#ffffff');
  });

  it('says plainly when the spreadsheet is not a register yet', () => {
    const addon = loadAddon({ locale: 'en_GB' });
    addon.ss.locale = 'en_GB';
    addon.ctx.validateRegister();
    expect(addon.fakes.ui.alerts()[0]).toMatch(/not a register yet/);
  });

  it('reads a register sheet the user emptied entirely, and still reports merged cells on the Organisation form and in a filled breach log', () => {
    const addon = setUpWith();
    addon.ss.sheet(REQUESTS.title.da).clear();
    addon.ss.sheet(ORGANISATION.title.da).mergeCells(3, 1, 2, 1);
    const breaches = addon.ss.sheet(BREACHES.title.da);
    breaches.put(2, 1, [['brd-1', 'BRUD-1']]);
    breaches.mergeCells(2, 3, 1, 2);
    addon.ctx.validateRegister();
    expect(addon.fakes.ui.alerts()).toEqual([]);
    const stored = addon.toNode<{ issues: { sheet: string; code: string; row: number }[] }>(
      addon.ctx.getLastIssues(),
    );
    const merged = stored.issues.filter((i) => i.code === 'mergedCells').map((i) => `${i.sheet}:${i.row}`);
    expect(merged.sort()).toEqual(['breaches:2', 'organisation:3']);
  });
});
