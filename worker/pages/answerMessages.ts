// Every word of the answer pages ("I have deleted it", "I need more time", issue 16), in Danish
// and English, filled by the one formatter. The layout's own words (footer, language switch) are
// in messages.ts with the other pages'.

import { formatMessage } from '../../shared/i18n/format.ts';
import { DEADLINES_MENU_PATH } from '../../shared/i18n/menu.ts';
import { columnDef } from '../../shared/register/schema.ts';
import type { Lang, Localized } from '../../shared/register/types.ts';

// The item's group and categories are named as the Data categories sheet's headers name them.
const subjectGroupHeader: Localized = columnDef('dataCategories', 'subjectGroup')?.header ?? {
  da: 'Kategori af registrerede',
  en: 'Data-subject group',
};
const categoriesHeader: Localized = columnDef('dataCategories', 'dataCategories')?.header ?? {
  da: 'Kategorier af personoplysninger',
  en: 'Personal-data categories',
};

const CATALOGUE = {
  da: {
    titleDeleted: 'Jeg har slettet det',
    titleExtend: 'Jeg har brug for mere tid',
    activity: 'Behandlingsaktivitet',
    subjectGroup: subjectGroupHeader.da,
    categories: categoriesHeader.da,
    reference: 'Reference',
    rule: 'Slettefrist',
    due: 'Frist',
    noDate: 'ingen dato',
    method: 'Hvordan blev det slettet?',
    methods: {
      deleted: 'Slettet',
      anonymised: 'Anonymiseret',
      returned: 'Returneret til den dataansvarlige',
    },
    deletedBy: 'Hvem slettede? (dit navn)',
    confirmDeleted: 'Registrér sletningen',
    newDate: 'Ny frist (senest {max})',
    reason: 'Begrundelse (skal udfyldes)',
    confirmExtend: 'Registrér forlængelsen',
    recordedDeleted: 'Tak. Sletningen af »{reference}« er registreret.',
    recordedExtend: 'Tak. Fristen for »{reference}« er forlænget til {date}.',
    recordedNext:
      'Den skrives i regnearkets Sletningsbevis, næste gang nogen med tilføjelsen åbner oversigten eller synkroniserer. Du får ikke flere påmindelser om den.',
    refusedTitle: 'Linket kan ikke bruges',
    expired: 'Linket er udløbet. Links i påmindelser gælder i 30 dage.',
    used: 'Linket er allerede brugt.',
    invalid: 'Linket er ikke gyldigt.',
    answered:
      'Der er allerede svaret på denne påmindelse, måske af en anden modtager. Det første svar gælder.',
    gone: 'Registreringen findes ikke længere i fortegnelsen.',
    useSheet: `Åbn regnearket og brug ${DEADLINES_MENU_PATH.da}.`,
    missingReason: 'Skriv en begrundelse for forlængelsen.',
    missingName: 'Skriv navnet på den der slettede.',
    badMethod: 'Vælg hvordan der blev slettet.',
    badDate: 'Vælg en dato efter i dag og senest {max}.',
    notSaved: 'Intet er gemt.',
    privacy: 'Navn og begrundelse gemmes kun, til regnearket har hentet dem, og højst 30 dage.',
  },
  en: {
    titleDeleted: 'I have deleted it',
    titleExtend: 'I need more time',
    activity: 'Processing activity',
    subjectGroup: subjectGroupHeader.en,
    categories: categoriesHeader.en,
    reference: 'Reference',
    rule: 'Retention rule',
    due: 'Due',
    noDate: 'no date',
    method: 'How was it deleted?',
    methods: { deleted: 'Deleted', anonymised: 'Anonymised', returned: 'Returned to the controller' },
    deletedBy: 'Who deleted it? (your name)',
    confirmDeleted: 'Record the deletion',
    newDate: 'New deadline (at the latest {max})',
    reason: 'Reason (required)',
    confirmExtend: 'Record the extension',
    recordedDeleted: 'Thank you. The deletion of “{reference}” is recorded.',
    recordedExtend: 'Thank you. The deadline of “{reference}” is extended to {date}.',
    recordedNext:
      "It is written into the spreadsheet's Deletion log the next time someone with the add-on opens the overview or syncs. You will get no more reminders about it.",
    refusedTitle: 'This link cannot be used',
    expired: 'This link has expired. Links in reminders are valid for 30 days.',
    used: 'This link has already been used.',
    invalid: 'This link is not valid.',
    answered:
      'This reminder has already been answered, perhaps by another recipient. The first answer stands.',
    gone: 'The entry is no longer in the register.',
    useSheet: `Open the spreadsheet and use ${DEADLINES_MENU_PATH.en}.`,
    missingReason: 'Give a reason for the extension.',
    missingName: 'Give the name of the person who deleted it.',
    badMethod: 'Choose how it was deleted.',
    badDate: 'Choose a date after today and at the latest {max}.',
    notSaved: 'Nothing was saved.',
    privacy:
      'The name and the reason are kept only until the spreadsheet has fetched them, and at most 30 days.',
  },
} as const;

export type AnswerCatalogue = (typeof CATALOGUE)['da'];

export function answerMessages(lang: Lang): AnswerCatalogue {
  return CATALOGUE[lang] as AnswerCatalogue;
}

export function fill(lang: Lang, text: string, params: Record<string, string>): string {
  return formatMessage(lang, text, params);
}
