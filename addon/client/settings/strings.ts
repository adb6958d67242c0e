// The settings page's own words, in Danish and English. Results and errors come from the server
// already in the register's language.

import { catalogueLookup } from '../../../shared/i18n/format.ts';
import type { Lang } from '../../../shared/register/types.ts';

const catalogue = {
  title: { da: 'Indstillinger og synkronisering', en: 'Settings & sync' },
  loading: { da: 'Henter …', en: 'Loading …' },
  working: { da: 'Arbejder …', en: 'Working …' },
  intro: {
    da: 'Serveren sender påmindelser om slettefrister hver nat. Den får kun de felter, der er nødvendige: ingen navne, ingen fritekst ud over aktivitetsnavne og slettefrister.',
    en: 'The server emails retention reminders every night. It receives only the fields it needs: no names, no free text beyond activity names and retention rules.',
  },
  workerUrl: { da: 'Serverens adresse', en: 'Server address' },
  workerUrlHelp: { da: 'Skal begynde med {origin}', en: 'Must start with {origin}' },
  token: {
    da: 'Tilmeldingskode (kun hvis I har fået en)',
    en: 'Enrolment token (only if you were given one)',
  },
  tokenHelp: {
    da: 'Uden kode tilmelder du med din Google-konto. En kode fås hos den, der driver serveren; den bruges én gang og gemmes ikke.',
    en: 'Without a token you enrol with your Google account. A token comes from whoever runs the server; it is used once and not stored.',
  },
  enrol: { da: 'Tilmeld', en: 'Enrol' },
  syncNow: { da: 'Synkronisér nu', en: 'Sync now' },
  refresh: { da: 'Opdatér status', en: 'Refresh status' },
  rotateKey: { da: 'Skift nøgle', en: 'Rotate key' },
  disconnect: { da: 'Afbryd forbindelse', en: 'Disconnect' },
  confirmDisconnect: {
    da: 'Serveren sletter alt, den har om denne fortegnelse, og påmindelserne stopper. Fortsæt?',
    en: 'The server deletes everything it holds for this register, and reminders stop. Continue?',
  },
  connectedTo: { da: 'Forbundet til', en: 'Connected to' },
  exportKey: { da: 'Eksportér nøgle til planlagt synkronisering', en: 'Export key for scheduled sync' },
  confirmExportKey: {
    da: 'Nøglen giver adgang til at sende denne fortegnelses data til serveren. Den vises én gang her; gem den som en adgangskode (fx som en hemmelighed i GitHub Actions) til art30 sync. Vis nøglen?',
    en: "The key allows sending this register's data to the server. It is shown once, here; keep it like a password (e.g. as a GitHub Actions secret) for art30 sync. Show the key?",
  },
  keyShownOnce: {
    da: 'Vises kun nu. Gem filen og brug den med: art30 sync --sheet <link> --key-file <fil>',
    en: 'Shown only now. Save the file and use it with: art30 sync --sheet <link> --key-file <file>',
  },
  downloadKey: { da: 'Hent nøglefil', en: 'Download key file' },
  registerId: { da: 'Registrerings-id', en: 'Register id' },
  lastSync: { da: 'Sidst synkroniseret', en: 'Last sync' },
  never: { da: 'aldrig', en: 'never' },
  autoSync: { da: 'Automatisk synkronisering', en: 'Automatic sync' },
  autoOn: {
    da: 'til (ved ændringer og når arket åbnes)',
    en: 'on (on changes and when the sheet is opened)',
  },
  autoOnBy: {
    da: 'til (ved ændringer og når arket åbnes), kører som {user}',
    en: 'on (on changes and when the sheet is opened), runs as {user}',
  },
  autoOff: { da: 'fra', en: 'off' },
  pending: { da: 'Ændringer venter på at blive sendt.', en: 'Changes are waiting to be sent.' },
  nextRun: { da: 'Næste natlige kørsel', en: 'Next nightly run' },
  serverCounts: { da: 'Ifølge serveren', en: 'According to the server' },
  overdue: { da: 'overskredet', en: 'overdue' },
  dueSoon: { da: 'snart', en: 'due soon' },
  lastRun: { da: 'Seneste kørsel', en: 'Last run' },
  lastRunValue: { da: '{date}: {sent} sendt, {failed} fejlede', en: '{date}: {sent} sent, {failed} failed' },
  failedAddresses: { da: 'Adresser der fejlede', en: 'Addresses that failed' },
  runCutShort: {
    da: 'Kørslen blev ikke færdig; påmindelser kan mangle, og serveren prøver igen.',
    en: 'The run did not finish; reminders may be missing, and the server tries again.',
  },
  statusAt: { da: 'Status hentet', en: 'Status fetched' },
  lastError: { da: 'Seneste fejl', en: 'Last error' },
  recipients: { da: 'Modtagere', en: 'Recipients' },
  recipientsHelp: {
    da: 'Kun bekræftede adresser får påmindelser. Andres elementer går til administratoren.',
    en: 'Only confirmed addresses get reminders. The others’ items go to the administrator.',
  },
  'state.waiting': {
    da: 'venter på bekræftelse siden {since}',
    en: 'waiting for confirmation since {since}',
  },
  'state.confirmed': { da: 'bekræftet', en: 'confirmed' },
  'state.unsubscribed': { da: 'frameldt siden {since}', en: 'unsubscribed since {since}' },
  'state.failing': { da: 'afvises siden {since}', en: 'bouncing since {since}' },
} as const satisfies Record<string, Record<Lang, string>>;

export type SettingsKey = keyof typeof catalogue;

export const s = catalogueLookup<SettingsKey>(catalogue);
