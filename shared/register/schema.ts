// The register schema as typed data: every sheet, every column, its Danish and English header
// and help note (citing the Article), its type, whether Article 30 requires it and its
// vocabulary. The add-on builds sheets from it, the importer maps headers onto it, the
// validator checks documents against it.

import { joinCitationPieces } from '../vocabularies/citations.ts';
import type { VocabularyId } from '../vocabularies/types.ts';
import { BREACHES } from './breachesSheet.ts';
import type { Localized, SheetId, TableSheetId } from './types.ts';

/** Bump when sheets or columns are added; Set up register upgrades older sheets in place. */
export const SCHEMA_VERSION = 1;

/** The token templates put in blanks the user must fill in. A cell holding it is a warning. */
export const PLACEHOLDER = { da: '«udfyld»', en: '«fill in»' } as const satisfies Localized;

export type ColumnType =
  | 'id' // hidden, stable, generated when missing
  | 'text'
  | 'email'
  | 'date'
  | 'dateTime' // ISO date-time with an explicit offset, e.g. 2026-03-27T09:00:00+01:00
  | 'enum'
  | 'multiEnum'
  | 'reference' // the name of a row in another sheet
  | 'multiReference'
  | 'boolean'
  | 'number';

export interface ColumnDef {
  id: string;
  header: Localized;
  note: Localized;
  type: ColumnType;
  /** The Article 30 point that requires this column, or null where the law does not. */
  art30: string | null;
  /** Required for a complete row (by Art. 30 or by the product's own logic). */
  required: boolean;
  vocabulary?: VocabularyId;
  /** For reference columns: the sheet whose `name` column the value names. */
  references?: TableSheetId;
  /** For reference columns backed by a hidden stable id: that id column. */
  idColumn?: string;
  hidden?: boolean;
  /** Written by the add-on (due dates, status, hashes), not by the user. */
  computed?: boolean;
  /** Column width in pixels in the sheet. */
  width?: number;
  /** Multi-value columns allow entries outside the vocabulary (kept on the Lists sheet). */
  allowCustom?: boolean;
}

export type RegisterRole = 'controller' | 'processor';

export interface SheetDef {
  id: SheetId;
  title: Localized;
  /** 'form' is the two-column field/value Organisation sheet; 'table' has one header row. */
  kind: 'form' | 'table';
  /** Which register roles need this sheet. */
  roles: RegisterRole[];
  columns: ColumnDef[];
  /** Column holding the row's stable id, where the sheet has one. */
  idColumn?: string;
  /** Column naming the row, used by references from other sheets. */
  nameColumn?: string;
}

const L = (da: string, en: string): Localized => ({ da, en });

function col(
  id: string,
  type: ColumnType,
  header: Localized,
  note: Localized,
  extra: Partial<ColumnDef> = {},
): ColumnDef {
  return { id, type, header, note, art30: null, required: false, ...extra };
}

const idCol = (id = 'id'): ColumnDef =>
  col(id, 'id', L('Id', 'Id'), L('Fast id. Må ikke ændres.', 'Stable id. Do not change.'), {
    hidden: true,
    width: 90,
  });

