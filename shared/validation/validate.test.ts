import { describe, expect, it } from 'vitest';
import { completeRegister, first, registerWith, TODAY } from '../../test/fixtures/validation.ts';
import { PLACEHOLDER } from '../register/schema.ts';
import type { Issue, RegisterDocument } from '../register/types.ts';
import { validateRegister } from './validate.ts';

const validate = (doc: RegisterDocument, lang: 'da' | 'en' = 'en') =>
  validateRegister(doc, { today: TODAY, lang });
const codes = (issues: Issue[]) => issues.map((i) => i.code);
const find = (issues: Issue[], code: string) => issues.filter((i) => i.code === code);

describe('a complete register', () => {
  it('validates without issues', () => {
    expect(validate(completeRegister())).toEqual([]);
  });
});

describe('Art. 30(1)(a): the controller block', () => {
  it('reports a missing controller name, address and email on their Organisation rows', () => {
    const issues = validate(
      registerWith((d) => {
        d.organisation['controllerName'] = '';
        delete d.organisation['controllerAddress'];
        d.organisation['controllerEmail'] = null;
      }),
    );
    const missing = find(issues, 'art30Missing');
    expect(missing.map((i) => [i.sheet, i.column, i.severity])).toEqual([
      ['organisation', 'controllerName', 'error'],
      ['organisation', 'controllerAddress', 'error'],
      ['organisation', 'controllerEmail', 'error'],
    ]);
    expect(missing[0]!.row).toBe(4);
    expect(missing[0]!.message).toContain('Art. 30(1)(a)');
  });
});

describe('Art. 30(1)(b)–(g) per activity', () => {
  it('reports a missing purpose', () => {
    const issues = validate(registerWith((d) => (first(d, 'activities')['purpose'] = '')));
    expect(find(issues, 'art30Missing').map((i) => i.column)).toEqual(['purpose']);
  });

  it('reports an activity with no data-subject groups', () => {
    const issues = validate(registerWith((d) => (d.sheets.dataCategories = [])));
    expect(codes(issues)).toContain('activityWithoutGroups');
  });

  it('reports a data-subject group with no data categories', () => {
    const issues = validate(registerWith((d) => (first(d, 'dataCategories')['dataCategories'] = '')));
    const issue = find(issues, 'groupWithoutDataCategories')[0]!;
    expect(issue).toMatchObject({
      sheet: 'dataCategories',
      row: 2,
      column: 'dataCategories',
      severity: 'error',
    });
  });

  it('reports blank recipients and transfers, but accepts an explicit "Ingen"/"None"', () => {
    const blank = validate(
      registerWith((d) => {
        first(d, 'dataCategories')['recipients'] = '';
        first(d, 'dataCategories')['thirdCountries'] = '';
      }),
    );
    expect(find(blank, 'art30Missing').map((i) => i.column)).toEqual(['recipients', 'thirdCountries']);
    const none = validate(
      registerWith((d) => {
        first(d, 'dataCategories')['recipients'] = 'None';
        first(d, 'dataCategories')['thirdCountries'] = 'ingen';
      }),
    );
    expect(find(none, 'art30Missing')).toEqual([]);
  });

  it('reports missing security measures', () => {
    const issues = validate(registerWith((d) => (first(d, 'activities')['securityMeasures'] = '')));
    expect(find(issues, 'art30Missing').map((i) => i.column)).toEqual(['securityMeasures']);
  });

  it('reports missing retention unless every data-category row has its own rule', () => {
    const missing = validate(registerWith((d) => (first(d, 'activities')['retention'] = '')));
    expect(find(missing, 'retentionMissing')).toHaveLength(1);
    const perRow = validate(
      registerWith((d) => {
        first(d, 'activities')['retention'] = '';
        first(d, 'dataCategories')['retention'] = '5 år efter fratræden';
      }),
    );
    expect(find(perRow, 'retentionMissing')).toEqual([]);
  });

  it('reports a register without activities', () => {
    expect(codes(validate(registerWith((d) => (d.sheets.activities = []))))).toContain('noActivities');
  });
});

