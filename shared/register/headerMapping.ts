// Header mapping: which schema column a header in someone's own register means. Registers
// kept in Excel or Word use their own wording ("Formål med behandlingen", "Purpose(s) of
// processing", "Tidsfrister for sletning"), so the CLI's import and the add-on's import map
// headers through this one table of Danish and English synonyms. Matching ignores case,
// accents, punctuation and whitespace, and the schema's own headers in both languages (and
// the column ids) are always recognised. Pure data and pure functions: runs in every runtime.

import { BREACH_HEADER_SYNONYMS } from './breachesSheet.ts';
import { columnDef, SHEETS, type SheetDef, sheetDef } from './schema.ts';
import type { SheetId, TableSheetId } from './types.ts';

export interface ColumnRef {
  sheet: SheetId;
  id: string;
}

export interface MappedHeader {
  /** 0-based position of the header in the row. */
  index: number;
  header: string;
  column: ColumnRef | null;
}

export interface HeaderMappingResult {
  mapping: MappedHeader[];
  /** Non-blank headers that map to no column (or repeat a single-value column). */
  unmapped: string[];
}

/**
 * Extra spellings per sheet and column, beyond the schema's own Danish and English headers.
 * Every column of every sheet has an entry (a test checks it), even where the schema's
 * headers are all anyone writes. Spellings need no care for case, accents or punctuation.
 */
