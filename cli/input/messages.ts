// What the CLI says about register files, in Danish and English: refusals of files it cannot
// or will not read (with the limit that was hit, or what to do instead), which sheets it read,
// where a finding sits in the file, and how to fix a finding in the file itself (a file has
// no dropdowns, no Lists sheet and no add-on menus).

import type { Lang, Localized } from '../../shared/register/types.ts';
import { counted } from '../messages.ts';

const L = (da: string, en: string): Localized => ({ da, en });
const n = (value: number, lang: Lang) => value.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB');

const LIMIT_TEXT = {
  fileBytes: (v: number) =>
    L(`filen er større end ${v / 1024 / 1024} MB`, `the file is larger than ${v / 1024 / 1024} MB`),
  unpackedBytes: (v: number) =>
    L(
      `projektmappen fylder mere end ${v / 1024 / 1024} MB, når den pakkes ud`,
      `the workbook unpacks to more than ${v / 1024 / 1024} MB`,
    ),
  rows: (v: number) => L(`den har mere end ${n(v, 'da')} rækker`, `it has more than ${n(v, 'en')} rows`),
  columns: (v: number) =>
    L(`den bruger flere end ${n(v, 'da')} kolonner`, `it uses more than ${n(v, 'en')} columns`),
  cells: (v: number) => L(`den har mere end ${n(v, 'da')} celler`, `it has more than ${n(v, 'en')} cells`),
  cellChars: (v: number) =>
    L(
      `en celle har mere end ${n(v, 'da')} tegn (Excels egen grænse)`,
      `a cell holds more than ${n(v, 'en')} characters (Excel's own limit)`,
    ),
} as const;

const FOUND_TEXT = {
  fileBytes: (f: string) => L(`${f} byte`, `${f} bytes`),
  unpackedBytes: (f: string) => L(`${f} byte udpakket`, `${f} bytes unpacked`),
  rows: (f: string) => L(f, f),
  columns: (f: string) => L(`kolonne ${f}`, `column ${f}`),
  cells: (f: string) => L(f, f),
  cellChars: (f: string) => {
    const [row, column] = f.split(', ');
    return L(`række ${row}, kolonne ${column}`, `row ${row}, column ${column}`);
  },
} as const;

