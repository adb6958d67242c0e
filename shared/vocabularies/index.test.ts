import { describe, expect, it } from 'vitest';
import { COUNTRIES, COUNTRIES_AS_OF, countryByCode } from './countries.ts';
import {
  entryById,
  findEntry,
  labelOf,
  labels,
  normaliseTerm,
  spellingsOf,
  VOCABULARIES,
  VOCABULARY_IDS,
} from './index.ts';
import type { VocabularyId } from './types.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('vocabularies', () => {
  it.each(VOCABULARY_IDS)('no label of %s contains a comma, in either language', (vocab) => {
    for (const entry of VOCABULARIES[vocab]) {
      expect(entry.label.da, entry.id).not.toContain(',');
      expect(entry.label.en, entry.id).not.toContain(',');
    }
  });

  it.each(VOCABULARY_IDS)('every entry of %s has a unique id and both labels', (vocab) => {
    const ids = VOCABULARIES[vocab].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of VOCABULARIES[vocab]) {
      expect(entry.label.da.trim().length, entry.id).toBeGreaterThan(0);
      expect(entry.label.en.trim().length, entry.id).toBeGreaterThan(0);
    }
  });

  it.each(VOCABULARY_IDS)('no spelling in %s names two different entries', (vocab) => {
    const owner = new Map<string, string>();
    for (const entry of VOCABULARIES[vocab]) {
      for (const spelling of spellingsOf(entry)) {
        const key = normaliseTerm(spelling);
        const previous = owner.get(key);
        expect(
          previous === undefined || previous === entry.id,
          `${vocab}: "${spelling}" (${previous} / ${entry.id})`,
        ).toBe(true);
        owner.set(key, entry.id);
      }
    }
  });

  it('uses the fixed entry ids that logic depends on', () => {
    const ids = (v: VocabularyId) => VOCABULARIES[v].map((e) => e.id);
    expect(ids('role')).toEqual(['controller', 'processor', 'both']);
    expect(ids('cadence')).toEqual(['weekly', 'monthly', 'quarterly', 'halfYearly', 'yearly']);
    expect(ids('sensitivity')).toEqual(['ordinary', 'art9', 'art10', 'cpr']);
    expect(ids('recipientType')).toEqual([
      'processor',
      'subProcessor',
      'independentController',
      'jointController',
      'publicAuthority',
      'internal',
    ]);
    expect(ids('dpiaStatus')).toEqual(['notNeeded', 'needed', 'inProgress', 'done', 'unclear']);
    expect(ids('yesNo')).toEqual(['yes', 'no']);
    expect(ids('language')).toEqual(['da', 'en']);
    expect(ids('triggerEvent')).toEqual([
      'collected',
      'lastContact',
      'relationshipEnded',
      'purposeFulfilled',
      'recordDate',
    ]);
    expect(ids('deletionMethod')).toEqual(['deleted', 'anonymised', 'shredded', 'returned']);
    expect(ids('legalBasis')).toEqual(['art6a', 'art6b', 'art6c', 'art6d', 'art6e', 'art6f']);
    for (const id of [
      'adequacy',
      'dpf',
      'scc2021Tia',
      'bcr',
      'art49Consent',
      'art49Contract',
      'art49Other',
    ]) {
      expect(entryById('transferMechanism', id)?.outdated, id).not.toBe(true);
    }
    for (const id of ['safeHarbor', 'privacyShield', 'scc2010']) {
      expect(entryById('transferMechanism', id)?.outdated, id).toBe(true);
    }
  });

  it('dates when each outdated transfer basis stopped being valid', () => {
    expect(entryById('transferMechanism', 'safeHarbor')?.invalidSince).toBe('2015-10-06');
    expect(entryById('transferMechanism', 'privacyShield')?.invalidSince).toBe('2020-07-16');
    expect(entryById('transferMechanism', 'scc2010')?.invalidSince).toBe('2022-12-27');
  });

  it('gives every data category a sensitivity class and covers the special categories', () => {
    for (const entry of VOCABULARIES.dataCategory) expect(entry.sensitivity, entry.id).toBeDefined();
    expect(findEntry('dataCategory', 'helbredsoplysninger')?.sensitivity).toBe('art9');
    expect(findEntry('dataCategory', 'Health data')?.sensitivity).toBe('art9');
    expect(findEntry('dataCategory', 'straffeattest')?.sensitivity).toBe('art10');
    expect(findEntry('dataCategory', 'Børneattest')?.sensitivity).toBe('art10');
    expect(findEntry('dataCategory', 'CPR-nr.')?.sensitivity).toBe('cpr');
    expect(findEntry('dataCategory', 'Kontaktoplysninger')?.sensitivity).toBe('ordinary');
  });

  it('has a catalogue of at least 20 security measures, each technical or organisational', () => {
    expect(VOCABULARIES.securityMeasure.length).toBeGreaterThanOrEqual(20);
    for (const entry of VOCABULARIES.securityMeasure) {
      expect(['technical', 'organisational'], entry.id).toContain(entry.measureType);
    }
  });

  it('cites the Danish rules in the Art. 9, Art. 10 and CPR grounds', () => {
    expect(entryById('art9Condition', 'dbl7_3')?.ref).toBe('DBL § 7(3)');
    expect(entryById('art9Condition', 'dbl7_4')?.ref).toBe('DBL § 7(4)');
    expect(entryById('art9Condition', 'dbl12_1')?.ref).toBe('DBL § 12(1)');
    expect(VOCABULARIES.art10Basis.map((e) => e.ref)).toEqual(
      expect.arrayContaining(['DBL § 8(1)', 'DBL § 8(3)', 'DBL § 8(4)', 'DBL § 8(5)']),
    );
    expect(VOCABULARIES.cprBasis.map((e) => e.ref)).toEqual(
      expect.arrayContaining([
        'DBL § 11(1)',
        'DBL § 11(2)(1)',
        'DBL § 11(2)(2)',
        'DBL § 11(2)(3)',
        'DBL § 11(2)(4)',
      ]),
    );
    // § 11(3) bans publishing CPR numbers; it is not a ground (the disclosure ground is § 11(2) no. 3).
    expect(VOCABULARIES.cprBasis.map((e) => e.ref)).not.toContain('DBL § 11(3)');
  });
});

