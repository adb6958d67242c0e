// Everything the sync feature tells a user, in Danish and English: the errors of enrolment and
// sync (one per problem the worker can report, plus the ones that happen before a request is
// sent), and the labels of the worker's status in the retention overview.

import { formatMessage } from '../../../shared/i18n/format.ts';
import type { Lang } from '../../../shared/register/types.ts';

const m = (da: string, en: string) => ({ da, en });

export const SYNC_UI_MESSAGES = {
  // Errors
  unreachable: m(
    'Serveren på {url} svarer ikke. Tjek adressen og jeres netforbindelse, og prøv igen om lidt. Intet er ændret.',
    'The server at {url} does not answer. Check the address and your connection, and try again in a moment. Nothing was changed.',
  ),
  urlNotAllowed: m(
    'Adressen "{url}" er ikke tilladt. Denne udgave af tilføjelsen må kun kontakte {origin}.',
    'The address "{url}" is not allowed. This version of the add-on may only contact {origin}.',
  ),
  wrongToken: m(
    'Tilmeldingskoden blev ikke godkendt af serveren. Bed den, der driver serveren, om den rigtige kode.',
    'The server did not accept the enrolment token. Ask whoever runs the server for the right token.',
  ),
  identityMissing: m(
    'Tilmelding kræver, at tilføjelsen må bekræfte, hvem du er: tilladelsen til at se din Google-kontos e-mailadresse (openid). Giv den, når Google spørger, og tilmeld igen. Har jeres organisation fået en tilmeldingskode, kan du skrive den i stedet.',
    "Enrolment needs the add-on to confirm who you are: the permission to see your Google account's email address (openid). Grant it when Google asks, and enrol again. If your organisation was given an enrolment token, you can enter that instead.",
  ),
  identityRejected: m(
    'Serveren kunne ikke bekræfte din Google-konto (kontoens e-mailadresse skal være bekræftet). Prøv igen; fortsætter det, så bed den, der driver serveren, om en tilmeldingskode.',
    "The server could not confirm your Google account (the account's email address must be verified). Try again; if it persists, ask whoever runs the server for an enrolment token.",
  ),
  tokenRequired: m(
    'Denne server tilmelder ikke med Google-konto. Bed den, der driver serveren, om en tilmeldingskode til jeres organisation.',
    'This server does not enrol with a Google account. Ask whoever runs the server for an enrolment token for your organisation.',
  ),
  alreadyEnrolled: m(
    'Du har allerede tilmeldt dette regneark, men nøglen til den tilmelding findes ikke her. Bed den, der driver serveren, om at fjerne den gamle tilmelding, og tilmeld igen.',
    'You already enrolled this spreadsheet, but the key of that enrolment is not here. Ask whoever runs the server to remove the old enrolment, and enrol again.',
  ),
  enrolmentLimit: m(
    'Der er tilmeldt for mange regneark i dag fra denne konto eller kode. Prøv igen i morgen.',
    'Too many spreadsheets were enrolled today from this account or token. Try again tomorrow.',
  ),
  registerLimit: m(
    'Denne konto eller kode har nået det højeste antal tilmeldte regneark. Afbryd et andet regneark, eller spørg den, der driver serveren.',
    'This account or token has reached the largest number of enrolled spreadsheets. Disconnect another spreadsheet, or ask whoever runs the server.',
  ),
  keyExportUnconfirmed: m(
    'Nøglen udleveres kun, når du har bekræftet det på siden Indstillinger og synkronisering.',
    'The key is handed out only after you confirm it on the Settings & sync page.',
  ),
  clockSkew: m(
    'Klokken på serveren og i Google er mere end 5 minutter fra hinanden ({detail}). Prøv igen; fortsætter det, skal den, der driver serveren, tjekke dens ur.',
    'The clocks of the server and of Google differ by more than 5 minutes ({detail}). Try again; if it persists, whoever runs the server must check its clock.',
  ),
  notEnrolled: m(
    'Serveren kender ikke længere dette regneark (nøglen passer ikke, eller registreringen er slettet). Afbryd forbindelsen og tilmeld igen.',
    'The server no longer knows this spreadsheet (the key does not match, or the registration was deleted). Disconnect and enrol again.',
  ),
  notConnected: m(
    'Regnearket er ikke forbundet til en server. Tilmeld det under Indstillinger og synkronisering.',
    'The spreadsheet is not connected to a server. Enrol it under Settings & sync.',
  ),
  versionConflict: m(
    'Serveren har en nyere udgave af fortegnelsen (version {stored}) med andet indhold. Synkronisér igen; fortsætter det, så afbryd og tilmeld igen.',
    'The server holds a newer version of the register (version {stored}) with other content. Sync again; if it persists, disconnect and enrol again.',
  ),
  tooLarge: m(
    'Fortegnelsen er for stor til at sende ({detail}). Fjern slettede registreringer fra slettelogen, eller del fortegnelsen.',
    'The register is too large to send ({detail}). Remove deleted entries from the retention log, or split the register.',
  ),
  rowsToFix: m(
    'Synkroniseringen er stoppet, før noget blev sendt: {count|# række|# rækker} skal rettes først.',
    'Sync stopped before anything was sent: {count|# row|# rows} must be corrected first.',
  ),
  rejected: m(
    'Serveren afviste data: {detail}. Kør Kontrollér fortegnelse og ret fejlene.',
    'The server refused the data: {detail}. Run Validate register and fix the issues.',
  ),
  tryAgain: m('Serveren var optaget. Prøv igen om lidt.', 'The server was busy. Try again in a moment.'),
  serverError: m(
    'Serveren fejlede (HTTP {status}). Prøv igen senere; intet er ændret i regnearket.',
    'The server failed (HTTP {status}). Try again later; nothing was changed in the spreadsheet.',
  ),
  noRegister: m(
    'Regnearket er endnu ikke en fortegnelse. Vælg "Opret fortegnelse" i menuen først.',
    'This spreadsheet is not a register yet. Choose "Set up register" from the menu first.',
  ),
  busy: m(
    'En anden synkronisering kører lige nu. Prøv igen om lidt.',
    'Another sync is running right now. Try again in a moment.',
  ),
  unexpected: m('Der opstod en uventet fejl: {detail}', 'An unexpected error occurred: {detail}'),
  rowIssue: m('{sheet}, række {row}: {message} {hint}', '{sheet}, row {row}: {message} {hint}'),

  // Results
  synced: m(
    'Synkroniseret: {activities|# aktivitet|# aktiviteter}, {holdings|# registrering|# registreringer} (version {version}).',
    'Synced: {activities|# activity|# activities}, {holdings|# entry|# entries} (version {version}).',
  ),
  unchanged: m('Intet nyt at sende; serveren er ajour.', 'Nothing new to send; the server is up to date.'),
  enrolled: m(
    'Regnearket er tilmeldt serveren, og automatisk synkronisering er slået til.',
    'The spreadsheet is enrolled with the server, and automatic sync is on.',
  ),
  keyRotated: m(
    'Nøglen er skiftet. Den nye nøgle er gemt i regnearket; den gamle virker ikke længere.',
    'The key was rotated. The new key is stored with the spreadsheet; the old one no longer works.',
  ),
  disconnected: m(
    'Forbindelsen er afbrudt, og serveren har slettet alt om dette regneark.',
    'Disconnected; the server deleted everything it held for this spreadsheet.',
  ),
  disconnectedLocally: m(
    'Forbindelsen er afbrudt her. Serveren kunne ikke nås, så den sletter sine data efter 14 måneder uden synkronisering.',
    'Disconnected here. The server could not be reached, so it deletes its data after 14 months without a sync.',
  ),
  settingsTitle: m('Indstillinger og synkronisering', 'Settings & sync'),

  // Worker status in the retention overview
  statusLastSync: m('Sidst synkroniseret', 'Last sync'),
  statusOverdue: m('Overskredet ifølge serveren', 'Overdue according to the server'),
  statusDueSoon: m('Snart ifølge serveren', 'Due soon according to the server'),
  statusLastRun: m('Seneste natlige kørsel', 'Last nightly run'),
  statusLastRunValue: m(
    '{date}: {sent|# påmindelse|# påmindelser} sendt',
    '{date}: {sent|# reminder|# reminders} sent',
  ),
  statusFailed: m('Adresser der fejlede', 'Addresses that failed'),
  statusNextRun: m('Næste natlige kørsel', 'Next nightly run'),
  statusUnavailable: m('Serverens status', 'Server status'),
  statusNever: m('aldrig', 'never'),
  // Auto-sync that cannot run, and what to do
  permissionMissing: m(
    'Tilføjelsen mangler en tilladelse, du ikke gav ved godkendelsen. Åbn {url}, giv alle tilladelser, og prøv igen. Intet er ændret.',
    'The add-on lacks a permission that was not granted when it was authorised. Open {url}, grant every permission and try again. Nothing was changed.',
  ),
  autoSyncOffPermission: m(
    'Automatisk synkronisering er slået fra: tilføjelsen mangler en tilladelse. Åbn Indstillinger og synkronisering, og tilmeld igen for at give den.',
    'Auto-sync is off: the add-on lacks a permission. Open Settings & sync and enrol again to grant it.',
  ),
  autoSyncOffLimit: m(
    'Automatisk synkronisering er slået fra: din Google-konto har nået grænsen på 20 udløsere for tilføjelsen. Fjern udløsere under script.google.com/home/triggers, eller tryk Synkronisér nu efter ændringer.',
    'Auto-sync is off: your Google account has reached the limit of 20 triggers for the add-on. Remove triggers at script.google.com/home/triggers, or press Sync now after changes.',
  ),
  autoSyncOffUnavailable: m(
    'Automatisk synkronisering er slået fra: Google tillod ikke udløsere her (det sker i en testudgave af tilføjelsen). Fortegnelsen synkroniseres, når du bruger tilføjelsens menu; tryk Synkronisér nu efter ændringer.',
    'Auto-sync is off: Google did not allow triggers here (this happens in a test deployment of the add-on). The register syncs whenever you use the add-on’s menu; press Sync now after changes.',
  ),
} as const satisfies Record<string, { da: string; en: string }>;

export type SyncUiMessage = keyof typeof SYNC_UI_MESSAGES;

export function syncUiText(
  lang: Lang,
  key: SyncUiMessage,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(lang, SYNC_UI_MESSAGES[key][lang], params);
}