export const HEADER_SYNONYMS: Record<SheetId, Record<string, readonly string[]>> = {
  organisation: {
    registerName: ['Fortegnelse', 'Register', 'Record of processing activities', 'Navn på fortegnelsen'],
    role: ['Dataansvarlig eller databehandler', 'Controller or processor', 'Organisationens rolle'],
    controllerName: [
      'Dataansvarlig',
      'Den dataansvarlige',
      'Navn på dataansvarlig',
      'Virksomhed',
      'Virksomhedens navn',
      'Organisationens navn',
      'Myndighed',
      'Controller',
      'Name of controller',
      'Controller name',
      'Organisation name',
      'Company',
      'Company name',
    ],
    controllerAddress: ['Adresse', 'Address', 'Postadresse', 'Postal address'],
    controllerRegNo: [
      'CVR',
      'CVR-nummer',
      'CVR nr',
      'Registreringsnummer',
      'Registration number',
      'VAT number',
    ],
    controllerEmail: ['E-mail', 'Email', 'Mail', 'Kontakt-e-mail', 'Contact email', 'E-mailadresse'],
    controllerPhone: ['Telefon', 'Tlf', 'Tlf.nr', 'Telefonnummer', 'Phone', 'Telephone'],
    isPublicAuthority: ['Offentlig myndighed?', 'Public body', 'Public authority or body'],
    jointControllerName: [
      'Fælles dataansvarlig',
      'Fælles dataansvarlige',
      'Joint controller',
      'Joint controllers',
    ],
    jointControllerContact: ['Fælles dataansvarlig kontakt', 'Joint controller contact details'],
    representativeName: ['Repræsentant', 'Representative', "Controller's representative"],
    representativeContact: ['Repræsentant kontakt', 'Representative contact details'],
    dpoName: [
      'Databeskyttelsesrådgiver',
      'DPO',
      'Data protection officer',
      'Databeskyttelsesrådgiver (DPO)',
      'Data Protection Officer (DPO)',
    ],
    dpoContact: [
      'DPO kontakt',
      'DPO contact',
      'DPO e-mail',
      'DPO email',
      'Kontakt til databeskyttelsesrådgiver',
    ],
    fiscalYearEnd: [
      'Regnskabsår slutter',
      'Regnskabsårets afslutning',
      'Fiscal year end',
      'Financial year end',
    ],
    language: ['Language', 'Sprog'],
    dueSoonDays: ['Varsel (dage)', 'Due soon (days)', 'Reminder window'],
    escalationAfterDays: ['Eskalering (dage)', 'Escalation (days)'],
    floorReviewDays: ['Minimumsfrist, beslutning (dage)', 'Minimum period decision (days)'],
    maxExtensionMonths: ['Længste forlængelse (måneder)', 'Maximum extension (months)', 'Max extension'],
    adminEmail: ['Administrator', 'Admin e-mail', 'Admin email'],
    escalationEmail: ['Eskaleringskontakt', 'Escalation contact', 'Escalation email'],
  },
  activities: {
    id: ['Aktivitets-id', 'Activity id'],
    name: [
      'Behandling',
      'Behandlingsaktivitet',
      'Behandlingsaktiviteter',
      'Behandlingens navn',
      'Navn på behandlingen',
      'Navn på behandlingsaktivitet',
      'Aktivitet',
      'Navn',
      'Processing activity',
      'Name of processing activity',
      'Name of the processing activity',
      'Processing',
      'Activity',
      'Activity name',
      'Processing operation',
      'Name',
    ],
    purpose: [
      'Formål',
      'Formål med behandlingen',
      'Formålet med behandlingen',
      'Formål med behandlingerne',
      'Behandlingens formål',
      'Formålene med behandlingen',
      'Purpose',
      'Purposes',
      'Purpose of processing',
      'Purposes of processing',
      'Purpose(s) of processing',
      'Purpose of the processing',
      'Purposes of the processing',
    ],
    owner: [
      'Ansvarlig',
      'Ansvarlig person',
      'Kontaktperson',
      'Systemejer',
      'Ejer',
      'Owner',
      'Responsible',
      'Responsible person',
      'Process owner',
      'Contact person',
    ],
    legalBases: [
      'Behandlingsgrundlag',
      'Hjemmel',
      'Retsgrundlag',
      'Lovgrundlag',
      'Behandlingshjemmel',
      'Hjemmel til behandlingen',
      'Lovligt grundlag',
      'Lawful basis',
      'Lawful basis for processing',
      'Legal basis',
      'Legal bases',
      'Legal basis for processing',
      'Art. 6',
    ],
    art9Conditions: [
      'Art. 9',
      'Artikel 9',
      'Hjemmel til følsomme oplysninger',
      'Behandlingsgrundlag for følsomme oplysninger',
      'Følsomme oplysninger hjemmel',
      'Special category condition',
      'Art. 9 condition',
      'Behandlingsgrundlag art. 9',
      'Hjemmel art. 9',
      'Legal basis Art. 9',
      'Condition for special category data',
    ],
    art10Basis: [
      'Art. 10',
      'Artikel 10',
      'Straffedomme',
      'Strafbare forhold',
      'Hjemmel til oplysninger om strafbare forhold',
      'Criminal offence data',
      'Criminal convictions',
      'DBL § 8',
      'Behandlingsgrundlag art. 10',
      'Legal basis Art. 10',
    ],
    cprBasis: ['CPR-hjemmel', 'Hjemmel til CPR-nummer', 'CPR ground', 'CPR basis', 'DBL § 11'],
    consentRecord: [
      'Samtykke',
      'Dokumentation for samtykke',
      'Samtykkeregistrering',
      'Consent',
      'Consent record',
      'Record of consent',
      'How consent is recorded',
    ],
    legitimateInterestAssessment: [
      'Interesseafvejning',
      'Legitim interesse',
      'Legitimate interest assessment',
      'LIA',
      'Balancing test',
    ],
    dataSource: [
      'Kilde',
      'Kilder',
      'Oplysningernes kilde',
      'Hvor kommer oplysningerne fra',
      'Source',
      'Data source',
      'Source of data',
      'Source of personal data',
    ],
    automatedDecisions: [
      'Automatiske afgørelser',
      'Profilering',
      'Automatisk behandling',
      'Automated decision-making',
      'Profiling',
      'Automated decisions',
    ],
    dpiaStatus: [
      'DPIA',
      'Konsekvensanalyse',
      'Konsekvensanalyse nødvendig',
      'DPIA required',
      'DPIA needed',
      'DPIA status',
    ],
    systems: [
      'Systemer',
      'It-systemer',
      'IT-system',
      'System',
      'Opbevaring',
      'Opbevaringssted',
      'Hvor opbevares oplysningerne',
      'Systems',
      'IT systems',
      'Systems used',
      'Storage',
      'Storage location',
      'Where is the data stored',
    ],
    securityMeasures: [
      'Sikkerhed',
      'Sikkerhedsforanstaltninger',
      'Tekniske og organisatoriske sikkerhedsforanstaltninger',
      'Generel beskrivelse af tekniske og organisatoriske sikkerhedsforanstaltninger',
      'Security',
      'Security measures',
      'Technical and organisational security measures',
      'Technical and organizational security measures',
      'Technical and organisational measures',
      'TOMs',
    ],
    retention: [
      'Slettefrist',
      'Slettefrister',
      'Sletning',
      'Tidsfrist for sletning',
      'Tidsfrister for sletning',
      'Tidsfrister for sletning af de forskellige kategorier af oplysninger',
      'Opbevaringsperiode',
      'Opbevaringstid',
      'Hvornår slettes oplysningerne',
      'Retention',
      'Retention period',
      'Retention periods',
      'Retention schedule',
      'Time limit for erasure',
      'Time limits for erasure',
      'Envisaged time limits for erasure',
      'Erasure',
      'Deletion',
    ],
    deletionRoutine: [
      'Sletterutine',
      'Slettepraksis',
      'Sletteprocedure',
      'Deletion routine',
      'Deletion procedure',
    ],
    routineCadence: ['Interval', 'Hyppighed', 'Sletteinterval', 'Cadence', 'Frequency', 'Deletion frequency'],
    routineLastRun: [
      'Sidst slettet',
      'Seneste sletning',
      'Last deletion',
      'Last deleted',
      'Routine last run',
    ],
    lastReview: [
      'Sidst opdateret',
      'Senest opdateret',
      'Senest revideret',
      'Revideret',
      'Gennemgået',
      'Dato for gennemgang',
      'Last review',
      'Last reviewed',
      'Last updated',
      'Review date',
    ],
    improvements: [
      'Forbedringer',
      'Bemærkninger',
      'Handlinger',
      'Improvements',
      'Remarks',
      'Notes',
      'Actions',
    ],
    routineDue: ['Rutine forfalder', 'Routine due'],
    routineStatus: ['Rutinestatus', 'Routine status'],
  },
  dataCategories: {
    id: ['Datakategori-id', 'Data category id'],
    activityId: ['Aktivitets-id', 'Activity id'],
    activity: ['Behandling', 'Aktivitet', 'Processing activity', 'Activity'],
    subjectGroup: [
      'Registrerede',
      'De registrerede',
      'Kategorier af registrerede',
      'Kategori af registrerede',
      'Kategorier af registrerede personer',
      'Registrerede personer',
      'Hvem behandles der oplysninger om',
      'Data subjects',
      'Categories of data subjects',
      'Category of data subjects',
      'Data subject categories',
      'Data subject category',
      'Data subject groups',
    ],
    dataCategories: [
      'Personoplysninger',
      'Oplysninger',
      'Kategorier af personoplysninger',
      'Kategori af personoplysninger',
      'Kategorier af oplysninger',
      'Typer af personoplysninger',
      'Hvilke oplysninger',
      'Personal data',
      'Categories of personal data',
      'Category of personal data',
      'Personal data categories',
      'Types of personal data',
      'Data categories',
    ],
    sensitivity: [
      'Følsomhed',
      'Type af oplysninger',
      'Følsomme oplysninger',
      'Almindelige eller følsomme',
      'Sensitivity',
      'Special categories',
      'Special category data',
    ],
    recipients: [
      'Modtagere',
      'Modtager',
      'Kategorier af modtagere',
      'Modtagere af oplysningerne',
      'Videregivelse',
      'Videregives til',
      'Databehandler',
      'Databehandlere',
      'Databehandlere og modtagere',
      'Recipients',
      'Recipient',
      'Categories of recipients',
      'Recipients of the data',
      'Disclosed to',
      'Data processor',
      'Data processors',
      'Processor',
      'Processors',
      'Processors and recipients',
    ],
    thirdCountries: [
      'Tredjelande',
      'Tredjeland',
      'Overførsel til tredjelande',
      'Overførsler til tredjelande',
      'Overførsel til tredjelande eller internationale organisationer',
      'Overførsel til lande uden for EU',
      'Third countries',
      'Third country',
      'Transfers',
      'Third country transfers',
      'Transfers to third countries',
      'Transfers to third countries or international organisations',
      'International transfers',
    ],
    retention: ['Slettefrist for kategorien', 'Retention for this category'],
  },
  processorRecord: {
    id: ['Id'],
    controllerName: [
      'Kunde',
      'Dataansvarlig',
      'Kundens navn',
      'Customer',
      'Controller',
      'Name of controller',
    ],
    controllerContact: ['Kontakt', 'Kundekontakt', 'Contact', 'Controller contact details'],
    processingCategories: [
      'Behandling',
      'Behandlinger',
      'Kategorier af behandlinger',
      'Kategorier af behandling der foretages',
      'Processing',
      'Categories of processing',
      'Categories of processing carried out',
    ],
    subProcessors: ['Underleverandører', 'Underdatabehandler', 'Sub-processor', 'Subprocessors'],
    thirdCountries: [
      'Tredjelande',
      'Overførsel til tredjelande',
      'Third countries',
      'Transfers to third countries',
    ],
    transferMechanism: ['Overførselsgrundlag', 'Grundlag for overførsel', 'Transfer mechanism', 'Safeguards'],
    securityMeasures: [
      'Sikkerhedsforanstaltninger',
      'Tekniske og organisatoriske sikkerhedsforanstaltninger',
      'Security measures',
      'Technical and organisational measures',
    ],
    dpaDate: ['Databehandleraftale', 'DPA', 'Data processing agreement', 'DPA signed'],
  },
  recipients: {
    id: ['Id'],
    name: ['Modtager', 'Databehandler', 'Leverandør', 'Recipient', 'Processor', 'Supplier', 'Vendor'],
    type: ['Modtagertype', 'Rolle', 'Recipient type', 'Role'],
    category: ['Modtagerkategori', 'Recipient category'],
    country: ['Land', 'Lande', 'Placering', 'Location', 'Countries'],
    transferMechanism: ['Overførselsgrundlag', 'Grundlag for overførsel', 'Transfer mechanism', 'Safeguards'],
    dpaDate: [
      'Databehandleraftale',
      'Databehandleraftale indgået',
      'DPA',
      'DPA signed',
      'Data processing agreement',
    ],
    subProcessorOf: ['Underdatabehandler for', 'Sub-processor of'],
    contact: ['Kontaktoplysninger', 'Contact details'],
  },
  systems: {
    id: ['Id'],
    name: ['System', 'It-system', 'Opbevaringssted', 'IT system', 'Storage place'],
    type: ['Systemtype', 'System type'],
    processor: ['Leverandør', 'Databehandler', 'Supplier', 'Vendor', 'Processor'],
    country: ['Land', 'Placering', 'Location'],
    notes: ['Noter', 'Note', 'Notes', 'Remarks'],
  },
  securityMeasures: {
    id: ['Id'],
    name: ['Sikkerhedsforanstaltning', 'Security measure', 'Control'],
    type: ['Type af foranstaltning', 'Teknisk eller organisatorisk', 'Technical or organisational'],
    description: ['Beskrivelse', 'Description'],
  },
  retentionLog: {
    id: ['Id'],
    reference: ['Reference', 'Ref', 'Sagsnr', 'Kundenr', 'Case id', 'Client no'],
    activityId: ['Aktivitets-id', 'Activity id'],
    activity: ['Behandling', 'Aktivitet', 'Activity'],
    dataCategoryId: ['Datakategori-id', 'Data category id'],
    subjectGroup: ['Registrerede', 'Data subjects'],
    collected: ['Modtaget', 'Indsamlet', 'Oprettet', 'Received', 'Created'],
    lastContact: ['Seneste kontakt', 'Sidste session', 'Sidste køb', 'Last session', 'Last purchase'],
    relationshipEnded: ['Ophørt', 'Kundeforhold ophørt', 'Ansættelse ophørt', 'Ended', 'Relationship ended'],
    purposeFulfilled: ['Sag lukket', 'Stilling besat', 'Case closed', 'Position filled'],
    recordDate: ['Bilagsdato', 'Regnskabsdato', 'Record date', 'Voucher date'],
    customEvent: ['Hændelsesdato', 'Event date'],
    legalHold: ['Verserende krav', 'Tvist', 'Legal hold', 'Litigation hold'],
    extendedUntil: ['Forlænget til', 'Extended until'],
    extensionReason: ['Begrundelse', 'Reason'],
    deletedOn: ['Slettet', 'Slettet dato', 'Deleted', 'Date deleted'],
    due: ['Frist', 'Slettes senest', 'Due', 'Due date'],
    status: ['Status'],
  },
  deletionLog: {
    holdingId: ['Registrerings-id', 'Holding id'],
    reference: ['Reference'],
    activity: ['Aktivitet', 'Activity'],
    rule: ['Slettefrist', 'Regel', 'Rule', 'Retention'],
    due: ['Frist', 'Due'],
    deletedOn: ['Slettet', 'Deleted'],
    deletedBy: ['Slettet af', 'Deleted by'],
    method: ['Metode', 'Slettemetode', 'Method'],
    source: ['Kilde', 'Source'],
    signature: ['Signatur', 'Signature'],
    prevHash: ['Forrige hash', 'Previous hash'],
    hash: ['Hash'],
  },
  breaches: BREACH_HEADER_SYNONYMS,
  requests: {
    id: ['Id'],
    reference: ['Reference', 'Sagsnr.', 'Sagsnummer', 'Case no.', 'Case id'],
    type: ['Type', 'Rettighed', 'Anmodningstype', 'Request type', 'Right'],
    received: ['Modtaget', 'Modtagelsesdato', 'Received', 'Date received'],
    channel: ['Kanal', 'Channel'],
    identityCheck: ['Identitet', 'ID-kontrol', 'Identity', 'ID check'],
    identityCheckedOn: ['Kontrolleret', 'ID kontrolleret den', 'Identity checked on'],
    activities: ['Aktiviteter', 'Behandlingsaktivitet', 'Activities', 'Processing activity'],
    responsible: ['Ansvarlig', 'Sagsbehandler', 'Responsible', 'Owner'],
    extensionReason: ['Forlængelse begrundelse', 'Extension reason'],
    extensionNotified: ['Forlængelse meddelt den', 'Extension notice', 'Extension notified on'],
    answeredOn: ['Besvaret den', 'Svardato', 'Answered on', 'Date answered'],
    outcome: ['Resultat', 'Udfald', 'Outcome', 'Result'],
    refusalReason: ['Afslagsgrund', 'Refusal reason'],
    due: ['Frist', 'Svarfrist', 'Deadline', 'Due'],
    status: ['Status'],
    erasureExceptions: ['Undtagelser', 'Art. 17(3)', 'Exceptions'],
  },
  lists: Object.fromEntries(sheetDef('lists').columns.map((c) => [c.id, [c.id]])),
};

