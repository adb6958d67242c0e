import { describe, expect, it } from 'vitest';
import type { IssueSidebarModel, SelectedCell } from '../../../addon/views/issues.ts';
import { loadAddon } from '../harness.ts';
import { fakeRegister } from './fixtureRegister.ts';
import { callPublic, fixToday } from './helpers.ts';

function practice() {
  const addon = loadAddon({ spreadsheet: fakeRegister(), locale: 'da_DK' });
  fixToday(addon, '2026-11-25');
  return addon;
}

describe('the issue sidebar', () => {
  it('says the register has not been checked before the first Validate', () => {
    const addon = practice();
    const result = callPublic<IssueSidebarModel>(addon, 'getIssueSidebar');
    expect(result).toMatchObject({ ok: true, value: { issues: null, total: 0 } });
  });

  it('lists the last Validate run’s findings, errors first, with the sheet titles a user knows', () => {
    const addon = practice();
    addon.ss.sheet('Behandlingsaktiviteter').getRange(3, 3).setValue('');
    addon.ctx.validateRegister();
    const result = callPublic<IssueSidebarModel>(addon, 'getIssueSidebar');
    if (!result.ok) throw new Error(result.message);
    const { issues, counts } = result.value;
    expect(issues?.length).toBeGreaterThan(0);
    expect(counts.error).toBeGreaterThan(0);
    expect(issues?.[0].severity).toBe('error');
    const purpose = issues?.find((i) => i.column === 'purpose' && i.row === 3);
    expect(purpose).toMatchObject({
      sheetTitle: 'Behandlingsaktiviteter',
      columnHeader: 'Formål',
      severity: 'error',
    });
  });

  it('selects the cell an issue points at, finding the column by its header', () => {
    const addon = practice();
    const selected = callPublic<SelectedCell>(addon, 'selectIssueCell', 'dataCategories', 3, 'recipients');
    expect(selected).toEqual({ ok: true, value: { sheetTitle: 'Datakategorier', a1: 'G3' } });
    expect(addon.ss.activeRange?.getSheet().getName()).toBe('Datakategorier');
    expect(addon.ss.activeRange?.getA1Notation()).toBe('G3');
    // An Organisation issue selects the value cell of the field's row.
    expect(
      callPublic<SelectedCell>(addon, 'selectIssueCell', 'organisation', 4, 'controllerName'),
    ).toMatchObject({ ok: true, value: { a1: 'B4' } });
  });

  it('answers with a Danish error value, not an exception, for a sheet that is gone or a row past the end', () => {
    const addon = practice();
    addon.ss.deleteSheet(addon.ss.sheet('Modtagere og databehandlere') as never);
    expect(callPublic(addon, 'selectIssueCell', 'recipients', 2, 'name')).toMatchObject({
      ok: false,
      code: 'registerMissing',
      message: expect.stringContaining('findes ikke'),
    });
    expect(callPublic(addon, 'selectIssueCell', 'activities', 5000, 'name')).toMatchObject({
      ok: false,
      code: 'cellOutOfRange',
    });
  });
});