describe('Art. 30(2) for a processor', () => {
  it('requires the processor record when the organisation is a processor or both', () => {
    const issues = validate(registerWith((d) => (d.organisation['role'] = 'Both controller and processor')));
    expect(find(issues, 'processorRecordEmpty')).toHaveLength(1);
  });

  it('reports the Art. 30(2) points missing on a processor-record row', () => {
    const issues = validate(
      registerWith((d) => {
        d.organisation['role'] = 'Databehandler';
        d.sheets.processorRecord = [{ id: 'p1', controllerName: 'Kunde A/S' }];
      }),
    );
    expect(find(issues, 'art30Missing').map((i) => i.column)).toEqual([
      'controllerContact',
      'processingCategories',
      'thirdCountries',
      'securityMeasures',
    ]);
    expect(codes(issues)).not.toContain('noActivities');
  });
});

describe('special categories, criminal data and CPR numbers', () => {
  it('recognises health data from the vocabulary and asks for an Art. 9 condition', () => {
    const issues = validate(
      registerWith((d) => (first(d, 'dataCategories')['dataCategories'] = 'Navn, Helbredsoplysninger')),
    );
    expect(find(issues, 'art9ConditionMissing')[0]).toMatchObject({
      sheet: 'activities',
      column: 'art9Conditions',
    });
  });

  it.each([
    'sygemeldinger med diagnose',
    'health data from sessions',
    'religiøst tilhørsforhold',
    'medlem af fagforening',
  ])('recognises special categories in free text: %s', (text) => {
    const issues = validate(registerWith((d) => (first(d, 'dataCategories')['dataCategories'] = text)));
    expect(find(issues, 'art9ConditionMissing')).toHaveLength(1);
  });

  it('is satisfied by an Art. 9 condition', () => {
    const issues = validate(
      registerWith((d) => {
        first(d, 'dataCategories')['dataCategories'] = 'Helbredsoplysninger';
        first(d, 'activities')['art9Conditions'] = 'DBL § 12(1) ansættelsesretlige forpligtelser';
      }),
    );
    expect(find(issues, 'art9ConditionMissing')).toEqual([]);
  });

  it.each(['Straffeattest', 'børneattester', 'criminal record checks'])(
    'asks for a DBL § 8 ground for %s',
    (text) => {
      const issues = validate(registerWith((d) => (first(d, 'dataCategories')['dataCategories'] = text)));
      expect(find(issues, 'art10BasisMissing')).toHaveLength(1);
    },
  );

  it('asks for a DBL § 11 ground for CPR numbers', () => {
    const issues = validate(registerWith((d) => (first(d, 'activities')['cprBasis'] = '')));
    expect(find(issues, 'cprBasisMissing')).toHaveLength(1);
  });
});

describe('legal bases and consent', () => {
  it('warns when a public authority claims legitimate interests', () => {
    const issues = validate(
      registerWith((d) => {
        d.organisation['isPublicAuthority'] = true;
        first(d, 'activities')['legalBases'] = 'Legitimate interests (Art. 6(1)(f))';
      }),
    );
    expect(find(issues, 'publicAuthorityLegitimateInterest')).toHaveLength(1);
    const privateBody = validate(
      registerWith((d) => (first(d, 'activities')['legalBases'] = 'Legitime interesser')),
    );
    expect(find(privateBody, 'publicAuthorityLegitimateInterest')).toEqual([]);
  });

  it('asks how consent is recorded, for Art. 6 consent and Art. 9 explicit consent', () => {
    for (const [column, value] of [
      ['legalBases', 'Samtykke (art. 6(1)(a))'],
      ['art9Conditions', 'Udtrykkeligt samtykke (art. 9(2)(a))'],
    ] as const) {
      const issues = validate(registerWith((d) => (first(d, 'activities')[column] = value)));
      expect(find(issues, 'consentRecordMissing'), value).toHaveLength(1);
      const recorded = validate(
        registerWith((d) => {
          first(d, 'activities')[column] = value;
          first(d, 'activities')['consentRecord'] = 'Formular i bookingsystemet; tilbagetrækning pr. mail';
        }),
      );
      expect(find(recorded, 'consentRecordMissing')).toEqual([]);
    }
  });

  it('warns about parental consent below 15 for children under a consent basis', () => {
    const issues = validate(
      registerWith((d) => {
        first(d, 'activities')['legalBases'] = 'Consent';
        first(d, 'activities')['consentRecord'] = 'Formular';
        first(d, 'dataCategories')['subjectGroup'] = 'Elever';
      }),
    );
    const issue = find(issues, 'childConsent')[0]!;
    expect(issue.hint).toContain('15');
    expect(issue.hint).toContain('DBL § 6');
  });
});

