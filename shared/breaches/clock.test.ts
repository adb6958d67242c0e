// The 72-hour clock of Art. 33(1), counted in real hours from awareness. Expected instants are
// worked by hand from the 2026 Copenhagen calendar: summer time from Sunday 29 March 01:00 UTC,
// winter time from Sunday 25 October 01:00 UTC.
import { describe, expect, it } from 'vitest';
import { formatInstant, parseIsoDateTime } from '../calendar/instant.ts';
import { type BreachFacts, breachProblems, dueMilestone, isOpen } from './assess.ts';
import { milestoneReached, nextMilestone, notifiedLate, notifyBy } from './clock.ts';
import { describeInstant, notifyByText } from './describe.ts';

const CPH = 'Europe/Copenhagen';
const at = (iso: string) => {
  const t = parseIsoDateTime(iso);
  if (t === null) throw new Error(`test: ${iso}`);
  return t;
};
const HOUR = 3_600_000;

describe('the 72 hours from awareness', () => {
  it('cross the spring change: aware Friday 09:00 winter time, notify by Monday 10:00 summer time', () => {
    const aware = at('2026-03-27T09:00:00+01:00');
    expect(formatInstant(notifyBy(aware), CPH)).toBe('2026-03-30T10:00:00+02:00');
    expect(notifyBy(aware) - aware).toBe(72 * HOUR);
  });

  it('cross the autumn change: aware Friday 09:00 summer time, notify by Monday 08:00 winter time', () => {
    const aware = at('2026-10-23T09:00:00+02:00');
    expect(formatInstant(notifyBy(aware), CPH)).toBe('2026-10-26T08:00:00+01:00');
  });

  it('run from awareness, not from the start of the breach', () => {
    const facts = breach({
      startedAt: at('2026-03-20T10:00:00+01:00'),
      awareAt: at('2026-03-27T09:00:00+01:00'),
    });
    const [problem] = breachProblems(facts, at('2026-03-28T09:00:00+01:00'));
    expect(problem).toEqual({
      code: 'notifyDue',
      severity: 'warning',
      notifyBy: at('2026-03-30T10:00:00+02:00'),
    });
  });

  it('are the same instant whatever offset the awareness was written with', () => {
    const written = ['2026-06-10T14:32:00+02:00', '2026-06-10T12:32:00Z', '2026-06-10T08:32:00-04:00'];
    const deadlines = written.map((w) => notifyBy(at(w)));
    expect(new Set(deadlines).size).toBe(1);
    expect(formatInstant(deadlines[0], CPH)).toBe('2026-06-13T14:32:00+02:00');
  });

  it('reach the milestones 24, 48, 60 and 72 hours in turn', () => {
    const aware = at('2026-03-27T09:00:00+01:00');
    expect(milestoneReached(aware, aware + 23 * HOUR + 59 * 60_000)).toBeNull();
    expect(milestoneReached(aware, aware + 24 * HOUR)).toBe(24);
    expect(milestoneReached(aware, aware + 59 * HOUR)).toBe(48);
    expect(milestoneReached(aware, aware + 60 * HOUR)).toBe(60);
    expect(milestoneReached(aware, aware + 500 * HOUR)).toBe(72);
    expect(nextMilestone(aware, aware + 30 * HOUR)).toEqual({ hours: 48, at: aware + 48 * HOUR });
    expect(nextMilestone(aware, aware + 72 * HOUR)).toBeNull();
    expect(notifiedLate(aware, aware + 72 * HOUR)).toBe(false);
    expect(notifiedLate(aware, aware + 72 * HOUR + 1)).toBe(true);
  });

  it('are said in words on the register’s wall clock, in Danish and English', () => {
    const aware = at('2026-03-27T09:00:00+01:00');
    expect(notifyByText(aware, CPH)).toEqual({
      da: 'Datatilsynet skal have besked senest mandag 30. marts 2026 kl. 10:00.',
      en: 'Datatilsynet must be notified by Monday 30 March 2026 at 10:00.',
    });
    expect(describeInstant(at('2026-12-04T14:32:00+01:00'), CPH, 'da')).toBe(
      'fredag 4. december 2026 kl. 14:32',
    );
    expect(describeInstant(at('1969-12-31T23:00:00Z'), 'UTC', 'en')).toBe(
      'Wednesday 31 December 1969 at 23:00',
    );
  });
});

