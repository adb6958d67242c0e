import { describe, expect, it } from 'vitest';
import { parseRetention } from './parse.ts';
import type { Period, RetentionRule, TriggerEvent } from './types.ts';

const P = (p: Partial<Period>): Period => ({ years: 0, months: 0, weeks: 0, days: 0, ...p });
function computed(
  terms: Array<[Partial<Period>, TriggerEvent, ('event' | 'fiscalYearEnd')?]>,
  extra: Partial<{ combine: 'earliest' | 'latest'; ceiling: boolean; legalHoldExtends: boolean }> = {},
): RetentionRule {
  return {
    kind: 'computed',
    terms: terms.map(([p, trigger, anchor]) => ({ period: P(p), trigger, anchor: anchor ?? 'event' })),
    combine: 'earliest',
    ceiling: false,
    legalHoldExtends: false,
    ...extra,
  };
}

describe('parseRetention', () => {
  it('reads a period and the event it counts from, in Danish and English', () => {
    expect(parseRetention('6 måneder efter modtagelse').rule).toEqual(
      computed([[{ months: 6 }, 'collected']]),
    );
    expect(parseRetention('3 mdr. efter sidste konsultation').rule).toEqual(
      computed([[{ months: 3 }, 'lastContact']]),
    );
    expect(parseRetention('24 months after the end of the customer relationship').rule).toEqual(
      computed([[{ months: 24 }, 'relationshipEnded']]),
    );
    expect(parseRetention('6 months after the position is filled').rule).toEqual(
      computed([[{ months: 6 }, 'purposeFulfilled']]),
    );
  });

  it('counts "from the end of the financial year" from the record date, or from the event it names', () => {
    expect(parseRetention('5 år fra udgangen af regnskabsåret').rule).toEqual(
      computed([[{ years: 5 }, 'recordDate', 'fiscalYearEnd']]),
    );
    expect(parseRetention('5 år, jf. bogføringsloven § 12').rule).toEqual(
      computed([[{ years: 5 }, 'recordDate', 'fiscalYearEnd']]),
    );
    expect(
      parseRetention('5 years from the end of the financial year in which the employment ended').rule,
    ).toEqual(computed([[{ years: 5 }, 'relationshipEnded', 'fiscalYearEnd']]));
  });

  it('reads spelled-out numbers, halves and compound periods', () => {
    expect(parseRetention('fem år efter ophør').rule).toEqual(
      computed([[{ years: 5 }, 'relationshipEnded']]),
    );
    expect(parseRetention('halvandet år efter fratrædelse').rule).toEqual(
      computed([[{ years: 1, months: 6 }, 'relationshipEnded']]),
    );
    expect(parseRetention('1 år og 6 måneder efter sidste køb').rule).toEqual(
      computed([[{ years: 1, months: 6 }, 'lastContact']]),
    );
    expect(parseRetention('fireogtyve mdr. efter sidste kontakt').rule).toEqual(
      computed([[{ months: 24 }, 'lastContact']]),
    );
    expect(parseRetention('two years and three months after termination').rule).toEqual(
      computed([[{ years: 2, months: 3 }, 'relationshipEnded']]),
    );
    expect(parseRetention('2,5 år efter fratrædelse').rule).toEqual(
      computed([[{ years: 2, months: 6 }, 'relationshipEnded']]),
    );
  });

  it('does not read "end" as "en d" (one day)', () => {
    expect(parseRetention('end of employment plus 5 years').rule).toEqual(
      computed([[{ years: 5 }, 'relationshipEnded']]),
    );
  });

  it('marks ceilings and counts a ceiling without an event from collection, saying so', () => {
    const r = parseRetention('op til 1 år');
    expect(r.rule).toEqual(computed([[{ years: 1 }, 'collected']], { ceiling: true }));
    expect(r.understood).toBe(true);
    expect(r.explanation?.da).toContain('modtagelsen');
    expect(r.explanation?.en).toContain('collected');
    expect(parseRetention('Maks. 6 måneder efter sidste kontakt').rule).toEqual(
      computed([[{ months: 6 }, 'lastContact']], { ceiling: true }),
    );
  });

  it('reads a restated period with its event once: "senest 5 år – ved 5 års inaktivitet"', () => {
    expect(parseRetention('senest 5 år – ved 5 års inaktivitet').rule).toEqual(
      computed([[{ years: 5 }, 'lastContact']], { ceiling: true }),
    );
  });

  it('reads alternatives as the earliest unless the text says the later one wins', () => {
    expect(parseRetention('2 måneder efter afslag eller 4 måneder efter modtagelse').rule).toEqual(
      computed([
        [{ months: 2 }, 'purposeFulfilled'],
        [{ months: 4 }, 'collected'],
      ]),
    );
    expect(
      parseRetention('1 år efter ophør eller 3 år efter oprettelse, hvad der kommer sidst').rule,
    ).toEqual(
      computed(
        [
          [{ years: 1 }, 'relationshipEnded'],
          [{ years: 3 }, 'collected'],
        ],
        { combine: 'latest' },
      ),
    );
  });

  it('reads "straks" as a zero period, once the purpose is fulfilled unless an event is named', () => {
    const bare = parseRetention('slettes straks');
    expect(bare.rule).toEqual(computed([[{}, 'purposeFulfilled']]));
    expect(bare.explanation?.en).toContain('purpose');
    expect(parseRetention('immediately upon termination').rule).toEqual(
      computed([[{}, 'relationshipEnded']]),
    );
  });

  it('records a legal-hold extension without reading its words as a period', () => {
    expect(
      parseRetention('6 måneder efter modtagelse, kan opbevares længere ved verserende krav/tvister').rule,
    ).toEqual(computed([[{ months: 6 }, 'collected']], { legalHoldExtends: true }));
    expect(parseRetention('5 år efter ophør, kan forlænges med 1 år ved verserende tvist').rule).toEqual(
      computed([[{ years: 5 }, 'relationshipEnded']], { legalHoldExtends: true }),
    );
  });

  it('turns texts without a computable date into an understood manual rule', () => {
    for (const [text, reason] of [
      ['så længe formålet består', 'purposeBased'],
      ['Formålsbaseret', 'purposeBased'],
      ['efter konkret vurdering', 'caseByCase'],
      ['as long as necessary', 'purposeBased'],
    ] as const) {
      const r = parseRetention(text);
      expect(r.rule, text).toEqual({ kind: 'manual', reason, legalHoldExtends: false });
      expect(r.understood, text).toBe(true);
      expect(r.explanation?.da, text).toContain('manuelt');
    }
  });

  it('never guesses the event of a bare period: it asks for it in both languages', () => {
    const r = parseRetention('5 år');
    expect(r.rule).toEqual({ kind: 'manual', reason: 'unknownTrigger', legalHoldExtends: false });
    expect(r.understood).toBe(false);
    expect(r.explanation?.da).toContain('5 år');
    expect(r.explanation?.en).toContain('5 years');
  });

  it('names the event it did not understand', () => {
    const r = parseRetention('6 måneder efter projektstart');
    expect(r.rule).toEqual({ kind: 'manual', reason: 'unknownTrigger', legalHoldExtends: false });
    expect(r.understood).toBe(false);
    expect(r.explanation?.da).toContain('"projektstart"');
    expect(r.explanation?.en).toContain('"projektstart"');
  });

  it('says what is wrong with empty, permanent, fractional and absurd texts', () => {
    expect(parseRetention('').rule).toEqual({ kind: 'manual', reason: 'empty', legalHoldExtends: false });
    expect(parseRetention('  ').rule.kind).toBe('manual');
    expect(parseRetention('Ingen').rule).toEqual({
      kind: 'manual',
      reason: 'empty',
      legalHoldExtends: false,
    });
    const permanent = parseRetention('Opbevares permanent');
    expect(permanent.rule).toEqual({ kind: 'manual', reason: 'notUnderstood', legalHoldExtends: false });
    expect(permanent.explanation?.en).toContain('permanently');
    expect(parseRetention('1,5 måned efter modtagelse').explanation?.da).toContain('1,5 måned');
    expect(parseRetention('500 år efter modtagelse').explanation?.en).toContain('200 years');
    const gibberish = parseRetention('ask Bente');
    expect(gibberish.understood).toBe(false);
    expect(gibberish.explanation?.da).not.toBe('');
  });

  it('refuses texts too long to be a rule without reading them', () => {
    const r = parseRetention(`6 måneder efter modtagelse ${'x'.repeat(5000)}`);
    expect(r.understood).toBe(false);
    expect(r.explanation?.en).toContain('too long');
  });
});