describe('third-country transfers', () => {
  const usRecipient = (mechanism: string) =>
    registerWith((d) => {
      d.sheets.recipients!.push({
        id: 'r3',
        name: 'Mailchimp',
        type: 'Processor',
        country: 'USA',
        dpaDate: '2025-01-01',
        transferMechanism: mechanism,
      });
      first(d, 'dataCategories')['recipients'] = 'Løn A/S, Skattestyrelsen, Mailchimp';
      first(d, 'dataCategories')['thirdCountries'] = 'USA';
    });

  it('accepts the USA with DPF certification or SCC + TIA', () => {
    expect(validate(usRecipient('EU-US Data Privacy Framework'))).toEqual([]);
    expect(validate(usRecipient('SCC'))).toEqual([]);
  });

  it('does not accept adequacy alone for the USA', () => {
    const issues = validate(usRecipient('Adequacy decision (Art. 45)'));
    expect(find(issues, 'usaNeedsDpf').map((i) => i.sheet)).toEqual(['dataCategories', 'recipients']);
  });

  it('reports a third country without adequacy and without a mechanism, on recipients, systems and rows', () => {
    const issues = validate(
      registerWith((d) => {
        d.sheets.recipients!.push({
          id: 'r3',
          name: 'Support Ltd',
          type: 'Processor',
          country: 'India',
          dpaDate: '2025-01-01',
        });
        d.sheets.systems!.push({ id: 's2', name: 'Backup', country: 'Indien' });
        first(d, 'dataCategories')['recipients'] = 'Løn A/S, Skattestyrelsen, Support Ltd';
        first(d, 'dataCategories')['thirdCountries'] = 'Indien';
        first(d, 'activities')['systems'] = 'Lønsystemet, Backup';
      }),
    );
    expect(find(issues, 'thirdCountryNoMechanism').map((i) => i.sheet)).toEqual([
      'dataCategories',
      'recipients',
      'systems',
    ]);
  });

  it('flags outdated transfer bases with the date they stopped being valid', () => {
    const issues = validate(usRecipient('Privacy Shield'), 'en');
    const issue = find(issues, 'outdatedTransferBasis')[0]!;
    expect(issue.message).toContain('2020-07-16');
    expect(find(validate(usRecipient('Safe Harbor')), 'outdatedTransferBasis')[0]!.message).toContain(
      '2015-10-06',
    );
    expect(find(validate(usRecipient('SCC 2010')), 'outdatedTransferBasis')).toHaveLength(1);
  });

  it('flags an adequacy decision past its end date', () => {
    const doc = registerWith((d) => {
      d.sheets.recipients!.push({
        id: 'r3',
        name: 'UK Payroll Ltd',
        type: 'Processor',
        country: 'UK',
        dpaDate: '2025-01-01',
        transferMechanism: 'Adequacy',
      });
      first(d, 'dataCategories')['recipients'] = 'Løn A/S, Skattestyrelsen, UK Payroll Ltd';
      first(d, 'dataCategories')['thirdCountries'] = 'United Kingdom';
    });
    expect(validate(doc)).toEqual([]);
    const later = validateRegister(doc, { today: '2032-01-01', lang: 'en' });
    expect(find(later, 'adequacyExpired').length).toBeGreaterThan(0);
    expect(find(later, 'adequacyExpired')[0]!.message).toContain('2031-12-27');
  });

  it('reports a recipient abroad whose transfer is not shown on the rows it receives', () => {
    const doc = usRecipient('SCC');
    first(doc, 'dataCategories')['thirdCountries'] = 'Ingen';
    expect(find(validate(doc), 'transferNotLinked')).toHaveLength(1);
  });

  it('reports a system abroad whose transfer is not shown on the activity', () => {
    const issues = validate(
      registerWith((d) => {
        d.sheets.systems!.push({ id: 's2', name: 'Dropbox', country: 'USA' });
        first(d, 'activities')['systems'] = 'Lønsystemet, Dropbox';
      }),
    );
    expect(find(issues, 'transferNotLinked')[0]).toMatchObject({ sheet: 'activities', column: 'systems' });
  });
});