export const ORGANISATION: SheetDef = {
  id: 'organisation',
  title: L('Organisation', 'Organisation'),
  kind: 'form',
  roles: ['controller', 'processor'],
  columns: [
    col(
      'registerName',
      'text',
      L('Fortegnelsens navn', 'Register name'),
      L(
        'Et navn til fortegnelsen, fx organisationens navn.',
        'A name for the register, e.g. the organisation name.',
      ),
    ),
    col(
      'role',
      'enum',
      L('Rolle', 'Role'),
      L(
        'Er organisationen dataansvarlig, databehandler eller begge? Art. 30(1) og 30(2).',
        'Is the organisation a controller, a processor or both? Art. 30(1) and 30(2).',
      ),
      { vocabulary: 'role', required: true, art30: 'Art. 30(1)/(2)' },
    ),
    col(
      'controllerName',
      'text',
      L('Dataansvarlig: navn', 'Controller: name'),
      L('Organisationens navn. Art. 30(1)(a).', 'The organisation name. Art. 30(1)(a).'),
      { required: true, art30: 'Art. 30(1)(a)' },
    ),
    col(
      'controllerAddress',
      'text',
      L('Dataansvarlig: adresse', 'Controller: address'),
      L('Postadresse. Art. 30(1)(a).', 'Postal address. Art. 30(1)(a).'),
      { required: true, art30: 'Art. 30(1)(a)' },
    ),
    col(
      'controllerRegNo',
      'text',
      L('CVR-nr.', 'Company reg. no.'),
      L('CVR-nummer eller andet registreringsnummer.', 'Company registration number.'),
    ),
    col(
      'controllerEmail',
      'email',
      L('Dataansvarlig: e-mail', 'Controller: email'),
      L('Kontakt-e-mail. Art. 30(1)(a).', 'Contact email. Art. 30(1)(a).'),
      { required: true, art30: 'Art. 30(1)(a)' },
    ),
    col(
      'controllerPhone',
      'text',
      L('Dataansvarlig: telefon', 'Controller: phone'),
      L('Telefonnummer. Art. 30(1)(a).', 'Phone number. Art. 30(1)(a).'),
    ),
    col(
      'isPublicAuthority',
      'boolean',
      L('Offentlig myndighed', 'Public authority'),
      L(
        'Ja for fx kommuner og offentlige skoler. De kan ikke bruge legitime interesser (art. 6(1)(f)) til deres opgaver.',
        'Yes for e.g. municipalities and public schools. They cannot rely on legitimate interests (Art. 6(1)(f)) for their tasks.',
      ),
    ),
    col(
      'jointControllerName',
      'text',
      L('Fælles dataansvarlig: navn', 'Joint controller: name'),
      L(
        'Hvis der er en fælles dataansvarlig (art. 26). Art. 30(1)(a).',
        'If there is a joint controller (Art. 26). Art. 30(1)(a).',
      ),
      { art30: 'Art. 30(1)(a)' },
    ),
    col(
      'jointControllerContact',
      'text',
      L('Fælles dataansvarlig: kontakt', 'Joint controller: contact'),
      L('Kontaktoplysninger. Art. 30(1)(a).', 'Contact details. Art. 30(1)(a).'),
      { art30: 'Art. 30(1)(a)' },
    ),
    col(
      'representativeName',
      'text',
      L('Repræsentant: navn', 'Representative: name'),
      L(
        'Kun for organisationer uden for EU (art. 27). Art. 30(1)(a).',
        'Only for organisations outside the EU (Art. 27). Art. 30(1)(a).',
      ),
      { art30: 'Art. 30(1)(a)' },
    ),
    col(
      'representativeContact',
      'text',
      L('Repræsentant: kontakt', 'Representative: contact'),
      L('Kontaktoplysninger. Art. 30(1)(a).', 'Contact details. Art. 30(1)(a).'),
      { art30: 'Art. 30(1)(a)' },
    ),
    col(
      'dpoName',
      'text',
      L('Databeskyttelsesrådgiver: navn', 'DPO: name'),
      L(
        'Hvis I har en DPO (art. 37). Skriv "Ingen" hvis ikke. Art. 30(1)(a).',
        'If you have a DPO (Art. 37). Write "None" if not. Art. 30(1)(a).',
      ),
      { art30: 'Art. 30(1)(a)' },
    ),
    col(
      'dpoContact',
      'text',
      L('Databeskyttelsesrådgiver: kontakt', 'DPO: contact'),
      L('E-mail eller telefon. Art. 30(1)(a).', 'Email or phone. Art. 30(1)(a).'),
      { art30: 'Art. 30(1)(a)' },
    ),
    col(
      'fiscalYearEnd',
      'text',
      L('Regnskabsårets afslutning (MM-DD)', 'Financial year end (MM-DD)'),
      L(
        'Fx 12-31. Bruges til slettefrister "fra udgangen af regnskabsåret".',
        'E.g. 12-31. Used by retention rules "from the end of the financial year".',
      ),
    ),
    col(
      'language',
      'enum',
      L('Sprog', 'Language'),
      L('Sprog for fortegnelsen og påmindelser.', 'Language of the register and reminders.'),
      { vocabulary: 'language' },
    ),
    col(
      'dueSoonDays',
      'number',
      L('Varsel før sletning (dage)', 'Due-soon window (days)'),
      L(
        'Antal dage før en slettefrist, hvor den vises som "snart". Standard 14.',
        'Days before a deletion deadline when it shows as "due soon". Default 14.',
      ),
    ),
    col(
      'escalationAfterDays',
      'number',
      L('Eskalering efter (dage)', 'Escalate after (days)'),
      L(
        'Antal dage over fristen før eskaleringskontakten får besked. Standard 14.',
        'Days overdue before the escalation contact is told. Default 14.',
      ),
    ),
    col(
      'floorReviewDays',
      'number',
      L('Beslutning om minimumsfrist (dage)', 'Decision after a minimum period (days)'),
      L(
        'Når en minimumsfrist ("mindst 5 år") er udløbet, må oplysningerne slettes. Er der efter så mange dage hverken slettet eller besluttet at beholde dem (med begrundelse og ny dato), vises de til gennemgang. Standard 90.',
        'Once a minimum period ("at least 5 years") has run, the data may be deleted. If after this many days it is neither deleted nor kept by decision (with a reason and a new date), it comes back for review. Default 90.',
      ),
    ),
    col(
      'maxExtensionMonths',
      'number',
      L('Længste forlængelse fra e-mail (måneder)', 'Longest extension from email (months)'),
      L(
        'Den længste nye frist, regnet fra svardagen, som »Jeg har brug for mere tid« i en påmindelse kan give. Længere forlængelser gives i regnearket. Standard 12.',
        'The latest new deadline, counted from the day of answering, that "I need more time" in a reminder can set. Longer extensions are made in the spreadsheet. Default 12.',
      ),
    ),
    col(
      'adminEmail',
      'email',
      L('Administrator: e-mail', 'Administrator: email'),
      L(
        'Får besked om synkronisering og fejlede afsendelser.',
        'Is told about sync problems and failed sends.',
      ),
    ),
    col(
      'escalationEmail',
      'email',
      L('Eskaleringskontakt: e-mail', 'Escalation contact: email'),
      L('Får besked om elementer langt over fristen.', 'Is told about items long overdue.'),
    ),
  ],
};

