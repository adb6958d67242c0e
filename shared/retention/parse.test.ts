import { describe, expect, it } from 'vitest';
import { parseRetention } from './parse.ts';
import type { Anchor, Period, RetentionRule, RetentionTerm, TriggerEvent } from './types.ts';

const P = (p: Partial<Period>): Period => ({ years: 0, months: 0, weeks: 0, days: 0, ...p });
function computed(
  terms: Array<[Partial<Period>, TriggerEvent, Anchor?]>,
  extra: Partial<{
    combine: 'earliest' | 'latest';
    ceiling: boolean;
    legalHoldExtends: boolean;
    floor: RetentionTerm[];
  }> = {},
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

/** A rule whose terms count from custom events: [period, event name]. */
function custom(terms: Array<[Partial<Period>, string]>): RetentionRule {
  return {
    kind: 'computed',
    terms: terms.map(([p, event]) => ({ period: P(p), trigger: 'customEvent', anchor: 'event', event })),
    combine: 'earliest',
    ceiling: false,
    legalHoldExtends: false,
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

  it('counts a bare period from collection, and says it assumed so and how to name another event', () => {
    const r = parseRetention('5 år');
    expect(r.rule).toEqual(computed([[{ years: 5 }, 'collected']]));
    expect(r.understood).toBe(true);
    expect(r.explanation?.da).toContain('modtagelsen');
    expect(r.explanation?.da).toContain('5 år efter ophør');
    expect(r.explanation?.en).toContain('collected');
    expect(r.explanation?.en).toContain('5 years after the end');
  });

  it('makes an event it does not know a named custom event, and says which column dates it', () => {
    const r = parseRetention('6 måneder efter projektstart');
    expect(r.rule).toEqual(custom([[{ months: 6 }, 'projektstart']]));
    expect(r.understood).toBe(true);
    expect(r.explanation?.da).toContain('"projektstart"');
    expect(r.explanation?.da).toContain('Hændelsesdato');
    expect(r.explanation?.en).toContain('Event date');
  });

  it('reviews manually a rule counting from two different events the log has no column for', () => {
    const r = parseRetention('6 måneder efter projektstart eller 1 år efter kursusstart');
    expect(r.rule).toEqual({ kind: 'manual', reason: 'unknownTrigger', legalHoldExtends: false });
    expect(r.understood).toBe(false);
    expect(r.explanation?.da).toContain('"kursusstart"');
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

// Issue 13: phrase families real registers use that the parser used to leave manual. Each test
// failed on the parser before that issue; the retention corpus holds more of each family.
const floorTerm = (p: Partial<Period>, trigger: TriggerEvent, anchor: Anchor = 'event'): RetentionTerm => ({
  period: P(p),
  trigger,
  anchor,
});

describe('parseRetention: the retention language of real registers', () => {
  it('reads health-record wording as the last contact', () => {
    for (const text of [
      '10 år efter seneste optegnelse i journalen',
      '10 år efter sidste journalnotat',
      '10 years after the last entry in the record',
      '10 years after the latest note in the record',
    ]) {
      expect(parseRetention(text).rule, text).toEqual(computed([[{ years: 10 }, 'lastContact']]));
    }
  });

  it('reads the withdrawal of consent in every verb form as the end of the relationship', () => {
    for (const text of [
      '30 dage efter tilbagekaldelse af samtykket',
      '30 dage efter at samtykket er tilbagetrukket',
      '30 dage efter den registrerede trækker sit samtykke tilbage',
      '30 dage efter tilbagetrækning af samtykke',
      '30 days after consent is withdrawn',
      '30 days after revocation of consent',
    ]) {
      expect(parseRetention(text).rule, text).toEqual(computed([[{ days: 30 }, 'relationshipEnded']]));
    }
  });

  it('counts from the end of the calendar year, not the financial year, and reads "indkomstår" so', () => {
    for (const text of [
      '5 år fra udgangen af kalenderåret',
      '5 år fra udgangen af indkomståret',
      '5 years from the end of the calendar year',
      '5 years from the end of the income year',
    ]) {
      expect(parseRetention(text).rule, text).toEqual(
        computed([[{ years: 5 }, 'recordDate', 'calendarYearEnd']]),
      );
    }
    expect(
      parseRetention('3 years after the end of the calendar year in which the contract ended').rule,
    ).toEqual(computed([[{ years: 3 }, 'relationshipEnded', 'calendarYearEnd']]));
  });

  it('reads reference periods, application and complaint deadlines as named custom events', () => {
    expect(parseRetention('5 år efter referenceperiodens udløb').rule).toEqual(
      custom([[{ years: 5 }, 'referencePeriodEnd']]),
    );
    expect(parseRetention('5 years after the end of the reference period').rule).toEqual(
      custom([[{ years: 5 }, 'referencePeriodEnd']]),
    );
    expect(parseRetention('Slettes 6 måneder efter ansøgningsfristens udløb').rule).toEqual(
      custom([[{ months: 6 }, 'applicationDeadline']]),
    );
    expect(parseRetention('6 months after the application deadline').rule).toEqual(
      custom([[{ months: 6 }, 'applicationDeadline']]),
    );
    expect(parseRetention('1 år efter klagefristens udløb').rule).toEqual(
      custom([[{ years: 1 }, 'complaintDeadline']]),
    );
    expect(parseRetention('until the deadline for complaints has expired').rule).toEqual(
      custom([[{}, 'complaintDeadline']]),
    );
  });

  it('reads the end of schooling and unsubscription as the end of the relationship', () => {
    for (const text of [
      '1 år efter endt skolegang',
      '1 år efter at eleven har forladt skolen',
      '1 year after the pupil leaves school',
      '1 year after the end of schooling',
      '1 år efter framelding af nyhedsbrevet',
      '1 year after opting out',
    ]) {
      expect(parseRetention(text).rule, text).toEqual(computed([[{ years: 1 }, 'relationshipEnded']]));
    }
  });

  it('reads an event with no period ("ved ophør", "upon withdrawal of consent") as a zero period', () => {
    for (const text of [
      'Slettes ved ophør',
      'Ved ophør af kundeforholdet',
      'Slettes ved afmelding',
      'Slettes ved tilbagekaldelse af samtykke',
      'Deleted on termination',
      'deleted upon withdrawal of consent',
      'deleted when the subscriber unsubscribes',
    ]) {
      expect(parseRetention(text).rule, text).toEqual(computed([[{}, 'relationshipEnded']]));
    }
  });

  it('reads "as long as … is active, then N" as N after the end', () => {
    for (const text of [
      'Så længe kontoen er aktiv, derefter 6 måneder',
      'Så længe kundeforholdet er aktivt og herefter 6 måneder',
      'Opbevares så længe medlemskabet er aktivt, og i 6 måneder derefter',
      'As long as the account is active, then 6 months',
      'for as long as the customer is active and 6 months thereafter',
      'while the subscription is active, plus 6 months',
    ]) {
      expect(parseRetention(text).rule, text).toEqual(computed([[{ months: 6 }, 'relationshipEnded']]));
    }
    // A ceiling after a "while" clause is still a ceiling from collection, not a period after.
    expect(parseRetention('så længe kundeforholdet består, dog højst 5 år').rule).toEqual(
      computed(
        [
          [{}, 'relationshipEnded'],
          [{ years: 5 }, 'collected'],
        ],
        { ceiling: true },
      ),
    );
  });

  it('takes the earliest of alternatives joined by "eller"/"or", new families included', () => {
    expect(parseRetention('5 år efter ophør eller 10 år efter seneste optegnelse i journalen').rule).toEqual(
      computed([
        [{ years: 5 }, 'relationshipEnded'],
        [{ years: 10 }, 'lastContact'],
      ]),
    );
    expect(
      parseRetention('3 years after the end of the calendar year or 2 years after termination').rule,
    ).toEqual(
      computed([
        [{ years: 3 }, 'recordDate', 'calendarYearEnd'],
        [{ years: 2 }, 'relationshipEnded'],
      ]),
    );
  });

  it('reads "mindst", "at least" and "minimum" as a floor, apart from any ceiling', () => {
    expect(parseRetention('Mindst 5 år efter ophør').rule).toEqual(
      computed([], { floor: [floorTerm({ years: 5 }, 'relationshipEnded')] }),
    );
    expect(parseRetention('minimum 3 years from collection').rule).toEqual(
      computed([], { floor: [floorTerm({ years: 3 }, 'collected')] }),
    );
    const both = computed([[{ years: 10 }, 'relationshipEnded']], {
      ceiling: true,
      floor: [floorTerm({ years: 5 }, 'relationshipEnded')],
    });
    expect(parseRetention('mindst 5 og højst 10 år efter ophør').rule).toEqual(both);
    expect(parseRetention('at least 5 and at most 10 years after termination').rule).toEqual(both);
    expect(parseRetention('mindst 5 år efter ophør, dog højst 10 år').rule).toEqual(both);
  });
});
