// Import: a register someone already keeps (one row per processing activity, in a CSV file,
// an Excel workbook or a sheet) becomes a RegisterDocument the validator understands. Each
// row becomes an activity and one data-category row per data-subject group named in it;
// every document row keeps the row of the file it came from, so issues point there.
// Nothing is dropped silently: unmapped columns and organisation fields are reported.
// Used by the CLI and the add-on's import; pure, like the rest of shared/.

import { parseLooseDate } from '../calendar/civilDate.ts';
import { joinCitationPieces } from '../vocabularies/citations.ts';
import { nameKey } from './document.ts';
import { type ColumnRef, findColumn, mapHeaders } from './headerMapping.ts';
import { columnDef, NONE_WORDS, SCHEMA_VERSION, SHEETS, splitMulti } from './schema.ts';
import type {
  CellValue,
  DocumentRow,
  Issue,
  Lang,
  Localized,
  RegisterDocument,
  TableSheetId,
} from './types.ts';

/** A table read from a file: its header row and the data rows below it. */
export interface RegisterTable {
  headers: string[];
  rows: CellValue[][];
  /** The file row (1-based) of rows[0]. */
  firstDataRow: number;
  /** The file row of the header row; defaults to the row just above the data. */
  headerRow?: number;
  /** A two-column "field, value" block found above the header row, if any. */
  organisationBlock?: OrganisationLine[];
}

export interface OrganisationLine {
  /** The file row of the line. */
  row: number;
  label: string;
  value: CellValue;
}

export interface ImportResult {
  document: RegisterDocument;
  /** Headers (or "column F" for data under a blank header) whose contents were not imported. */
  unmappedColumns: string[];
  issues: Issue[];
  /** The file row each organisation field was read from (the document model has no row for
   * form fields, so findings about them are pointed at the file through this). */
  organisationRows: Record<string, number>;
}

const MESSAGES = {
  unmappedColumn: {
    message: (h: string): Localized => ({
      da: `Kolonnen "${h}" blev ikke genkendt, så dens indhold er ikke importeret.`,
      en: `The column "${h}" was not recognised, so its contents were not imported.`,
    }),
    hint: {
      da: 'Omdøb overskriften til en af fortegnelsens kolonner, fx "Formål", "Kategorier af registrerede" eller "Slettefrist", eller flyt indholdet til en kendt kolonne.',
      en: 'Rename the header to one of the register\'s columns, e.g. "Purpose", "Categories of data subjects" or "Retention", or move its contents to a known column.',
    },
  },
  unknownOrganisationField: {
    message: (label: string): Localized => ({
      da: `Feltet "${label}" over tabellen blev ikke genkendt som en oplysning om organisationen og er ikke importeret.`,
      en: `The field "${label}" above the table was not recognised as an organisation detail and was not imported.`,
    }),
    hint: {
      da: 'Brug fx "Dataansvarlig", "Adresse", "E-mail" eller "Databeskyttelsesrådgiver" som feltnavn.',
      en: 'Use e.g. "Controller", "Address", "Email" or "Data protection officer" as the field name.',
    },
  },
  columnLetter: (letter: string): Localized => ({ da: `kolonne ${letter}`, en: `column ${letter}` }),
} as const;

/** "A", "B", … "AA": the column letter a spreadsheet user sees. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

const TRUE_WORDS = new Set(['ja', 'yes', 'true', 'sand', 'x', '1', 'j', 'y']);
const FALSE_WORDS = new Set(['nej', 'no', 'false', 'falsk', '0', 'n']);

/**
 * A cell normalised for its column: dates to ISO where they are recognisably dates, numbers
 * and yes/no to numbers and booleans, multi-value cells written one per line or with
 * semicolons to the core's comma-separated form; anything else stays as the user wrote it,
 * so the validator can point at it. Blanks become undefined.
 */
export function normaliseCell(ref: ColumnRef, value: CellValue | undefined): CellValue | undefined {
  if (isBlank(value)) return undefined;
  const type = columnDef(ref.sheet, ref.id)?.type ?? 'text';
  const text = cellText(value);
  switch (type) {
    case 'date': {
      if (typeof value !== 'string') return value;
      return parseLooseDate(text) ?? text;
    }
    case 'number': {
      if (typeof value === 'number') return value;
      const n = Number(text.replace(/\s/g, '').replace(',', '.'));
      return /^-?\d+([.,]\d+)?$/.test(text.replace(/\s/g, '')) && Number.isFinite(n) ? n : text;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const word = text.toLowerCase();
      if (TRUE_WORDS.has(word)) return true;
      if (FALSE_WORDS.has(word)) return false;
      return text;
    }
    case 'multiEnum':
    case 'multiReference':
      return joinMulti(splitList(text));
    default:
      return typeof value === 'string' ? text : typeof value === 'number' ? String(value) : value;
  }
}