/**
 * The columns a table of each sheet may hold, in order of precedence. A register kept as one
 * row per activity also holds what the schema keeps on the Data categories sheet (groups,
 * categories, recipients, third countries), so its headers are mapped onto both.
 */
const IMPORT_SCOPE: Record<TableSheetId, readonly ColumnRef[]> = Object.fromEntries(
  SHEETS.filter((s) => s.kind === 'table').map((s) => [
    s.id,
    s.columns.map((c) => ({ sheet: s.id, id: c.id })),
  ]),
) as unknown as Record<TableSheetId, readonly ColumnRef[]>;

/** The Data-categories columns a one-row-per-activity register carries beside the activity's own. */
export const FLAT_DATA_CATEGORY_COLUMNS = [
  'subjectGroup',
  'dataCategories',
  'sensitivity',
  'recipients',
  'thirdCountries',
] as const;

IMPORT_SCOPE.activities = [
  ...IMPORT_SCOPE.activities,
  ...FLAT_DATA_CATEGORY_COLUMNS.map((id) => ({ sheet: 'dataCategories' as const, id })),
];

/**
 * The comparison key of a header: lower case, accents and Danish letters folded (æ→ae,
 * ø→o, å→a, and the ASCII spellings aa/oe folded the same way, so "Formaal" and "Formål"
 * meet), then everything that is not a letter or digit removed.
 */
