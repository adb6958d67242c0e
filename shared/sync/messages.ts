// What the payload builder tells a user when a register cannot be synced, in Danish and
// English: what is wrong (naming the sheet and row through the Issue) and how to fix it.

import { formatMessage, type MessageParams } from '../i18n/format.ts';
import type { Lang } from '../register/types.ts';
import type { IdentifyingKind } from './identifying.ts';

interface Text {
  message: string;
  hint: string;
}
type Entry = Record<Lang, Text>;

const m = (daMessage: string, daHint: string, enMessage: string, enHint: string): Entry => ({
  da: { message: daMessage, hint: daHint },
  en: { message: enMessage, hint: enHint },
});

export const SYNC_MESSAGES = {
  identifyingReference: m(
    'Referencen "{value}" ligner {kind} og sendes ikke til serveren.',
    'Brug en pseudonym reference som kundenummer, sagsnummer eller initialer. Slettelogen må ikke blive en kopi af personoplysningerne.',
    'The reference "{value}" looks like {kind} and is not sent to the server.',
    'Use a pseudonymous reference such as a client number, case id or initials. The retention log must not become a copy of the personal data.',
  ),
  missingReference: m(
    'Registreringen har ingen reference.',
    'Skriv en pseudonym reference, fx et kundenummer.',
    'The entry has no reference.',
    'Enter a pseudonymous reference, e.g. a client number.',
  ),
  missingId: m(
    'Rækken har intet fast id.',
    'Kør "Opsæt fortegnelse" igen; den giver alle rækker et id.',
    'The row has no stable id.',
    'Run "Set up register" again; it gives every row an id.',
  ),
  duplicateId: m(
    'Rækken har samme id som række {other}.',
    'Kør "Opsæt fortegnelse" igen; den giver kopierede rækker nye id\'er.',
    'The row has the same id as row {other}.',
    'Run "Set up register" again; it gives copied rows new ids.',
  ),
  tooLong: m(
    '"{column}" er længere end {max} tegn.',
    'Forkort teksten.',
    '"{column}" is longer than {max} characters.',
    'Shorten the text.',
  ),
  invalidEmail: m(
    '"{value}" er ikke en gyldig e-mailadresse.',
    'Skriv én e-mailadresse, fx navn@firma.dk.',
    '"{value}" is not a valid email address.',
    'Enter one email address, e.g. name@company.com.',
  ),
  unreadableDate: m(
    '"{value}" i "{column}" kan ikke læses som en dato.',
    'Skriv datoen som 2026-03-01 eller 1-3-2026.',
    '"{value}" in "{column}" cannot be read as a date.',
    'Write the date as 2026-03-01 or 1-3-2026.',
  ),
  unreadableCadence: m(
    '"{value}" er ikke et kendt interval.',
    'Vælg ugentlig, månedlig, kvartalsvis, halvårlig eller årlig.',
    '"{value}" is not a known cadence.',
    'Choose weekly, monthly, quarterly, half-yearly or yearly.',
  ),
  unknownActivity: m(
    'Rækken hører ikke til nogen behandlingsaktivitet.',
    'Vælg en aktivitet fra arket Behandlingsaktiviteter.',
    'The row belongs to no processing activity.',
    'Choose an activity from the Processing activities sheet.',
  ),
  unreadableRequest: m(
    'Anmodningen har ingen læsbar "{column}", så fristen kan ikke beregnes.',
    'Vælg rettigheden fra rullelisten og skriv datoen, anmodningen blev modtaget.',
    'The request has no readable "{column}", so its deadline cannot be worked out.',
    'Pick the right from the dropdown and enter the date the request was received.',
  ),
  rowProblem: m('{value}', 'Ret cellen og synkronisér igen.', '{value}', 'Correct the cell and sync again.'),
  payloadInvalid: m(
    'Data til serveren er ugyldige: {value}',
    'Kør Validér og ret fejlene; kontakt support hvis det bliver ved.',
    'The data for the server is invalid: {value}',
    'Run Validate and fix the issues; contact support if it persists.',
  ),
} as const;

export type SyncMessageId = keyof typeof SYNC_MESSAGES;

export const IDENTIFYING_KIND_WORDS: Record<IdentifyingKind, Record<Lang, string>> = {
  cpr: { da: 'et CPR-nummer', en: 'a CPR number' },
  email: { da: 'en e-mailadresse', en: 'an email address' },
  name: { da: 'et fulde navn', en: 'a full name' },
};

/** The message and hint for `id` in `lang`, with `{name}` placeholders filled in. */
export function syncText(id: SyncMessageId, lang: Lang, params: MessageParams = {}): Text {
  const entry = SYNC_MESSAGES[id][lang];
  return {
    message: formatMessage(lang, entry.message, params),
    hint: formatMessage(lang, entry.hint, params),
  };
}