describe('recipients', () => {
  it('requires a DPA date for processors and sub-processors', () => {
    const issues = validate(registerWith((d) => (first(d, 'recipients')['dpaDate'] = '')));
    expect(find(issues, 'dpaMissing')[0]).toMatchObject({ sheet: 'recipients', row: 2, column: 'dpaDate' });
  });

  it('warns about a person or an internal employee typed as joint controller', () => {
    for (const name of ['Mette Hansen', 'Medarbejdere i HR']) {
      const issues = validate(
        registerWith((d) => {
          d.sheets.recipients!.push({ id: 'r3', name, type: 'Joint controller', country: 'DK' });
          first(d, 'dataCategories')['recipients'] = `Løn A/S, Skattestyrelsen, ${name}`;
        }),
      );
      expect(find(issues, 'personAsJointController'), name).toHaveLength(1);
    }
    const company = validate(
      registerWith((d) => {
        d.sheets.recipients!.push({ id: 'r3', name: 'Partner ApS', type: 'Joint controller', country: 'DK' });
        first(d, 'dataCategories')['recipients'] = 'Løn A/S, Skattestyrelsen, Partner ApS';
      }),
    );
    expect(find(company, 'personAsJointController')).toEqual([]);
  });

  it('warns about a tax authority, pension fund or bank typed as processor', () => {
    for (const [name, category] of [
      ['Skattestyrelsen', ''],
      ['PFA Pension', ''],
      ['Vores bank', 'Bank'],
    ]) {
      const issues = validate(
        registerWith((d) => {
          d.sheets.recipients![1] = {
            id: 'r2',
            name: name!,
            type: 'Databehandler',
            category: category!,
            country: 'DK',
            dpaDate: '2025-01-01',
          };
          first(d, 'dataCategories')['recipients'] = `Løn A/S, ${name}`;
        }),
      );
      expect(find(issues, 'independentAsProcessor'), name).toHaveLength(1);
    }
  });

  it('warns about a recipient no data goes to', () => {
    const issues = validate(registerWith((d) => (first(d, 'dataCategories')['recipients'] = 'Løn A/S')));
    expect(find(issues, 'recipientNotLinked')[0]).toMatchObject({ sheet: 'recipients', row: 3 });
  });
});

describe('references between sheets', () => {
  it('reports systems, security measures, recipients and activities that do not exist', () => {
    const issues = validate(
      registerWith((d) => {
        first(d, 'activities')['systems'] = 'Lønsystemet, Excel-ark';
        first(d, 'activities')['securityMeasures'] = 'Adgangsstyring, Kryptering';
        first(d, 'dataCategories')['recipients'] = 'Løn A/S, Skattestyrelsen, Revisor';
        first(d, 'retentionLog')['activity'] = 'Rekruttering';
        first(d, 'retentionLog')['activityId'] = '';
      }),
    );
    expect(find(issues, 'unknownReference').map((i) => [i.sheet, i.column])).toEqual([
      ['activities', 'systems'],
      ['activities', 'securityMeasures'],
      ['dataCategories', 'recipients'],
      ['retentionLog', 'activity'],
    ]);
  });

  it('matches names case- and accent-insensitively, and measures through the catalogue', () => {
    const issues = validate(
      registerWith((d) => {
        first(d, 'activities')['systems'] = 'LØNSYSTEMET';
        first(d, 'activities')['securityMeasures'] = 'adgangsstyring, MFA';
      }),
    );
    expect(find(issues, 'unknownReference')).toEqual([]);
  });

  it('follows the stable activity id when the activity was renamed', () => {
    const issues = validate(registerWith((d) => (first(d, 'dataCategories')['activity'] = 'Gammelt navn')));
    expect(find(issues, 'unknownReference')).toEqual([]);
  });
});