export function headerKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o');
}

/** Further readings of a header people decorate: "b) Formål", "Modtager(e)", "Slettefrist *". */
function headerVariants(header: string): string[] {
  const plainEnumeration = header.replace(/^\s*(?:\d{1,2}|[a-gA-G])\s*[.)]\s+/, '');
  const withoutParentheses = plainEnumeration.replace(/\([^)]*\)/g, ' ');
  return [header, plainEnumeration, withoutParentheses].map(headerKey).filter((k) => k.length > 0);
}

const indexCache = new Map<string, Map<string, ColumnRef>>();

function keyIndex(sheet: SheetId): Map<string, ColumnRef> {
  const cached = indexCache.get(sheet);
  if (cached) return cached;
  const scope: readonly ColumnRef[] =
    sheet === 'organisation'
      ? sheetDef('organisation').columns.map((c) => ({ sheet: 'organisation' as const, id: c.id }))
      : IMPORT_SCOPE[sheet];
  const index = new Map<string, ColumnRef>();
  const add = (text: string, ref: ColumnRef) => {
    for (const key of headerVariants(text)) if (!index.has(key)) index.set(key, ref);
  };
  // Precedence: every column's schema headers, then its id, then its synonyms, so a
  // synonym never steals a header the schema gives to another column.
  for (const ref of scope) {
    const def = columnDef(ref.sheet, ref.id)!;
    add(def.header.da, ref);
    add(def.header.en, ref);
  }
  for (const ref of scope) add(ref.id, ref);
  for (const ref of scope) for (const s of HEADER_SYNONYMS[ref.sheet][ref.id] ?? []) add(s, ref);
  indexCache.set(sheet, index);
  return index;
}

