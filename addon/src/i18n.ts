// The add-on's choice of language (the user's, the register's, the spreadsheet's locale), and
// its message catalogue, which lives in addon/views/messages.ts so that the CLI can share it.

import type { Lang } from '../../shared/register/types.ts';
import { langFromLocale } from '../views/messages.ts';

export { langFromLocale, MESSAGES, type MessageKey, t } from '../views/messages.ts';

export const LANG_PROPERTY = 'art30.lang';

function storedLang(props: GoogleAppsScript.Properties.Properties): Lang | null {
  const v = props.getProperty(LANG_PROPERTY);
  return v === 'da' || v === 'en' ? v : null;
}

/**
 * The language in AuthMode.NONE, where neither properties nor the spreadsheet may be touched:
 * the user's own locale.
 */
export function menuLangWithoutAuth(): Lang {
  return langFromLocale(Session.getActiveUserLocale());
}

/**
 * Once authorised: the user's saved choice, else the register's saved language, else the
 * spreadsheet's locale.
 */
export function activeLang(ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null): Lang {
  const user = storedLang(PropertiesService.getUserProperties());
  if (user) return user;
  const doc = storedLang(PropertiesService.getDocumentProperties());
  if (doc) return doc;
  if (ss) return langFromLocale(ss.getSpreadsheetLocale());
  return menuLangWithoutAuth();
}

/** Saves the user's choice of language (it wins over the spreadsheet's locale). */
export function saveUserLang(lang: Lang): void {
  PropertiesService.getUserProperties().setProperty(LANG_PROPERTY, lang);
}

/** The Help dialog's text: what the register is for, the Art. 30 points, and the disclaimer. */
export const HELP = {
  da: {
    intro:
      'Databeskyttelsesforordningen (GDPR) artikel 30 kræver, at organisationer fører en skriftlig fortegnelse over, hvordan de behandler personoplysninger. Datatilsynet kan bede om at se den (art. 30(4)). Art30 gør regnearket til en struktureret fortegnelse, fortæller hvad der mangler og minder jer om at slette oplysninger til tiden.',
    pointsTitle: 'Det skal fortegnelsen indeholde (art. 30(1)):',
    points: [
      'a) navn og kontaktoplysninger på den dataansvarlige, evt. fælles dataansvarlig, repræsentant og databeskyttelsesrådgiver',
      'b) formålene med behandlingen',
      'c) kategorier af registrerede og kategorier af personoplysninger',
      'd) kategorier af modtagere, også i tredjelande',
      'e) overførsler til tredjelande og dokumentation for garantier',
      'f) så vidt muligt de forventede slettefrister for hver kategori af oplysninger',
      'g) så vidt muligt en generel beskrivelse af de tekniske og organisatoriske sikkerhedsforanstaltninger',
    ],
    processor:
      'En databehandler fører en fortegnelse efter art. 30(2): egne og hver dataansvarligs kontaktoplysninger, kategorier af behandling, overførsler til tredjelande og sikkerhedsforanstaltninger.',
    howTitle: 'Sådan kommer I i gang',
    how: [
      'Vælg "Opret fortegnelse" og svar på, om I er dataansvarlig, databehandler eller begge.',
      'Udfyld arkene – eller start med "Indsæt skabelon…".',
      'Vælg "Kontrollér fortegnelse": celler med problemer markeres, og en liste viser dem.',
      'Registrér holdbare oplysninger i Slettelog med en pseudonym reference – aldrig navn eller CPR-nummer.',
    ],
    disclaimer:
      'Art30 er et værktøj, ikke juridisk rådgivning. Kontrollerne fanger typiske mangler, men kan ikke afgøre, om jeres behandling er lovlig. Søg rådgivning ved tvivl.',
  },
  en: {
    intro:
      'Article 30 of the General Data Protection Regulation (GDPR) requires organisations to keep a written record of how they process personal data. The supervisory authority may ask to see it (Art. 30(4)). Art30 turns this spreadsheet into a structured register, tells you what is missing and reminds you to delete data on time.',
    pointsTitle: 'What the record must contain (Art. 30(1)):',
    points: [
      'a) the name and contact details of the controller and any joint controller, representative and data protection officer',
      'b) the purposes of the processing',
      'c) the categories of data subjects and of personal data',
      'd) the categories of recipients, including those in third countries',
      'e) transfers to third countries and the documentation of safeguards',
      'f) where possible, the envisaged time limits for erasure of each category of data',
      'g) where possible, a general description of the technical and organisational security measures',
    ],
    processor:
      "A processor keeps a record under Art. 30(2): its own and each controller's contact details, the categories of processing, third-country transfers and security measures.",
    howTitle: 'Getting started',
    how: [
      'Choose "Set up register" and say whether you are a controller, a processor or both.',
      'Fill in the sheets – or start from "Insert template…".',
      'Choose "Validate register": cells with problems are marked, and a list shows them.',
      'Record retained data in the Retention log with a pseudonymous reference – never a name or CPR number.',
    ],
    disclaimer:
      'Art30 is a tool, not legal advice. Its checks catch typical gaps but cannot decide whether your processing is lawful. Seek advice when in doubt.',
  },
} as const;
