import { describe, expect, it } from 'vitest';
import { describePeriod, describeRetention } from './describe.ts';
import { parseRetention } from './parse.ts';

const rule = (text: string) => parseRetention(text).rule;

describe('describeRetention', () => {
  it('renders a rule in plain Danish and English', () => {
    const r = rule('3 mdr. efter sidste konsultation');
    expect(describeRetention(r, 'da')).toBe('3 måneder efter sidste kontakt');
    expect(describeRetention(r, 'en')).toBe('3 months after the last contact');
    const fy = rule('5 år, jf. bogføringsloven');
    expect(describeRetention(fy, 'da')).toBe('5 år fra udgangen af regnskabsåret');
    expect(describeRetention(fy, 'en')).toBe('5 years from the end of the financial year');
  });

  it('says ceilings, alternatives, "immediately" and legal-hold extensions out loud', () => {
    expect(describeRetention(rule('op til 1 år'), 'da')).toBe('Højst 1 år efter modtagelse');
    expect(
      describeRetention(
        rule('6 months after rejection or 12 months after receipt, whichever is later'),
        'en',
      ),
    ).toBe('6 months after the purpose is fulfilled or 12 months after collection, whichever is later');
    expect(describeRetention(rule('slettes straks'), 'da')).toBe('Straks efter at formålet er opfyldt');
    expect(describeRetention(rule('5 år efter ophør, medmindre der verserer en tvist'), 'da')).toBe(
      '5 år efter forholdets ophør. Kan opbevares længere ved verserende krav eller tvister.',
    );
  });

  it('describes manual rules as needing a manual review', () => {
    expect(describeRetention(rule('formålsbaseret'), 'da')).toContain('manuelt');
    expect(describeRetention(rule('case by case'), 'en')).toContain('manually');
    expect(
      describeRetention({ kind: 'manual', reason: 'unknownTrigger', legalHoldExtends: false }, 'en'),
    ).toContain('no date in the retention log');
    expect(describeRetention(rule(''), 'da')).toBe('');
  });

  it('spells periods with singular and plural units', () => {
    expect(describePeriod({ years: 1, months: 1, weeks: 1, days: 1 }, 'da')).toBe(
      '1 år, 1 måned, 1 uge og 1 dag',
    );
    expect(describePeriod({ years: 2, months: 0, weeks: 0, days: 3 }, 'en')).toBe('2 years and 3 days');
    expect(describePeriod({ years: 0, months: 0, weeks: 0, days: 0 }, 'en')).toBe('immediately');
  });

  it('says "mindst"/"at least" for a floor and keeps a ceiling apart from it', () => {
    expect(describeRetention(rule('mindst 5 og højst 10 år efter ophør'), 'da')).toBe(
      'Mindst 5 år efter forholdets ophør; højst 10 år efter forholdets ophør',
    );
    expect(describeRetention(rule('at least 5 years after termination'), 'en')).toBe(
      'At least 5 years after the end of the relationship',
    );
  });

  it("names custom events and calendar years in the reader's language", () => {
    expect(describeRetention(rule('6 måneder efter ansøgningsfristens udløb'), 'en')).toBe(
      '6 months after the application deadline',
    );
    expect(describeRetention(rule('6 months after projektstart'), 'da')).toBe('6 måneder efter projektstart');
    expect(describeRetention(rule('5 år fra udgangen af indkomståret'), 'en')).toBe(
      '5 years from the end of the calendar year',
    );
  });
});