export const ACTIVITIES: SheetDef = {
  id: 'activities',
  title: L('Behandlingsaktiviteter', 'Processing activities'),
  kind: 'table',
  roles: ['controller'],
  idColumn: 'id',
  nameColumn: 'name',
  columns: [
    idCol(),
    col(
      'name',
      'text',
      L('Behandlingsaktivitet', 'Processing activity'),
      L('Et kort navn, fx "Lønadministration".', 'A short name, e.g. "Payroll".'),
      { required: true, art30: 'Art. 30(1)(b)', width: 200 },
    ),
    col(
      'purpose',
      'text',
      L('Formål', 'Purpose'),
      L('Hvorfor behandles oplysningerne? Art. 30(1)(b).', 'Why is the data processed? Art. 30(1)(b).'),
      { required: true, art30: 'Art. 30(1)(b)', width: 280 },
    ),
    col(
      'owner',
      'email',
      L('Ansvarlig (e-mail)', 'Owner (email)'),
      L('Den person der får påmindelser om sletning.', 'The person who receives deletion reminders.'),
      { required: true, width: 180 },
    ),
    col(
      'legalBases',
      'multiEnum',
      L('Behandlingsgrundlag (art. 6)', 'Legal basis (Art. 6)'),
      L(
        'Et eller flere grundlag fra art. 6(1), adskilt af komma.',
        'One or more bases from Art. 6(1), comma-separated.',
      ),
      { vocabulary: 'legalBasis', required: true, width: 200 },
    ),
    col(
      'art9Conditions',
      'multiEnum',
      L('Art. 9-betingelse', 'Art. 9 condition'),
      L(
        'Kræves ved følsomme oplysninger (art. 9(2), DBL § 7 og § 12).',
        'Required for special-category data (Art. 9(2), DBL § 7 and § 12).',
      ),
      { vocabulary: 'art9Condition', width: 200 },
    ),
    col(
      'art10Basis',
      'multiEnum',
      L('Straffedomme (art. 10 / DBL § 8)', 'Criminal data (Art. 10 / DBL § 8)'),
      L(
        'Kræves ved oplysninger om strafbare forhold, fx straffeattest.',
        'Required for criminal-offence data, e.g. criminal-record certificates.',
      ),
      { vocabulary: 'art10Basis', width: 200 },
    ),
    col(
      'cprBasis',
      'multiEnum',
      L('CPR-hjemmel (DBL § 11)', 'CPR ground (DBL § 11)'),
      L('Kræves når CPR-numre behandles.', 'Required when CPR numbers are processed.'),
      { vocabulary: 'cprBasis', width: 200 },
    ),
    col(
      'consentRecord',
      'text',
      L('Samtykke: registrering og tilbagetrækning', 'Consent: how recorded and withdrawn'),
      L(
        'Hvor gemmes samtykket, og hvordan trækkes det tilbage (art. 7)?',
        'Where is consent recorded, and how is it withdrawn (Art. 7)?',
      ),
    ),
    col(
      'legitimateInterestAssessment',
      'text',
      L('Interesseafvejning (reference)', 'Legitimate-interest assessment (reference)'),
      L('Hvor findes afvejningen ved art. 6(1)(f)?', 'Where is the balancing test for Art. 6(1)(f)?'),
    ),
    col(
      'dataSource',
      'text',
      L('Kilde til oplysningerne', 'Source of the data'),
      L('Fra den registrerede selv eller andre (art. 14)?', 'From the data subject or others (Art. 14)?'),
    ),
    col(
      'automatedDecisions',
      'boolean',
      L('Automatiske afgørelser/profilering', 'Automated decisions/profiling'),
      L(
        'Træffes afgørelser alene automatisk (art. 22)?',
        'Are decisions made solely by automated means (Art. 22)?',
      ),
    ),
    col(
      'dpiaStatus',
      'enum',
      L('Konsekvensanalyse (DPIA)', 'DPIA'),
      L('Er en konsekvensanalyse nødvendig (art. 35)?', 'Is a DPIA needed (Art. 35)?'),
      { vocabulary: 'dpiaStatus' },
    ),
    col(
      'systems',
      'multiReference',
      L('It-systemer og opbevaring', 'IT systems and storage'),
      L(
        'Navne fra arket It-systemer, adskilt af komma.',
        'Names from the IT systems sheet, comma-separated.',
      ),
      { references: 'systems', width: 200 },
    ),
    col(
      'securityMeasures',
      'multiReference',
      L('Sikkerhedsforanstaltninger', 'Security measures'),
      L(
        'Navne fra arket Sikkerhed, adskilt af komma. Art. 30(1)(g).',
        'Names from the Security measures sheet, comma-separated. Art. 30(1)(g).',
      ),
      { references: 'securityMeasures', required: true, art30: 'Art. 30(1)(g)', width: 200 },
    ),
    col(
      'retention',
      'text',
      L('Slettefrist (standard)', 'Retention (default)'),
      L(
        'Fx "5 år fra udgangen af regnskabsåret". Gælder for datakategorier uden egen frist. Art. 30(1)(f).',
        'E.g. "5 years from the end of the financial year". Applies to data categories without their own rule. Art. 30(1)(f).',
      ),
      { required: true, art30: 'Art. 30(1)(f)', width: 220 },
    ),
    col(
      'deletionRoutine',
      'text',
      L('Sletterutine', 'Deletion routine'),
      L(
        'Hvad slettes, hvor og hvordan, fx "Slet ansøgninger ældre end 6 mdr. i rekrutteringsmappen".',
        'What is deleted, where and how.',
      ),
      { width: 220 },
    ),
    col(
      'routineCadence',
      'enum',
      L('Rutinens interval', 'Routine cadence'),
      L('Hvor ofte rutinen køres.', 'How often the routine runs.'),
      { vocabulary: 'cadence' },
    ),
    col(
      'routineLastRun',
      'date',
      L('Rutine sidst kørt', 'Routine last run'),
      L('Dato for seneste gennemførte sletning efter rutinen.', 'Date the routine was last carried out.'),
    ),
    col(
      'lastReview',
      'date',
      L('Senest gennemgået', 'Last reviewed'),
      L('Gennemgå aktiviteten mindst en gang om året.', 'Review the activity at least once a year.'),
    ),
    col(
      'improvements',
      'text',
      L('Forbedringer', 'Improvements'),
      L(
        'Svagheder fundet under kortlægningen, til risikovurderingen.',
        'Weaknesses found while mapping, for the risk assessment.',
      ),
      { width: 220 },
    ),
    col(
      'routineDue',
      'date',
      L('Rutine forfalder', 'Routine due'),
      L('Beregnet af tilføjelsen.', 'Computed by the add-on.'),
      { computed: true },
    ),
    col(
      'routineStatus',
      'text',
      L('Rutinestatus', 'Routine status'),
      L('Beregnet af tilføjelsen.', 'Computed by the add-on.'),
      { computed: true },
    ),
  ],
};

