// The law as of December 2026: one test per defect the review of citations, vocabularies and
// checks found (issue 12). Expected values are written by hand from the acts: DBL § 7, § 8,
// § 10 and § 11, GDPR Art. 9, 37, 45 and 49, CJEU C-311/18 and Decision (EU) 2021/914.

import { describe, expect, it } from 'vitest';
import { first, registerWith, TODAY } from '../../test/fixtures/validation.ts';
import { tableToDocument } from '../register/import.ts';
import { splitMulti } from '../register/schema.ts';
import type { Issue, RegisterDocument } from '../register/types.ts';
import { COUNTRIES } from '../vocabularies/countries.ts';
import { entryById, findEntry } from '../vocabularies/index.ts';
import { type MESSAGES, renderMessage } from './messages.ts';
import { validateRegister } from './validate.ts';

const validate = (doc: RegisterDocument, lang: 'da' | 'en' = 'en') =>
  validateRegister(doc, { today: TODAY, lang });
const find = (issues: Issue[], code: string) => issues.filter((i) => i.code === code);

describe('the standard Danish and English citation forms of a legal basis', () => {
  const forms: Array<[string, 'legalBasis' | 'art9Condition' | 'cprBasis', string]> = [
    ['Art. 6, stk. 1, litra b', 'legalBasis', 'art6b'],
    ['artikel 9, stk. 2, litra a', 'art9Condition', 'art9a'],
    ['databeskyttelseslovens § 11, stk. 2, nr. 1', 'cprBasis', 'dbl11_2_1'],
    ['GDPR art. 6(1)(f)', 'legalBasis', 'art6f'],
    ['Article 6(1)(c) GDPR', 'legalBasis', 'art6c'],
    ['Article 9, paragraph 2, point (h)', 'art9Condition', 'art9h'],
    ['section 11(2)(1) of the Danish Data Protection Act', 'cprBasis', 'dbl11_2_1'],
  ];

  it.each(forms)('reads "%s" as one value of the %s vocabulary', (text, vocab, id) => {
    expect(splitMulti(`${text}, Kontrakt (art. 6(1)(b))`)).toEqual([text, 'Kontrakt (art. 6(1)(b))']);
    expect(findEntry(vocab, text)?.id).toBe(id);
  });

  it('does not read another act\'s paragraph as the Data Protection Act ("bogføringslovens § 12")', () => {
    expect(findEntry('art9Condition', 'bogføringslovens § 12, stk. 1')).toBeUndefined();
  });

  it('validates a register written in the citation form with no unknown-value warning for its grounds', () => {
    const issues = validate(
      registerWith((d) => {
        const a = first(d, 'activities');
        a['legalBases'] = 'Art. 6, stk. 1, litra c, Art. 6, stk. 1, litra b';
        a['cprBasis'] = 'databeskyttelseslovens § 11, stk. 2, nr. 1';
      }),
    );
    expect(find(issues, 'unknownValue')).toEqual([]);
  });

  it('runs the legal-basis checks on a citation-form cell (6(1)(f) at a public authority)', () => {
    const issues = validate(
      registerWith((d) => {
        d.organisation['isPublicAuthority'] = true;
        d.organisation['dpoName'] = 'Dorte DPO';
        first(d, 'activities')['legalBases'] = 'GDPR art. 6(1)(f)';
        first(d, 'activities')['legitimateInterestAssessment'] = 'Afvejet';
        first(d, 'activities')['cprBasis'] = 'DBL § 11(1)';
      }),
    );
    expect(find(issues, 'publicAuthorityLegitimateInterest')).toHaveLength(1);
  });

  it('keeps a citation whole when a register is imported from a file', () => {
    const { document } = tableToDocument(
      {
        headers: ['Behandling', 'Formål', 'Kategorier af registrerede', 'Retsgrundlag'],
        rows: [['Løn', 'Løn', 'Ansatte', 'Art. 6, stk. 1, litra b; artikel 6, stk. 1, litra c']],
        firstDataRow: 2,
      },
      { lang: 'da' },
    );
    expect(document.sheets.activities![0]!['legalBases']).toBe(
      'Art. 6, stk. 1, litra b, artikel 6, stk. 1, litra c',
    );
    expect(splitMulti(document.sheets.activities![0]!['legalBases'])).toHaveLength(2);
  });
});

