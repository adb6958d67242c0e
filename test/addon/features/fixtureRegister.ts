// A realistic small register for the sidebar tests and screenshots: a Danish psychology
// practice with client treatment, payroll and recruitment, its recipients, systems, security
// measures, a retention log with overdue, due-soon and fine entries, and an empty deletion
// log. Written into a fake spreadsheet the way Set up register lays sheets out (one header
// row per sheet, schema column order, titles and headers in the register's language).

import { ORGANISATION, sheetDef } from '../../../shared/register/schema.ts';
import type { DocumentRow, Lang, RegisterDocument, TableSheetId } from '../../../shared/register/types.ts';
import { FakeSpreadsheet } from '../fakes/index.ts';

export const PRACTICE: RegisterDocument = {
  schemaVersion: 1,
  lang: 'da',
  organisation: {
    registerName: 'Psykologpraksis Nordlys',
    role: 'Dataansvarlig',
    controllerName: 'Psykologpraksis Nordlys ApS',
    controllerAddress: 'Vestergade 12, 8000 Aarhus C',
    controllerEmail: 'kontakt@nordlys-psykologi.dk',
    dpoName: 'Ingen',
    fiscalYearEnd: '12-31',
    language: 'Dansk',
    dueSoonDays: 14,
  },
  sheets: {
    activities: [
      {
        id: 'act-klient',
        name: 'Klientbehandling',
        purpose: 'Udredning og behandling af klienter samt journalføring efter autorisationsloven',
        owner: 'mette@nordlys-psykologi.dk',
        legalBases: 'Retlig forpligtelse (art. 6(1)(c))',
        art9Conditions: 'DBL § 7(3) sundhedsperson med tavshedspligt',
        cprBasis: 'DBL § 11(2)(1) lovhjemmel',
        dpiaStatus: 'Gennemført',
        systems: 'Journalsystem',
        securityMeasures: 'Adgangsstyring, To-faktor-login',
        retention: '5 år efter sidste konsultation',
        deletionRoutine: 'Slet journaler 5 år efter sidste konsultation',
        routineCadence: 'Kvartalsvis',
        routineLastRun: '2026-06-30',
        lastReview: '2026-02-01',
      },
      {
        id: 'act-loen',
        name: 'Lønadministration',
        purpose: 'Udbetaling af løn, indberetning til Skattestyrelsen og pension',
        owner: 'jonas@nordlys-psykologi.dk',
        legalBases: 'Kontrakt (art. 6(1)(b)), Retlig forpligtelse (art. 6(1)(c))',
        cprBasis: 'DBL § 11(2)(1) lovhjemmel',
        systems: 'Lønsystem',
        securityMeasures: 'Adgangsstyring',
        retention: '5 år fra udgangen af regnskabsåret',
        lastReview: '2026-02-01',
      },
      {
        id: 'act-rekr',
        name: 'Rekruttering',
        purpose: 'Vurdering af ansøgere til ledige stillinger',
        owner: 'jonas@nordlys-psykologi.dk',
        legalBases: 'Samtykke (art. 6(1)(a))',
        systems: 'Outlook',
        securityMeasures: 'Adgangsstyring',
        retention: '6 måneder efter modtagelse',
        deletionRoutine: 'Slet ansøgninger ældre end 6 mdr. i rekrutteringsmappen',
        routineCadence: 'Månedlig',
        routineLastRun: '2026-09-15',
        lastReview: '2026-02-01',
      },
    ],
    dataCategories: [
      {
        id: 'dc-klient-1',
        activityId: 'act-klient',
        activity: 'Klientbehandling',
        subjectGroup: 'Klienter',
        dataCategories: 'Navn, Kontaktoplysninger, Helbredsoplysninger, CPR-nummer',
        sensitivity: 'Følsomme (art. 9), CPR-nummer (DBL § 11)',
        recipients: 'Journalleverandør ApS',
        thirdCountries: 'Ingen',
      },
      {
        id: 'dc-loen-1',
        activityId: 'act-loen',
        activity: 'Lønadministration',
        subjectGroup: 'Medarbejdere',
        dataCategories: 'Navn, Løn, Bankkonto, Skatteoplysninger, CPR-nummer',
        recipients: 'Lønbureau A/S, Skattestyrelsen',
        thirdCountries: 'Ingen',
      },
      {
        id: 'dc-rekr-1',
        activityId: 'act-rekr',
        activity: 'Rekruttering',
        subjectGroup: 'Jobansøgere',
        dataCategories: 'Navn, Kontaktoplysninger, CV og ansøgning',
        recipients: 'Ingen',
        thirdCountries: 'Ingen',
      },
    ],
    recipients: [
      {
        id: 'rcp-1',
        name: 'Journalleverandør ApS',
        type: 'Databehandler',
        country: 'Danmark',
        dpaDate: '2025-03-01',
      },
      {
        id: 'rcp-2',
        name: 'Lønbureau A/S',
        type: 'Databehandler',
        country: 'Danmark',
        dpaDate: '2024-11-12',
      },
      { id: 'rcp-3', name: 'Skattestyrelsen', type: 'Offentlig myndighed', country: 'Danmark' },
    ],
    systems: [
      {
        id: 'sys-1',
        name: 'Journalsystem',
        type: 'Cloudtjeneste',
        processor: 'Journalleverandør ApS',
        country: 'Danmark',
      },
      {
        id: 'sys-2',
        name: 'Lønsystem',
        type: 'Cloudtjeneste',
        processor: 'Lønbureau A/S',
        country: 'Danmark',
      },
      { id: 'sys-3', name: 'Outlook', type: 'E-mail', country: 'Danmark' },
    ],
    securityMeasures: [
      { id: 'sec-1', name: 'Adgangsstyring', type: 'Teknisk', description: 'Personlige logins og roller' },
      { id: 'sec-2', name: 'To-faktor-login', type: 'Teknisk', description: 'På journalsystem og mail' },
    ],
    retentionLog: [
      {
        id: 'h-2021-014',
        reference: 'K-2021-014',
        activityId: 'act-klient',
        activity: 'Klientbehandling',
        lastContact: '2021-03-03',
      },
      {
        id: 'h-2021-022',
        reference: 'K-2021-022',
        activityId: 'act-klient',
        activity: 'Klientbehandling',
        lastContact: '2021-08-20',
      },
      {
        id: 'h-2021-031',
        reference: 'K-2021-031',
        activityId: 'act-klient',
        activity: 'Klientbehandling',
        lastContact: '2021-11-30',
      },
      {
        id: 'h-app-07',
        reference: 'ANS-07',
        activityId: 'act-rekr',
        activity: 'Rekruttering',
        collected: '2026-05-20',
      },
      {
        id: 'h-app-09',
        reference: 'ANS-09',
        activityId: 'act-rekr',
        activity: 'Rekruttering',
        collected: '2026-09-01',
      },
      {
        id: 'h-2025-003',
        reference: 'K-2025-003',
        activityId: 'act-klient',
        activity: 'Klientbehandling',
        lastContact: '2025-10-02',
      },
    ],
    deletionLog: [],
  },
};

