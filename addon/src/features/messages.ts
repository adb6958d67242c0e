// The catalogue of messages the sidebar features return to the pages, in Danish and English.
// Placeholders are written {name} and filled by featureMessage.

import { formatMessage } from '../../../shared/i18n/format.ts';
import type { Lang, Localized } from '../../../shared/register/types.ts';

const M = (da: string, en: string): Localized => ({ da, en });

export const FEATURE_MESSAGES = {
  titleIssues: M('Art30 · Fund', 'Art30 · Findings'),
  titleActivity: M('Art30 · Behandlingsaktivitet', 'Art30 · Processing activity'),
  titleRetention: M('Art30 · Frister', 'Art30 · Deadlines'),
  titleImport: M('Art30 · Import', 'Art30 · Import'),
  titleRequest: M('Art30 · Ny anmodning', 'Art30 · New request'),
  titleBreach: M('Art30 · Nyt brud', 'Art30 · New breach'),
  breachReferenceRequired: M(
    'Skriv jeres egen reference til bruddet, fx BRUD-2026-3.',
    'Enter your own reference for the breach, e.g. BREACH-2026-3.',
  ),
  breachAwareRequired: M(
    'Skriv dato og klokkeslæt for, hvornår I fik kendskab til bruddet: de 72 timer løber herfra.',
    'Enter the date and time you became aware of the breach: the 72 hours run from then.',
  ),
  breachAwareInFuture: M(
    'Tidspunktet for kendskab ligger ude i fremtiden. Ret dato og klokkeslæt.',
    'The time of awareness lies in the future. Correct the date and time.',
  ),
  breachDateTimeInvalid: M(
    '"{value}" er ikke en dato og et klokkeslæt.',
    '"{value}" is not a date and time.',
  ),
  breachDescriptionRequired: M(
    'Beskriv kort, hvad der skete. Beskrivelsen bliver i regnearket.',
    'Describe briefly what happened. The description stays in the spreadsheet.',
  ),
  breachNumberInvalid: M('"{value}" er ikke et helt tal.', '"{value}" is not a whole number.'),
  breachChoiceInvalid: M('Vælg en værdi fra listen.', 'Pick a value from the list.'),
  breachResponsibleInvalid: M(
    'Skriv én e-mailadresse på den, der håndterer bruddet.',
    'Enter one email address of whoever handles the breach.',
  ),
  requestReferenceRequired: M(
    'Skriv sagsnummeret fra jeres eget sagssystem.',
    'Enter the case number from your own case system.',
  ),
  requestReferenceIdentifying: M(
    '"{value}" ligner et navn, en e-mailadresse eller et CPR-nummer. Brug sagsnummeret; personoplysningerne bliver i sagssystemet.',
    '"{value}" looks like a name, an email address or a CPR number. Use the case number; the personal data stays in the case system.',
  ),
  requestTypeRequired: M(
    'Vælg hvilken rettighed anmodningen gælder.',
    'Pick the right the request exercises.',
  ),
  requestReceivedRequired: M(
    'Skriv datoen, anmodningen blev modtaget.',
    'Enter the date the request was received.',
  ),
  requestResponsibleInvalid: M(
    'Skriv én e-mailadresse på den, der besvarer anmodningen.',
    'Enter one email address of whoever answers the request.',
  ),
  requestDateInvalid: M('"{value}" er ikke en dato.', '"{value}" is not a date.'),
  unexpected: M('Noget gik galt: {detail}', 'Something went wrong: {detail}'),
  busy: M(
    'Fortegnelsen er ved at blive ændret af en anden. Vent et øjeblik, og prøv igen.',
    'Someone else is changing the register right now. Wait a moment and try again.',
  ),
  registerMissing: M(
    'Arket "{sheet}" findes ikke. Vælg Art30 → Opsæt fortegnelse først.',
    'The sheet "{sheet}" does not exist. Choose Art30 → Set up register first.',
  ),
  columnMissing: M(
    'Kolonnen "{column}" mangler i arket "{sheet}". Kør Art30 → Opsæt fortegnelse for at tilføje den.',
    'The column "{column}" is missing from the sheet "{sheet}". Run Art30 → Set up register to add it.',
  ),
  cellOutOfRange: M(
    'Rækken {row} findes ikke længere i arket "{sheet}". Kør Validér igen.',
    'Row {row} no longer exists in the sheet "{sheet}". Run Validate again.',
  ),
  activityNotFound: M(
    'Aktiviteten findes ikke længere (den kan være slettet). Åbn formularen igen.',
    'The activity no longer exists (it may have been deleted). Open the form again.',
  ),
  activityNameRequired: M(
    'Skriv et navn til behandlingsaktiviteten.',
    'Give the processing activity a name.',
  ),
  activityNameTaken: M(
    'Der findes allerede en behandlingsaktivitet med navnet "{name}".',
    'A processing activity named "{name}" already exists.',
  ),
  dateInvalid: M(
    '"{value}" er ikke en dato. Skriv den som ÅÅÅÅ-MM-DD.',
    '"{value}" is not a date. Write it as YYYY-MM-DD.',
  ),
  holdingNotFound: M(
    'Registreringen "{id}" findes ikke i slettelogen. Opdater oversigten.',
    'The entry "{id}" is not in the retention log. Refresh the overview.',
  ),
  holdingWithoutId: M(
    'Registreringen har endnu ikke et id. Luk oversigten og åbn den igen fra menuen Art30, så får nye rækker et id.',
    'The entry has no id yet. Close the overview and open it again from the Art30 menu, which gives new rows an id.',
  ),
  alreadyDeleted: M(
    '"{reference}" er allerede markeret som slettet den {date}.',
    '"{reference}" was already marked deleted on {date}.',
  ),
  noHoldingsChosen: M('Vælg mindst én registrering.', 'Choose at least one entry.'),
  deletedOnInFuture: M(
    'Slettedatoen {date} ligger i fremtiden. Markér først, når data er slettet.',
    'The deletion date {date} is in the future. Mark an entry only once the data is deleted.',
  ),
  methodInvalid: M(
    'Vælg hvordan der blev slettet (slettet, anonymiseret, makuleret eller returneret).',
    'Choose how the data was deleted (deleted, anonymised, shredded or returned).',
  ),
  deleterNameRequired: M(
    'Din e-mailadresse er ikke tilgængelig. Skriv dit navn én gang; det gemmes til sletningsbeviset.',
    'Your email address is not available. Enter your name once; it is kept for the deletion log.',
  ),
  extensionReasonRequired: M(
    'Skriv en begrundelse for forlængelsen. Den bliver i regnearket.',
    'Give a reason for the extension. It stays in the spreadsheet.',
  ),
  extensionDateInPast: M(
    'Den nye dato {date} ligger før i dag ({today}). Vælg en dato fra i dag og frem.',
    'The new date {date} is before today ({today}). Choose today or a later date.',
  ),
  importSourceMissing: M('Arket "{sheet}" findes ikke.', 'The sheet "{sheet}" does not exist.'),
  importSourceIsRegister: M(
    'Arket "{sheet}" er en del af fortegnelsen. Vælg det ark, du vil importere fra.',
    'The sheet "{sheet}" is part of the register. Choose the sheet you want to import from.',
  ),
  importNothing: M(
    'Der blev ikke fundet nogen behandlingsaktiviteter i arket "{sheet}".',
    'No processing activities were found in the sheet "{sheet}".',
  ),
  importWouldOverwrite: M(
    'Disse aktiviteter findes allerede ({count}): {names}. Bekræft, at de skal erstattes.',
    'These activities already exist ({count}): {names}. Confirm that they should be replaced.',
  ),
} satisfies Record<string, Localized>;

export type FeatureMessageCode = keyof typeof FEATURE_MESSAGES;

export function featureMessage(
  lang: Lang,
  code: FeatureMessageCode,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(lang, FEATURE_MESSAGES[code][lang], params);
}