export const DATA_CATEGORIES: SheetDef = {
  id: 'dataCategories',
  title: L('Datakategorier', 'Data categories'),
  kind: 'table',
  roles: ['controller'],
  idColumn: 'id',
  columns: [
    idCol(),
    idCol('activityId'),
    col(
      'activity',
      'reference',
      L('Behandlingsaktivitet', 'Processing activity'),
      L(
        'Navnet på aktiviteten i arket Behandlingsaktiviteter.',
        'The activity name from the Processing activities sheet.',
      ),
      { references: 'activities', idColumn: 'activityId', required: true, width: 200 },
    ),
    col(
      'subjectGroup',
      'enum',
      L('Kategori af registrerede', 'Data-subject group'),
      L(
        'Én gruppe pr. række, fx "Kunder". Art. 30(1)(c).',
        'One group per row, e.g. "Customers". Art. 30(1)(c).',
      ),
      {
        vocabulary: 'dataSubjectGroup',
        required: true,
        art30: 'Art. 30(1)(c)',
        allowCustom: true,
        width: 180,
      },
    ),
    col(
      'dataCategories',
      'multiEnum',
      L('Kategorier af personoplysninger', 'Personal-data categories'),
      L(
        'De oplysninger der behandles om gruppen, adskilt af komma. Art. 30(1)(c).',
        'The data processed about the group, comma-separated. Art. 30(1)(c).',
      ),
      { vocabulary: 'dataCategory', required: true, art30: 'Art. 30(1)(c)', allowCustom: true, width: 260 },
    ),
    col(
      'sensitivity',
      'multiEnum',
      L('Følsomhed', 'Sensitivity'),
      L('Almindelige, art. 9, art. 10 eller CPR.', 'Ordinary, Art. 9, Art. 10 or CPR.'),
      { vocabulary: 'sensitivity', width: 140 },
    ),
    col(
      'recipients',
      'multiReference',
      L('Modtagere', 'Recipients'),
      L(
        'Modtagere af netop disse oplysninger (arket Modtagere), eller "Ingen". Art. 30(1)(d).',
        'Recipients of exactly this data (Recipients sheet), or "None". Art. 30(1)(d).',
      ),
      { references: 'recipients', required: true, art30: 'Art. 30(1)(d)', width: 220 },
    ),
    col(
      'thirdCountries',
      'multiEnum',
      L('Tredjelande', 'Third countries'),
      L(
        'Lande uden for EU/EØS hvortil oplysningerne overføres, eller "Ingen". Art. 30(1)(e).',
        'Countries outside the EU/EEA the data goes to, or "None". Art. 30(1)(e).',
      ),
      { vocabulary: 'country', required: true, art30: 'Art. 30(1)(e)', width: 160 },
    ),
    col(
      'retention',
      'text',
      L('Slettefrist', 'Retention'),
      L('Tom = aktivitetens standardfrist. Art. 30(1)(f).', 'Blank = the activity default. Art. 30(1)(f).'),
      { art30: 'Art. 30(1)(f)', width: 220 },
    ),
  ],
};

export const PROCESSOR_RECORD: SheetDef = {
  id: 'processorRecord',
  title: L('Databehandlerfortegnelse', 'Processor record'),
  kind: 'table',
  roles: ['processor'],
  idColumn: 'id',
  nameColumn: 'controllerName',
  columns: [
    idCol(),
    col(
      'controllerName',
      'text',
      L('Dataansvarlig (kunde)', 'Controller (customer)'),
      L(
        'Den dataansvarlige I behandler for. Art. 30(2)(a).',
        'The controller you process for. Art. 30(2)(a).',
      ),
      { required: true, art30: 'Art. 30(2)(a)', width: 200 },
    ),
    col(
      'controllerContact',
      'text',
      L('Kontaktoplysninger', 'Contact details'),
      L(
        'Den dataansvarliges kontakt, repræsentant og DPO. Art. 30(2)(a).',
        "The controller's contact, representative and DPO. Art. 30(2)(a).",
      ),
      { required: true, art30: 'Art. 30(2)(a)', width: 200 },
    ),
    col(
      'processingCategories',
      'text',
      L('Kategorier af behandling', 'Categories of processing'),
      L(
        'Hvad I gør for kunden, fx hosting, backup, support. Art. 30(2)(b).',
        'What you do for the customer, e.g. hosting, backup, support. Art. 30(2)(b).',
      ),
      { required: true, art30: 'Art. 30(2)(b)', width: 240 },
    ),
    col(
      'subProcessors',
      'multiReference',
      L('Underdatabehandlere', 'Sub-processors'),
      L('Navne fra arket Modtagere, eller "Ingen".', 'Names from the Recipients sheet, or "None".'),
      { references: 'recipients', width: 200 },
    ),
    col(
      'thirdCountries',
      'multiEnum',
      L('Tredjelande', 'Third countries'),
      L(
        'Overførsler til tredjelande, eller "Ingen". Art. 30(2)(c).',
        'Third-country transfers, or "None". Art. 30(2)(c).',
      ),
      { vocabulary: 'country', required: true, art30: 'Art. 30(2)(c)', width: 160 },
    ),
    col(
      'transferMechanism',
      'enum',
      L('Overførselsgrundlag', 'Transfer mechanism'),
      L(
        'Grundlag for overførslen (kap. V). Art. 30(2)(c).',
        'Basis of the transfer (Chapter V). Art. 30(2)(c).',
      ),
      { vocabulary: 'transferMechanism', art30: 'Art. 30(2)(c)' },
    ),
    col(
      'securityMeasures',
      'multiReference',
      L('Sikkerhedsforanstaltninger', 'Security measures'),
      L(
        'Navne fra arket Sikkerhed. Art. 30(2)(d).',
        'Names from the Security measures sheet. Art. 30(2)(d).',
      ),
      { references: 'securityMeasures', required: true, art30: 'Art. 30(2)(d)', width: 200 },
    ),
    col(
      'dpaDate',
      'date',
      L('Databehandleraftale dato', 'DPA date'),
      L(
        'Dato for databehandleraftalen med kunden (art. 28).',
        'Date of the data processing agreement with the customer (Art. 28).',
      ),
    ),
  ],
};