/** The column a single header or organisation field label means, or null. */
export function findColumn(header: string, sheet: SheetId = 'activities'): ColumnRef | null {
  const index = keyIndex(sheet);
  const variants = headerVariants(header);
  for (const key of variants) {
    const hit = index.get(key);
    if (hit) return hit;
  }
  // A longer header that starts with a known one ("Formål med behandlingen af oplysninger
  // om kunder") still means it; short keys are too ambiguous to use this way.
  let best: { ref: ColumnRef; length: number } | null = null;
  for (const key of variants) {
    for (const [known, ref] of index) {
      if (known.length >= 8 && known.length < key.length && key.startsWith(known)) {
        if (!best || known.length > best.length) best = { ref, length: known.length };
      }
    }
  }
  return best?.ref ?? null;
}

function isMultiValue(ref: ColumnRef): boolean {
  const type = columnDef(ref.sheet, ref.id)?.type;
  return type === 'multiEnum' || type === 'multiReference';
}

/**
 * Maps a header row onto schema columns of `sheet` (for 'activities', the one-row-per-activity
 * register: activity columns plus the data-category columns). Two headers may share a
 * multi-value column (their values are merged, e.g. "Modtagere" and "Databehandlere"); a
 * second header for a single-value column stays unmapped so it is reported, not dropped.
 */