describe('reviews, DPIA and duplicates', () => {
  it('warns when the last review is missing or older than 12 months', () => {
    expect(codes(validate(registerWith((d) => (first(d, 'activities')['lastReview'] = ''))))).toContain(
      'reviewMissing',
    );
    const stale = validate(registerWith((d) => (first(d, 'activities')['lastReview'] = '2025-11-24')));
    expect(find(stale, 'reviewStale')).toHaveLength(1);
    const recent = validate(registerWith((d) => (first(d, 'activities')['lastReview'] = '2025-11-25')));
    expect(find(recent, 'reviewStale')).toEqual([]);
  });

  it('suggests a DPIA for special categories about many groups', () => {
    const doc = registerWith((d) => {
      first(d, 'activities')['art9Conditions'] = 'Art. 9(2)(b)';
      const base = first(d, 'dataCategories');
      d.sheets.dataCategories = ['Medarbejdere', 'Vikarer', 'Jobansøgere'].map((g, i) => ({
        ...base,
        id: `d${i}`,
        subjectGroup: g,
        dataCategories: 'Helbredsoplysninger, CPR-nummer',
      }));
    });
    expect(find(validate(doc), 'dpiaLikely')).toHaveLength(1);
    first(doc, 'activities')['dpiaStatus'] = 'Gennemført';
    expect(find(validate(doc), 'dpiaLikely')).toEqual([]);
  });

  it('suggests a DPIA for systematic monitoring and for children with automated decisions', () => {
    const monitoring = validate(
      registerWith((d) => (first(d, 'activities')['purpose'] = 'GPS-sporing af firmabiler')),
    );
    expect(find(monitoring, 'dpiaLikely')).toHaveLength(1);
    const children = validate(
      registerWith((d) => {
        first(d, 'dataCategories')['subjectGroup'] = 'Børn';
        first(d, 'activities')['automatedDecisions'] = true;
      }),
    );
    expect(find(children, 'dpiaLikely')).toHaveLength(1);
  });

  it('reports duplicate ids on any sheet with an id column', () => {
    const issues = validate(
      registerWith((d) => d.sheets.securityMeasures!.push({ id: 'm1', name: 'Backup' })),
    );
    expect(find(issues, 'duplicateId')[0]).toMatchObject({
      sheet: 'securityMeasures',
      row: 4,
      severity: 'error',
    });
    expect(find(issues, 'duplicateId')[0]!.message).toContain('2');
  });
});

