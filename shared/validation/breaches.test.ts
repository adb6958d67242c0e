// Validate on the Breaches sheet, one rule at a time. Times worked out by hand: "now" is
// Wednesday 25 November 2026 at 12:00 in Copenhagen (UTC+1 in winter); a breach known from
// Tuesday 24 November 09:00 must be notified by Friday 27 November 09:00.

import { describe, expect, it } from 'vitest';
import { registerWith, TODAY } from '../../test/fixtures/validation.ts';
import type { DocumentRow, Issue } from '../register/types.ts';
import { validateRegister } from './validate.ts';

const NOW = Date.UTC(2026, 10, 25, 11, 0); // 12:00 in Copenhagen

const breach = (extra: DocumentRow): DocumentRow => ({
  id: 'b1',
  reference: 'BRUD-2026-3',
  awareAt: '2026-11-24T09:00:00+01:00',
  description: 'En bærbar computer blev stjålet fra en bil.',
  risk: 'Risiko',
  responsible: 'ida@firma.dk',
  ...extra,
});

function issuesFor(extra: DocumentRow, lang: 'da' | 'en' = 'en', now = NOW): Issue[] {
  const doc = registerWith((d) => {
    d.sheets.breaches = [breach(extra)];
  });
  return validateRegister(doc, { today: TODAY, lang, now, timeZone: 'Europe/Copenhagen' }).filter(
    (i) => i.sheet === 'breaches',
  );
}
const summary = (issues: Issue[]) => issues.map((i) => [i.code, i.severity, i.column, i.row]);

describe('the Breaches sheet in Validate', () => {
  it('a breach with a risk, not yet notified inside the 72 hours, is a warning that names the deadline', () => {
    const issues = issuesFor({});
    expect(summary(issues)).toEqual([['breachNotifyDue', 'warning', 'authorityNotifiedAt', 2]]);
    expect(issues[0]!.message).toBe(
      'The breach has not been notified to Datatilsynet yet. The deadline is Friday 27 November 2026 at 09:00.',
    );
  });

  it('the warning reads in Danish too', () => {
    expect(issuesFor({}, 'da')[0]!.message).toBe(
      'Bruddet er ikke anmeldt til Datatilsynet endnu. Fristen er fredag 27. november 2026 kl. 09:00.',
    );
  });

  it('an unassessed breach counts as a risk', () => {
    expect(summary(issuesFor({ risk: '' }))).toEqual([
      ['breachNotifyDue', 'warning', 'authorityNotifiedAt', 2],
    ]);
  });

  it('once the 72 hours have passed without a notification it is an error', () => {
    // Aware Saturday 21 Nov 10:30 → due Tuesday 24 Nov 10:30, a day before now.
    const issues = issuesFor({ awareAt: '2026-11-21T10:30:00+01:00' });
    expect(summary(issues)).toEqual([['breachNotifyOverdue', 'error', 'authorityNotifiedAt', 2]]);
    expect(issues[0]!.message).toBe(
      'The breach has not been notified to Datatilsynet, and the deadline passed Tuesday 24 November 2026 at 10:30.',
    );
  });

  it('the clock is read at the "now" Validate is given, to the second', () => {
    const deadline = Date.UTC(2026, 10, 27, 8, 0);
    expect(summary(issuesFor({}, 'en', deadline))[0]![0]).toBe('breachNotifyDue');
    expect(summary(issuesFor({}, 'en', deadline + 1000))[0]![0]).toBe('breachNotifyOverdue');
  });

  it('a breach assessed as no risk needs no notification', () => {
    expect(issuesFor({ risk: 'Ingen risiko', awareAt: '2026-11-01T09:00:00+01:00' })).toEqual([]);
  });

  it('a notification inside the 72 hours gives no issue', () => {
    expect(issuesFor({ authorityNotifiedAt: '2026-11-25T10:00:00+01:00' })).toEqual([]);
  });

  it('a notification after the 72 hours without a reason for the delay is an error', () => {
    const late = { awareAt: '2026-11-21T10:30:00+01:00', authorityNotifiedAt: '2026-11-25T10:00:00+01:00' };
    expect(summary(issuesFor(late))).toEqual([['breachLateWithoutReason', 'error', 'delayReason', 2]]);
    expect(
      issuesFor({ ...late, delayReason: 'Omfanget blev først klart efter IT-leverandørens analyse.' }),
    ).toEqual([]);
  });

  it('a time with another offset names the same instant: 08:00 UTC is 09:00 in Copenhagen', () => {
    expect(issuesFor({ awareAt: '2026-11-24T08:00:00Z' })[0]!.message).toBe(
      'The breach has not been notified to Datatilsynet yet. The deadline is Friday 27 November 2026 at 09:00.',
    );
  });

  it('a high risk without informing the data subjects, or an Art. 34(3) ground, is an error', () => {
    const high = { risk: 'Høj risiko', authorityNotifiedAt: '2026-11-24T15:00:00+01:00' };
    expect(summary(issuesFor(high))).toEqual([
      ['breachSubjectsNotInformed', 'error', 'subjectsInformedAt', 2],
    ]);
    expect(issuesFor({ ...high, subjectsInformedAt: '2026-11-25T09:00:00+01:00' })).toEqual([]);
    expect(
      issuesFor({ ...high, subjectsNotInformedGround: 'Uforståelige for andre (fx krypteret)' }),
    ).toEqual([]);
  });

  it("a processor's breach without notice to its controller is an error, and needs no notice to Datatilsynet", () => {
    expect(summary(issuesFor({ role: 'Databehandler' }))).toEqual([
      ['breachControllerNotNotified', 'error', 'controllerNotifiedAt', 2],
    ]);
    expect(issuesFor({ role: 'Databehandler', controllerNotifiedAt: '2026-11-24T11:00:00+01:00' })).toEqual(
      [],
    );
  });

  it('a breach without the time of awareness is an error', () => {
    expect(summary(issuesFor({ awareAt: '' }))).toEqual([['breachAwarenessMissing', 'error', 'awareAt', 2]]);
  });

  it('awareness recorded before the breach started is a warning', () => {
    const issues = issuesFor({
      startedAt: '2026-11-24T10:00:00+01:00',
      authorityNotifiedAt: '2026-11-25T09:00:00+01:00',
    });
    expect(summary(issues)).toEqual([['breachAwareBeforeStart', 'warning', 'awareAt', 2]]);
  });

  it('a date-time without an offset is an unreadable cell, not a missing one', () => {
    const issues = issuesFor({ awareAt: '24-11-2026 09:00' });
    expect(summary(issues)).toEqual([['invalidDateTime', 'warning', 'awareAt', 2]]);
  });
});