export function mapHeaders(headers: readonly string[], sheet: SheetId = 'activities'): HeaderMappingResult {
  const taken = new Set<string>();
  const mapping: MappedHeader[] = [];
  const unmapped: string[] = [];
  headers.forEach((raw, index) => {
    const header = raw == null ? '' : String(raw).trim();
    let column = header ? findColumn(header, sheet) : null;
    if (column) {
      const key = `${column.sheet}.${column.id}`;
      if (taken.has(key) && !isMultiValue(column)) column = null;
      else taken.add(key);
    }
    mapping.push({ index, header, column });
    if (!column && header) unmapped.push(header);
  });
  return { mapping, unmapped };
}

/** The schema sheet a sheet title names, in either language (case and spacing ignored). */
export function sheetIdForTitle(title: string): SheetId | null {
  const key = headerKey(title);
  for (const def of SHEETS) {
    if (headerKey(def.title.da) === key || headerKey(def.title.en) === key) return def.id;
  }
  return null;
}

/**
 * Maps a header row onto the sheet's schema columns. Several id columns share the header
 * "Id": they are taken in schema order. Headers that map to another sheet's column, or to
 * nothing, are the user's own columns.
 */
export function mapSheetHeaders(def: SheetDef, headers: readonly unknown[]): Map<string, number> {
  const columns = new Map<string, number>();
  const texts = headers.map((h) => (h === null || h === undefined ? '' : String(h)));
  const idColumns = def.columns.filter((c) => c.type === 'id').map((c) => c.id);
  let nextId = 0;
  const { mapping } = mapHeaders(texts, def.id);
  for (const m of mapping) {
    if (headerKey(m.header) === 'id') {
      const id = idColumns[nextId++];
      if (id && !columns.has(id)) columns.set(id, m.index + 1);
      continue;
    }
    const ref = m.column;
    if (ref && ref.sheet === def.id && !columns.has(ref.id)) columns.set(ref.id, m.index + 1);
  }
  return columns;
}