export const RECIPIENTS: SheetDef = {
  id: 'recipients',
  title: L('Modtagere og databehandlere', 'Recipients & processors'),
  kind: 'table',
  roles: ['controller', 'processor'],
  idColumn: 'id',
  nameColumn: 'name',
  columns: [
    idCol(),
    col(
      'name',
      'text',
      L('Navn', 'Name'),
      L('Modtagerens navn, fx "Lønudbyder A/S" eller "Skattestyrelsen".', 'The recipient name.'),
      { required: true, art30: 'Art. 30(1)(d)', width: 200 },
    ),
    col(
      'type',
      'enum',
      L('Type', 'Type'),
      L(
        'Databehandler, underdatabehandler, selvstændig dataansvarlig, fælles dataansvarlig, myndighed eller intern.',
        'Processor, sub-processor, independent controller, joint controller, authority or internal.',
      ),
      { vocabulary: 'recipientType', required: true, width: 180 },
    ),
    col(
      'category',
      'enum',
      L('Kategori', 'Category'),
      L('Fx lønsystem, CRM, bank. Art. 30(1)(d).', 'E.g. payroll, CRM, bank. Art. 30(1)(d).'),
      { vocabulary: 'recipientCategory', allowCustom: true, width: 160 },
    ),
    col(
      'country',
      'enum',
      L('Land', 'Country'),
      L('Hvor behandles oplysningerne? Art. 30(1)(e).', 'Where is the data processed? Art. 30(1)(e).'),
      { vocabulary: 'country', required: true, width: 140 },
    ),
    col(
      'transferMechanism',
      'enum',
      L('Overførselsgrundlag', 'Transfer mechanism'),
      L(
        'Kræves uden for EU/EØS: tilstrækkelighed, DPF, SCC + TIA, BCR … Art. 30(1)(e).',
        'Required outside the EU/EEA: adequacy, DPF, SCC + TIA, BCR … Art. 30(1)(e).',
      ),
      { vocabulary: 'transferMechanism', width: 180 },
    ),
    col(
      'dpaDate',
      'date',
      L('Databehandleraftale dato', 'DPA date'),
      L(
        'Dato for underskrevet databehandleraftale (art. 28). Kræves for databehandlere.',
        'Date the data processing agreement was signed (Art. 28). Required for processors.',
      ),
    ),
    col(
      'subProcessorOf',
      'reference',
      L('Underdatabehandler for', 'Sub-processor of'),
      L(
        'For underdatabehandlere: den databehandler de arbejder for.',
        'For sub-processors: the processor they work for.',
      ),
      { references: 'recipients' },
    ),
    col('contact', 'text', L('Kontakt', 'Contact'), L('Kontaktoplysninger.', 'Contact details.'), {
      width: 180,
    }),
  ],
};

export const SYSTEMS: SheetDef = {
  id: 'systems',
  title: L('It-systemer', 'IT systems'),
  kind: 'table',
  roles: ['controller', 'processor'],
  idColumn: 'id',
  nameColumn: 'name',
  columns: [
    idCol(),
    col(
      'name',
      'text',
      L('System / opbevaringssted', 'System / storage place'),
      L('Fx "Outlook", "Fællesdrev", "Papirmappe".', 'E.g. "Outlook", "Shared drive", "Paper binder".'),
      { required: true, width: 200 },
    ),
    col('type', 'enum', L('Type', 'Type'), L('Cloud, lokalt, papir …', 'Cloud, on premises, paper …'), {
      vocabulary: 'systemType',
      width: 140,
    }),
    col(
      'processor',
      'reference',
      L('Leverandør (databehandler)', 'Supplier (processor)'),
      L(
        'Navn fra arket Modtagere hvis en leverandør behandler data i systemet.',
        'A name from the Recipients sheet if a supplier processes data in the system.',
      ),
      { references: 'recipients', width: 180 },
    ),
    col('country', 'enum', L('Land', 'Country'), L('Hvor data opbevares.', 'Where the data is stored.'), {
      vocabulary: 'country',
      width: 140,
    }),
    col('notes', 'text', L('Bemærkninger', 'Notes'), L('Fri tekst.', 'Free text.'), { width: 220 }),
  ],
};

