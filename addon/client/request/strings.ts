// The new-request form's own words, in Danish and English. Errors from the server arrive
// already in the register's language.

import { catalogueLookup } from '../../../shared/i18n/format.ts';

const catalogue = {
  title: { da: 'Ny anmodning fra en registreret', en: 'New data-subject request' },
  loading: { da: 'Henter …', en: 'Loading …' },
  saving: { da: 'Gemmer …', en: 'Saving …' },
  save: { da: 'Gem anmodningen', en: 'Save the request' },
  reference: { da: 'Sagsnummer', en: 'Case number' },
  referenceHelp: {
    da: 'Fra jeres eget sagssystem. Aldrig navn, e-mail eller CPR-nr.',
    en: 'From your own case system. Never a name, email or CPR number.',
  },
  type: { da: 'Rettighed', en: 'Right' },
  received: { da: 'Modtaget', en: 'Received' },
  channel: { da: 'Kanal', en: 'Channel' },
  identityCheck: { da: 'Identitet kontrolleret', en: 'Identity check' },
  identityCheckedOn: { da: 'Kontrolleret den', en: 'Checked on' },
  activities: { da: 'Behandlingsaktiviteter', en: 'Processing activities' },
  responsible: { da: 'Ansvarlig (e-mail)', en: 'Responsible (email)' },
  extensionReason: { da: 'Begrundelse for forlængelse', en: 'Reason for extension' },
  extensionNotified: { da: 'Forlængelse meddelt den', en: 'Extension notified on' },
  choose: { da: '– vælg –', en: '– choose –' },
  noDeadline: {
    da: 'Skriv modtagelsesdatoen for at se svarfristen.',
    en: 'Enter the date received to see the deadline.',
  },
  due: { da: 'Svarfrist: {date}', en: 'Answer by {date}' },
  dueExtended: { da: 'Svarfrist (forlænget): {date}', en: 'Answer by (extended) {date}' },
  movedHoliday: {
    da: 'En måned fra modtagelsen er {date}, {name}; fristen flyttes til næste arbejdsdag.',
    en: 'One month from receipt is {date}, {name}; the deadline moves to the next working day.',
  },
  movedWeekend: {
    da: 'En måned fra modtagelsen er {date}, en {day}; fristen flyttes til næste arbejdsdag.',
    en: 'One month from receipt is {date}, a {day}; the deadline moves to the next working day.',
  },
  daysLeft: { da: '{n|# dag|# dage} tilbage', en: '{n|# day|# days} left' },
  daysLate: { da: '{n|# dag|# dage} over fristen', en: '{n|# day|# days} past the deadline' },
  noticeBy: {
    da: 'En forlængelse skal meddeles senest {date}.',
    en: 'An extension must be notified by {date}.',
  },
  problem_noNotice: {
    da: 'Forlængelsen gælder først, når datoen for meddelelsen er udfyldt.',
    en: 'The extension counts only once the date of the notice is filled in.',
  },
  problem_noReason: {
    da: 'Forlængelsen gælder kun med en begrundelse.',
    en: 'The extension counts only with a reason.',
  },
  problem_noticeLate: {
    da: 'Meddelelsen kom efter den første måned: fristen forlænges ikke.',
    en: 'The notice came after the first month: the deadline is not extended.',
  },
  problem_noticeBeforeReceipt: {
    da: 'Meddelelsen er dateret før modtagelsen.',
    en: 'The notice is dated before the request was received.',
  },
  saved: {
    da: 'Gemt i række {row} i arket Anmodninger. Svarfrist {date}.',
    en: 'Saved in row {row} of the Requests sheet. Answer by {date}.',
  },
};

export type RequestStringKey = keyof typeof catalogue;

export const t = catalogueLookup<RequestStringKey>(catalogue);
