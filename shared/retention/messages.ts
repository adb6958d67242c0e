// What `parseRetention` tells the user about a retention text, in Danish and English. One
// catalogue, so the add-on, the CLI and the validator show the same words.

import type { Localized } from '../register/types.ts';

const EXAMPLES: Localized = {
  da: 'modtagelse, sidste kontakt, ophør af kundeforholdet, formålet er opfyldt eller udgangen af regnskabsåret',
  en: 'collection, last contact, end of the relationship, the purpose is fulfilled or the end of the financial year',
};

export const retentionMessages = {
  empty: (): Localized => ({
    da: 'Der er ikke angivet nogen slettefrist. Skriv fx "6 måneder efter modtagelse".',
    en: 'No retention rule is given. Write e.g. "6 months after collection".',
  }),
  notUnderstood: (): Localized => ({
    da: 'Slettefristen kunne ikke læses: der er ingen periode (fx "6 måneder") og ingen hændelse, den regnes fra. Skriv fx "6 måneder efter modtagelse" eller "så længe formålet består".',
    en: 'The retention rule could not be read: it has no period (e.g. "6 months") and no event to count from. Write e.g. "6 months after collection" or "as long as the purpose lasts".',
  }),
  tooLong: (limit: number): Localized => ({
    da: `Teksten er for lang til at være en slettefrist (over ${limit} tegn). Skriv fristen kort, fx "5 år efter ophør".`,
    en: `The text is too long to be a retention rule (over ${limit} characters). Write the rule briefly, e.g. "5 years after termination".`,
  }),
  implausiblePeriod: (period: Localized): Localized => ({
    da: `Perioden "${period.da}" er urimeligt lang (over 200 år). Ret tallet eller skriv "permanent" med en begrundelse.`,
    en: `The period "${period.en}" is implausibly long (over 200 years). Correct the number, or write "permanent" with a reason.`,
  }),
  fractional: (words: string): Localized => ({
    da: `"${words}" kan ikke regnes om til hele år, måneder, uger og dage. Skriv fx "6 uger" i stedet for "1,5 måned".`,
    en: `"${words}" does not come to whole years, months, weeks and days. Write e.g. "6 weeks" instead of "1.5 months".`,
  }),
  permanent: (): Localized => ({
    da: 'Permanent opbevaring giver ingen slettedato. Angiv hjemmel og formål for at opbevare oplysningerne permanent, og gennemgå aktiviteten manuelt.',
    en: 'Keeping data permanently gives no deletion date. State the legal ground and purpose for keeping it permanently, and review the activity manually.',
  }),
  unknownEvent: (): Localized => ({
    da: `Fristen regnes fra en hændelse, som slettelogen ikke har en dato for, så den gennemgås manuelt. Mulige hændelser: ${EXAMPLES.da}.`,
    en: `The rule counts from an event the retention log has no date for, so it is reviewed manually. Possible events: ${EXAMPLES.en}.`,
  }),
  ceilingFromCollection: (period: Localized): Localized => ({
    da: `Ingen hændelse er nævnt, så loftet på ${period.da} regnes fra modtagelsen af oplysningerne.`,
    en: `No event is named, so the ceiling of ${period.en} counts from when the data was collected.`,
  }),
  barePeriodFromCollection: (period: Localized): Localized => ({
    da: `Ingen hændelse er nævnt, så ${period.da} regnes fra modtagelsen af oplysningerne, den tidligste mulige dato, så påmindelsen aldrig kommer for sent. Regnes fristen fra noget andet, så skriv hændelsen, fx "${period.da} efter ophør af kundeforholdet".`,
    en: `No event is named, so ${period.en} counts from when the data was collected, the earliest possible date, so the reminder is never late. If the rule counts from something else, name the event, e.g. "${period.en} after the end of the customer relationship".`,
  }),
  customEvent: (event: Localized): Localized => ({
    da: `Fristen regnes fra "${event.da}", som slettelogen ikke har en egen kolonne til: skriv datoen i slettelogens kolonne Hændelsesdato.`,
    en: `The rule counts from "${event.en}", which has no column of its own in the retention log: enter its date in the retention log's Event date column.`,
  }),
  twoCustomEvents: (first: Localized, second: Localized): Localized => ({
    da: `Fristen regnes fra to hændelser, "${first.da}" og "${second.da}", men slettelogen har kun én kolonne (Hændelsesdato) til hændelser uden egen kolonne, så den gennemgås manuelt. Mulige hændelser med egen kolonne: ${EXAMPLES.da}.`,
    en: `The rule counts from two events, "${first.en}" and "${second.en}", but the retention log has only one column (Event date) for events without a column of their own, so it is reviewed manually. Events with a column of their own: ${EXAMPLES.en}.`,
  }),
  immediatelyWhenPurposeFulfilled: (): Localized => ({
    da: '"Straks" regnes fra det tidspunkt, hvor formålet er opfyldt.',
    en: '"Immediately" counts from when the purpose is fulfilled.',
  }),
  purposeBased: (): Localized => ({
    da: 'Ingen beregnelig slettedato: fristen afhænger af formålet, så aktiviteten skal gennemgås manuelt med faste mellemrum.',
    en: 'No computable deletion date: the rule depends on the purpose, so the activity needs a periodic manual review.',
  }),
  caseByCase: (): Localized => ({
    da: 'Ingen beregnelig slettedato: fristen vurderes konkret, så aktiviteten skal gennemgås manuelt med faste mellemrum.',
    en: 'No computable deletion date: the rule is assessed case by case, so the activity needs a periodic manual review.',
  }),
  manualReviewText: (): Localized => ({
    // The text describeRetention gives an 'unknownTrigger' rule; parsing it gives that rule back.
    da: 'Gennemgås manuelt: fristen regnes fra en hændelse uden dato i slettelogen',
    en: 'Reviewed manually: counted from an event with no date in the retention log',
  }),
} as const;