export const SECURITY_MEASURES: SheetDef = {
  id: 'securityMeasures',
  title: L('Sikkerhed', 'Security measures'),
  kind: 'table',
  roles: ['controller', 'processor'],
  idColumn: 'id',
  nameColumn: 'name',
  columns: [
    idCol(),
    col(
      'name',
      'enum',
      L('Foranstaltning', 'Measure'),
      L(
        'Fx "Kryptering af bærbare" eller "Adgangsstyring". Art. 32(1).',
        'E.g. "Laptop encryption" or "Access control". Art. 32(1).',
      ),
      { vocabulary: 'securityMeasure', allowCustom: true, required: true, width: 220 },
    ),
    col(
      'type',
      'enum',
      L('Teknisk/organisatorisk', 'Technical/organisational'),
      L('Art. 32(1).', 'Art. 32(1).'),
      { vocabulary: 'measureType', width: 160 },
    ),
    col(
      'description',
      'text',
      L('Beskrivelse', 'Description'),
      L('Kort generel beskrivelse. Art. 30(1)(g).', 'A short general description. Art. 30(1)(g).'),
      { art30: 'Art. 30(1)(g)', width: 280 },
    ),
  ],
};

export const RETENTION_LOG: SheetDef = {
  id: 'retentionLog',
  title: L('Slettelog', 'Retention log'),
  kind: 'table',
  roles: ['controller'],
  idColumn: 'id',
  columns: [
    idCol(),
    col(
      'reference',
      'text',
      L('Reference (pseudonym)', 'Reference (pseudonym)'),
      L(
        'Kundenr., sagsnr. eller initialer. Aldrig navn, CPR-nr. eller e-mail.',
        'Client no., case id or initials. Never a name, CPR number or email.',
      ),
      { required: true, width: 140 },
    ),
    idCol('activityId'),
    col(
      'activity',
      'reference',
      L('Behandlingsaktivitet', 'Processing activity'),
      L('Navnet på aktiviteten.', 'The activity name.'),
      { references: 'activities', idColumn: 'activityId', required: true, width: 200 },
    ),
    idCol('dataCategoryId'),
    col(
      'subjectGroup',
      'text',
      L('Kategori af registrerede', 'Data-subject group'),
      L(
        'Gruppen i arket Datakategorier, hvis den har sin egen slettefrist.',
        'The group on the Data categories sheet, if it has its own rule.',
      ),
      { width: 160 },
    ),
    col(
      'collected',
      'date',
      L('Modtaget', 'Collected'),
      L('Dato oplysningerne blev modtaget eller oprettet.', 'Date the data was received or created.'),
    ),
    col(
      'lastContact',
      'date',
      L('Seneste kontakt', 'Last contact'),
      L('Seneste session, køb eller aktivitet.', 'Last session, purchase or activity.'),
    ),
    col(
      'relationshipEnded',
      'date',
      L('Forhold ophørt', 'Relationship ended'),
      L(
        'Kunde-, kontrakt-, ansættelses- eller opgaveforhold ophørt.',
        'Customer, contract, employment or assignment ended.',
      ),
    ),
    col(
      'purposeFulfilled',
      'date',
      L('Formål opfyldt', 'Purpose fulfilled'),
      L('Fx stilling besat eller sag lukket.', 'E.g. position filled or case closed.'),
    ),
    col(
      'recordDate',
      'date',
      L('Bilagsdato', 'Record date'),
      L(
        'Datoen materialet vedrører (til regnskabsårsregler).',
        'The date the material relates to (for financial-year rules).',
      ),
    ),
    col(
      'customEvent',
      'date',
      L('Hændelsesdato', 'Event date'),
      L(
        'Datoen for den hændelse, slettefristen regnes fra, når ingen anden kolonne passer (fx projektstart, ansøgningsfristens udløb, klagefristens udløb). Udfyldes kun, hvor fristen nævner en sådan hændelse.',
        'The date of the event the retention rule counts from when no other column fits (e.g. project start, the application deadline, the complaint deadline). Filled in only where the rule names such an event.',
      ),
    ),
    col(
      'legalHold',
      'boolean',
      L('Tilbageholdelse', 'Legal hold'),
      L(
        'Sæt kryds ved verserende krav eller tvist: fristen stoppes.',
        'Tick for a pending claim or dispute: the clock stops.',
      ),
    ),
    col(
      'extendedUntil',
      'date',
      L('Forlænget til', 'Extended until'),
      L(
        'Ny dato hvis fristen er forlænget. Kræver begrundelse.',
        'New date if the deadline is extended. Needs a reason.',
      ),
    ),
    col(
      'extensionReason',
      'text',
      L('Begrundelse for forlængelse', 'Reason for extension'),
      L('Bliver i regnearket; sendes aldrig til serveren.', 'Stays in the sheet; never sent to the server.'),
      { width: 200 },
    ),
    col(
      'deletedOn',
      'date',
      L('Slettet den', 'Deleted on'),
      L('Sættes af "Markér slettet".', 'Set by "Mark deleted".'),
    ),
    col(
      'due',
      'date',
      L('Slettes senest', 'Due'),
      L(
        'Beregnet af tilføjelsen: sidste dag sletning er rettidig. For en minimumsperiode ("mindst 5 år") er det i stedet den første dag, data må slettes; Status siger hvilken.',
        'Computed by the add-on: the last day deletion is on time. For a minimum period ("at least 5 years") it is instead the first day the data may be deleted; Status says which.',
      ),
      { computed: true },
    ),
    col('status', 'text', L('Status', 'Status'), L('Beregnet af tilføjelsen.', 'Computed by the add-on.'), {
      computed: true,
      width: 120,
    }),
  ],
};