/** Writes a register document into a fake spreadsheet laid out as Set up register does. */
export function fakeRegister(
  doc: RegisterDocument = PRACTICE,
  opts: { lang?: Lang; extraSheets?: Record<string, unknown[][]> } = {},
): FakeSpreadsheet {
  const lang = opts.lang ?? doc.lang;
  const ss = FakeSpreadsheet.blank({
    locale: lang === 'da' ? 'da_DK' : 'en_GB',
    firstSheet: ORGANISATION.title[lang],
  });
  const org = ss.sheet(ORGANISATION.title[lang]);
  const orgRows = ORGANISATION.columns.map((c) => [c.header[lang], doc.organisation[c.id] ?? '']);
  org.put(1, 1, [[lang === 'da' ? 'Felt' : 'Field', lang === 'da' ? 'Værdi' : 'Value'], ...orgRows]);
  const tables: TableSheetId[] = [
    'activities',
    'dataCategories',
    'recipients',
    'systems',
    'securityMeasures',
    'retentionLog',
    'deletionLog',
  ];
  for (const id of tables) {
    const def = sheetDef(id);
    const sheet = ss.addSheet(def.title[lang]);
    const rows = (doc.sheets[id] ?? []) as DocumentRow[];
    sheet.put(1, 1, [
      def.columns.map((c) => c.header[lang]),
      ...rows.map((r) => def.columns.map((c) => r[c.id] ?? '')),
    ]);
  }
  for (const [name, grid] of Object.entries(opts.extraSheets ?? {})) ss.addSheet(name).put(1, 1, grid);
  return ss;
}

/** The rows of a register sheet as objects keyed by schema column id (for assertions). */
export function sheetRows(
  ss: FakeSpreadsheet,
  id: TableSheetId,
  lang: Lang = 'da',
): Record<string, unknown>[] {
  const def = sheetDef(id);
  const [header, ...rows] = ss.sheet(def.title[lang]).dumpContent();
  return rows.map((cells) => {
    const out: Record<string, unknown> = {};
    // Several id columns share the header "Id": they are in schema order.
    def.columns.forEach((c, i) => {
      if (String(header[i]) === c.header[lang]) out[c.id] = cells[i];
    });
    return out;
  });
}

/**
 * The practice's register with the mistakes registers typically have: an activity without a
 * purpose and with a retention text nobody can compute, a US processor without a transfer
 * basis or data processing agreement, and a retention-log reference that is a person's name.
 */
export function messyPractice(): RegisterDocument {
  const doc: RegisterDocument = structuredClone(PRACTICE);
  doc.sheets.activities?.push({
    id: 'act-news',
    name: 'Nyhedsbrev',
    purpose: '',
    owner: 'jonas@nordlys-psykologi.dk',
    legalBases: 'Samtykke (art. 6(1)(a))',
    systems: 'Outlook',
    securityMeasures: 'Adgangsstyring',
    retention: 'så længe det giver mening',
    lastReview: '2024-01-10',
  });
  doc.sheets.dataCategories?.push({
    id: 'dc-news-1',
    activityId: 'act-news',
    activity: 'Nyhedsbrev',
    subjectGroup: 'Nyhedsbrevsmodtagere',
    dataCategories: 'Navn, E-mailadresse',
    recipients: 'Mailchimp',
    thirdCountries: 'USA',
  });
  doc.sheets.recipients?.push({ id: 'rcp-4', name: 'Mailchimp', type: 'Databehandler', country: 'USA' });
  doc.sheets.retentionLog?.push({
    id: 'h-x',
    reference: 'Mette Hansen',
    activityId: 'act-rekr',
    activity: 'Rekruttering',
    collected: '2026-10-01',
  });
  return doc;
}
