// Every field the add-on sends to the worker and the worker stores, each with one line saying
// what it is. This list is the privacy promise: the README's privacy section quotes it
// (renderPayloadFieldsMarkdown), and a test proves that checkSyncPayload accepts exactly
// these fields and nothing else.

import type { Lang, Localized } from '../register/types.ts';

export interface PayloadField {
  /** Dotted path; `[]` marks an array element. */
  path: string;
  type: string;
  description: Localized;
}

const f = (path: string, type: string, en: string, da: string): PayloadField => ({
  path,
  type,
  description: { da, en },
});

/** Caps the worker enforces; the add-on refuses to send a payload that breaks them. */
export const SYNC_LIMITS = {
  activities: 10_000,
  dataCategories: 50_000,
  holdings: 200_000,
  idLength: 64,
  nameLength: 200,
  ruleTextLength: 500,
  referenceLength: 64,
  emailLength: 254,
  urlLength: 500,
  sheetRow: 10_000_000,
} as const;

export const SYNC_PAYLOAD_FIELDS: readonly PayloadField[] = [
  f(
    'version',
    'integer',
    'Snapshot version; a newer snapshot has a larger one.',
    'Øjebliksbilledets version; et nyere har et større tal.',
  ),
  f(
    'register.name',
    'text ≤ 200',
    'The register name from the Organisation sheet.',
    'Fortegnelsens navn fra arket Organisation.',
  ),
  f('register.lang', 'da | en', 'Language of reminders.', 'Sprog for påmindelser.'),
  f(
    'register.timeZone',
    'IANA zone',
    "The spreadsheet's time zone, used for civil dates.",
    'Regnearkets tidszone, som datoer regnes i.',
  ),
  f(
    'register.spreadsheetId',
    'text',
    'The spreadsheet id the register is bound to.',
    'Id på regnearket som fortegnelsen er bundet til.',
  ),
  f(
    'register.spreadsheetUrl',
    'https URL',
    'Link to the spreadsheet, for links in reminders.',
    'Link til regnearket, til links i påmindelser.',
  ),
  f(
    'register.sheetGids.activities',
    'integer',
    'Sheet id of Processing activities, for row links.',
    'Ark-id for Behandlingsaktiviteter, til links.',
  ),
  f(
    'register.sheetGids.dataCategories',
    'integer',
    'Sheet id of Data categories, for row links.',
    'Ark-id for Datakategorier, til links.',
  ),
  f(
    'register.sheetGids.retentionLog',
    'integer',
    'Sheet id of the Retention log, for row links.',
    'Ark-id for Slettelog, til links.',
  ),
  f('register.fiscalYearEnd', 'MM-DD', 'End of the financial year.', 'Regnskabsårets afslutning.'),
  f(
    'register.dueSoonDays',
    'integer',
    'Days before a deadline that count as "due soon".',
    'Dage før en frist der tæller som "snart".',
  ),
  f(
    'register.escalationAfterDays',
    'integer',
    'Days overdue before the escalation contact is told.',
    'Dage over fristen før eskaleringskontakten får besked.',
  ),
  f(
    'register.adminEmail',
    'email | null',
    'Administrator told about sync problems and failed sends.',
    'Administrator der får besked om synkronisering og fejl.',
  ),
  f(
    'register.escalationEmail',
    'email | null',
    'Contact told about items long overdue.',
    'Kontakt der får besked om elementer langt over fristen.',
  ),
  f('activities[].id', 'id', 'Stable id of the processing activity.', 'Behandlingsaktivitetens faste id.'),
  f('activities[].name', 'text ≤ 200', 'Name of the processing activity.', 'Behandlingsaktivitetens navn.'),
  f(
    'activities[].ownerEmail',
    'email | null',
    'The owner who receives deletion reminders.',
    'Den ansvarlige der får påmindelser om sletning.',
  ),
  f(
    'activities[].rule',
    'retention rule | null',
    'The default retention rule, parsed (periods, trigger events, flags; no free text).',
    'Standardslettefristen, fortolket (perioder, hændelser, flag; ingen fritekst).',
  ),
  f(
    'activities[].ruleText',
    'text ≤ 500',
    'The retention text as written in the sheet, for display.',
    'Slettefristen som skrevet i arket, til visning.',
  ),
  f(
    'activities[].routineCadence',
    'cadence | null',
    'How often the deletion routine runs.',
    'Hvor ofte sletterutinen køres.',
  ),
  f(
    'activities[].routineLastRun',
    'date | null',
    'When the deletion routine was last carried out.',
    'Hvornår sletterutinen sidst blev kørt.',
  ),
  f(
    'activities[].lastReview',
    'date | null',
    'When the activity was last reviewed.',
    'Hvornår aktiviteten sidst blev gennemgået.',
  ),
  f(
    'activities[].sheetRow',
    'integer',
    'Row of the activity in the sheet, for links.',
    'Aktivitetens række i arket, til links.',
  ),
  f('dataCategories[].id', 'id', 'Stable id of the data-category row.', 'Datakategori-rækkens faste id.'),
  f('dataCategories[].activityId', 'id', 'The activity the row belongs to.', 'Aktiviteten rækken hører til.'),
  f(
    'dataCategories[].rule',
    'retention rule | null',
    "The row's own parsed rule, or null for the activity default.",
    'Rækkens egen fortolkede frist, eller null for aktivitetens standard.',
  ),
  f(
    'dataCategories[].ruleText',
    'text ≤ 500',
    "The row's retention text, for display.",
    'Rækkens slettefrist som tekst, til visning.',
  ),
  f('dataCategories[].sheetRow', 'integer', 'Row in the sheet, for links.', 'Række i arket, til links.'),
  f('holdings[].id', 'id', 'Stable id of the retention-log entry.', 'Slettelog-registreringens faste id.'),
  f(
    'holdings[].reference',
    'pseudonym ≤ 64',
    'Pseudonymous reference; CPR numbers, emails and names are refused.',
    'Pseudonym reference; CPR-numre, e-mails og navne afvises.',
  ),
  f(
    'holdings[].activityId',
    'id',
    'The activity the entry belongs to.',
    'Aktiviteten registreringen hører til.',
  ),
  f(
    'holdings[].dataCategoryId',
    'id | null',
    'The data-category row whose rule applies, if any.',
    'Datakategori-rækken hvis frist gælder, hvis nogen.',
  ),
  f(
    'holdings[].events.collected',
    'date | null',
    'Date the data was received or created.',
    'Dato oplysningerne blev modtaget eller oprettet.',
  ),
  f(
    'holdings[].events.lastContact',
    'date | null',
    'Last session, purchase or activity.',
    'Seneste session, køb eller aktivitet.',
  ),
  f(
    'holdings[].events.relationshipEnded',
    'date | null',
    'Date the relationship ended.',
    'Dato forholdet ophørte.',
  ),
  f(
    'holdings[].events.purposeFulfilled',
    'date | null',
    'Date the purpose was fulfilled.',
    'Dato formålet blev opfyldt.',
  ),
  f(
    'holdings[].events.recordDate',
    'date | null',
    'Date the material relates to.',
    'Datoen materialet vedrører.',
  ),
  f('holdings[].deletedOn', 'date | null', 'Date the data was deleted.', 'Dato oplysningerne blev slettet.'),
  f('holdings[].legalHold', 'boolean', 'A legal hold stops the clock.', 'Tilbageholdelse stopper fristen.'),
  f(
    'holdings[].extendedUntil',
    'date | null',
    'Extended deadline (the reason stays in the sheet).',
    'Forlænget frist (begrundelsen bliver i arket).',
  ),
  f(
    'holdings[].sheetRow',
    'integer',
    'Row in the retention log, for links.',
    'Række i slettelogen, til links.',
  ),
];

/** The field list as a Markdown table, for the README's privacy section. */
export function renderPayloadFieldsMarkdown(lang: Lang = 'en'): string {
  const head =
    lang === 'da'
      ? '| Felt | Type | Hvad det er |\n|---|---|---|'
      : '| Field | Type | What it is |\n|---|---|---|';
  const rows = SYNC_PAYLOAD_FIELDS.map(
    (field) => `| \`${field.path}\` | ${field.type.replace(/\|/g, '\\|')} | ${field.description[lang]} |`,
  );
  return [head, ...rows].join('\n') + '\n';
}