export const DELETION_LOG: SheetDef = {
  id: 'deletionLog',
  title: L('Sletningsbevis', 'Deletion log'),
  kind: 'table',
  roles: ['controller'],
  columns: [
    col(
      'holdingId',
      'text',
      L('Registrerings-id', 'Holding id'),
      L('Id fra slettelogen.', 'Id from the retention log.'),
      { width: 120 },
    ),
    col(
      'reference',
      'text',
      L('Reference', 'Reference'),
      L('Pseudonym reference.', 'Pseudonymous reference.'),
      { width: 120 },
    ),
    col(
      'activity',
      'text',
      L('Behandlingsaktivitet', 'Processing activity'),
      L('Aktiviteten.', 'The activity.'),
      { width: 180 },
    ),
    col(
      'rule',
      'text',
      L('Slettefrist', 'Retention rule'),
      L('Reglen der gjaldt.', 'The rule that applied.'),
      { width: 200 },
    ),
    col('due', 'date', L('Frist', 'Due'), L('Fristen der gjaldt.', 'The deadline that applied.')),
    col('deletedOn', 'date', L('Slettet den', 'Deleted on'), L('Dato for sletning.', 'Date of deletion.')),
    col('deletedBy', 'text', L('Slettet af', 'Deleted by'), L('Hvem slettede.', 'Who deleted.'), {
      width: 160,
    }),
    col('method', 'enum', L('Metode', 'Method'), L('Hvordan der blev slettet.', 'How it was deleted.'), {
      vocabulary: 'deletionMethod',
      width: 160,
    }),
    col(
      'source',
      'text',
      L('Kilde', 'Source'),
      L(
        'sheet: registreret i arket; email: svar på en påmindelse. Må ikke ændres.',
        'sheet: recorded in the sheet; email: an answer to a reminder. Do not change.',
      ),
      { computed: true, width: 80 },
    ),
    col(
      'signature',
      'text',
      L('Signatur', 'Signature'),
      L(
        'Signatur fra workeren eller fortegnelsens nøgle. Må ikke ændres.',
        "The worker's or the register key's signature. Do not change.",
      ),
      { computed: true, hidden: true },
    ),
    col(
      'prevHash',
      'text',
      L('Forrige hash', 'Previous hash'),
      L('Kæde til forrige post. Må ikke ændres.', 'Chain to the previous entry. Do not change.'),
      { computed: true, hidden: true },
    ),
    col(
      'hash',
      'text',
      L('Hash', 'Hash'),
      L('Gør ændringer synlige. Må ikke ændres.', 'Makes edits evident. Do not change.'),
      { computed: true, hidden: true },
    ),
  ],
};

export const REQUESTS: SheetDef = {
  id: 'requests',
  title: L('Anmodninger', 'Requests'),
  kind: 'table',
  roles: ['controller'],
  idColumn: 'id',
  columns: [
    idCol(),
    col(
      'reference',
      'text',
      L('Reference (sagsnr.)', 'Reference (case no.)'),
      L(
        'Sagsnummer fra jeres eget sagssystem. Aldrig navn, CPR-nr. eller e-mail: de bliver i sagssystemet.',
        'The case number from your own case system. Never a name, CPR number or email: those stay in the case system.',
      ),
      { required: true, width: 140 },
    ),
    col(
      'type',
      'enum',
      L('Rettighed', 'Right'),
      L(
        'Hvilken rettighed den registrerede bruger (art. 15-21).',
        'The right the data subject exercises (Arts. 15-21).',
      ),
      { vocabulary: 'requestType', required: true, width: 170 },
    ),
    col(
      'received',
      'date',
      L('Modtaget', 'Received'),
      L(
        'Dato anmodningen kom ind. Svarfristen er en måned herfra (art. 12(3)).',
        'Date the request came in. The answer is due one month from it (Art. 12(3)).',
      ),
      { required: true },
    ),
    col(
      'channel',
      'enum',
      L('Kanal', 'Channel'),
      L('Hvordan anmodningen kom ind.', 'How the request came in.'),
      {
        vocabulary: 'requestChannel',
        width: 130,
      },
    ),
    col(
      'identityCheck',
      'enum',
      L('Identitet kontrolleret', 'Identity check'),
      L(
        'Er det den registrerede selv? Ved rimelig tvivl kan I bede om flere oplysninger (art. 12(6)).',
        'Is it the data subject? With reasonable doubts you may ask for more information (Art. 12(6)).',
      ),
      { vocabulary: 'identityCheck', width: 150 },
    ),
    col(
      'identityCheckedOn',
      'date',
      L('Kontrolleret den', 'Checked on'),
      L('Dato identiteten blev kontrolleret.', 'Date the identity was checked.'),
    ),
    col(
      'activities',
      'multiReference',
      L('Behandlingsaktiviteter', 'Processing activities'),
      L(
        'De aktiviteter anmodningen angår, med navn eller id, adskilt med komma.',
        'The activities the request concerns, by name or id, separated by commas.',
      ),
      { references: 'activities', width: 220 },
    ),
    col(
      'responsible',
      'email',
      L('Ansvarlig (e-mail)', 'Responsible (email)'),
      L('Hvem besvarer anmodningen og får påmindelser.', 'Who answers the request and gets the reminders.'),
      { required: true, width: 200 },
    ),
    col(
      'extensionReason',
      'text',
      L('Begrundelse for forlængelse', 'Reason for extension'),
      L(
        'Fristen kan forlænges med to måneder, hvis det er nødvendigt (kompleksitet, antal). Bliver i regnearket.',
        'The deadline may be extended by two months where necessary (complexity, number). Stays in the sheet.',
      ),
      { width: 200 },
    ),
    col(
      'extensionNotified',
      'date',
      L('Forlængelse meddelt', 'Extension notified'),
      L(
        'Dato den registrerede fik besked om forlængelsen og begrundelsen. Skal ligge inden for den første måned.',
        'Date the data subject was told of the extension and why. Must fall within the first month.',
      ),
    ),
    col(
      'answeredOn',
      'date',
      L('Besvaret', 'Answered'),
      L('Dato svaret blev sendt.', 'Date the answer was sent.'),
    ),
    col(
      'outcome',
      'enum',
      L('Udfald', 'Outcome'),
      L('Hvordan anmodningen blev besvaret.', 'How the request was answered.'),
      {
        vocabulary: 'requestOutcome',
        width: 150,
      },
    ),
    col(
      'refusalReason',
      'enum',
      L('Begrundelse for afslag', 'Reason for refusal'),
      L(
        'Ved afslag: begrundelsen den registrerede fik, sammen med muligheden for at klage (art. 12(4)).',
        'When refused: the reason given to the data subject, with the possibility to complain (Art. 12(4)).',
      ),
      { vocabulary: 'refusalReason', width: 220 },
    ),
    col(
      'due',
      'date',
      L('Svarfrist', 'Due'),
      L(
        'Beregnet af tilføjelsen: sidste dag svaret er rettidigt.',
        'Computed by the add-on: the last day the answer is on time.',
      ),
      { computed: true },
    ),
    col('status', 'text', L('Status', 'Status'), L('Beregnet af tilføjelsen.', 'Computed by the add-on.'), {
      computed: true,
      width: 120,
    }),
    col(
      'erasureExceptions',
      'text',
      L('Undtagelser fra sletning', 'Exceptions to erasure'),
      L(
        'Ved sletning: de undtagelser i art. 17(3), som aktiviteternes behandlingsgrundlag peger på. Beregnet.',
        "For erasure: the Art. 17(3) exceptions the activities' legal bases point to. Computed.",
      ),
      { computed: true, width: 240 },
    ),
  ],
};