/**
 * Items of a list cell: commas, semicolons, new lines and bullets all separate, except the
 * commas inside a citation ("Art. 6, stk. 1, litra b" stays one item).
 */
function splitList(text: string): string[] {
  return text
    .split(/[;\n\r]+/)
    .flatMap((line) => joinCitationPieces(line.split(',').map((v) => v.trim())))
    .map((v) => v.replace(/^\s*[•·▪‣◦*–-]\s*/, '').trim())
    .filter((v) => v.length > 0);
}

function joinMulti(items: string[]): string {
  return items.join(', ');
}

/** Data-subject groups in one cell: "Kunder, leverandører og ansatte" → three groups. */
export function splitSubjectGroups(text: string): string[] {
  return text
    .split(/[,;\n\r]+|\s+(?:og|samt|and|&)\s+/i)
    .map((v) => v.replace(/^\s*[•·▪‣◦*–-]\s*/, '').trim())
    .filter((v) => v.length > 0);
}

function issue(
  severity: Issue['severity'],
  code: string,
  sheet: Issue['sheet'],
  row: number | null,
  column: string | null,
  message: Localized,
  hint: Localized,
  lang: Lang,
): Issue {
  return { severity, code, sheet, row, column, message: message[lang], hint: hint[lang] };
}

/** Sheets named from data-category and activity cells, so a flat register's references resolve. */
const REFERENCED_SHEETS: ReadonlyArray<{ from: ColumnRef; sheet: TableSheetId; prefix: string }> = [
  { from: { sheet: 'dataCategories', id: 'recipients' }, sheet: 'recipients', prefix: 'rcp' },
  { from: { sheet: 'activities', id: 'systems' }, sheet: 'systems', prefix: 'sys' },
  { from: { sheet: 'activities', id: 'securityMeasures' }, sheet: 'securityMeasures', prefix: 'sec' },
];

function languageOf(value: CellValue | undefined): Lang | null {
  const word = cellText(value).toLowerCase();
  if (['da', 'dansk', 'danish'].includes(word)) return 'da';
  if (['en', 'engelsk', 'english'].includes(word)) return 'en';
  return null;
}

type HeaderMapping = ReturnType<typeof mapHeaders>['mapping'];

function unmappedColumnIssue(name: string, headerRow: number, lang: Lang): Issue {
  return issue(
    'warning',
    'import.unmappedColumn',
    'activities',
    headerRow,
    null,
    MESSAGES.unmappedColumn.message(name),
    MESSAGES.unmappedColumn.hint,
    lang,
  );
}

/**
 * Every column whose contents would otherwise be lost: a named header we do not know, a blank
 * header with data under it, and data in cells beyond the header row's last column.
 */
function unmappedColumnsOf(table: RegisterTable, mapping: HeaderMapping, lang: Lang): string[] {
  const names: string[] = [];
  for (const m of mapping) {
    if (m.column) continue;
    const hasData = table.rows.some((r) => !isBlank(r[m.index]));
    if (!m.header && !hasData) continue;
    names.push(m.header || MESSAGES.columnLetter(columnLetter(m.index))[lang]);
  }
  const widest = table.rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (let index = table.headers.length; index < widest; index++) {
    if (!table.rows.some((r) => !isBlank(r[index]))) continue;
    names.push(MESSAGES.columnLetter(columnLetter(index))[lang]);
  }
  return names;
}

