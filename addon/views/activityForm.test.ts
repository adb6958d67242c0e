import { describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../shared/register/types.ts';
import { activityFormModel, applySavePlan, planActivitySave } from './activityForm.ts';

const doc = (): RegisterDocument => ({
  schemaVersion: 1,
  lang: 'da',
  organisation: {},
  sheets: {
    activities: [
      { id: 'a1', name: 'Løn', legalBases: 'Contract, legal obligation', $row: 2 },
      { id: 'a2', name: 'Rekruttering', $row: 3 },
    ],
    dataCategories: [
      { id: '', activityId: '', activity: 'Løn', subjectGroup: 'Medarbejdere', $row: 2 },
      { id: 'g2', activityId: 'a2', activity: 'Rekruttering', subjectGroup: 'Jobansøgere', $row: 3 },
      { id: '', activityId: '', activity: 'løn', subjectGroup: 'Vikarer', $row: 4 },
    ],
  },
});

let n = 0;
const ids = { activity: () => `new-a${++n}`, group: () => `new-g${++n}` };

describe('the activity form model', () => {
  it('shows English or synonym labels as the register language’s labels, so a save normalises them', () => {
    const model = activityFormModel(doc(), 'a1', '2026-11-25');
    expect(model?.form.values.legalBases).toEqual([
      'Kontrakt (art. 6(1)(b))',
      'Retlig forpligtelse (art. 6(1)(c))',
    ]);
  });

  it('finds data-category rows typed by hand (no ids yet) by the activity’s name', () => {
    const model = activityFormModel(doc(), 'a1', '2026-11-25');
    expect(model?.form.groups.map((g) => g.values.subjectGroup)).toEqual([['Medarbejdere'], ['Vikarer']]);
  });

  it('is null for an activity id that no longer exists', () => {
    expect(activityFormModel(doc(), 'gone', '2026-11-25')).toBeNull();
  });
});

describe('planning a save', () => {
  it('updates hand-typed rows (no ids yet) in place, giving them ids, instead of appending duplicates', () => {
    const d = doc();
    const form = activityFormModel(d, 'a1', '2026-11-25')!.form;
    const plan = planActivitySave(d, form, ids);
    expect(plan.activityIndex).toBe(0);
    expect(plan.groupUpdates.map((u) => [u.index, u.row.subjectGroup, u.row.activityId])).toEqual([
      [0, 'Medarbejdere', 'a1'],
      [2, 'Vikarer', 'a1'],
    ]);
    expect(plan.groupUpdates.every((u) => String(u.row.id).startsWith('new-g'))).toBe(true);
    expect(form.groups.map((g) => g.id)).toEqual(['row:2', 'row:4']);
    expect(plan.groupAppends).toEqual([]);
    expect(plan.groupDeletes).toEqual([]);
  });

  it('never plans a write to another activity’s rows, and deletes only the removed group', () => {
    const d = doc();
    const form = activityFormModel(d, 'a1', '2026-11-25')!.form;
    form.groups = form.groups.slice(0, 1);
    const plan = planActivitySave(d, form, ids);
    expect(plan.groupUpdates.map((u) => u.index)).toEqual([0]);
    expect(plan.groupDeletes).toEqual([2]);
  });

  it('keeps a custom entry containing a comma as one value (commas separate values in a cell)', () => {
    const d = doc();
    const form = activityFormModel(d, 'a2', '2026-11-25')!.form;
    form.groups[0].values.dataCategories = ['Navn', 'Noter, interne'];
    const plan = planActivitySave(d, form, ids);
    expect(plan.groupUpdates[0].row.dataCategories).toBe('Navn, Noter; interne');
  });
});

describe('the document after a save', () => {
  it('holds the saved rows at the sheet rows written, with rows below a deleted one moved up', () => {
    const d = doc();
    const form = activityFormModel(d, 'a1', '2026-11-25')!.form;
    form.groups = form.groups.slice(1); // remove "Medarbejdere" (sheet row 2)
    form.groups.push({ id: null, values: { ...form.groups[0].values, subjectGroup: ['Praktikanter'] } });
    const plan = planActivitySave(d, form, ids);
    const after = applySavePlan(d, plan, { activity: null, groups: [5] });
    expect(after.sheets.dataCategories?.map((g) => [g.subjectGroup, g.$row])).toEqual([
      ['Jobansøgere', 2],
      ['Vikarer', 3],
      ['Praktikanter', 4],
    ]);
    expect(after.sheets.activities?.[0]).toMatchObject({ id: 'a1', $row: 2 });
  });
});
