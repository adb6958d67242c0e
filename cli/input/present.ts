// How findings about a register file are told: in the file's own terms (its rows, its column
// headers and letters, its organisation block; never dropdowns, the Lists sheet, add-on menus
// or sheets a one-table file does not have), grouped so a large file prints the first few of
// each kind with a count, and with every terminal control character taken out of the text a
// file supplied, so a cell cannot clear the screen or retitle the window.

import type { Issue, Lang, Localized, SheetId } from '../../shared/register/types.ts';
import { MESSAGES } from '../messages.ts';
import { columnTitle, formatIssue } from '../output.ts';
import { SHEETS_MESSAGES } from '../sheets/messages.ts';
import { FILE_PLACES, INPUT_MESSAGES } from './messages.ts';
import type { LoadedRegister } from './readRegister.ts';

// Escape sequences (CSI, OSC up to its terminator, and two-character ones), then any other C0
// or C1 control character but the line feed, DEL, and the bidirectional overrides that make a
// line read differently from what it holds.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b\n]*(?:\u0007|\u001b\\)?|[@-_])/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on a terminal: escape sequences and control characters removed, a tab
 * shown as a space. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPES, '').replace(/\t/g, ' ').replace(CONTROLS, '');
}

const L = (da: string, en: string): Localized => ({ da, en });

/** How to fix a finding in a file, where the validator's own hint speaks of the add-on's sheet. */
const FILE_HINTS: Record<string, Localized> = {
  unknownValue: L(
    'Skriv en af de kendte værdier i cellen, stavet som i skabelonerne (art30 template show <id> --format xlsx viser eksempler); flere værdier adskilles med komma.',
    'Write one of the known values in the cell, spelled as in the templates (art30 template show <id> --format xlsx shows examples); separate several values with commas.',
  ),
  invalidDate: L(
    'Skriv datoen i cellen som ÅÅÅÅ-MM-DD, fx 2026-03-01, eller som en dato Excel genkender.',
    'Write the date in the cell as YYYY-MM-DD, e.g. 2026-03-01, or as a date Excel recognises.',
  ),
  invalidBoolean: L('Skriv "Ja" eller "Nej" i cellen.', 'Write "Yes" or "No" in the cell.'),
  activityWithoutGroups: L(
    'Udfyld rækkens kolonner for kategorier af registrerede og personoplysninger, fx "Kunder" og "Navn, Kontaktoplysninger" (art. 30(1)(c)).',
    'Fill in the row\'s columns for categories of data subjects and personal data, e.g. "Customers" and "Name, Contact details" (Art. 30(1)(c)).',
  ),
  recipientNotLinked: L(
    'Skriv modtageren i modtager-kolonnen på de rækker, hvis oplysninger den modtager.',
    'Name the recipient in the recipients column of the rows whose data it receives.',
  ),
  transferNotLinked: L(
    'Skriv landet i kolonnen for tredjelande på de rækker, hvis oplysninger overføres (art. 30(1)(e)).',
    'Write the country in the third-countries column of the rows whose data is transferred (Art. 30(1)(e)).',
  ),
  retentionMissing: L(
    'Skriv en slettefrist i rækkens kolonne for slettefrist, fx "5 år fra udgangen af regnskabsåret" (art. 30(1)(f)).',
    'Write a retention rule in the row\'s retention column, e.g. "5 years from the end of the financial year" (Art. 30(1)(f)).',
  ),
  duplicateId: L(
    "Id'er skal være unikke: giv rækken sit eget id, eller tøm cellen.",
    'Ids must be unique: give the row its own id, or clear the cell.',
  ),
  duplicateName: L(
    'Giv rækkerne forskellige navne, så henvisninger til dem er entydige.',
    'Give the rows different names so references to them are unambiguous.',
  ),
  unknownReference: L(
    'Ret stavningen, så den svarer til et navn, filen allerede nævner.',
    'Correct the spelling to match a name the file already uses.',
  ),
  deletionLogEdited: L(
    'Sletningsbeviset føres af tilføjelsen: gendan den oprindelige post fra Google Sheets-arkets versionshistorik og hent fortegnelsen igen.',
    "The deletion log is kept by the add-on: restore the original entry from the Google Sheet's version history and download the register again.",
  ),
  deletionLogBrokenLink: L(
    'Poster må ikke slettes eller sorteres: gendan dem fra Google Sheets-arkets versionshistorik og hent fortegnelsen igen.',
    "Entries must not be deleted or sorted: restore them from the Google Sheet's version history and download the register again.",
  ),
  deletionLogMissingHash: L(
    'Sletninger registreres med tilføjelsen i Google Sheets, ikke ved at skrive i filen.',
    'Deletions are recorded with the add-on in Google Sheets, not by typing into the file.',
  ),
};