/** The organisation fields above the table, the first value of each, with the row it was read from. */
function readOrganisationBlock(
  table: RegisterTable,
  lang: Lang,
  issues: Issue[],
): Pick<ImportResult, 'organisationRows'> & { organisation: RegisterDocument['organisation'] } {
  const organisation: RegisterDocument['organisation'] = {};
  const organisationRows: Record<string, number> = {};
  for (const line of table.organisationBlock ?? []) {
    const ref = findColumn(line.label, 'organisation');
    if (!ref) {
      issues.push(
        issue(
          'warning',
          'import.unknownOrganisationField',
          'organisation',
          line.row,
          null,
          MESSAGES.unknownOrganisationField.message(line.label),
          MESSAGES.unknownOrganisationField.hint,
          lang,
        ),
      );
      continue;
    }
    const value = normaliseCell(ref, line.value);
    if (value !== undefined && organisation[ref.id] === undefined) {
      organisation[ref.id] = value;
      organisationRows[ref.id] = line.row;
    }
  }
  return { organisation, organisationRows };
}

type MappedColumn = { index: number; column: ColumnRef };

/** One file row split into its activity fields and its data-category fields. */
function splitRow(cells: CellValue[], mapped: MappedColumn[], fileRow: number): [DocumentRow, DocumentRow] {
  // The id goes first so a printed row reads naturally; it is filled in below.
  const activity: DocumentRow = { id: undefined, $row: fileRow };
  const category: DocumentRow = {};
  for (const m of mapped) {
    const value = normaliseCell(m.column, cells[m.index]);
    if (value === undefined) continue;
    const target = m.column.sheet === 'activities' ? activity : category;
    const previous = target[m.column.id];
    // Two headers can share a multi-value column ("Modtagere" and "Databehandlere").
    target[m.column.id] =
      previous === undefined || previous === null
        ? value
        : joinMulti([...splitMulti(previous), ...splitMulti(value)]);
  }
  activity.id = activity.id === undefined ? `act-${fileRow}` : String(activity.id);
  return [activity, category];
}

/** One data-category row per data-subject group the row names. */
function groupRows(activity: DocumentRow, category: DocumentRow, fileRow: number): DocumentRow[] {
  const { subjectGroup, ...rest } = category;
  const groups = splitSubjectGroups(cellText(subjectGroup as CellValue));
  const hasCategoryData = Object.values(rest).some((v) => !isBlank(v as CellValue));
  // With no group named, the row's data still becomes one data-category row (with the
  // group missing, which the validator reports), so nothing the user wrote is lost.
  const groupsOrBlank: Array<string | undefined> =
    groups.length > 0 ? groups : hasCategoryData ? [undefined] : [];
  return groupsOrBlank.map((group, n) => ({
    id: `dc-${fileRow}-${n + 1}`,
    activityId: activity.id,
    ...(activity.name !== undefined ? { activity: activity.name } : {}),
    ...(group !== undefined ? { subjectGroup: group } : {}),
    ...rest,
    $row: fileRow,
  }));
}

/** Name-only rows for every recipient, system and measure the rows name, once per name. */
function addReferencedSheets(sheets: RegisterDocument['sheets']): void {
  for (const ref of REFERENCED_SHEETS) {
    const source = (ref.from.sheet === 'activities' ? sheets.activities : sheets.dataCategories) ?? [];
    const seen = new Set<string>();
    const rows: DocumentRow[] = [];
    for (const row of source) {
      for (const name of splitMulti(row[ref.from.id])) {
        const key = nameKey(name);
        if (NONE_WORDS.includes(name.toLowerCase()) || seen.has(key)) continue;
        seen.add(key);
        rows.push({ id: `${ref.prefix}-${rows.length + 1}`, name, $row: row.$row });
      }
    }
    if (rows.length > 0) sheets[ref.sheet] = rows;
  }
}

/**
 * Turns a one-row-per-activity table into a RegisterDocument: activities (id from an id
 * column, else `act-<file row>`), one data-category row per data-subject group carrying the
 * row's data categories, sensitivity, recipients and third countries (retention stays on the
 * activity as its default, which every data-category row inherits until the user refines it),
 * and name-only rows on the Recipients, IT systems and Security measures sheets for every
 * name the rows refer to, so references resolve and the validator asks for their details.
 */