/** Problems found while reading the retention log and the deletion routines. */
export const holdingMessages = {
  unreadableDate: (column: Localized, value: string): Localized => ({
    da: `"${value}" i kolonnen ${column.da} er ikke en dato. Skriv datoen som 2026-03-01 eller 01-03-2026.`,
    en: `"${value}" in the column ${column.en} is not a date. Write the date as 2026-03-01 or 01-03-2026.`,
  }),
  unreadableBoolean: (column: Localized, value: string): Localized => ({
    da: `"${value}" i kolonnen ${column.da} er hverken ja eller nej. Skriv "Ja" eller lad feltet stå tomt.`,
    en: `"${value}" in the column ${column.en} is neither yes nor no. Write "Yes" or leave it blank.`,
  }),
  missingActivity: (): Localized => ({
    da: 'Registreringen nævner ingen behandlingsaktivitet, så dens slettefrist er ukendt.',
    en: 'The holding names no processing activity, so its retention rule is unknown.',
  }),
  unknownActivity: (name: string): Localized => ({
    da: `Behandlingsaktiviteten "${name}" findes ikke i arket Behandlingsaktiviteter.`,
    en: `The processing activity "${name}" is not on the Processing activities sheet.`,
  }),
  unknownDataCategory: (group: string): Localized => ({
    da: `Aktiviteten har ingen række for "${group}" i arket Datakategorier; aktivitetens standardfrist bruges.`,
    en: `The activity has no row for "${group}" on the Data categories sheet; the activity's default rule is used.`,
  }),
  unreadableCadence: (value: string): Localized => ({
    da: `"${value}" er ikke et interval. Vælg ugentlig, månedlig, kvartalsvis, halvårlig eller årlig.`,
    en: `"${value}" is not a cadence. Choose weekly, monthly, quarterly, half-yearly or yearly.`,
  }),
} as const;