describe('emails and the retention log', () => {
  it.each(['owner', 'controllerEmail', 'adminEmail', 'escalationEmail'])(
    'reports an invalid email in %s',
    (field) => {
      const issues = validate(
        registerWith((d) => {
          if (field === 'owner') first(d, 'activities')['owner'] = 'ida at firma';
          else d.organisation[field] = 'ida@firma';
        }),
      );
      expect(find(issues, 'invalidEmail').map((i) => i.column)).toEqual([field]);
    },
  );

  it.each([
    ['anne:hr@firma.dk', 'the planner could not put a colon in a To: header'],
    ['ida@firma', 'a host without a top-level domain'],
    ['ida..hansen@firma.dk', 'two dots in a row'],
    ['ida@-firma.dk', 'a host label that starts with a hyphen'],
    ['søren@firma.dk', 'a letter outside ASCII'],
  ])('refuses an owner address the reminders could not be sent to: %s (%s)', (address) => {
    const issues = validate(registerWith((d) => (first(d, 'activities')['owner'] = address)));
    const issue = issues.find((i) => i.code.startsWith('invalidEmail'));
    expect(issue).toMatchObject({ severity: 'error', column: 'owner' });
    expect(issue!.message).toContain(address);
  });

  it('says in Danish and in English what is wrong with an address and how to write it', () => {
    const withAddress = (address: string) => registerWith((d) => (first(d, 'activities')['owner'] = address));
    const da = find(validate(withAddress('søren@firma.dk'), 'da'), 'invalidEmailNotAscii')[0]!;
    const en = find(validate(withAddress('søren@firma.dk'), 'en'), 'invalidEmailNotAscii')[0]!;
    expect(da.message).toBe(
      '"søren@firma.dk" er ikke en gyldig e-mailadresse: den indeholder tegn uden for ASCII.',
    );
    expect(da.hint).toBe(
      'Skriv æ, ø og å som ae, oe og aa, eller brug den adresse mailsystemet viser, fx soeren@firma.dk.',
    );
    expect(en.message).toBe(
      '"søren@firma.dk" is not a valid email address: it contains characters outside ASCII.',
    );
    expect(en.hint).toBe(
      'Write æ, ø and å as ae, oe and aa, or use the address your mail system shows, e.g. soeren@company.com.',
    );
    const syntax = find(validate(withAddress('anne:hr@firma.dk'), 'en'), 'invalidEmail')[0]!;
    const long = find(validate(withAddress(`${'a'.repeat(65)}@firma.dk`), 'da'), 'invalidEmailTooLong')[0]!;
    expect(long.message).toContain('er for lang');
    expect(syntax.message).toBe(
      '"anne:hr@firma.dk" is not a valid email address: its form is not name@domain.',
    );
    expect(syntax.hint).toBe(
      'Enter one plain address such as name@company.com: letters, digits and . _ - + before the @, no spaces, colons, commas or angle brackets.',
    );
  });

  it.each([
    ['010190-1234', 'CPR'],
    ['ida@firma.dk', 'email'],
    ['Mette Hansen', 'name'],
  ])('reports a retention-log reference that looks identifying: %s', (reference, kind) => {
    const issues = validate(registerWith((d) => (first(d, 'retentionLog')['reference'] = reference)));
    const issue = find(issues, 'identifyingReference')[0]!;
    expect(issue).toMatchObject({ sheet: 'retentionLog', row: 2, column: 'reference', severity: 'error' });
    expect(issue.message.toLowerCase()).toContain(kind.toLowerCase());
  });

  it('asks for the reason of an extension', () => {
    const issues = validate(registerWith((d) => (first(d, 'retentionLog')['extendedUntil'] = '2027-01-01')));
    expect(find(issues, 'extensionReasonMissing')).toHaveLength(1);
  });
});

describe('the Event date of a custom event', () => {
  /** The complete register with a second activity counting from a custom event, and three
   * holdings: one of it with an event date, one without, one of the first activity. */
  const withCustomEvent = (retention: string) =>
    registerWith((d) => {
      const a2 = { ...first(d, 'activities'), id: 'a2', name: 'Projektdeltagere', retention };
      d.sheets.activities!.push(a2);
      d.sheets.retentionLog!.push(
        {
          id: 'h4',
          reference: 'P-001',
          activityId: 'a2',
          activity: 'Projektdeltagere',
          customEvent: '2026-02-01',
        },
        { id: 'h5', reference: 'P-002', activityId: 'a2', activity: 'Projektdeltagere' },
      );
    });

  it('is asked for only on the row whose rule counts from a custom event and that lacks it', () => {
    const issues = validate(withCustomEvent('6 måneder efter projektstart'));
    const missing = find(issues, 'eventDateMissing');
    expect(missing.map((i) => [i.sheet, i.row, i.column, i.severity])).toEqual([
      ['retentionLog', 4, 'customEvent', 'warning'],
    ]);
    expect(missing[0]!.message).toContain('"projektstart"');
    expect(missing[0]!.hint).toContain('Event date');
  });

  it("names a known custom event in the reader's language", () => {
    const doc = withCustomEvent('6 måneder efter ansøgningsfristens udløb');
    expect(find(validate(doc, 'en'), 'eventDateMissing')[0]!.message).toContain('"the application deadline"');
    const da = find(validate(doc, 'da'), 'eventDateMissing')[0]!;
    expect(da.message).toContain('"ansøgningsfristens udløb"');
    expect(da.hint).toContain('Hændelsesdato');
  });

  it('is not asked for when the rule names no custom event, or the holding is deleted', () => {
    expect(find(validate(withCustomEvent('6 måneder efter modtagelse')), 'eventDateMissing')).toEqual([]);
    const deleted = registerWith((d) => {
      first(d, 'activities')['retention'] = '1 år efter kursusstart';
      first(d, 'retentionLog')['deletedOn'] = '2026-01-05';
    });
    expect(find(validate(deleted), 'eventDateMissing')).toEqual([]);
  });
});

