// Property-based tests of the retention core over generated rules, dates, facts and
// arbitrary strings: parseRetention never throws and always explains itself, describe → parse
// gives every rule back, a due date is never before its trigger date, and status assessment
// never throws for whatever a sheet can hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRetention } from './describe.ts';
import { dueDate } from './dueDate.ts';
import { evaluateRegister } from './holdings.ts';
import { type ParsedRetention, parseRetention } from './parse.ts';
import { assessHolding, assessRoutine, type HoldingFacts, reviewIsStale } from './status.ts';
import {
  ANCHORS,
  type ManualRule,
  NAMED_CUSTOM_EVENTS,
  type Period,
  type RetentionRule,
  type RetentionTerm,
  TRIGGER_EVENTS,
  type TriggerDates,
} from './types.ts';

const periodArb: fc.Arbitrary<Period> = fc.record({
  years: fc.nat(30),
  months: fc.nat(40),
  weeks: fc.nat(12),
  days: fc.nat(400),
});

const ZERO_PERIOD: Period = { years: 0, months: 0, weeks: 0, days: 0 };

/** Custom events: the ones the parser knows by name, and words it knows nothing about. */
const CUSTOM_EVENTS = [
  ...NAMED_CUSTOM_EVENTS,
  'projektstart',
  'kursusstart',
  'bevillingens udløb',
  'the audit',
  'the grant period',
] as const;

/** A term of an event with a column of its own, from the event or from a year's end. */
const datedTermArb: fc.Arbitrary<RetentionTerm> = fc.record({
  period: fc.oneof(periodArb, fc.constant(ZERO_PERIOD)),
  trigger: fc.constantFrom(...TRIGGER_EVENTS.filter((t) => t !== 'customEvent')),
  anchor: fc.constantFrom(...ANCHORS),
});
/** A custom-event term; its name is set per rule (the log has one event-date column). */
const customTermArb: fc.Arbitrary<RetentionTerm> = fc.record({
  period: fc.oneof(periodArb, fc.constant(ZERO_PERIOD)),
  trigger: fc.constant('customEvent' as const),
  anchor: fc.constant('event' as const),
  event: fc.constant(''),
});
const termArb = fc.oneof({ weight: 4, arbitrary: datedTermArb }, { weight: 1, arbitrary: customTermArb });
const termsArb = (minLength: number) =>
  fc.uniqueArray(termArb, { minLength, maxLength: 3, selector: (t) => JSON.stringify(t) });

/** Every rule parseRetention can produce: terms are distinct (the parser merges repeats),
 * 'latest' needs two or more terms (with one term the two are the same rule), a floor has no
 * zero period, a rule with a floor may have no deadline, and all custom terms of a rule name
 * one event. */
const computedRuleArb: fc.Arbitrary<RetentionRule> = fc
  .record({
    terms: termsArb(0),
    floor: fc.option(termsArb(1), { nil: undefined }),
    customEvent: fc.constantFrom(...CUSTOM_EVENTS),
    latest: fc.boolean(),
    ceiling: fc.boolean(),
    legalHoldExtends: fc.boolean(),
  })
  .map(({ terms, floor, customEvent, latest, ceiling, legalHoldExtends }) => {
    const named = (t: RetentionTerm): RetentionTerm =>
      t.trigger === 'customEvent' ? { ...t, event: customEvent } : t;
    const floorTerms = (floor ?? []).filter((t) => JSON.stringify(t.period) !== JSON.stringify(ZERO_PERIOD));
    const deadline = terms.length === 0 && floorTerms.length === 0 ? [datedZeroTerm] : terms;
    return {
      kind: 'computed' as const,
      terms: deadline.map(named),
      ...(floorTerms.length > 0 ? { floor: floorTerms.map(named) } : {}),
      combine: latest && deadline.length > 1 ? ('latest' as const) : ('earliest' as const),
      ceiling: ceiling && deadline.length > 0,
      legalHoldExtends,
    };
  });
const datedZeroTerm: RetentionTerm = { period: ZERO_PERIOD, trigger: 'collected', anchor: 'event' };

/** Manual rules; 'empty' only without an extension (an extension is text, so not empty). */
const manualRuleArb: fc.Arbitrary<ManualRule> = fc.oneof(
  fc.record({
    kind: fc.constant('manual' as const),
    reason: fc.constantFrom(
      'purposeBased' as const,
      'caseByCase' as const,
      'unknownTrigger' as const,
      'notUnderstood' as const,
    ),
    legalHoldExtends: fc.boolean(),
  }),
  fc.constant({ kind: 'manual' as const, reason: 'empty' as const, legalHoldExtends: false }),
);

const ruleArb: fc.Arbitrary<RetentionRule> = fc.oneof(
  { weight: 4, arbitrary: computedRuleArb },
  { weight: 1, arbitrary: manualRuleArb },
);

/** ISO dates from 1950 to 2150. */
const isoDateArb: fc.Arbitrary<string> = fc
  .date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const fiscalYearEndArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([m, d]) => {
    const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
    return `${String(m).padStart(2, '0')}-${String(Math.min(d, max)).padStart(2, '0')}`;
  });

