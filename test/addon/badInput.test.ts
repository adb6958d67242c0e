// Bad input: whatever a user did to the sheets, the add-on gives an issue or a clear message,
// never crashes and never loses a user's cell.
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, LISTS, RETENTION_LOG } from '../../shared/register/schema.ts';
import type { FakeSheet } from './fakes/index.ts';
import { putDocument, sampleRegister, snapshot } from './fixtures.ts';
import { loadAddon } from './harness.ts';

function setUpRegister(locale = 'da_DK', lang: 'da' | 'en' = 'da', activities = 3, holdings = 3) {
  const addon = loadAddon({ locale });
  addon.ss.locale = locale;
  addon.fakes.ui.answer('OK', '1');
  addon.ctx.setUpRegister();
  putDocument(addon.ss, sampleRegister(activities, holdings, lang), lang);
  return addon;
}

/** Every cell except the hidden id columns, which the add-on owns. */
function userCells(sheet: FakeSheet): string[][] {
  const rows = sheet.dump().map((r) => r.map((v) => sheet.displayOf(v)));
  const idCols = new Set(rows[0].map((h, i) => (h === 'Id' ? i : -1)).filter((i) => i >= 0));
  return rows.map((r) => r.filter((_, i) => !idCols.has(i)));
}

describe('Set up register on an existing register', () => {
  it('is idempotent: a second run changes no value and duplicates no rule, protection or named range', () => {
    const addon = setUpRegister();
    addon.ctx.setUpRegister();
    const before = snapshot(addon.ss);
    const count = () =>
      addon.ss.sheets.map((s) => [
        s.name,
        s.protections.length,
        s.conditionalRules.length,
        s.validations.entries.length,
      ]);
    const rules = count();
    const named = addon.ss.namedRanges.size;
    addon.ctx.setUpRegister();
    expect(snapshot(addon.ss)).toEqual(before);
    expect(count()).toEqual(rules);
    expect(addon.ss.namedRanges.size).toBe(named);
    expect(addon.fakes.ui.dialogs.filter((d) => d.kind === 'prompt')).toHaveLength(1);
  });

  it('gives every row a stable id and links references by name, also after a user deleted an id', () => {
    const addon = setUpRegister();
    addon.ctx.setUpRegister();
    const acts = addon.ss.sheet(ACTIVITIES.title.da);
    const firstId = acts.dump()[1][0];
    expect(String(firstId)).not.toBe('');
    acts.put(2, 1, [['']]);
    addon.ctx.setUpRegister();
    const newId = String(acts.dump()[1][0]);
    expect(newId).not.toBe('');
    const cats = addon.ss.sheet('Datakategorier').dump();
    const activityIdCol = cats[0].indexOf('Id', 1);
    expect(cats.slice(1).some((r) => r[activityIdCol] === newId)).toBe(true);
  });

  it('adds the columns of a newer schema and recreates a deleted Lists sheet, keeping user values', () => {
    const addon = setUpRegister();
    const acts = addon.ss.sheet(ACTIVITIES.title.da);
    const header = acts.dump()[0];
    const improvements = header.indexOf('Forbedringer') + 1;
    acts.deleteColumns(improvements, 1);
    addon.ss.deleteSheet(addon.ss.sheet(LISTS.title.da) as never);
    const before = userCells(acts);
    addon.ctx.validateRegister();
    expect(addon.fakes.ui.alerts()).toEqual([]);
    addon.ctx.setUpRegister();
    const after = userCells(acts);
    expect(after[0].at(-1)).toBe('Forbedringer');
    // Set up gives blank checkbox cells their checkbox, which reads FALSE: the same answer as blank.
    const unticked = (rows: string[][]) => rows.map((r) => r.map((v) => (v === 'FALSE' ? '' : v)));
    expect(unticked(after.map((r) => r.slice(0, before[0].length)))).toEqual(unticked(before));
    expect(addon.ss.sheets.some((s) => s.name === LISTS.title.da)).toBe(true);
  });
});