/** The Lists sheet: one column per vocabulary, which the dropdowns read from. */
const LIST_COLUMNS: ReadonlyArray<readonly [VocabularyId, string, string]> = [
  ['legalBasis', 'Behandlingsgrundlag', 'Legal bases'],
  ['art9Condition', 'Art. 9-betingelser', 'Art. 9 conditions'],
  ['art10Basis', 'Art. 10-grundlag', 'Art. 10 grounds'],
  ['cprBasis', 'CPR-hjemmel', 'CPR grounds'],
  ['dataSubjectGroup', 'Registrerede', 'Data-subject groups'],
  ['dataCategory', 'Personoplysninger', 'Personal data'],
  ['sensitivity', 'Følsomhed', 'Sensitivity'],
  ['recipientType', 'Modtagertyper', 'Recipient types'],
  ['recipientCategory', 'Modtagerkategorier', 'Recipient categories'],
  ['transferMechanism', 'Overførselsgrundlag', 'Transfer mechanisms'],
  ['country', 'Lande', 'Countries'],
  ['securityMeasure', 'Sikkerhedsforanstaltninger', 'Security measures'],
  ['measureType', 'Foranstaltningstyper', 'Measure types'],
  ['dpiaStatus', 'DPIA-status', 'DPIA status'],
  ['cadence', 'Intervaller', 'Cadences'],
  ['systemType', 'Systemtyper', 'System types'],
  ['deletionMethod', 'Slettemetoder', 'Deletion methods'],
  ['role', 'Roller', 'Roles'],
  ['language', 'Sprog', 'Languages'],
  ['breachRisk', 'Risiko ved brud', 'Breach risk'],
  ['art34Ground', 'Art. 34(3)-grunde', 'Art. 34(3) grounds'],
  ['breachRole', 'Rolle ved brud', 'Role in a breach'],
  ['requestType', 'Rettigheder', 'Rights'],
  ['requestChannel', 'Kanaler', 'Channels'],
  ['identityCheck', 'Identitetskontrol', 'Identity checks'],
  ['requestOutcome', 'Udfald', 'Outcomes'],
  ['refusalReason', 'Afslagsgrunde', 'Refusal reasons'],
];

export const LISTS: SheetDef = {
  id: 'lists',
  title: L('Lister', 'Lists'),
  kind: 'table',
  roles: ['controller', 'processor'],
  columns: LIST_COLUMNS.map(([vocabulary, da, en]) =>
    col(
      vocabulary,
      'text',
      L(da, en),
      L(
        'Rullelisterne læser herfra. Tilføj egne værdier nederst.',
        'Dropdowns read from here. Add your own entries at the bottom.',
      ),
      { vocabulary },
    ),
  ),
};

/** Every sheet, in the order the add-on creates them. */
export const SHEETS: readonly SheetDef[] = [
  ORGANISATION,
  ACTIVITIES,
  DATA_CATEGORIES,
  PROCESSOR_RECORD,
  RECIPIENTS,
  SYSTEMS,
  SECURITY_MEASURES,
  RETENTION_LOG,
  DELETION_LOG,
  BREACHES,
  REQUESTS,
  LISTS,
];

export function sheetDef(id: SheetId): SheetDef {
  const def = SHEETS.find((s) => s.id === id);
  if (!def) throw new Error(`Unknown sheet id: ${id}`);
  return def;
}

export function columnDef(sheet: SheetId, column: string): ColumnDef | undefined {
  return sheetDef(sheet).columns.find((c) => c.id === column);
}

/** The sheets a register with these roles needs. */
export function sheetsForRoles(roles: readonly RegisterRole[]): SheetDef[] {
  return SHEETS.filter((s) => s.roles.some((r) => roles.includes(r)));
}

/** The word that states "nothing" explicitly in a recipients or third-country cell. */
export const NONE_WORDS: readonly string[] = ['ingen', 'none', 'n/a', 'nej', 'no'];

/**
 * Multi-value cells hold labels separated by commas. A legal citation written in the standard
 * Danish form ("Art. 6, stk. 1, litra b") has commas of its own and stays one value.
 */
export function splitMulti(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return joinCitationPieces(
    String(value)
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v.length > 0),
  );
}
