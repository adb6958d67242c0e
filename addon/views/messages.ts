// The add-on's message catalogue (Danish and English): every string a user sees in a menu,
// dialog, toast or generated sheet comes from here. Pure, so that the CLI's `art30 create` lays
// out a sheet with the same help texts; the choice of language is in addon/src/i18n.ts.

import { formatMessage } from '../../shared/i18n/format.ts';
import { DEADLINES_MENU_ITEM } from '../../shared/i18n/menu.ts';
import type { Lang } from '../../shared/register/types.ts';

export const MESSAGES = {
  // Menu
  'menu.setUp': { da: 'Opret fortegnelse', en: 'Set up register' },
  'menu.insertTemplate': { da: 'Indsæt skabelon…', en: 'Insert template…' },
  'menu.validate': { da: 'Kontrollér fortegnelse', en: 'Validate register' },
  'menu.activityForm': { da: 'Tilføj/redigér behandlingsaktivitet', en: 'Add/edit processing activity' },
  'menu.requestForm': { da: 'Ny anmodning fra en registreret', en: 'New data-subject request' },
  'menu.breachForm': { da: 'Nyt brud på persondatasikkerheden', en: 'New personal-data breach' },
  'menu.retention': DEADLINES_MENU_ITEM,
  'menu.import': { da: 'Importér eksisterende fortegnelse', en: 'Import existing register' },
  'menu.export': { da: 'Eksportér til tilsyn', en: 'Export for inspection' },
  'menu.exportDk': { da: 'Datatilsynets struktur', en: "Danish authority's structure" },
  'menu.exportIcoController': { da: 'ICO-skema (dataansvarlig)', en: 'ICO layout (controller)' },
  'menu.exportIcoProcessor': { da: 'ICO-skema (databehandler)', en: 'ICO layout (processor)' },
  'menu.exportRequests': { da: 'Log over anmodninger fra registrerede', en: 'Log of data-subject requests' },
  'menu.exportBreaches': {
    da: 'Log over brud på persondatasikkerheden',
    en: 'Log of personal-data breaches',
  },
  'menu.settings': { da: 'Indstillinger og synkronisering', en: 'Settings & sync' },
  'menu.language': { da: 'Sprog: English', en: 'Language: dansk' },
  'menu.help': { da: 'Hjælp', en: 'Help' },

  // Common
  'app.title': { da: 'Art30 – fortegnelse', en: 'Art30 register' },
  'error.unexpected': {
    da: 'Der opstod en uventet fejl: {message}. Intet er ændret. Prøv igen, eller kontakt jeres administrator.',
    en: 'An unexpected error occurred: {message}. Nothing was changed. Try again, or contact your administrator.',
  },
  'error.busy': {
    da: 'En anden handling arbejder på fortegnelsen lige nu. Prøv igen om lidt.',
    en: 'Another action is working on the register right now. Try again in a moment.',
  },
  'error.noRegister': {
    da: 'Regnearket er endnu ikke en fortegnelse. Vælg "Opret fortegnelse" i menuen først.',
    en: 'This spreadsheet is not a register yet. Choose "Set up register" from the menu first.',
  },
  'language.switched': { da: 'Sproget er nu dansk.', en: 'The language is now English.' },

  // Set up register
  'setup.rolePrompt.title': { da: 'Opret fortegnelse', en: 'Set up register' },
  'setup.rolePrompt.text': {
    da: 'Er organisationen dataansvarlig, databehandler eller begge?\nSkriv 1 = dataansvarlig, 2 = databehandler, 3 = begge.',
    en: 'Is the organisation a controller, a processor or both?\nType 1 = controller, 2 = processor, 3 = both.',
  },
  'setup.roleInvalid': {
    da: 'Svaret "{answer}" blev ikke forstået. Skriv 1, 2 eller 3. Intet er ændret.',
    en: 'The answer "{answer}" was not understood. Type 1, 2 or 3. Nothing was changed.',
  },
  'setup.cancelled': {
    da: 'Oprettelsen blev annulleret. Intet er ændret.',
    en: 'Set-up was cancelled. Nothing was changed.',
  },
  'setup.done': {
    da: 'Fortegnelsen er klar: {created} ark oprettet, {columns|# kolonne|# kolonner} tilføjet, {kept} ark bevaret.',
    en: 'The register is ready: {created|# sheet|# sheets} created, {columns|# column|# columns} added, {kept|# sheet|# sheets} kept.',
  },
  'setup.multiHelp': {
    da: 'Vælg fra listen eller skriv flere værdier adskilt af komma. Egne værdier er tilladt; Kontrollér fortegnelse tjekker hver værdi.',
    en: 'Pick from the list or type several values separated by commas. Your own values are allowed; Validate register checks each one.',
  },
  'setup.listHelp': {
    da: 'Vælg fra listen på arket Lister. Tilføj egne værdier nederst på Lister.',
    en: 'Pick from the list on the Lists sheet. Add your own entries at the bottom of Lists.',
  },
  'setup.dateHelp': { da: 'Skriv en dato, fx 2026-03-01.', en: 'Enter a date, e.g. 2026-03-01.' },
  'setup.emailHelp': { da: 'Skriv en e-mailadresse.', en: 'Enter an email address.' },
  'setup.protectIds': {
    da: 'Faste id-kolonner: ændringer bryder henvisninger.',
    en: 'Stable id columns: changing them breaks references.',
  },
  'setup.protectDeletionLog': {
    da: 'Sletningsbevis: må kun udvides via "Markér slettet".',
    en: 'Deletion log: add entries only through "Mark deleted".',
  },
  'setup.organisationField': { da: 'Felt', en: 'Field' },
  'setup.organisationValue': { da: 'Værdi', en: 'Value' },

  // Validate
  'validate.toast': {
    da: '{errors} fejl, {warnings|# advarsel|# advarsler}, {infos|# bemærkning|# bemærkninger}.',
    en: '{errors|# error|# errors}, {warnings|# warning|# warnings}, {infos|# note|# notes}.',
  },
  'validate.error': { da: 'Fejl', en: 'Error' },
  'validate.warning': { da: 'Advarsel', en: 'Warning' },
  'validate.info': { da: 'Bemærkning', en: 'Note' },
  'validate.clean': { da: 'Ingen problemer fundet.', en: 'No problems found.' },
  'validate.notePrefix': { da: '[Art30]', en: '[Art30]' },

  // Templates
  'template.prompt.title': { da: 'Indsæt skabelon', en: 'Insert template' },
  'template.prompt.text': {
    da: 'Skriv nummeret på skabelonen:\n{list}',
    en: 'Type the number of the template:\n{list}',
  },
  'template.none': {
    da: 'Der er ingen skabeloner i denne version.',
    en: 'There are no templates in this version.',
  },
  'template.unknown': {
    da: 'Skabelonen "{answer}" findes ikke. Intet er ændret.',
    en: 'There is no template "{answer}". Nothing was changed.',
  },
  'template.confirmOverwrite': {
    da: 'Fortegnelsen indeholder allerede data ({rows|# række|# rækker}). Skabelonen erstatter dem. Fortsæt?',
    en: 'The register already holds data ({rows|# row|# rows}). The template replaces it. Continue?',
  },
  'template.kept': {
    da: 'Skabelonen blev ikke indsat. Intet er ændret.',
    en: 'The template was not inserted. Nothing was changed.',
  },
  'template.done': { da: 'Skabelonen "{name}" er indsat.', en: 'The template "{name}" was inserted.' },

  // Export
  'export.done': {
    da: 'Eksporten står på arket "{sheet}". Filer → Download → PDF.',
    en: 'The export is on the sheet "{sheet}". File → Download → PDF.',
  },
  'export.sheetDk': { da: 'Eksport – Datatilsynet', en: 'Export – Datatilsynet' },
  'export.sheetIcoController': { da: 'Eksport – ICO dataansvarlig', en: 'Export – ICO controller' },
  'export.sheetIcoProcessor': { da: 'Eksport – ICO databehandler', en: 'Export – ICO processor' },
  'export.sheetRequests': { da: 'Eksport – Anmodninger', en: 'Export – Requests' },
  'export.headingRequests': {
    da: 'Log over anmodninger fra registrerede (art. 12 og 15-21)',
    en: 'Log of data-subject requests (Arts. 12 and 15-21)',
  },
  'export.sheetBreaches': { da: 'Eksport – Brud', en: 'Export – Breaches' },
  'export.headingBreaches': {
    da: 'Log over brud på persondatasikkerheden (art. 33, stk. 5)',
    en: 'Log of personal-data breaches (Art. 33(5))',
  },
  'export.timesIn': { da: 'Tidspunkter i tidszonen {zone}.', en: 'Times in the time zone {zone}.' },
  'export.br.reference': { da: 'Reference', en: 'Reference' },
  'export.br.started': { da: 'Bruddet startede', en: 'Breach started' },
  'export.br.aware': { da: 'Kendskab', en: 'Became aware' },
  'export.br.description': { da: 'Beskrivelse', en: 'Description' },
  'export.br.scope': { da: 'Personoplysninger og omfang', en: 'Personal data and scale' },
  'export.br.scopeNumbers': {
    da: 'ca. {subjects} registrerede, ca. {records} registreringer',
    en: 'approx. {subjects} data subjects, approx. {records} records',
  },
  'export.br.consequences': { da: 'Konsekvenser og foranstaltninger', en: 'Consequences and measures' },
  'export.br.risk': { da: 'Rolle og risiko', en: 'Role and risk' },
  'export.br.notifyBy': { da: 'Anmeldes senest', en: 'Notify by' },
  'export.br.notified': { da: 'Anmeldt', en: 'Notified' },
  'export.br.subjects': { da: 'Registrerede underrettet', en: 'Data subjects informed' },
  'export.br.status': { da: 'Status', en: 'Status' },
  'export.br.notAssessed': { da: 'ikke vurderet', en: 'not assessed' },
  'export.br.status.open': { da: 'Åben, frist løber', en: 'Open, clock running' },
  'export.br.status.overdue': { da: 'Åben, fristen er overskredet', en: 'Open, deadline passed' },
  'export.br.status.closed': { da: 'Afsluttet', en: 'Closed' },
  'export.br.status.incomplete': { da: 'Mangler tidspunkt for kendskab', en: 'Time of awareness missing' },
  'export.req.reference': { da: 'Reference', en: 'Reference' },
  'export.req.type': { da: 'Rettighed', en: 'Right' },
  'export.req.received': { da: 'Modtaget', en: 'Received' },
  'export.req.channel': { da: 'Kanal', en: 'Channel' },
  'export.req.identity': { da: 'Identitet kontrolleret', en: 'Identity check' },
  'export.req.activities': { da: 'Behandlingsaktiviteter', en: 'Processing activities' },
  'export.req.responsible': { da: 'Ansvarlig', en: 'Responsible' },
  'export.req.due': { da: 'Svarfrist', en: 'Due' },
  'export.req.extension': { da: 'Forlængelse', en: 'Extension' },
  'export.req.extendedOn': { da: 'Forlænget, meddelt {date}', en: 'Extended, notified {date}' },
  'export.req.answered': { da: 'Besvaret', en: 'Answered' },
  'export.req.outcome': { da: 'Udfald', en: 'Outcome' },
  'export.req.status': { da: 'Status', en: 'Status' },
  'export.req.status.answered': { da: 'Besvaret', en: 'Answered' },
  'export.req.status.overdue': { da: 'Over fristen', en: 'Overdue' },
  'export.req.status.dueSoon': { da: 'Frist snart', en: 'Due soon' },
  'export.req.status.open': { da: 'Åben', en: 'Open' },
  'export.req.status.missingDate': { da: 'Mangler dato', en: 'No date' },
  'export.protect': {
    da: 'Genereret eksport: ændringer overskrives ved næste eksport.',
    en: 'Generated export: edits are overwritten by the next export.',
  },
  'export.heading': { da: 'Fortegnelse over behandlingsaktiviteter', en: 'Record of processing activities' },
  'export.headingProcessor': {
    da: 'Fortegnelse over kategorier af behandlingsaktiviteter (databehandler)',
    en: 'Record of categories of processing activities (processor)',
  },
  'export.generated': { da: 'Udskrevet {date}', en: 'Generated {date}' },
  'export.controllerBlock': { da: 'Dataansvarlig (art. 30(1)(a))', en: 'Controller (Art. 30(1)(a))' },
  'export.activity': { da: 'Behandlingsaktivitet', en: 'Processing activity' },
  'export.purpose': { da: 'Formål (art. 30(1)(b))', en: 'Purposes (Art. 30(1)(b))' },
  'export.legalBasis': { da: 'Behandlingsgrundlag', en: 'Legal basis' },
  'export.subjectsAndData': {
    da: 'Kategorier af registrerede og personoplysninger (art. 30(1)(c))',
    en: 'Categories of data subjects and personal data (Art. 30(1)(c))',
  },
  'export.recipients': { da: 'Modtagere (art. 30(1)(d))', en: 'Recipients (Art. 30(1)(d))' },
  'export.transfers': {
    da: 'Overførsler til tredjelande (art. 30(1)(e))',
    en: 'Third-country transfers (Art. 30(1)(e))',
  },
  'export.retention': { da: 'Slettefrister (art. 30(1)(f))', en: 'Time limits for erasure (Art. 30(1)(f))' },
  'export.security': {
    da: 'Sikkerhedsforanstaltninger (art. 30(1)(g))',
    en: 'Security measures (Art. 30(1)(g))',
  },
  'export.processors': { da: 'Databehandlere', en: 'Processors' },
  'export.systems': { da: 'It-systemer', en: 'IT systems' },
  'export.none': { da: 'Ingen', en: 'None' },
  'export.notStated': { da: '(ikke angivet)', en: '(not stated)' },
  'export.defaultRetention': { da: 'aktivitetens standard', en: 'activity default' },

  'export.ico.businessFunction': { da: 'Forretningsområde', en: 'Business function' },
  'export.ico.purpose': { da: 'Formål med behandlingen', en: 'Purpose of processing' },
  'export.ico.jointController': {
    da: 'Navn og kontakt på fælles dataansvarlig',
    en: 'Name and contact details of joint controller',
  },
  'export.ico.individuals': { da: 'Kategorier af registrerede', en: 'Categories of individuals' },
  'export.ico.personalData': { da: 'Kategorier af personoplysninger', en: 'Categories of personal data' },
  'export.ico.recipients': { da: 'Kategorier af modtagere', en: 'Categories of recipients' },
  'export.ico.processorContract': { da: 'Databehandleraftale (dato)', en: 'Link to contract with processor' },
  'export.ico.thirdCountries': {
    da: 'Tredjelande',
    en: 'Names of third countries or international organisations',
  },
  'export.ico.safeguards': { da: 'Garantier for overførsler', en: 'Safeguards for exceptional transfers' },
  'export.ico.retention': { da: 'Slettefrist', en: 'Retention schedule' },
  'export.ico.security': {
    da: 'Generel beskrivelse af sikkerhedsforanstaltninger',
    en: 'General description of technical and organisational security measures',
  },
  'export.ico.art6': { da: 'Behandlingsgrundlag (art. 6)', en: 'Article 6 lawful basis' },
  'export.ico.art9': { da: 'Betingelse (art. 9)', en: 'Article 9 condition' },
  'export.ico.location': { da: 'Opbevaringssted', en: 'Location of personal data' },
  'export.ico.controller': {
    da: 'Navn og kontakt på dataansvarlig (kunde)',
    en: 'Name and contact details of controller',
  },
  'export.ico.processingCategories': { da: 'Kategorier af behandling', en: 'Categories of processing' },
  'export.ico.subProcessors': { da: 'Underdatabehandlere', en: 'Sub-processors' },
  'export.ico.controllerContract': {
    da: 'Databehandleraftale med kunden (dato)',
    en: 'Link to contract with controller',
  },
  'export.field': { da: 'Felt', en: 'Field' },
  'export.lastReview': { da: 'Senest gennemgået', en: 'Last reviewed' },
  'export.dpia': { da: 'Konsekvensanalyse', en: 'DPIA' },
  'export.processorRecord': {
    da: 'Databehandlerfortegnelse (art. 30(2))',
    en: 'Processor record (Art. 30(2))',
  },

  // Help
  'help.title': { da: 'Hjælp – Art30', en: 'Help – Art30' },

  // Bad input
  'input.addressNotConfirmed': {
    da: '{address} har ikke bekræftet sin e-mailadresse i {days} dage, så påmindelserne går til administratoren i stedet.',
    en: '{address} has not confirmed their email address for {days} days, so their reminders go to the administrator instead.',
  },
  'input.addressNotConfirmedHint': {
    da: 'Bed personen finde e-mailen "Bekræft din e-mailadresse" og trykke Bekræft, eller vælg en anden ansvarlig.',
    en: 'Ask them to find the email "Confirm your email address" and press Confirm, or choose another owner.',
  },
  'input.listsMissing': {
    da: 'Arket "Lister" mangler, så rullelisterne virker ikke. Vælg "Opret fortegnelse" for at genskabe det; jeres data bevares.',
    en: 'The "Lists" sheet is missing, so the dropdowns do not work. Choose "Set up register" to recreate it; your data is kept.',
  },
  'input.merged': {
    da: 'Flettede celler ({range}) i fortegnelsen: kun den første celle læses.',
    en: 'Merged cells ({range}) in the register: only the first cell is read.',
  },
  'input.mergedHint': {
    da: 'Ophæv fletningen (Formatér → Flet celler → Ophæv).',
    en: 'Unmerge them (Format → Merge cells → Unmerge).',
  },
  'input.columnMissing': {
    da: 'Kolonnen "{column}" findes ikke på arket (omdøbt eller slettet).',
    en: 'The column "{column}" is not on the sheet (renamed or deleted).',
  },
  'input.columnMissingHint': {
    da: 'Giv kolonnen dens navn igen, eller vælg "Opret fortegnelse" for at tilføje den.',
    en: 'Give the column its name back, or choose "Set up register" to add it.',
  },
  'input.tooLong': {
    da: 'Cellen har {length} tegn; en celle kan højst rumme 50.000.',
    en: 'The cell holds {length|# character|# characters}; a cell holds at most 50,000.',
  },
} as const satisfies Record<string, { da: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;

/** A message in `lang` with its `{name}` and `{count|one|other}` placeholders filled in. */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return formatMessage(lang, MESSAGES[key][lang], vars);
}

/** Danish for any Danish locale ("da", "da_DK", "da-DK"), English otherwise. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^da([_-]|$)/i.test(locale.trim()) ? 'da' : 'en';
}
