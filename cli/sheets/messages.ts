// What the CLI says about live Google Sheets, credentials and the scheduled sync, in Danish and
// English: each problem says what happened and what to do about it.

import type { Localized } from '../../shared/register/types.ts';

const L = (da: string, en: string): Localized => ({ da, en });

export const SHEETS_MESSAGES = {
  badSheetRef: (value: string) =>
    L(
      `"${value}" er hverken et link til et Google-regneark eller et regnearks-id.`,
      `"${value}" is neither a Google Sheets link nor a spreadsheet id.`,
    ),
  sheetAndFile: L(
    'Angiv enten en fil eller --sheet, ikke begge.',
    'Give either a file or --sheet, not both.',
  ),
  noAccess: (id: string, who: string | null) =>
    who
      ? L(
          `Ingen adgang til regnearket ${id}. Del det med ${who} (Del ▸ tilføj adressen som læser; redaktør for art30 create), og prøv igen.`,
          `No access to spreadsheet ${id}. Share it with ${who} (Share ▸ add the address as a viewer; editor for art30 create), then try again.`,
        )
      : L(
          `Ingen adgang til regnearket ${id}. Del det med den Google-konto, som adgangsnøglen tilhører, og prøv igen.`,
          `No access to spreadsheet ${id}. Share it with the Google account the access token belongs to, then try again.`,
        ),
  notFound: (id: string) =>
    L(
      `Regnearket ${id} findes ikke (eller er slettet). Kontrollér linket eller id'et.`,
      `Spreadsheet ${id} does not exist (or was deleted). Check the link or the id.`,
    ),
  notARegister: (title: string) =>
    L(
      `"${title}" er ikke en fortegnelse: der er intet ark med behandlingsaktiviteter. Åbn regnearket og kør Udvidelser ▸ Art30 ▸ Opret fortegnelse, eller lav en ny med art30 create.`,
      `"${title}" is not a register: it has no Processing activities sheet. Open the spreadsheet and run Extensions ▸ Art30 ▸ Set up register, or make a new one with art30 create.`,
    ),
  rateLimited: (attempts: number) =>
    L(
      `Google Sheets afviser flere kald lige nu (kvote eller hastighedsgrænse), også efter ${attempts} forsøg med stigende pause. Vent et minut og prøv igen; kører du mange regneark, så læg en pause mellem dem.`,
      `Google Sheets is refusing more calls right now (quota or rate limit), even after ${attempts} attempts with growing pauses. Wait a minute and try again; when running many sheets, pause between them.`,
    ),
  credentialsExpired: (how: string) =>
    L(
      `Google-legitimationen er udløbet eller ugyldig (${how}). Hent en ny: art30 login, en frisk ART30_GOOGLE_ACCESS_TOKEN eller en gyldig nøglefil for tjenestekontoen.`,
      `The Google credentials have expired or are not valid (${how}). Get new ones: art30 login, a fresh ART30_GOOGLE_ACCESS_TOKEN or a valid service-account key file.`,
    ),
  noCredentials: L(
    'Ingen Google-legitimation fundet. Brug art30 login, --service-account <nøglefil.json>, ART30_GOOGLE_ACCESS_TOKEN eller Application Default Credentials (gcloud auth application-default login). Se README: "Fortegnelser i Google Sheets fra kommandolinjen".',
    'No Google credentials found. Use art30 login, --service-account <key.json>, ART30_GOOGLE_ACCESS_TOKEN or Application Default Credentials (gcloud auth application-default login). See the README: "Registers in Google Sheets from the command line".',
  ),
  badServiceAccountFile: (path: string) =>
    L(
      `${path} er ikke en nøglefil for en tjenestekonto (JSON med client_email og private_key).`,
      `${path} is not a service-account key file (JSON with client_email and private_key).`,
    ),
  unreachable: (root: string, detail: string) =>
    L(
      `Kunne ikke nå Google Sheets på ${root}: ${detail}`,
      `Could not reach Google Sheets at ${root}: ${detail}`,
    ),
  apiError: (status: number, detail: string) =>
    L(`Google Sheets svarede ${status}: ${detail}`, `Google Sheets answered ${status}: ${detail}`),
  sheetRead: (title: string, sheets: string[]) =>
    L(
      `Læst fra Google Sheets: "${title}" (${sheets.join(', ')})`,
      `Read from Google Sheets: "${title}" (${sheets.join(', ')})`,
    ),
} as const;
