// Template: an authorised psychologist in private practice (and a starting point for other
// authorised health professionals). Bill L 181 (2024-25) moves psychologists from psykologloven
// under autorisationsloven (journal duty § 21, retention § 25 and the executive order on patient
// records) from 1 January 2026; its adoption could not be confirmed from the text, so both
// sources are kept (docs/legal-sources.md, "Not verified"). Either way the period is at least
// 5 years from the latest entry. The records period is a choice per profession, each with its
// source (`retentionChoices`). Health data rests on Art. 9(2)(h) with DBL § 7(3), CPR numbers on
// DBL § 11(2)(4), disclosure to the region on § 11(2)(3).

import { checked, unverified } from '../shared/vocabularies/sources.ts';
import { measures, RECIPIENTS, ROUTINES, RULES } from './common.ts';
import { L, type RetentionChoice, type TemplateSource } from './model.ts';

const STPS = 'Styrelsen for Patientsikkerhed, guidance "Journalopbevaring"';
const records = (years: number) =>
  L(
    `Mindst ${years} år efter seneste aktivitet i journalen; opbevares længere ved verserende klage- eller tilsynssag`,
    `At least ${years} years after the last activity in the record; kept longer in case of a pending claim, complaint or supervision case`,
  );

/** The records period per profession: the template's default is the first (psychologists). */
const RECORD_PERIODS: RetentionChoice[] = [
  {
    key: 'psychologist',
    label: L('Psykologer', 'Psychologists'),
    retention: records(5),
    source: checked(
      'Bekendtgørelse nr. 567 af 19/05/2017 om autoriserede psykologers pligt til at føre ordnede optegnelser',
      '§ 6, stk. 1–2',
      'as amended by BEK nr. 495 af 16/05/2018, read 2026-12-04',
      'At least 5 years from the latest entry; kept while a supervision case is pending. Applies until psychologists move under autorisationsloven (Bill L 181, 2024-25, intended start 1 January 2026); under autorisationsloven the period for groups other than those with 10 years is also at least 5 years.',
    ),
  },
  {
    key: 'tenYears',
    label: L(
      'Læger, tandlæger, kiropraktorer, jordemødre, kliniske diætister, kliniske tandteknikere og tandplejere',
      'Doctors, dentists, chiropractors, midwives, clinical dietitians, clinical dental technicians and dental hygienists',
    ),
    retention: records(10),
    source: checked(
      'Autorisationsloven § 25 and the executive order on patient records',
      'retention period',
      `${STPS}, read 2026-12-04`,
      'At least 10 years from the latest entry in the record for these groups.',
    ),
  },
  {
    key: 'fiveYears',
    label: L(
      'Andre autoriserede sundhedspersoner, fx fysioterapeuter, sygeplejersker, ergoterapeuter og optikere',
      'Other authorised health professionals, e.g. physiotherapists, nurses, occupational therapists and opticians',
    ),
    retention: records(5),
    source: checked(
      'Autorisationsloven § 25 and the executive order on patient records',
      'retention period',
      `${STPS}, read 2026-12-04`,
      'At least 5 years from the latest entry for every other authorised group; physiotherapists are in this group, not the 10-year one.',
    ),
  },
];

/** The default records period: the psychologist's. */
const RECORDS = RECORD_PERIODS[0]!.retention;

const L181 = unverified(
  'Bill L 181 (2024-25), sundhedsfaglig autorisation af psykologer',
  '§ 1, nr. 6 (autorisationsloven § 21) and the repeal of psykologloven',
  'The bill (tabled 27 March 2025, third reading scheduled 27 May 2025) moves psychologists under autorisationsloven and Styrelsen for Patientsikkerhed from 1 January 2026. Its adoption, act number and commencement could not be confirmed from the act itself.',
);

