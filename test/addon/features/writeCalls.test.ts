// Import and Mark deleted write only the cells the add-on owns, and their service calls do not
// grow with the number of rows they write: counted by the call-counting fakes at two sizes.

import { describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../../shared/register/types.ts';
import { loadAddon } from '../harness.ts';
import { fakeRegister, PRACTICE, sheetRows } from './fixtureRegister.ts';
import { callPublic, fixToday } from './helpers.ts';
import { OLD_REGISTER, OLD_REGISTER_SHEET } from './oldRegister.ts';

const name = (k: number) => `Import-aktivitet ${k}`;

/** The practice's register with `n` more activities, each with one data-category row. */
function registerWith(n: number): RegisterDocument {
  const doc: RegisterDocument = structuredClone(PRACTICE);
  const [activity] = PRACTICE.sheets.activities ?? [];
  const [group] = PRACTICE.sheets.dataCategories ?? [];
  for (let k = 1; k <= n; k++) {
    doc.sheets.activities?.push({ ...activity, id: `act-imp-${k}`, name: name(k) });
    doc.sheets.dataCategories?.push({
      ...group,
      id: `dc-imp-${k}`,
      activityId: `act-imp-${k}`,
      activity: name(k),
    });
  }
  return doc;
}

/** An old register listing the same `n` activities with a new purpose and retention text. */
function oldRegisterWith(n: number): unknown[][] {
  const rows = Array.from({ length: n }, (_, i) => [
    name(i + 1),
    `Nyt formål ${i + 1}`,
    'Medarbejdere',
    'Navn, Løn',
    'Lønbureau A/S',
    'Ingen',
    '5 år fra udgangen af regnskabsåret',
    '',
  ]);
  return [...OLD_REGISTER.slice(0, 3), ...rows];
}

function importCalls(n: number) {
  const addon = loadAddon({
    spreadsheet: fakeRegister(registerWith(n), { extraSheets: { [OLD_REGISTER_SHEET]: oldRegisterWith(n) } }),
    locale: 'da_DK',
  });
  fixToday(addon, '2026-11-25');
  // Every sheet is full (as one grown by earlier appends is), so both sizes grow it once.
  for (const sheet of addon.ss.sheets) sheet.maxRows = sheet.dump().length;
  addon.resetCalls();
  const result = callPublic(addon, 'confirmImport', OLD_REGISTER_SHEET, { replaceExisting: true });
  if (!result.ok) throw new Error(result.message);
  const byMethod = addon.calls.snapshot();
  const activities = sheetRows(addon.ss, 'activities').filter((a) => String(a.name).startsWith('Import-'));
  return { total: addon.calls.total(), byMethod, activities };
}

/** The practice's register with `n` more overdue holdings. */
function holdingsWith(n: number): RegisterDocument {
  const doc: RegisterDocument = structuredClone(PRACTICE);
  const [holding] = PRACTICE.sheets.retentionLog ?? [];
  for (let k = 1; k <= n; k++)
    doc.sheets.retentionLog?.push({ ...holding, id: `h-old-${k}`, reference: `K-OLD-${k}` });
  return doc;
}

/** Marks `marked` of 2 × `marked` extra holdings deleted: every other one, so no two are adjacent. */
function markCalls(marked: number) {
  const addon = loadAddon({
    spreadsheet: fakeRegister(holdingsWith(2 * marked)),
    locale: 'da_DK',
    userEmail: 'mette@nordlys-psykologi.dk',
  });
  fixToday(addon, '2026-11-25');
  const ids = Array.from({ length: marked }, (_, i) => `h-old-${2 * i + 1}`);
  addon.resetCalls();
  const reply = callPublic(addon, 'markDeleted', ids, { method: 'Slettet', deletedOn: '2026-11-25' });
  if (!reply.ok) throw new Error(reply.message);
  return {
    total: addon.calls.total(),
    byMethod: addon.calls.snapshot(),
    holdings: sheetRows(addon.ss, 'retentionLog'),
  };
}

describe('the calls of Import and Mark deleted do not grow with rows', () => {
  it('replacing 10 and 2,000 adjacent activities in place makes the same calls, and every purpose is replaced', () => {
    const small = importCalls(10);
    const large = importCalls(2000);
    console.info('Import calls: 10 activities', small.total, '/ 2,000 activities', large.total);
    expect(large.byMethod).toEqual(small.byMethod);
    expect(large.total).toBe(small.total);
    expect(large.activities).toHaveLength(2000);
    expect(large.activities[1999].purpose).toBe('Nyt formål 2000');
    expect(small.activities.map((a) => a.purpose)).toEqual(
      Array.from({ length: 10 }, (_, i) => `Nyt formål ${i + 1}`),
    );
  }, 240_000);

  it('marking 2 and 200 holdings deleted, none adjacent, makes the same calls and leaves the rows between unmarked', () => {
    const small = markCalls(2);
    const large = markCalls(200);
    console.info('Mark deleted calls: 2 holdings', small.total, '/ 200 holdings', large.total);
    expect(large.byMethod).toEqual(small.byMethod);
    expect(large.total).toBe(small.total);
    const extra = large.holdings.filter((h) => String(h.id).startsWith('h-old-'));
    const marked = extra.filter((h) => h.deletedOn instanceof Date || h.deletedOn);
    expect(marked.map((h) => h.id)).toEqual(Array.from({ length: 200 }, (_, i) => `h-old-${2 * i + 1}`));
  }, 240_000);
});