export function tableToDocument(table: RegisterTable, options: { lang: Lang }): ImportResult {
  const { lang } = options;
  const headerRow = table.headerRow ?? table.firstDataRow - 1;
  const { mapping } = mapHeaders(table.headers, 'activities');
  const unmappedColumns = unmappedColumnsOf(table, mapping, lang);
  const issues: Issue[] = unmappedColumns.map((name) => unmappedColumnIssue(name, headerRow, lang));
  const { organisation, organisationRows } = readOrganisationBlock(table, lang, issues);

  const activities: DocumentRow[] = [];
  const dataCategories: DocumentRow[] = [];
  const mapped = mapping.filter((m) => m.column !== null) as MappedColumn[];
  table.rows.forEach((cells, i) => {
    if (cells.every((c) => isBlank(c))) return;
    const fileRow = table.firstDataRow + i;
    const [activity, category] = splitRow(cells, mapped, fileRow);
    activities.push(activity);
    dataCategories.push(...groupRows(activity, category, fileRow));
  });

  const sheets: RegisterDocument['sheets'] = { activities, dataCategories };
  addReferencedSheets(sheets);
  const document: RegisterDocument = {
    schemaVersion: SCHEMA_VERSION,
    lang: languageOf(organisation.language) ?? lang,
    organisation,
    sheets,
  };
  return { document, unmappedColumns, issues, organisationRows };
}

/**
 * Findings about an imported document, pointed at the file: an organisation field's finding
 * gets the row the field was read from, or no row when the file does not have the field
 * (the validator numbers organisation fields by their place on the Organisation sheet,
 * which a file does not have). Findings about data rows already carry file rows.
 */
export function issuesAtFileRows(
  issues: readonly Issue[],
  organisationRows: Record<string, number>,
): Issue[] {
  return issues.map((i) =>
    i.sheet === 'organisation' && i.code.indexOf('import.') !== 0
      ? { ...i, row: i.column !== null ? (organisationRows[i.column] ?? null) : null }
      : i,
  );
}

/** How many of a row's cells name an activity-register column, and whether one is the
 * activity's name, purpose or data-subject groups (the columns no register lacks). */
function headerScore(cells: readonly CellValue[]): { mapped: number; anchored: boolean } {
  const { mapping } = mapHeaders(
    cells.map((c) => cellText(c)),
    'activities',
  );
  let mapped = 0;
  let anchored = false;
  for (const m of mapping) {
    if (!m.column) continue;
    mapped++;
    if (['name', 'purpose', 'subjectGroup'].includes(m.column.id)) anchored = true;
  }
  return { mapped, anchored };
}

/** How far down a file the header row is looked for (titles and an organisation block above it). */
const HEADER_SEARCH_ROWS = 40;

/**
 * Finds the register table in a grid of cells as read from a CSV file or a worksheet
 * (grid[0] is file row 1): the header row is the first row naming at least two register
 * columns, one of them the activity, its purpose or its data-subject groups. Lines above it
 * holding a label and a value form the organisation block; a lone title line is skipped.
 * Returns null when no row looks like a register header.
 */
export function findRegisterTable(grid: readonly (readonly CellValue[])[]): RegisterTable | null {
  const limit = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const score = headerScore(grid[r]);
    if (score.mapped < 2 || !score.anchored) continue;
    const organisationBlock: OrganisationLine[] = [];
    for (let above = 0; above < r; above++) {
      const filled = grid[above].map((value, index) => ({ value, index })).filter((c) => !isBlank(c.value));
      if (filled.length < 2) continue;
      organisationBlock.push({ row: above + 1, label: cellText(filled[0].value), value: filled[1].value });
    }
    const headers = grid[r].map((c) => cellText(c));
    // Trailing blank header cells carry nothing; keep the rest in place so indexes line up.
    while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
    return {
      headers,
      rows: grid.slice(r + 1).map((row) => [...row]),
      firstDataRow: r + 2,
      headerRow: r + 1,
      organisationBlock,
    };
  }
  return null;
}

/**
 * Whether a parsed JSON value has the RegisterDocument shape (a JSON register is taken as
 * it is; the validator judges its contents). Checks only the outline, not every cell.
 */
export function isRegisterDocument(value: unknown): value is RegisterDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.schemaVersion !== 'number' || (v.lang !== 'da' && v.lang !== 'en')) return false;
  if (typeof v.organisation !== 'object' || v.organisation === null || Array.isArray(v.organisation))
    return false;
  if (typeof v.sheets !== 'object' || v.sheets === null || Array.isArray(v.sheets)) return false;
  const sheetIds = new Set(SHEETS.map((s) => s.id));
  for (const [id, rows] of Object.entries(v.sheets as Record<string, unknown>)) {
    if (!sheetIds.has(id as TableSheetId) || id === 'organisation') return false;
    if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null || Array.isArray(r)))
      return false;
  }
  return true;
}