describe('the deletion log', () => {
  it('reports an edited entry and a removed one', () => {
    const edited = validate(registerWith((d) => (first(d, 'deletionLog')['deletedOn'] = '2026-10-01')));
    expect(find(edited, 'deletionLogEdited')[0]).toMatchObject({ sheet: 'deletionLog', row: 2 });
    const removed = validate(registerWith((d) => d.sheets.deletionLog!.shift()));
    expect(find(removed, 'deletionLogBrokenLink')[0]).toMatchObject({ sheet: 'deletionLog', row: 2 });
  });
});

describe('cells', () => {
  it('gives a warning, never an error, for the template placeholder in either language', () => {
    for (const token of [PLACEHOLDER.da, PLACEHOLDER.en]) {
      const issues = validate(
        registerWith((d) => {
          first(d, 'activities')['purpose'] = token;
          first(d, 'activities')['owner'] = token;
          d.organisation['controllerName'] = token;
        }),
      );
      expect(issues.map((i) => [i.code, i.severity])).toEqual([
        ['placeholder', 'warning'],
        ['placeholder', 'warning'],
        ['placeholder', 'warning'],
      ]);
    }
  });

  it('checks each label of a multi-value cell against the vocabulary', () => {
    const issues = validate(
      registerWith((d) => (first(d, 'activities')['legalBases'] = 'Kontrakt, Fordi vi kan')),
    );
    expect(find(issues, 'unknownValue').map((i) => i.message)).toEqual([
      expect.stringContaining('Fordi vi kan'),
    ]);
  });

  it('accepts a custom label only when the Lists sheet has it', () => {
    const custom = (lists: boolean) =>
      registerWith((d) => {
        first(d, 'dataCategories')['dataCategories'] = 'Navn, Kørselsregnskab';
        if (lists) d.sheets.lists = [{ dataCategory: 'Kørselsregnskab' }];
      });
    expect(find(validate(custom(false)), 'unknownValue')).toHaveLength(1);
    expect(find(validate(custom(true)), 'unknownValue')).toEqual([]);
  });

  it('turns malformed cells into issues', () => {
    const issues = validate(
      registerWith((d) => {
        first(d, 'activities')['purpose'] = 42;
        first(d, 'activities')['improvements'] = 'x'.repeat(50_000);
        first(d, 'activities')['lastReview'] = '1/3-2026';
        first(d, 'activities')['deletionRoutine'] = '=A1+B2';
        d.organisation['dueSoonDays'] = 'fjorten';
        d.organisation['isPublicAuthority'] = 'måske';
      }),
    );
    expect(codes(issues).sort()).toEqual(
      [
        'formulaAsText',
        'invalidBoolean',
        'invalidDate',
        'invalidNumber',
        'textTooLong',
        'unexpectedNumber',
      ].sort(),
    );
  });

  it('speaks Danish and English', () => {
    const doc = registerWith((d) => (first(d, 'recipients')['dpaDate'] = ''));
    expect(find(validate(doc, 'da'), 'dpaMissing')[0]!.message).toContain('databehandleraftale');
    expect(find(validate(doc, 'en'), 'dpaMissing')[0]!.message).toContain('data processing agreement');
  });
});

describe('retention rules that are not understood', () => {
  it('warns about a rule that cannot be read, on the activity and on a data-category row', () => {
    const issues = validate(
      registerWith((d) => {
        first(d, 'activities')['retention'] = 'når det passer os';
        first(d, 'dataCategories')['retention'] = 'xyzzy';
      }),
    );
    expect(find(issues, 'retentionNotUnderstood').map((i) => i.sheet)).toEqual([
      'activities',
      'dataCategories',
    ]);
  });

  it('accepts a deliberately manual rule and a computable one', () => {
    for (const text of [
      'så længe formålet består',
      '6 måneder efter modtagelse',
      '3 years after the contract ends',
    ]) {
      const issues = validate(registerWith((d) => (first(d, 'activities')['retention'] = text)));
      expect(find(issues, 'retentionNotUnderstood'), text).toEqual([]);
    }
  });
});