const ORGANISATION_HINT = (label: string) =>
  L(
    `Skriv en linje "${label}" efterfulgt af værdien i organisationsblokken øverst i filen (over overskriftsrækken), eller angiv oplysningerne i en fil med --org org.json.`,
    `Write a line "${label}" followed by the value in the organisation block at the top of the file (above the header row), or give the details in a file with --org org.json.`,
  );

/** Sheets a one-table file only names things on (a recipient, a system, a measure), and the
 * file column that names them. */
const NAMED_FROM: Partial<Record<SheetId, string>> = {
  recipients: 'dataCategories.recipients',
  systems: 'activities.systems',
  securityMeasures: 'activities.securityMeasures',
};

const NAME_ONLY_HINT = L(
  'Filen nævner kun navnet, så detaljerne kan ikke kontrolleres her. Før fortegnelsen som en hel projektmappe (art30 template show <id> --format xlsx skriver en), hvor hvert navn har sin egen række med type, land og aftale.',
  'The file gives the name only, so the details cannot be checked here. Keep the register as a whole workbook (art30 template show <id> --format xlsx writes one), where each name has its own row with its type, country and agreement.',
);

/** The column of a one-table file a finding is about, in the file's words. */
function fileColumn(
  loaded: LoadedRegister,
  sheet: SheetId,
  column: string | null,
  lang: Lang,
): string | null {
  if (!column) return null;
  const found = loaded.fileColumns?.[`${sheet}.${column}`];
  if (found) return FILE_PLACES.column(found.header, found.letter)[lang];
  return FILE_PLACES.missingColumn(columnTitle(sheet, column, lang) ?? column)[lang];
}

/** Where a finding sits in a one-table file. */
function placeInTable(issue: Issue, loaded: LoadedRegister, lang: Lang): string {
  const label = columnTitle(issue.sheet, issue.column, lang);
  if (issue.sheet === 'organisation') {
    if (issue.row !== null) return FILE_PLACES.organisationLine(issue.row)[lang];
    return label ? FILE_PLACES.organisationMissing(label)[lang] : FILE_PLACES.organisationLine(1)[lang];
  }
  if (issue.code.startsWith('import.') && issue.row === loaded.headerRow && issue.row !== null) {
    return FILE_PLACES.header(issue.row)[lang];
  }
  const row = issue.row !== null ? FILE_PLACES.row(issue.row)[lang] : null;
  const namedFrom = NAMED_FROM[issue.sheet];
  const [sheet, column] = namedFrom
    ? (namedFrom.split('.') as [SheetId, string])
    : [issue.sheet, issue.column];
  return [row, fileColumn(loaded, sheet, column, lang)].filter(Boolean).join(', ');
}