function breach(over: Partial<BreachFacts> = {}): BreachFacts {
  return {
    startedAt: null,
    awareAt: at('2026-03-27T09:00:00+01:00'),
    risk: 'risk',
    role: 'controller',
    authorityNotifiedAt: null,
    delayReason: '',
    controllerNotifiedAt: null,
    subjectsInformedAt: null,
    subjectsNotInformedGround: null,
    ...over,
  };
}

describe('what is wrong with a breach record', () => {
  const aware = at('2026-03-27T09:00:00+01:00');
  const codes = (b: BreachFacts, now: number) => breachProblems(b, now).map((p) => `${p.severity}:${p.code}`);

  it('an unnotified risk is a warning within the 72 hours and an error after; unassessed counts as a risk', () => {
    expect(codes(breach(), aware + 71 * HOUR)).toEqual(['warning:notifyDue']);
    expect(codes(breach(), aware + 72 * HOUR + 1)).toEqual(['error:notifyOverdue']);
    expect(codes(breach({ risk: null }), aware + 73 * HOUR)).toEqual(['error:notifyOverdue']);
    expect(codes(breach({ risk: 'noRisk' }), aware + 500 * HOUR)).toEqual([]);
    expect(isOpen(breach({ risk: null }))).toBe(true);
    expect(isOpen(breach({ risk: 'noRisk' }))).toBe(false);
  });

  it('a notification after 72 hours needs its reasons for the delay', () => {
    const late = breach({ authorityNotifiedAt: aware + 80 * HOUR });
    expect(codes(late, aware + 90 * HOUR)).toEqual(['error:lateWithoutReason']);
    expect(codes({ ...late, delayReason: 'Omfanget var uklart til mandag' }, aware + 90 * HOUR)).toEqual([]);
    expect(codes(breach({ authorityNotifiedAt: aware + 70 * HOUR }), aware + 90 * HOUR)).toEqual([]);
    expect(isOpen(late)).toBe(false);
  });

  it('a high risk needs the data subjects informed, or an Art. 34(3) ground', () => {
    const high = breach({ risk: 'highRisk', authorityNotifiedAt: aware + HOUR });
    expect(codes(high, aware + 2 * HOUR)).toEqual(['error:highRiskSubjectsNotInformed']);
    expect(codes({ ...high, subjectsInformedAt: aware + 2 * HOUR }, aware + 3 * HOUR)).toEqual([]);
    expect(codes({ ...high, subjectsNotInformedGround: 'unintelligible' }, aware + 3 * HOUR)).toEqual([]);
  });

  it("a processor's breach needs notice to its controller, and the authority clock is the controller's", () => {
    const processor = breach({ role: 'processor' });
    expect(codes(processor, aware + 100 * HOUR)).toEqual(['error:controllerNotNotified']);
    const told = { ...processor, controllerNotifiedAt: aware + 5 * HOUR };
    expect(codes(told, aware + 100 * HOUR)).toEqual([]);
    expect([isOpen(processor), isOpen(told)]).toEqual([true, false]);
  });

  it('a missing awareness time stops the clock with an error; awareness before the start is a warning', () => {
    expect(codes(breach({ awareAt: null }), aware)).toEqual(['error:awarenessMissing']);
    expect(codes(breach({ startedAt: aware + HOUR, risk: 'noRisk' }), aware + 2 * HOUR)).toEqual([
      'warning:awareBeforeStart',
    ]);
  });

  it('reminds an open breach at its latest milestone, a closed one never', () => {
    expect(dueMilestone(breach(), aware + 50 * HOUR)).toBe(48);
    expect(dueMilestone(breach({ authorityNotifiedAt: aware + HOUR }), aware + 50 * HOUR)).toBeNull();
    expect(dueMilestone(breach({ risk: 'noRisk' }), aware + 50 * HOUR)).toBeNull();
  });
});
