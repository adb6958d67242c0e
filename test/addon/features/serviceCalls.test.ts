import { describe, expect, it } from 'vitest';
import type { ActivityFormModel } from '../../../addon/views/activityForm.ts';
import type { RegisterDocument } from '../../../shared/register/types.ts';
import { loadAddon } from '../harness.ts';
import { fakeRegister, PRACTICE } from './fixtureRegister.ts';
import { callPublic, fixToday } from './helpers.ts';

/** The practice's register with `n` extra copies of its activities, groups and holdings. */
function scaled(n: number): RegisterDocument {
  const doc: RegisterDocument = structuredClone(PRACTICE);
  for (let k = 1; k <= n; k++) {
    for (const a of PRACTICE.sheets.activities ?? [])
      doc.sheets.activities?.push({ ...a, id: `${a.id}-${k}`, name: `${a.name} ${k}` });
    for (const g of PRACTICE.sheets.dataCategories ?? []) {
      doc.sheets.dataCategories?.push({
        ...g,
        id: `${g.id}-${k}`,
        activityId: `${g.activityId}-${k}`,
        activity: `${g.activity} ${k}`,
      });
    }
    for (const h of PRACTICE.sheets.retentionLog ?? []) {
      doc.sheets.retentionLog?.push({
        ...h,
        id: `${h.id}-${k}`,
        reference: `${h.reference}-${k}`,
        activityId: `${h.activityId}-${k}`,
        activity: `${h.activity} ${k}`,
      });
    }
  }
  return doc;
}

/** Service calls of: opening the form, saving a changed activity, the retention overview, marking two holdings deleted. */
function callsFor(doc: RegisterDocument): Record<string, number> {
  const addon = loadAddon({
    spreadsheet: fakeRegister(doc),
    locale: 'da_DK',
    userEmail: 'mette@nordlys-psykologi.dk',
  });
  fixToday(addon, '2026-11-25');
  const figures: Record<string, number> = {};
  addon.resetCalls();
  const model = callPublic<ActivityFormModel>(addon, 'getActivityFormModel', 'act-klient');
  figures.openForm = addon.calls.total();
  if (!model.ok) throw new Error(model.message);
  model.value.form.values.purpose = 'Ændret formål';
  addon.resetCalls();
  expect(callPublic(addon, 'saveActivity', model.value.form).ok).toBe(true);
  figures.saveActivity = addon.calls.total();
  addon.resetCalls();
  addon.ctx.openRetentionOverview();
  figures.retentionOverview = addon.calls.total();
  addon.resetCalls();
  expect(
    callPublic(addon, 'markDeleted', ['h-2021-014', 'h-app-07'], {
      method: 'Slettet',
      deletedOn: '2026-11-25',
    }).ok,
  ).toBe(true);
  figures.markDeleted = addon.calls.total();
  return figures;
}

describe('service calls of the sidebars', () => {
  it('are the same for a register of 3 activities / 6 holdings and one of 303 activities / 606 holdings', () => {
    const small = callsFor(PRACTICE);
    const large = callsFor(scaled(100));
    console.info('sidebar service calls (small register):', small, '(large register):', large);
    expect(large).toEqual(small);
  });
});
