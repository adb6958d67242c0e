// Two sidebars marking holdings deleted at the same moment: the document lock lets only one
// execution read the Deletion log's chain head and append to it at a time, so the hash chain
// holds with both entries, and the one turned away changes nothing and says so.

import { describe, expect, it } from 'vitest';
import { verifyDeletionChain } from '../../../shared/register/deletionLog.ts';
import { fakeRegister, sheetRows } from '../features/fixtureRegister.ts';
import { callPublic, fixToday } from '../features/helpers.ts';
import { loadAddon } from '../harness.ts';

const iso = (v: unknown) =>
  v instanceof Date ? v.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' }) : v;

const OPTIONS = { method: 'Slettet', deletedOn: '2026-11-25' };

describe('two Mark deleted calls from two sidebars at once', () => {
  it('the call that finds the lock held writes nothing and says so; tried again, both entries stand in one valid hash chain', () => {
    const addon = loadAddon({
      spreadsheet: fakeRegister(),
      locale: 'da_DK',
      userEmail: 'mette@nordlys-psykologi.dk',
    });
    fixToday(addon, '2026-11-25');
    const jonas = 'jonas@nordlys-psykologi.dk';
    let during: ReturnType<typeof callPublic> | undefined;
    let logDuring: unknown[] = [];
    // Jonas's sidebar calls Mark deleted while Mette's call holds the lock, between its read and its first write.
    addon.ss.whileScriptRuns(() => {
      during = addon.asUser(jonas, () => callPublic(addon, 'markDeleted', ['h-app-07'], OPTIONS));
      logDuring = sheetRows(addon.ss, 'deletionLog');
    });
    const first = callPublic(addon, 'markDeleted', ['h-2021-014'], OPTIONS);
    expect(first.ok).toBe(true);
    expect(during).toMatchObject({ ok: false, code: 'busy', message: expect.stringContaining('prøv igen') });
    expect(logDuring).toEqual([]);
    // Jonas's sidebar tries again once Mette's call has released the lock.
    const again = addon.asUser(jonas, () => callPublic(addon, 'markDeleted', ['h-app-07'], OPTIONS));
    expect(again.ok).toBe(true);

    const log = sheetRows(addon.ss, 'deletionLog');
    expect(log.map((e) => [e.holdingId, e.deletedBy])).toEqual([
      ['h-2021-014', 'mette@nordlys-psykologi.dk'],
      ['h-app-07', jonas],
    ]);
    expect(log[0].prevHash).toBe('0'.repeat(64));
    expect(log[1].prevHash).toBe(log[0].hash);
    const asCore = log.map((e) => ({ ...e, due: iso(e.due), deletedOn: iso(e.deletedOn) })) as never[];
    expect(verifyDeletionChain(asCore)).toEqual([]);
    const holdings = sheetRows(addon.ss, 'retentionLog');
    expect(holdings.filter((h) => h.deletedOn).map((h) => h.id)).toEqual(['h-2021-014', 'h-app-07']);
  });
});