describe('Validate register with bad input', () => {
  it('handles blank rows, merged cells, formulas, numbers, dates as text, huge cells, extra and reordered columns without losing a cell', () => {
    const addon = setUpRegister('en_GB', 'en', 4, 4);
    addon.ctx.setUpRegister();
    const acts = addon.ss.sheet(ACTIVITIES.title.en);
    const header = acts.dump()[0];
    const col = (h: string) => header.indexOf(h) + 1;
    // A blank row in the middle, a merged cell, a formula, a number, a date typed as text.
    acts.insertRowsAfter(2, 1);
    acts.mergeCells(4, col('Purpose'), 1, 2);
    acts.setFormulaCell(5, col('Purpose'), '=UPPER("pay staff")', 'PAY STAFF');
    acts.put(5, col('Processing activity'), [[12345]]);
    acts.put(4, col('Last reviewed'), [["'1-3-2026"]]);
    acts.put(3, col('Improvements'), [['x'.repeat(50_000)]]);
    // An extra user column, and two columns swapped and renamed.
    acts.put(1, header.length + 1, [['Internal ref'], ['A-1'], [''], ['=1+1']]);
    const log = addon.ss.sheet(RETENTION_LOG.title.en);
    const lh = log.dump()[0];
    const [a, b] = [lh.indexOf('Reference (pseudonym)') + 1, lh.indexOf('Collected') + 1];
    const ra = log.dump().map((r) => [r[a - 1]]);
    const rb = log.dump().map((r) => [r[b - 1]]);
    log.put(1, a, rb);
    log.put(1, b, ra);
    log.put(1, b, [['Pseudonymous reference']]);
    // Sorted rows: reverse the retention log's data rows.
    const data = log.dump().slice(1).reverse();
    log.put(2, 1, data);
    const before = snapshot(addon.ss);
    addon.ctx.validateRegister();
    expect(addon.fakes.ui.alerts()).toEqual([]);
    const after = snapshot(addon.ss);
    expect(after).toEqual(before);
    const stored = addon.toNode<{ issues: { code: string; sheet: string }[] }>(addon.ctx.getLastIssues());
    const codes = stored.issues.map((i) => i.code);
    expect(codes).toContain('mergedCells');
    // Validate reads values only (issue 17, round trips): the formula's result is checked like
    // any value, and the formula itself is kept by Set up below, so it is not reported.
    expect(codes).not.toContain('formulaInRegister');
    expect(addon.ss.toasts.at(-1)?.message).toMatch(/errors/);
    // Set up afterwards keeps every user cell too (the formula stays a formula).
    addon.ctx.setUpRegister();
    expect(acts.formulas.get(5, col('Purpose'))).toBe('=UPPER("pay staff")');
    expect(acts.dump()[2][col('Improvements') - 1]).toHaveLength(50_000);
  });

  it('writes user text that looks like a formula or a number back as text', () => {
    const addon = setUpRegister();
    const acts = addon.ss.sheet(ACTIVITIES.title.da);
    const header = acts.dump()[0];
    acts.put(2, header.indexOf('Formål') + 1, [["'-træk fra løn"]]);
    acts.put(2, header.indexOf('Forbedringer') + 1, [['\'=HYPERLINK("x")']]);
    acts.put(3, header.indexOf('Forbedringer') + 1, [["'0045"]]);
    addon.ctx.setUpRegister(); // fills the ids, rewriting these rows
    expect(acts.dump()[1][header.indexOf('Formål')]).toBe('-træk fra løn');
    expect(acts.dump()[1][header.indexOf('Forbedringer')]).toBe('=HYPERLINK("x")');
    expect(acts.formulas.get(2, header.indexOf('Forbedringer') + 1)).toBe('');
    expect(acts.dump()[2][header.indexOf('Forbedringer')]).toBe('0045');
  });

  it('a strict dropdown rejects a typed value that is not on the list; a multi-value column accepts it with a warning', async () => {
    const addon = setUpRegister();
    const { userEdit } = await import('./fakes/index.ts');
    const acts = addon.ss.sheet(ACTIVITIES.title.da);
    const header = acts.dump()[0];
    const dpia = header.indexOf('Konsekvensanalyse (DPIA)') + 1;
    const bases = header.indexOf('Behandlingsgrundlag (art. 6)') + 1;
    expect(userEdit(acts, 2, dpia, 'måske')).toEqual({ accepted: false, flagged: true });
    expect(userEdit(acts, 2, bases, 'Mit eget grundlag')).toEqual({ accepted: true, flagged: true });
    const owner = header.indexOf('Ansvarlig (e-mail)') + 1;
    expect(userEdit(acts, 2, owner, 'not an email').accepted).toBe(false);
  });
});