describe('CPR numbers (DBL § 11)', () => {
  it('has the disclosure ground in § 11(2) no. 3, as an alternative ground for private bodies', () => {
    const disclosure = entryById('cprBasis', 'dbl11_2_3disclosure')!;
    expect(disclosure.ref).toBe('DBL § 11(2)(3)');
    expect(disclosure.sector).toBe('private');
    expect(findEntry('cprBasis', 'DBL § 11(3)')).toBeUndefined();
  });

  it('rejects § 11(3), the ban on publication, as a ground with an error naming the right one', () => {
    const issues = validate(registerWith((d) => (first(d, 'activities')['cprBasis'] = 'DBL § 11(3)')));
    const [issue] = find(issues, 'miscitedGround');
    expect(issue).toMatchObject({ severity: 'error', column: 'cprBasis' });
    expect(issue!.hint).toContain('DBL § 11(2)(3) disclosure as a natural part of normal business');
  });

  it('reports § 11(3) once, as the miscited-ground error, not also as an unknown value', () => {
    const issues = validate(registerWith((d) => (first(d, 'activities')['cprBasis'] = 'DBL § 11(3)')));
    const onCell = issues.filter((i) => i.sheet === 'activities' && i.column === 'cprBasis');
    expect(onCell.map((i) => [i.code, i.severity])).toEqual([['miscitedGround', 'error']]);
  });
});

describe('grounds for public authorities and for private bodies', () => {
  it('is an error for a private body to use the public-authority grounds § 8(1) and § 11(1)', () => {
    const issues = validate(
      registerWith((d) => {
        const a = first(d, 'activities');
        a['cprBasis'] = 'DBL § 11(1)';
        a['art10Basis'] = 'DBL § 8(1)';
      }),
    );
    expect(find(issues, 'groundWrongSector').map((i) => [i.column, i.severity])).toEqual([
      ['art10Basis', 'error'],
      ['cprBasis', 'error'],
    ]);
  });

  it('is an error for a public authority to use the private grounds § 8(3) and § 11(2)', () => {
    const issues = validate(
      registerWith((d) => {
        d.organisation['isPublicAuthority'] = true;
        d.organisation['dpoName'] = 'Dorte DPO';
        first(d, 'activities')['art10Basis'] = 'DBL § 8(3) klart overvejende legitim interesse';
      }),
    );
    expect(
      find(issues, 'groundWrongSector')
        .map((i) => i.column)
        .sort(),
    ).toEqual(['art10Basis', 'cprBasis']);
  });

  it("asks a private body relying on § 7(4) for the Data Protection Agency's permission reference", () => {
    const without = validate(registerWith((d) => (first(d, 'activities')['art9Conditions'] = 'DBL § 7(4)')));
    expect(find(without, 'permissionReferenceMissing')).toHaveLength(1);
    const withRef = validate(
      registerWith((d) => {
        first(d, 'activities')['art9Conditions'] = 'DBL § 7(4)';
        first(d, 'activities')['improvements'] = 'Tilladelse fra Datatilsynet j.nr. 2025-431-0042';
      }),
    );
    expect(find(withRef, 'permissionReferenceMissing')).toEqual([]);
  });

  it('knows DBL § 10 (research and statistics) as a ground for special-category and criminal data', () => {
    expect(findEntry('art9Condition', 'databeskyttelseslovens § 10')?.ref).toBe('DBL § 10');
    expect(findEntry('art10Basis', 'DBL § 10')?.ref).toBe('DBL § 10');
  });
});