describe('findEntry', () => {
  it('matches either language regardless of case, spacing and punctuation', () => {
    expect(findEntry('legalBasis', 'samtykke (ART. 6(1)(a))')?.id).toBe('art6a');
    expect(findEntry('legalBasis', '  Consent   (Art 6 1 a) ')?.id).toBe('art6a');
    expect(findEntry('legalBasis', 'Legitimate interests')?.id).toBe('art6f');
    expect(findEntry('legalBasis', 'art6f')?.id).toBe('art6f');
    expect(findEntry('securityMeasure', 'to faktor login')?.id).toBe('mfa');
  });

  it('matches synonyms', () => {
    expect(findEntry('transferMechanism', 'SCC')?.id).toBe('scc2021Tia');
    expect(findEntry('transferMechanism', 'Safe Harbour')?.id).toBe('safeHarbor');
    expect(findEntry('country', 'UK')?.id).toBe('GB');
    expect(findEntry('country', 'us')?.id).toBe('US');
    expect(findEntry('dataSubjectGroup', 'ansatte')?.id).toBe('employees');
  });

  it('spells out æ, ø and å so both spellings match but å never matches a bare a', () => {
    expect(findEntry('country', 'Færøerne')?.id).toBe('FO');
    expect(findEntry('country', 'FAEROEERNE')?.id).toBe('FO');
    expect(findEntry('country', 'Faroerne')).toBeUndefined();
    expect(findEntry('cadence', 'Maanedlig')?.id).toBe('monthly');
    expect(findEntry('cadence', 'Manedlig')).toBeUndefined();
    expect(findEntry('dataCategory', 'Boerneattest')?.id).toBe('childProtectionCertificate');
  });

  it('strips other accents', () => {
    expect(findEntry('country', 'Türkiye')?.id).toBe('TR');
    expect(findEntry('country', 'Turkiye')?.id).toBe('TR');
  });

  it('finds nothing for unknown, blank or non-text input', () => {
    expect(findEntry('legalBasis', 'fordi vi kan')).toBeUndefined();
    expect(findEntry('legalBasis', '   ')).toBeUndefined();
    expect(findEntry('legalBasis', 42 as unknown as string)).toBeUndefined();
  });
});

describe('labelOf and labels', () => {
  it('returns the label in the requested language', () => {
    expect(labelOf('role', 'processor', 'da')).toBe('Databehandler');
    expect(labelOf('role', 'processor', 'en')).toBe('Processor');
    expect(labelOf('role', 'nonsense', 'en')).toBe('nonsense');
  });

  it('lists labels in vocabulary order', () => {
    expect(labels('yesNo', 'da')).toEqual(['Ja', 'Nej']);
    expect(labels('language', 'en')).toEqual(['Danish', 'English']);
  });
});

describe('countries', () => {
  it('is dated and lists EU-27 plus Iceland, Liechtenstein and Norway as EEA', () => {
    expect(COUNTRIES_AS_OF).toBe('2026-11-01');
    const eea = COUNTRIES.filter((c) => c.eea && c.code !== 'EU').map((c) => c.code);
    expect(eea).toHaveLength(30);
    expect(eea).toEqual(expect.arrayContaining(['DK', 'DE', 'SE', 'IS', 'LI', 'NO']));
  });

  it('lists the adequacy decisions in force with reference and adoption date', () => {
    const adequate = COUNTRIES.filter((c) => c.adequacy).map((c) => c.code);
    expect(adequate.sort()).toEqual(
      [
        'CH',
        'CA',
        'AR',
        'GG',
        'IM',
        'JE',
        'FO',
        'AD',
        'IL',
        'UY',
        'NZ',
        'JP',
        'GB',
        'KR',
        'US',
        'BR',
        'EPO',
      ].sort(),
    );
    for (const c of COUNTRIES) {
      if (!c.adequacy) continue;
      expect(c.adequacy.reference.length, c.code).toBeGreaterThan(5);
      expect(c.adequacy.adopted, c.code).toMatch(ISO);
      if (c.adequacy.validUntil) expect(c.adequacy.validUntil, c.code).toMatch(ISO);
      expect(c.eea, c.code).toBe(false);
    }
  });

  it('knows the UK decision runs to 27 December 2031 and the USA needs DPF certification', () => {
    expect(countryByCode('GB')?.adequacy?.validUntil).toBe('2031-12-27');
    expect(countryByCode('us')?.adequacy?.onlyWithMechanism).toBe('dpf');
    expect(countryByCode('US')?.adequacy?.reference).toContain('2023/1795');
    expect(countryByCode('BR')?.adequacy?.reference).toContain('2026/179');
    expect(countryByCode('EPO')?.internationalOrganisation).toBe(true);
  });

  it('lists common third countries without adequacy', () => {
    for (const code of ['IN', 'CN', 'PH', 'UA', 'AU', 'SG', 'ZA']) {
      const c = countryByCode(code);
      expect(c, code).toBeDefined();
      expect(c?.eea, code).toBe(false);
      expect(c?.adequacy, code).toBeUndefined();
    }
  });
});