export const TEMPLATE: TemplateSource = {
  id: 'psychologist',
  prefix: 'psych',
  kind: 'health',
  title: L(
    'Autoriseret psykolog eller anden autoriseret sundhedsperson',
    'Authorised psychologist or other authorised health professional',
  ),
  organisation: { role: 'controller', isPublicAuthority: false, dpo: 'none' },
  recipients: [
    {
      key: 'records',
      name: L('Journalsystem (EU)', 'Client record system (EU)'),
      type: 'processor',
      category: 'hosting',
      country: 'EU',
    },
    {
      key: 'booking',
      name: L('Bookingsystem (EU)', 'Booking system (EU)'),
      type: 'processor',
      category: 'booking',
      country: 'EU',
    },
    {
      key: 'accounting',
      name: L('Regnskabsprogram (EU)', 'Accounting software (EU)'),
      type: 'processor',
      category: 'accountingSystem',
      country: 'EU',
    },
    {
      key: 'region',
      name: L(
        'Regionen (afregning efter sygesikringen)',
        'The region (settlement under public health insurance)',
      ),
      type: 'publicAuthority',
      country: 'DK',
    },
    {
      key: 'doctor',
      name: L('Henvisende læge', 'Referring doctor'),
      type: 'independentController',
      country: 'DK',
    },
    {
      key: 'municipality',
      name: L('Kommune (rapport efter samtykke)', 'Municipality (report with consent)'),
      type: 'publicAuthority',
      category: 'municipality',
      country: 'DK',
    },
    {
      key: 'insurer',
      name: L('Forsikringsselskab (rapport efter samtykke)', 'Insurance company (report with consent)'),
      type: 'independentController',
      category: 'insurance',
      country: 'DK',
    },
    {
      key: 'board',
      name: L(
        'Styrelsen for Patientsikkerhed (tilsyn; før 2026 Psykolognævnet)',
        'Danish Patient Safety Authority (supervision; Board of Psychologists before 2026)',
      ),
      type: 'publicAuthority',
      country: 'DK',
    },
    RECIPIENTS.auditor,
    RECIPIENTS.taxAuthority,
  ],
  systems: [
    {
      key: 'records',
      name: L('Journalsystem', 'Client record system'),
      type: 'cloud',
      processor: 'records',
      country: 'EU',
      notes: L('Journal pr. klient med adgangslog.', 'One record per client, with an access log.'),
    },
    {
      key: 'booking',
      name: L('Bookingsystem', 'Booking system'),
      type: 'cloud',
      processor: 'booking',
      country: 'EU',
    },
    {
      key: 'secureMail',
      name: L('Sikker e-mail', 'Secure email'),
      type: 'email',
      country: 'DK',
      notes: L(
        'Krypteret e-mail til klienter, læger og myndigheder.',
        'Encrypted email with clients, doctors and authorities.',
      ),
    },
    {
      key: 'accounting',
      name: L('Regnskabsprogram', 'Accounting software'),
      type: 'cloud',
      processor: 'accounting',
      country: 'EU',
    },
    {
      key: 'cabinet',
      name: L('Aflåst arkivskab', 'Locked filing cabinet'),
      type: 'paper',
      country: 'DK',
      notes: L(
        'Papirhenvisninger indtil de er scannet ind i journalen.',
        'Paper referrals until scanned into the record.',
      ),
    },
  ],
  securityMeasures: measures(
    'accessControl',
    'mfa',
    'laptopEncryption',
    'encryptedEmail',
    'logging',
    'backup',
    'screenLock',
    'physicalSecurity',
    'confidentiality',
    'incidentProcedure',
    'deletionProcedure',
    'secureShredding',
  ),
  activities: [
    {
      id: 'psych-act-01',
      name: L('Journalføring og behandling', 'Client records and treatment'),
      purpose: L(
        'At undersøge, rådgive og behandle klienter og føre journal efter journalføringspligten.',
        'To assess, counsel and treat clients and keep records under the statutory duty to keep records.',
      ),
      legalBases: ['art6b', 'art6c'],
      art9Conditions: ['art9h', 'dbl7_3'],
      cprBasis: ['dbl11_2_4'],
      dataSource: L(
        'Klienten selv, henvisende læge og, med samtykke, pårørende.',
        "The client, the referring doctor and, with the client's consent, next of kin.",
      ),
      dpiaStatus: 'notNeeded',
      systems: ['records', 'secureMail', 'cabinet'],
      securityMeasures: [
        'accessControl',
        'mfa',
        'laptopEncryption',
        'encryptedEmail',
        'logging',
        'backup',
        'physicalSecurity',
      ],
      retention: RECORDS,
      retentionChoices: RECORD_PERIODS,
      sources: [
        {
          statement: L(
            'Autoriserede psykologer har journalpligt; fra 2026 efter autorisationsloven § 21',
            'Authorised psychologists must keep records; from 2026 under autorisationsloven § 21',
          ),
          source: L181,
        },
        {
          statement: L(
            'Helbredsoplysninger behandles af en sundhedsperson med lovbestemt tavshedspligt (DBL § 7, stk. 3)',
            'Health data is processed by a health professional under a statutory duty of confidentiality (DBL § 7(3))',
          ),
          source: checked(
            'Databeskyttelsesloven (LOV nr 502 af 23/05/2018 as amended)',
            '§ 7, stk. 3',
            'consolidated text read 2026-12-04',
          ),
        },
      ],
      deletionRoutine: L(
        'Slet journaler hvor seneste notat er mere end 5 år gammelt, medmindre der verserer en klage- eller tilsynssag.',
        'Delete records whose latest entry is more than 5 years old, unless a complaint or supervision case is pending.',
      ),
      routineCadence: 'quarterly',
      groups: [
        {
          subjectGroup: 'clients',
          data: ['name', 'contactDetails', 'cprNumber', 'patientRecords', 'health', 'familyRelations'],
        },
        { subjectGroup: 'relatives', data: ['name', 'phone'] },
      ],
    },
    {
      id: 'psych-act-02',
      name: L('Henvisninger og afregning med regionen', 'Referrals and settlement with the region'),
      purpose: L(
        'At modtage henvisninger fra læger og afregne behandlinger med regionen efter sygesikringsoverenskomsten.',
        'To receive referrals from doctors and settle treatments with the region under the health-insurance agreement.',
      ),
      legalBases: ['art6b', 'art6c'],
      art9Conditions: ['art9h', 'dbl7_3'],
      cprBasis: ['dbl11_2_4', 'dbl11_2_3disclosure'],
      dataSource: L('Henvisende læge og klienten.', 'The referring doctor and the client.'),
      dpiaStatus: 'notNeeded',
      systems: ['records', 'accounting'],
      securityMeasures: ['accessControl', 'mfa', 'encryptedEmail', 'backup'],
      retention: RULES.bookkeeping,
      deletionRoutine: L(
        'Slet afregningsbilag fra regnskabsår, der sluttede for mere end 5 år siden. Henvisningen selv ligger i journalen og følger journalens frist.',
        "Delete settlement vouchers for financial years that ended more than 5 years ago. The referral itself is in the record and follows the record's rule.",
      ),
      routineCadence: 'yearly',
      groups: [
        {
          subjectGroup: 'clients',
          data: ['name', 'cprNumber', 'health'],
          recipients: ['region', 'doctor'],
        },
      ],
    },
    {
      id: 'psych-act-03',
      name: L('Rapporter til kommuner og forsikringsselskaber', 'Reports to municipalities and insurers'),
      purpose: L(
        'At sende en psykolograpport, når klienten udtrykkeligt har bedt om det eller givet samtykke til den konkrete videregivelse.',
        'To send a psychological report when the client has asked for it or given explicit consent to that disclosure.',
      ),
      legalBases: ['art6a'],
      art9Conditions: ['art9a'],
      cprBasis: ['dbl11_2_2', 'dbl11_2_3disclosure'],
      consentRecord: L(
        'Skriftligt samtykke til hver videregivelse, med modtager og formål, gemt i journalen. Kan trækkes tilbage indtil rapporten er sendt.',
        'Written consent to each disclosure, naming the recipient and purpose, kept in the record. Can be withdrawn until the report is sent.',
      ),
      dataSource: L('Journalen.', 'The client record.'),
      dpiaStatus: 'notNeeded',
      systems: ['records', 'secureMail'],
      securityMeasures: ['accessControl', 'encryptedEmail', 'logging'],
      retention: RECORDS,
      deletionRoutine: L(
        'Rapporter og samtykker ligger i journalen og slettes med den.',
        'Reports and consents are part of the record and are deleted with it.',
      ),
      routineCadence: 'quarterly',
      groups: [
        {
          subjectGroup: 'clients',
          data: ['name', 'cprNumber', 'health', 'patientRecords'],
          recipients: ['municipality', 'insurer'],
        },
      ],
    },
    {
      id: 'psych-act-04',
      name: L('Tidsbestilling og påmindelser', 'Appointments and reminders'),
      purpose: L(
        'At bestille tider og sende påmindelser. At en person går til psykolog er i sig selv en helbredsoplysning.',
        'To book appointments and send reminders. That a person sees a psychologist is health data in itself.',
      ),
      legalBases: ['art6b'],
      art9Conditions: ['art9h', 'dbl7_3'],
      dataSource: L('Klienten selv.', 'The client.'),
      dpiaStatus: 'notNeeded',
      systems: ['booking'],
      securityMeasures: ['mfa', 'accessControl'],
      retention: L('6 måneder efter sidste konsultation', '6 months after the last consultation'),
      deletionRoutine: L(
        'Slet klienter i bookingsystemet uden konsultation i 6 måneder.',
        'Delete clients in the booking system with no consultation for 6 months.',
      ),
      routineCadence: 'monthly',
      improvements: L(
        'Påmindelser må ikke afsløre, at det er en psykologtid (skriv kun tidspunkt og adresse).',
        'Reminders must not reveal that the appointment is with a psychologist (time and address only).',
      ),
      groups: [{ subjectGroup: 'clients', data: ['name', 'email', 'phone', 'health'] }],
    },
    {
      id: 'psych-act-05',
      name: L('Fakturering og bogføring', 'Invoicing and bookkeeping'),
      purpose: L(
        'At fakturere klienter for egenbetaling og opfylde bogføringsloven.',
        "To invoice clients' own payments and meet the Bookkeeping Act.",
      ),
      legalBases: ['art6b', 'art6c'],
      dataSource: L('Klienten og journalsystemet.', 'The client and the record system.'),
      dpiaStatus: 'notNeeded',
      systems: ['accounting'],
      securityMeasures: ['mfa', 'backup'],
      retention: RULES.bookkeeping,
      deletionRoutine: ROUTINES.bookkeeping,
      routineCadence: 'yearly',
      improvements: L(
        'Fakturaer nævner kun "psykologisk behandling", aldrig diagnose eller indhold.',
        'Invoices say only "psychological treatment", never a diagnosis or content.',
      ),
      groups: [
        {
          subjectGroup: 'clients',
          data: ['name', 'address', 'paymentDetails'],
          recipients: ['auditor', 'tax'],
        },
      ],
    },
    {
      id: 'psych-act-06',
      name: L('Klage- og tilsynssager', 'Complaints and supervision cases'),
      purpose: L(
        'At besvare klager og tilsynssager fra Styrelsen for Patientsikkerhed (før 2026 Psykolognævnet) og Styrelsen for Patientklager og forsvare retskrav.',
        'To answer complaints and supervision cases from the Danish Patient Safety Authority (before 2026 the Board of Psychologists) and the Danish Agency for Patient Complaints, and to defend legal claims.',
      ),
      legalBases: ['art6c'],
      art9Conditions: ['art9f', 'dbl7_1'],
      cprBasis: ['dbl11_2_4'],
      dataSource: L('Journalen, klageren og myndigheden.', 'The record, the complainant and the authority.'),
      dpiaStatus: 'notNeeded',
      systems: ['records', 'secureMail'],
      securityMeasures: ['accessControl', 'encryptedEmail'],
      retention: RULES.caseByCase,
      deletionRoutine: L(
        'Gennemgå afsluttede sager og slet sagsakter, der ikke længere kan få betydning.',
        'Review closed cases and delete case papers that can no longer matter.',
      ),
      routineCadence: 'yearly',
      groups: [
        {
          subjectGroup: 'complainants',
          data: ['name', 'contactDetails', 'cprNumber', 'health', 'correspondence'],
          recipients: ['board'],
        },
      ],
    },
  ],
};