export const INPUT_MESSAGES = {
  limitExceeded: (path: string, limit: keyof typeof LIMIT_TEXT, value: number, found?: string) => {
    const what = LIMIT_TEXT[limit](value);
    const where = found === undefined ? null : FOUND_TEXT[limit](found);
    return L(
      `${path} læses ikke: ${what.da}${where ? ` (${where.da})` : ''}. En fortegnelse er langt mindre; tjek at det er den rigtige fil.`,
      `${path} is not read: ${what.en}${where ? ` (${where.en})` : ''}. A register is far smaller; check that this is the right file.`,
    );
  },
  oldXls: (path: string) =>
    L(
      `${path} er en gammel Excel 97-2003-projektmappe (.xls), som art30 ikke læser. Åbn den i Excel og gem den som .xlsx (Filer → Gem som → Excel-projektmappe), eller gem den som CSV.`,
      `${path} is an old Excel 97-2003 workbook (.xls), which art30 does not read. Open it in Excel and save it as .xlsx (File → Save As → Excel Workbook), or save it as CSV.`,
    ),
  notAZip: (path: string) =>
    L(
      `${path} er ikke en Excel-projektmappe (.xlsx): filen er ikke en zip-fil, som en .xlsx altid er. Er det en CSV-fil, så giv den endelsen .csv; ellers åbn den i Excel og gem den som .xlsx.`,
      `${path} is not an Excel workbook (.xlsx): it is not a zip archive, which an .xlsx always is. If it is a CSV file, give it the extension .csv; otherwise open it in Excel and save it as .xlsx.`,
    ),
  xlsxDamaged: (path: string) =>
    L(
      `${path} er beskadiget eller ikke en Excel-projektmappe: indholdet kan ikke læses. Åbn den i Excel eller LibreOffice og gem den igen som .xlsx (Excel-projektmappe).`,
      `${path} is damaged or not an Excel workbook: its contents cannot be read. Open it in Excel or LibreOffice and save it again as .xlsx (Excel Workbook).`,
    ),
  xlsxEncrypted: (path: string) =>
    L(
      `${path} er beskyttet med adgangskode og kan ikke læses. Fjern adgangskoden i Excel (Filer → Oplysninger → Beskyt projektmappe) og gem igen.`,
      `${path} is password-protected and cannot be read. Remove the password in Excel (File → Info → Protect Workbook) and save again.`,
    ),
  sheetRead: (name: string) => L(`Læste arket "${name}".`, `Read the sheet "${name}".`),
  workbookRead: (names: string[]) =>
    L(
      `Læste hele fortegnelsen, arkene ${names.map((s) => `"${s}"`).join(', ')}.`,
      `Read the whole register, the sheets ${names.map((s) => `"${s}"`).join(', ')}.`,
    ),
  encodingRead: (encoding: string, delimiter: string) => {
    const d = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
    return L(
      `Læste filen som ${encoding}, adskilt med ${d}.`,
      `Read the file as ${encoding}, separated by ${d}.`,
    );
  },
  dueNoRetentionLog: (path: string) =>
    L(
      `art30 due kan ikke se, hvad der forfalder, i ${path}: filen har ingen slettelog (arket "Slettelog" med registreringer og deres frister), og en tom liste ville fejlagtigt sige, at intet forfalder. Brug hele fortegnelsen hentet fra Google Sheets (Filer → Download → Microsoft Excel (.xlsx)) eller en JSON-fortegnelse.`,
      `art30 due cannot tell what is due in ${path}: the file holds no retention log (the "Retention log" sheet with holdings and their deadlines), and an empty list would wrongly say nothing is due. Use the whole register downloaded from Google Sheets (File → Download → Microsoft Excel (.xlsx)) or a JSON register.`,
    ),
  orgNotFound: (path: string) => L(`--org: filen findes ikke: ${path}`, `--org: file not found: ${path}`),
  orgBadJson: (path: string) =>
    L(
      `--org: ${path} er ikke et JSON-objekt med organisationens oplysninger, fx {"Dataansvarlig: navn": "Eksempel ApS", "Dataansvarlig: adresse": "Prøvevej 1, 8000 Aarhus C"}.`,
      `--org: ${path} is not a JSON object of the organisation's details, e.g. {"Controller: name": "Example Ltd", "Controller: address": "1 Sample Road"}.`,
    ),
  orgUnknownField: (path: string, field: string, known: string) =>
    L(
      `--org: feltet "${field}" i ${path} er ikke en oplysning om organisationen. Kendte felter: ${known}`,
      `--org: the field "${field}" in ${path} is not an organisation detail. Known fields: ${known}`,
    ),
  moreOfKind: (count: number, code: string) =>
    counted(
      '    … og {count} mere af samme slags [{code}] (--all viser alle)',
      '    … and {count} more of the same kind [{code}] (--all shows every one)',
      { count: L(n(count, 'da'), n(count, 'en')), code },
    ),
  templateWritten: (path: string) => L(`Skrev ${path}.`, `Wrote ${path}.`),
  badFormat: (value: string) =>
    L(`--format skal være xlsx eller csv, ikke "${value}".`, `--format must be xlsx or csv, not "${value}".`),
  templateFillIn: (path: string) =>
    L(
      `Udfyld filen i Excel og kontrollér den med: art30 validate ${path}`,
      `Fill the file in Excel and check it with: art30 validate ${path}`,
    ),
} as const;

/** Where a finding sits in a one-table file, told in the file's own terms. */
export const FILE_PLACES = {
  row: (row: number) => L(`række ${row}`, `row ${row}`),
  column: (header: string, letter: string) =>
    L(`kolonne "${header}" (${letter})`, `column "${header}" (${letter})`),
  missingColumn: (header: string) =>
    L(`kolonnen "${header}", som filen ikke har`, `the column "${header}", which the file does not have`),
  organisationLine: (row: number) =>
    L(`organisationsblokken, række ${row}`, `the organisation block, row ${row}`),
  organisationMissing: (label: string) =>
    L(`organisationsblokken (ingen linje "${label}")`, `the organisation block (no "${label}" line)`),
  addColumn: (header: string) =>
    L(
      `Filen har ingen kolonne til det: tilføj en kolonne med overskriften "${header}", og udfyld den på rækken.`,
      `The file has no column for it: add a column headed "${header}" and fill it in on the row.`,
    ),
  header: (row: number) => L(`overskriftsrækken, række ${row}`, `the header row, row ${row}`),
} as const;