describe('countries and transfers', () => {
  it('holds the full ISO 3166-1 list (249 codes) with short names that contain no comma', () => {
    const iso = COUNTRIES.filter((c) => /^[A-Z]{2}$/.test(c.code) && c.code !== 'EU');
    expect(iso).toHaveLength(249);
    for (const c of COUNTRIES) {
      expect(c.name.da, c.code).not.toMatch(/[,()]/);
      expect(c.name.en, c.code).not.toMatch(/[,()]/);
    }
  });

  it('treats a country missing from the old short list as a third country that needs a mechanism', () => {
    const issues = validate(registerWith((d) => (first(d, 'dataCategories')['thirdCountries'] = 'Peru')));
    expect(find(issues, 'unknownValue')).toEqual([]);
    expect(find(issues, 'thirdCountryNoMechanism')).toHaveLength(1);
  });

  it('reads "USA (DPF)" and "Indien (SCC)" as a country and its mechanism', () => {
    const issues = validate(
      registerWith((d) => (first(d, 'dataCategories')['thirdCountries'] = 'USA (DPF), Indien (SCC)')),
    );
    expect(find(issues, 'unknownValue')).toEqual([]);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('reports Privacy Shield in a cell note as an error naming C-311/18 and its replacements', () => {
    const issues = validate(
      registerWith((d) => (first(d, 'dataCategories')['thirdCountries'] = 'USA (Privacy Shield)')),
    );
    const [issue] = find(issues, 'outdatedTransferBasis');
    expect(issue).toMatchObject({ severity: 'error', sheet: 'dataCategories' });
    expect(issue!.message).toContain('2020-07-16');
    expect(issue!.message).toContain('C-311/18');
    expect(issue!.hint).toContain('EU-US Data Privacy Framework');
    expect(issue!.hint).toContain('Standard contractual clauses 2021');
  });

  const systemIn = (country: string) =>
    registerWith((d) => {
      const system = d.sheets.systems![0]!;
      system['processor'] = '';
      system['country'] = country;
    });
  const onSystems = (issues: Issue[]) =>
    issues.filter((i) => i.sheet === 'systems' && i.severity === 'error');

  it('reads "USA (DPF)" in the systems sheet as the USA on the Data Privacy Framework, as elsewhere', () => {
    expect(find(validate(systemIn('USA')), 'usaNeedsDpf').filter((i) => i.sheet === 'systems')).toHaveLength(
      1,
    );
    const issues = validate(systemIn('USA (DPF)'));
    expect(onSystems(issues)).toEqual([]);
    expect(find(issues, 'unknownValue')).toEqual([]);
  });

  it("reports Privacy Shield noted in a system's country cell as an outdated basis on that cell", () => {
    const errors = onSystems(validate(systemIn('USA (Privacy Shield)')));
    expect(errors.map((i) => [i.code, i.column])).toEqual([['outdatedTransferBasis', 'country']]);
  });

  it('names the 2021 clauses as the replacement of the old standard clauses, unusable after 27 December 2022', () => {
    const issues = validate(
      registerWith((d) => {
        const r = d.sheets.recipients![0]!;
        r['country'] = 'Indien';
        r['transferMechanism'] = 'gamle scc';
      }),
    );
    const [issue] = find(issues, 'outdatedTransferBasis');
    expect(issue!.message).toContain('2022-12-27');
    expect(issue!.hint).toContain('Standard contractual clauses 2021 + TIA');
    expect(issue!.hint).not.toContain('Data Privacy Framework');
  });

  it('warns that a Canadian recipient may fall outside the commercial scope of the adequacy decision', () => {
    const issues = validate(
      registerWith((d) => {
        d.sheets.recipients![0]!['country'] = 'Canada';
        first(d, 'dataCategories')['thirdCountries'] = 'Canada';
      }),
    );
    expect(find(issues, 'adequacyScope').map((i) => i.severity)).toContain('warning');
    expect(find(issues, 'adequacyScope')[0]!.message).toContain('PIPEDA');
  });

  it("warns when a processor's regular transfers rest on an Art. 49 derogation", () => {
    const issues = validate(
      registerWith((d) => {
        const r = d.sheets.recipients![0]!;
        r['country'] = 'Indien';
        r['transferMechanism'] = 'Art. 49(1)(b)';
        first(d, 'dataCategories')['thirdCountries'] = 'Indien';
      }),
    );
    expect(find(issues, 'art49ForProcessor')).toMatchObject([{ severity: 'warning', sheet: 'recipients' }]);
  });
});

describe('health data that is not named as such (Art. 4(15))', () => {
  it.each(['Sygefravær', 'Lægeerklæring', 'Arbejdsskade', 'sick leave'])(
    'asks for an Art. 9 condition when a row holds "%s"',
    (label) => {
      const issues = validate(
        registerWith((d) => (first(d, 'dataCategories')['dataCategories'] = `Navn, ${label}, CPR-nummer`)),
      );
      expect(find(issues, 'art9ConditionMissing')).toHaveLength(1);
    },
  );
});

describe('errors and warnings the law asks for', () => {
  it('is an error for a public authority to have no data protection officer (Art. 37(1)(a))', () => {
    const issues = validate(
      registerWith((d) => {
        d.organisation['isPublicAuthority'] = true;
        first(d, 'activities')['cprBasis'] = 'DBL § 11(1)';
      }),
    );
    expect(find(issues, 'dpoRequired')).toMatchObject([{ severity: 'error', column: 'dpoName' }]);
  });

  it('warns about Art. 6(1)(f) without a balancing note', () => {
    const issues = validate(
      registerWith((d) => (first(d, 'activities')['legalBases'] = 'Art. 6, stk. 1, litra f')),
    );
    expect(find(issues, 'balancingNoteMissing')).toMatchObject([{ severity: 'warning' }]);
  });

  it('warns about consent as the basis for employee data (EDPB Guidelines 05/2020)', () => {
    const issues = validate(
      registerWith((d) => {
        first(d, 'activities')['legalBases'] = 'Samtykke (art. 6(1)(a))';
        first(d, 'activities')['consentRecord'] = 'Formular i personalemappen';
      }),
    );
    expect(find(issues, 'employeeConsent')).toMatchObject([{ severity: 'warning', column: 'legalBases' }]);
  });
});

describe('hints that make sense', () => {
  it('suggests writing "None" only where none is a possible answer', () => {
    const purpose = validate(registerWith((d) => (first(d, 'activities')['purpose'] = '')));
    expect(find(purpose, 'art30Missing')[0]!.hint).not.toMatch(/None/);
    const name = validate(registerWith((d) => (d.organisation['controllerName'] = '')));
    expect(find(name, 'art30Missing')[0]!.hint).not.toMatch(/None/);
    const recipients = validate(registerWith((d) => (first(d, 'dataCategories')['recipients'] = '')));
    expect(find(recipients, 'art30Missing')[0]!.hint).toMatch(/"None"/);
  });

  it('only gives examples of grounds that the validator itself accepts', () => {
    const vocabOf = {
      art9ConditionMissing: 'art9Condition',
      art10BasisMissing: 'art10Basis',
      cprBasisMissing: 'cprBasis',
    } as const;
    for (const [code, vocab] of Object.entries(vocabOf)) {
      for (const lang of ['da', 'en'] as const) {
        const hint = renderMessage(code as keyof typeof MESSAGES, lang, { data: 'x' }).hint;
        const examples = [...hint.matchAll(/"([^"]+)"/g)].map((m) => m[1]!).filter((e) => /§|\(\d\)/.test(e));
        expect(examples.length, `${code} ${lang}`).toBeGreaterThan(0);
        for (const example of examples)
          expect(findEntry(vocab, example), `${code} ${lang}: ${example}`).toBeDefined();
      }
    }
  });
});