/** Words retention texts are made of, to throw the parser phrases that almost make sense. */
const retentionWordArb: fc.Arbitrary<string> = fc.constantFrom(
  '6',
  '1,5',
  'fem',
  'halvandet',
  'fireogtyve',
  'twenty-four',
  'a',
  'en',
  '½',
  '0',
  '999999',
  '1.000',
  'år',
  'måneder',
  'mdr.',
  'md.',
  'uger',
  'dage',
  'd.',
  'years',
  'months',
  'weeks',
  'days',
  'yrs',
  'efter',
  'fra',
  'after',
  'from',
  'ved',
  'of',
  'og',
  'and',
  'eller',
  'or',
  '+',
  'plus',
  '-',
  '–',
  ',',
  '.',
  ';',
  '(',
  ')',
  'modtagelse',
  'sidste kontakt',
  'ophør',
  'stillingen er besat',
  'udgangen af regnskabsåret',
  'bogføringsloven',
  'inaktivitet',
  'straks',
  'immediately',
  'indtil',
  'until',
  'så længe',
  'kundeforholdet',
  'formålet består',
  'op til',
  'max.',
  'senest',
  'within',
  'whichever is later',
  'hvad der kommer sidst',
  'det seneste af',
  'verserende krav',
  'legal claim',
  'medmindre',
  'konkret vurdering',
  'permanent',
  'ingen',
  'end',
  'endt',
);

const retentionLikeTextArb: fc.Arbitrary<string> = fc
  .array(retentionWordArb, { minLength: 0, maxLength: 14 })
  .map((words) => words.join(' '));

function wellFormed(p: ParsedRetention): void {
  expect(['computed', 'manual']).toContain(p.rule.kind);
  const notUnderstood =
    p.rule.kind === 'manual' && ['notUnderstood', 'unknownTrigger', 'empty'].includes(p.rule.reason);
  expect(p.understood).toBe(!notUnderstood);
  if (!p.understood) {
    expect(p.explanation?.da.length).toBeGreaterThan(0);
    expect(p.explanation?.en.length).toBeGreaterThan(0);
  }
  if (p.rule.kind === 'computed') {
    expect(p.rule.terms.length).toBeGreaterThan(0);
    for (const t of p.rule.terms) {
      for (const n of Object.values(t.period)) expect(Number.isInteger(n) && n >= 0).toBe(true);
    }
  }
}

describe('parseRetention on arbitrary text', () => {
  it('never throws and stays consistent for any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => wellFormed(parseRetention(s))),
      { numRuns: 500 },
    );
  });

  it('never throws for any Unicode, including emoji, lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => wellFormed(parseRetention(s))),
      { numRuns: 500 },
    );
    for (const s of [
      '\u0000\u0007\u001b',
      '🗑️ 6 måneder efter modtagelse 🙂',
      '\ud800 5 år',
      '\u202e5 år efter ophør',
    ]) {
      wellFormed(parseRetention(s));
    }
  });

  it('never throws for phrases made of retention words in any order', () => {
    fc.assert(
      fc.property(retentionLikeTextArb, (s) => wellFormed(parseRetention(s))),
      { numRuns: 2000 },
    );
  });

  it('answers quickly for long texts, including 50,000 characters of retention words', () => {
    const words = '6 måneder efter modtagelse eller 5 år fra udgangen af regnskabsåret, op til 1 år ';
    const long = words.repeat(Math.ceil(50_000 / words.length)).slice(0, 50_000);
    for (const text of [long, 'x'.repeat(50_000), '1 '.repeat(25_000), long.slice(0, 1999)]) {
      const started = Date.now();
      wellFormed(parseRetention(text));
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });
});

describe('describe → parse round trip', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`gives back every rule from its ${lang === 'da' ? 'Danish' : 'English'} description`, () => {
      fc.assert(
        fc.property(ruleArb, (rule) => {
          expect(parseRetention(describeRetention(rule, lang)).rule).toEqual(rule);
        }),
        { numRuns: 1000 },
      );
    });
  }
});

const eventsArb: fc.Arbitrary<TriggerDates> = fc.record(
  Object.fromEntries(TRIGGER_EVENTS.map((t) => [t, fc.option(isoDateArb, { nil: null })])) as Record<
    (typeof TRIGGER_EVENTS)[number],
    fc.Arbitrary<string | null>
  >,
);