/** A finding with its message and hint told for the file it was found in. */
export function inFileTerms(issue: Issue, loaded: LoadedRegister, lang: Lang): Issue {
  // A live sheet is the add-on's own layout: its hints already speak of the sheet.
  if (loaded.format === 'json' || loaded.format === 'sheet') return issue;
  const table = loaded.sheetsRead === undefined;
  let { message, hint } = issue;
  if (FILE_HINTS[issue.code]) hint = FILE_HINTS[issue.code][lang];
  if (table && issue.sheet === 'organisation' && !issue.code.startsWith('import.') && issue.column) {
    hint = ORGANISATION_HINT(columnTitle('organisation', issue.column, lang) ?? issue.column)[lang];
  }
  if (table && NAMED_FROM[issue.sheet]) hint = NAME_ONLY_HINT[lang];
  else if (
    table &&
    issue.column &&
    issue.sheet !== 'organisation' &&
    !loaded.fileColumns?.[`${issue.sheet}.${issue.column}`]
  ) {
    hint = `${FILE_PLACES.addColumn(columnTitle(issue.sheet, issue.column, lang) ?? issue.column)[lang]} ${hint}`;
  }
  if (table && issue.code === 'unknownReference') {
    message = message
      .replace(/ findes ikke i arket .*$/, ' findes ikke i filen.')
      .replace(/ does not exist on the .* sheet\.$/, ' is not named anywhere in the file.');
  }
  return { ...issue, message, hint };
}

/** One finding as printed: where (in the file's terms), what, and how to fix it. */
export function formatFileIssue(issue: Issue, loaded: LoadedRegister, lang: Lang): string {
  if (loaded.format === 'json' || loaded.sheetsRead !== undefined)
    return terminalSafe(formatIssue(issue, lang));
  const severity = MESSAGES.severity[issue.severity]?.[lang] ?? issue.severity;
  const lines = [`${severity} [${issue.code}] ${placeInTable(issue, loaded, lang)}: ${issue.message}`];
  if (issue.hint) lines.push(`    ${MESSAGES.hintPrefix[lang]}: ${issue.hint}`);
  return terminalSafe(lines.join('\n'));
}

/** How many findings of each kind are printed before the rest are counted. */
export const SHOWN_PER_KIND = 3;

/**
 * The findings as printed lines. With `all`, every finding in order; otherwise the kinds in
 * the order they first appear, each with its first few findings and a count of the rest.
 */
export function findingLines(
  issues: readonly Issue[],
  loaded: LoadedRegister,
  lang: Lang,
  all: boolean,
): string[] {
  if (all) return issues.map((i) => formatFileIssue(i, loaded, lang));
  const kinds = new Map<string, Issue[]>();
  for (const issue of issues) {
    const list = kinds.get(issue.code);
    if (list) list.push(issue);
    else kinds.set(issue.code, [issue]);
  }
  const lines: string[] = [];
  for (const [code, list] of kinds) {
    for (const issue of list.slice(0, SHOWN_PER_KIND)) lines.push(formatFileIssue(issue, loaded, lang));
    if (list.length > SHOWN_PER_KIND)
      lines.push(INPUT_MESSAGES.moreOfKind(list.length - SHOWN_PER_KIND, code)[lang]);
  }
  return lines;
}

/** The line naming what was read: the worksheet, the workbook's sheets, or a CSV's encoding. */
export function sourceLine(loaded: LoadedRegister, lang: Lang): string | null {
  if (loaded.format === 'sheet') {
    return terminalSafe(
      SHEETS_MESSAGES.sheetRead(loaded.spreadsheetTitle ?? '', loaded.sheetsRead ?? [])[lang],
    );
  }
  if (loaded.sheetsRead) return terminalSafe(INPUT_MESSAGES.workbookRead(loaded.sheetsRead)[lang]);
  if (loaded.worksheet !== undefined) return terminalSafe(INPUT_MESSAGES.sheetRead(loaded.worksheet)[lang]);
  if (loaded.encoding && loaded.delimiter)
    return INPUT_MESSAGES.encodingRead(loaded.encoding, loaded.delimiter)[lang];
  return null;
}
