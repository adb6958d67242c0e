// An existing register as people keep it in Excel (uploaded to Drive and opened in Sheets):
// a title line, Danish headers of their own wording, one row per activity, and a column of
// internal notes the structured register has no place for.

export const OLD_REGISTER_SHEET = 'Gammel fortegnelse';

export const OLD_REGISTER: unknown[][] = [
  ['Fortegnelse over behandlingsaktiviteter 2024'],
  [],
  [
    'Behandling',
    'Formål med behandlingen',
    'Kategorier af registrerede',
    'Kategorier af personoplysninger',
    'Modtagere',
    'Tredjelande',
    'Slettefrist',
    'Intern note',
  ],
  [
    'Nyhedsbrev',
    'Udsendelse af nyhedsbreve',
    'Nyhedsbrevsmodtagere',
    'Navn; E-mail',
    'Mailchimp',
    'USA',
    'Indtil samtykket trækkes tilbage',
    'spørg Jonas',
  ],
  [
    'Lønadministration',
    'Løn og indberetning',
    'Medarbejdere',
    'Navn, Løn, CPR-nummer',
    'Lønbureau A/S, Skattestyrelsen',
    'Ingen',
    '5 år fra udgangen af regnskabsåret',
    '',
  ],
  [
    'Kundeservice',
    'Besvarelse af henvendelser',
    'Kunder og pårørende',
    'Navn, Kontaktoplysninger, Korrespondance',
    'Zendesk',
    'USA',
    '2 år efter sidste kontakt',
    '',
  ],
];

/** The same kind of register kept in English (an ICO-style spreadsheet). */
export const OLD_REGISTER_EN_SHEET = 'RoPA 2024';

export const OLD_REGISTER_EN: unknown[][] = [
  ['Record of processing activities'],
  [],
  [
    'Processing activity',
    'Purpose of the processing',
    'Categories of data subjects',
    'Categories of personal data',
    'Recipients',
    'Transfers to third countries',
    'Retention period',
    'Comments',
  ],
  [
    'Newsletter',
    'Sending newsletters',
    'Newsletter subscribers',
    'Name, Email address',
    'Mailchimp',
    'USA',
    'Until consent is withdrawn',
    'ask Jonas',
  ],
  [
    'Customer service',
    'Answering enquiries',
    'Customers',
    'Name, Contact details, Correspondence',
    'Zendesk',
    'USA',
    '2 years after the last contact',
    '',
  ],
];
