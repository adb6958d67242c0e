import { describe, expect, it } from 'vitest';
import type { RetentionOverview } from '../../../addon/src/features/retention.ts';
import type { RetentionChange } from '../../../addon/src/features/retentionService.ts';
import { verifyDeletionChain } from '../../../shared/register/deletionLog.ts';
import { loadAddon } from '../harness.ts';
import { fakeRegister, sheetRows } from './fixtureRegister.ts';
import { callPublic, fixToday } from './helpers.ts';

function practice(userEmail = 'mette@nordlys-psykologi.dk') {
  const addon = loadAddon({ spreadsheet: fakeRegister(), locale: 'da_DK', userEmail });
  fixToday(addon, '2026-11-25');
  return addon;
}

const iso = (v: unknown) =>
  v instanceof Date ? v.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' }) : v;

describe('the retention overview', () => {
  it('writes every holding’s due date (as a date) and status word, and each routine’s, in one setValues per column block', () => {
    const addon = practice();
    addon.resetCalls();
    addon.ctx.openRetentionOverview();
    expect(addon.calls.snapshot()['Range.setValues']).toBe(2);
    const holdings = sheetRows(addon.ss, 'retentionLog');
    expect(holdings.map((h) => [h.reference, iso(h.due), h.status])).toEqual([
      ['K-2021-014', '2026-03-03', 'overskredet'],
      ['K-2021-022', '2026-08-20', 'overskredet'],
      ['K-2021-031', '2026-11-30', 'snart'],
      ['ANS-07', '2026-11-20', 'overskredet'],
      ['ANS-09', '2027-03-01', 'ok'],
      ['K-2025-003', '2030-10-02', 'ok'],
    ]);
    expect(holdings.every((h) => h.due instanceof Date)).toBe(true);
    const activities = sheetRows(addon.ss, 'activities');
    expect(activities.map((a) => [a.name, iso(a.routineDue), a.routineStatus])).toEqual([
      ['Klientbehandling', '2026-09-30', 'overskredet'],
      ['Lønadministration', '', ''],
      ['Rekruttering', '2026-10-15', 'overskredet'],
    ]);
    expect(addon.fakes.ui.dialogs.find((d) => d.kind === 'sidebar')?.title).toBe('Art30 · Frister');
  });

  it('gives the page counts and the overdue and due-soon entries, oldest first', () => {
    const addon = practice();
    const result = callPublic<RetentionOverview>(addon, 'getRetentionOverview');
    if (!result.ok) throw new Error(result.message);
    const o = result.value;
    expect(o.counts).toMatchObject({ overdue: 3, dueSoon: 1, ok: 2, deleted: 0 });
    expect(o.overdue.map((i) => [i.reference, i.daysOverdue])).toEqual([
      ['K-2021-014', 267],
      ['K-2021-022', 97],
      ['ANS-07', 5],
    ]);
    expect(o.dueSoon.map((i) => i.reference)).toEqual(['K-2021-031']);
    expect(o.overdue[0].ruleText).toBe('5 år efter sidste konsultation');
    expect(o.routines.map((r) => [r.activity, r.statusText])).toEqual([
      ['Klientbehandling', 'overskredet'],
      ['Rekruttering', 'overskredet'],
    ]);
    expect(o.workerStatus).toBeNull();
  });

  it('marks holdings deleted: chained deletion-log entries in one append, deletedOn on the holdings, evidence that survives removing the row', () => {
    const addon = practice();
    addon.resetCalls();
    const result = callPublic<RetentionChange>(addon, 'markDeleted', ['h-2021-014', 'h-app-07'], {
      method: 'Slettet',
      deletedOn: '2026-11-25',
    });
    if (!result.ok) throw new Error(result.message);
    const log = sheetRows(addon.ss, 'deletionLog');
    expect(
      log.map((e) => [
        e.holdingId,
        e.reference,
        e.activity,
        e.rule,
        iso(e.due),
        iso(e.deletedOn),
        e.deletedBy,
        e.method,
      ]),
    ).toEqual([
      [
        'h-2021-014',
        'K-2021-014',
        'Klientbehandling',
        '5 år efter sidste konsultation',
        '2026-03-03',
        '2026-11-25',
        'mette@nordlys-psykologi.dk',
        'Slettet',
      ],
      [
        'h-app-07',
        'ANS-07',
        'Rekruttering',
        '6 måneder efter modtagelse',
        '2026-11-20',
        '2026-11-25',
        'mette@nordlys-psykologi.dk',
        'Slettet',
      ],
    ]);
    const asCore = log.map((e) => ({ ...e, due: iso(e.due), deletedOn: iso(e.deletedOn) })) as never[];
    expect(verifyDeletionChain(asCore)).toEqual([]);
    // The first entry's prevHash (64 zeros) stays text in the sheet; Sheets would otherwise read it as 0.
    expect(log[0].prevHash).toBe('0'.repeat(64));
    const holdings = sheetRows(addon.ss, 'retentionLog');
    expect(holdings.filter((h) => h.deletedOn).map((h) => h.reference)).toEqual(['K-2021-014', 'ANS-07']);
    expect(holdings.find((h) => h.reference === 'ANS-07')?.status).toBe('slettet');
    expect(result.value.overview.counts.deleted).toBe(2);
    // One append for the log, one for due/status of holdings, one for routines; deletedOn in
    // one RangeList over the two marked rows (rows in between are not written).
    expect(addon.calls.snapshot()['Range.setValues']).toBe(3);
    expect(addon.calls.snapshot()['RangeList.setValue']).toBe(1);

    // The user later removes the holding's row: the evidence is still in the deletion log.
    addon.ss.sheet('Slettelog').deleteRows(2, 1);
    expect(sheetRows(addon.ss, 'deletionLog')[0].reference).toBe('K-2021-014');
  });

  it('asks once for a name when the user’s email is not available, and remembers it', () => {
    const addon = practice('');
    const first = callPublic(addon, 'markDeleted', ['h-2021-022'], {
      method: 'Makuleret',
      deletedOn: '2026-11-24',
    });
    expect(first).toMatchObject({ ok: false, code: 'deleterNameRequired' });
    expect(sheetRows(addon.ss, 'deletionLog')).toEqual([]);
    const named = callPublic(addon, 'markDeleted', ['h-2021-022'], {
      method: 'Makuleret',
      deletedOn: '2026-11-24',
      deletedByName: 'Mette Holm',
    });
    expect(named.ok).toBe(true);
    const again = callPublic(addon, 'markDeleted', ['h-app-07'], {
      method: 'Slettet',
      deletedOn: '2026-11-25',
    });
    expect(again.ok).toBe(true);
    expect(sheetRows(addon.ss, 'deletionLog').map((e) => e.deletedBy)).toEqual(['Mette Holm', 'Mette Holm']);
  });

  it('refuses a deletion date in the future, an unknown method and an already deleted holding, writing nothing', () => {
    const addon = practice();
    expect(
      callPublic(addon, 'markDeleted', ['h-app-07'], { method: 'Slettet', deletedOn: '2026-12-01' }),
    ).toMatchObject({ ok: false, code: 'deletedOnInFuture' });
    expect(
      callPublic(addon, 'markDeleted', ['h-app-07'], { method: 'Brændt', deletedOn: '2026-11-25' }),
    ).toMatchObject({ ok: false, code: 'methodInvalid' });
    expect(
      callPublic(addon, 'markDeleted', ['nope'], { method: 'Slettet', deletedOn: '2026-11-25' }),
    ).toMatchObject({ ok: false, code: 'holdingNotFound' });
    expect(sheetRows(addon.ss, 'deletionLog')).toEqual([]);
    expect(
      callPublic(addon, 'markDeleted', ['h-app-07'], { method: 'Slettet', deletedOn: '2026-11-25' }).ok,
    ).toBe(true);
    const twice = callPublic(addon, 'markDeleted', ['h-app-07'], {
      method: 'Slettet',
      deletedOn: '2026-11-25',
    });
    expect(twice).toMatchObject({
      ok: false,
      code: 'alreadyDeleted',
      message: expect.stringContaining('allerede markeret'),
    });
    expect(sheetRows(addon.ss, 'deletionLog')).toHaveLength(1);
  });

  it('extends a holding only with a reason and a date from today on, and shows it as extended', () => {
    const addon = practice();
    const noReason = callPublic(addon, 'extendHolding', 'h-2021-022', '2027-06-01', '  ');
    expect(noReason).toMatchObject({
      ok: false,
      code: 'extensionReasonRequired',
      message: expect.stringContaining('begrundelse'),
    });
    const past = callPublic(addon, 'extendHolding', 'h-2021-022', '2026-11-01', 'Verserende klagesag');
    expect(past).toMatchObject({ ok: false, code: 'extensionDateInPast' });
    expect(sheetRows(addon.ss, 'retentionLog')[1]).toMatchObject({ extendedUntil: '', extensionReason: '' });
    const done = callPublic<RetentionChange>(
      addon,
      'extendHolding',
      'h-2021-022',
      '2027-06-01',
      'Verserende klagesag',
    );
    if (!done.ok) throw new Error(done.message);
    const row = sheetRows(addon.ss, 'retentionLog')[1];
    expect([iso(row.extendedUntil), row.extensionReason, row.status]).toEqual([
      '2027-06-01',
      'Verserende klagesag',
      'forlænget',
    ]);
    expect(done.value.overview.overdue.map((i) => i.reference)).not.toContain('K-2021-022');
  });

  it('answers in English for an English register', () => {
    const addon = loadAddon({
      spreadsheet: fakeRegister(undefined, { lang: 'en' }),
      locale: 'en_GB',
      userEmail: 'a@b.dk',
    });
    fixToday(addon, '2026-11-25');
    addon.ctx.openRetentionOverview();
    expect(sheetRows(addon.ss, 'retentionLog', 'en').map((h) => h.status)).toContain('overdue');
    const bad = callPublic(addon, 'extendHolding', 'h-2021-022', '2027-06-01', '');
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('Give a reason') });
  });

  it('leaves evidence that Validate shows as edited when someone changes a deletion-log entry afterwards', () => {
    const addon = practice();
    expect(
      callPublic(addon, 'markDeleted', ['h-2021-014', 'h-app-07'], {
        method: 'Slettet',
        deletedOn: '2026-11-25',
      }).ok,
    ).toBe(true);
    addon.ctx.validateRegister();
    const clean = callPublic<{ issues: { sheet: string }[] }>(addon, 'getIssueSidebar');
    if (!clean.ok) throw new Error(clean.message);
    expect(clean.value.issues.filter((i) => i.sheet === 'deletionLog')).toEqual([]);

    // Someone changes who deleted the first entry.
    addon.ss.sheet('Sletningsbevis').getRange(2, 7).setValue('en anden');
    addon.ctx.validateRegister();
    const after = callPublic<{ issues: { sheet: string; row: number | null }[] }>(addon, 'getIssueSidebar');
    if (!after.ok) throw new Error(after.message);
    expect(after.value.issues.filter((i) => i.sheet === 'deletionLog').map((i) => i.row)).toContain(2);
  });
});