describe('due-date invariants', () => {
  it('never puts a due date before its trigger date', () => {
    fc.assert(
      fc.property(termArb, isoDateArb, fiscalYearEndArb, (term, date, fye) => {
        const rule = {
          kind: 'computed' as const,
          terms: [term],
          combine: 'earliest' as const,
          ceiling: false,
          legalHoldExtends: false,
        };
        const due = dueDate(rule, { [term.trigger]: date }, { fiscalYearEnd: fye });
        expect(due).not.toBeNull();
        expect(due! >= date).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('never puts the due date of alternatives before the earliest event they count from', () => {
    fc.assert(
      fc.property(computedRuleArb, eventsArb, fiscalYearEndArb, (rule, events, fye) => {
        const due = dueDate(rule, events, { fiscalYearEnd: fye });
        if (rule.kind !== 'computed' || due === null) return;
        const used = rule.terms.map((t) => events[t.trigger]).filter((d): d is string => !!d);
        expect(used.length).toBeGreaterThan(0);
        expect(due >= [...used].sort()[0]).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives a date no later with "earliest" than with "latest" for the same terms', () => {
    fc.assert(
      fc.property(computedRuleArb, eventsArb, (rule, events) => {
        if (rule.kind !== 'computed') return;
        const earliest = dueDate({ ...rule, combine: 'earliest' }, events, { fiscalYearEnd: '12-31' });
        const latest = dueDate({ ...rule, combine: 'latest' }, events, { fiscalYearEnd: '12-31' });
        if (earliest !== null && latest !== null) expect(earliest <= latest).toBe(true);
      }),
    );
  });
});

describe('status invariants', () => {
  it('assesses any facts a sheet can hold without throwing, and overdue means a date before today', () => {
    const junk = fc.oneof(isoDateArb, fc.anything(), fc.string());
    const factsArb = fc.record({
      events: fc.oneof(
        eventsArb,
        fc.dictionary(fc.string(), junk) as fc.Arbitrary<TriggerDates>,
        fc.anything() as fc.Arbitrary<TriggerDates>,
      ),
      deletedOn: junk,
      legalHold: fc.oneof(fc.boolean(), fc.anything()),
      extendedUntil: junk,
    }) as fc.Arbitrary<HoldingFacts>;
    fc.assert(
      fc.property(
        factsArb,
        fc.option(ruleArb, { nil: null }),
        isoDateArb,
        fc.integer({ min: -5, max: 400 }),
        (h, rule, today, window) => {
          const a = assessHolding(h, rule, { today, dueSoonDays: window, fiscalYearEnd: '12-31' });
          expect([
            'deleted',
            'legalHold',
            'manual',
            'missingDate',
            'overdue',
            'dueSoon',
            'mayDelete',
            'floorReview',
            'ok',
          ]).toContain(a.status);
          // A minimum period is never overdue: it may be deleted from its date, and that date has come.
          if (a.status === 'mayDelete' || a.status === 'floorReview')
            expect(a.mayDeleteFrom! <= today).toBe(true);
          if (a.status === 'floorReview') expect(a.reviewFrom! <= today).toBe(true);
          // A floor-only rule that is ok has no deadline, and its first day of deletion is ahead.
          if (a.status === 'ok' && a.due === null) expect(a.mayDeleteFrom! > today).toBe(true);
          if (a.status === 'overdue') {
            expect(a.due! < today).toBe(true);
            expect(a.daysOverdue).toBeGreaterThan(0);
          } else {
            expect(a.daysOverdue).toBe(0);
          }
          if ((a.status === 'ok' || a.status === 'dueSoon') && a.due !== null)
            expect(a.due >= today).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('assesses any routine without throwing', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.oneof(isoDateArb, fc.anything()),
        isoDateArb,
        (cadence, lastRun, today) => {
          const a = assessRoutine({ cadence, lastRun } as never, { today, dueSoonDays: 14 });
          expect(['overdue', 'dueSoon', 'ok', 'never', 'none']).toContain(a.status);
          expect(typeof reviewIsStale(lastRun as never, today)).toBe('boolean');
        },
      ),
    );
  });
});

describe('register evaluation on arbitrary documents', () => {
  it('never throws, and reports every holding that is a row', () => {
    const cell = fc.oneof(
      fc.string(),
      isoDateArb,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      retentionLikeTextArb,
    );
    const rowArb = fc.dictionary(
      fc.constantFrom(
        'id',
        'name',
        'retention',
        'activity',
        'activityId',
        'subjectGroup',
        'dataCategoryId',
        'collected',
        'lastContact',
        'recordDate',
        'legalHold',
        'deletedOn',
        'extendedUntil',
        'routineCadence',
        'routineLastRun',
        'deletionRoutine',
      ),
      cell,
    );
    const sheet = fc.array(
      fc.oneof({ weight: 9, arbitrary: rowArb }, { weight: 1, arbitrary: fc.anything() }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        sheet,
        sheet,
        sheet,
        fc.dictionary(fc.string(), cell),
        isoDateArb,
        (activities, dataCategories, retentionLog, organisation, today) => {
          const doc = {
            schemaVersion: 1,
            lang: 'da' as const,
            organisation,
            sheets: { activities, dataCategories, retentionLog },
          };
          const r = evaluateRegister(doc as never, { today });
          const rowCount = retentionLog.filter((x) => typeof x === 'object' && x !== null).length;
          expect(r.holdings).toHaveLength(rowCount);
          for (const h of r.holdings) expect(h.row).toBeGreaterThanOrEqual(2);
        },
      ),
      { numRuns: 300 },
    );
  });
});
