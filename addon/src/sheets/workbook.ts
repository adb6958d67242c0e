// The sheet adapter: reads the workbook into the core's RegisterDocument — every sheet once
// (values of its data range, and formulas and merged ranges where the caller needs them), headers matched in either language,
// reordered or renamed (through the shared header mapping), extra user columns left alone —
// and remembers where each row and column came from so changes can be written back in one
// setValues per sheet.

import { gridOrganisation, gridTableRows } from '../../../shared/register/grid.ts';
import { mapSheetHeaders, sheetIdForTitle } from '../../../shared/register/headerMapping.ts';
import { SCHEMA_VERSION, SHEETS, type SheetDef, sheetDef } from '../../../shared/register/schema.ts';
import type {
  CellValue,
  DocumentRow,
  Issue,
  Lang,
  RegisterDocument,
  SheetId,
  TableSheetId,
} from '../../../shared/register/types.ts';
import { t } from '../i18n.ts';
import { toCore } from './cells.ts';
import { prepareZone } from './zone.ts';

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface SheetLayout {
  id: SheetId;
  def: SheetDef;
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  name: string;
  gid: number;
  /** Schema column id → 1-based column (for the Organisation form: field id → 1-based row). */
  columns: Map<string, number>;
  /** The data range as read, header row included (row 1 is index 0). */
  values: unknown[][];
  /** Formulas of the same range ('' where a cell holds none, and everywhere when not read). */
  formulas: string[][];
  /** Whether `formulas` was read (a reader that writes no value may leave them out). */
  formulasRead: boolean;
  width: number;
  height: number;
  merges: Rect[];
  /** The sheet row of each document row. */
  docRows: number[];
  /** The data range the values came from, for writing back over the same cells without another getRange. */
  dataRange?: GoogleAppsScript.Spreadsheet.Range;
}

export interface Workbook {
  doc: RegisterDocument;
  gids: Partial<Record<SheetId, number>>;
  layout: Partial<Record<SheetId, SheetLayout>>;
  /** Sheets of the schema that are not in the spreadsheet. */
  missing: SheetId[];
  /** What the adapter itself noticed (merged cells, missing columns). */
  problems: Issue[];
  timeZone: string;
  /** The user's own sheets (names the schema does not know); never read. */
  others: { name: string; sheet: GoogleAppsScript.Spreadsheet.Sheet }[];
}

export const SCHEMA_VERSION_PROPERTY = 'art30.schemaVersion';

// The sheet-title and header-row readings live in the shared core, with the CLI's reader of
// downloaded workbooks; re-exported for the add-on's callers.
export { mapSheetHeaders, sheetIdForTitle } from '../../../shared/register/headerMapping.ts';

function parseA1(a1: string): Rect | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const c1 = col(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function problem(
  lang: Lang,
  sheet: SheetId,
  row: number | null,
  column: string | null,
  code: string,
  message: string,
  hint: string,
): Issue {
  void lang;
  return { severity: 'warning', code, sheet, row, column, message, hint };
}

/**
 * What a caller needs read besides values. Writers need formulas (a formula is written back as a
 * formula); Validate needs merged ranges to warn about them; neither needs both on every sheet.
 */
export type ReadPurpose = 'write' | 'setUp' | 'validate';

/** Whether formulas, and merged ranges, of a sheet are read for a purpose. */
function readsFor(purpose: ReadPurpose, id: SheetId): { formulas: boolean; merges: boolean } {
  switch (purpose) {
    case 'setUp':
      // Set up reports nothing, and writes whole only the Organisation form and the Lists sheet,
      // around their formulas; a table's header formulas are read when a column is added.
      return { formulas: id === 'organisation' || id === 'lists', merges: false };
    case 'validate':
      // Validate writes no value. The Lists sheet is the add-on's own: only its entries matter.
      return { formulas: false, merges: id !== 'lists' };
    default:
      return { formulas: true, merges: true };
  }
}

/**
 * Validate's reading of one sheet: its values in one call (getSheetValues to the last row and
 * column with data, as getDataRange would cover), and the data range with its merged cells only
 * where a merge can garble a row: on the Organisation form, and on a table with rows below its
 * header (a table's header merges are not reported, so a header-only table has none to report).
 */
function readForValidate(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  id: SheetId,
): { values: unknown[][]; range?: GoogleAppsScript.Spreadsheet.Range; merges: Rect[] } {
  let values: unknown[][];
  try {
    values = sheet.getSheetValues(1, 1, -1, -1) as unknown[][];
  } catch {
    // A sheet without any data has no last row to read to: its data range is the empty A1.
    values = sheet.getDataRange().getValues() as unknown[][];
  }
  const kind = sheetDef(id).kind;
  if (!readsFor('validate', id).merges || (kind === 'table' && values.length <= 1)) {
    return { values, merges: [] };
  }
  const range = sheet.getDataRange();
  return { values, range, merges: mergesOf(range) };
}

function mergesOf(range: GoogleAppsScript.Spreadsheet.Range): Rect[] {
  const merges: Rect[] = [];
  for (const m of range.getMergedRanges()) {
    const rect = parseA1(m.getA1Notation());
    if (rect) merges.push(rect);
  }
  return merges;
}

/** Reads one sheet's data range: values, and formulas and merged ranges when asked, each in one call. */
function readSheet(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  id: SheetId,
  name: string,
  purpose: ReadPurpose,
): SheetLayout {
  const reads = readsFor(purpose, id);
  let values: unknown[][];
  let range: GoogleAppsScript.Spreadsheet.Range | undefined;
  let merges: Rect[];
  if (purpose === 'validate') ({ values, range, merges } = readForValidate(sheet, id));
  else {
    range = sheet.getDataRange();
    values = range.getValues() as unknown[][];
    merges = reads.merges ? mergesOf(range) : [];
  }
  const formulas = reads.formulas && range ? range.getFormulas() : values.map((line) => line.map(() => ''));
  const def = sheetDef(id);
  const height = values.length;
  const width = height ? values[0].length : 0;
  const columns = def.kind === 'form' ? new Map<string, number>() : mapSheetHeaders(def, values[0] ?? []);
  const layout = {
    id,
    def,
    sheet,
    name,
    columns,
    values,
    formulas,
    formulasRead: reads.formulas,
    width,
    height,
    merges,
    docRows: [],
    dataRange: range,
  };
  return withLazyGid(layout, sheet);
}

/**
 * Adds `gid`, asked of the sheet the first time it is read (Validate never needs it; sync and
 * the activity form do), and replaceable by assignment like a plain field.
 */
function withLazyGid<T extends object>(
  target: T,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
): T & { gid: number } {
  let gid: number | undefined;
  Object.defineProperty(target, 'gid', {
    get: () => {
      gid ??= sheet.getSheetId();
      return gid;
    },
    set: (v: number) => {
      gid = v;
    },
    enumerable: true,
    configurable: true,
  });
  return target as T & { gid: number };
}

/** The register's rows of a table sheet (the shared grid reading); each row keeps its sheet row. */
function tableRows(layout: SheetLayout, timeZone: string): DocumentRow[] {
  const rows = gridTableRows(layout.def, layout.values, layout.columns, (raw, column) =>
    toCore(raw, timeZone, column),
  );
  for (const row of rows) layout.docRows.push(row.$row as number);
  return rows;
}

/** The Organisation form (the shared grid reading): field label in A, value in B. */
function organisationFields(layout: SheetLayout, timeZone: string): RegisterDocument['organisation'] {
  return gridOrganisation(layout.values, layout.columns, (raw) => toCore(raw, timeZone));
}

/**
 * What the adapter reports beyond the validator: merged cells and missing columns. (Formulas in
 * register cells are not reported: Validate reads values only, and every writer keeps them.)
 */
function layoutProblems(layout: SheetLayout, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  const columnAt = new Map([...layout.columns].map(([id, col]) => [col, id]));
  for (const m of layout.merges) {
    if (layout.def.kind === 'table' && m.row === 1 && m.rows === 1) continue;
    issues.push(
      problem(
        lang,
        layout.id,
        m.row,
        layout.def.kind === 'table' ? (columnAt.get(m.col) ?? null) : null,
        'mergedCells',
        t(lang, 'input.merged', { range: a1(m) }),
        t(lang, 'input.mergedHint'),
      ),
    );
  }
  if (layout.def.kind === 'table') {
    for (const c of layout.def.columns) {
      if (c.required && !layout.columns.has(c.id) && layout.height > 0) {
        issues.push(
          problem(
            lang,
            layout.id,
            1,
            null,
            'columnMissing',
            t(lang, 'input.columnMissing', { column: c.header[lang] }),
            t(lang, 'input.columnMissingHint'),
          ),
        );
      }
    }
  }
  return issues;
}

/** A rectangle in A1 notation (B2, or B2:D9). */
export function a1(r: Rect): string {
  const letter = (n: number): string =>
    (n > 26 ? letter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
  const start = `${letter(r.col)}${r.row}`;
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${letter(r.col + r.cols - 1)}${r.row + r.rows - 1}`;
}

/**
 * Reads the register: the spreadsheet's sheets are listed once, each schema sheet is read
 * once (values, and what `purpose` needs of formulas and merged ranges). A sheet the schema
 * does not know is never read (it is the user's own).
 */
export function readWorkbook(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  purpose: ReadPurpose = 'write',
): Workbook {
  const timeZone = ss.getSpreadsheetTimeZone() || 'Europe/Copenhagen';
  prepareZone(timeZone);
  const storedVersion = Number(
    PropertiesService.getDocumentProperties().getProperty(SCHEMA_VERSION_PROPERTY),
  );
  const doc: RegisterDocument = {
    schemaVersion: Number.isFinite(storedVersion) && storedVersion > 0 ? storedVersion : SCHEMA_VERSION,
    lang,
    organisation: {},
    sheets: {},
  };
  const wb: Workbook = { doc, gids: {}, layout: {}, missing: [], problems: [], timeZone, others: [] };
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    const id = sheetIdForTitle(name);
    if (!id || wb.layout[id]) {
      wb.others.push({ name, sheet });
      continue;
    }
    const layout = readSheet(sheet, id, name, purpose);
    wb.layout[id] = layout;
    Object.defineProperty(wb.gids, id, {
      get: () => layout.gid,
      set: (v: number) => {
        layout.gid = v;
      },
      enumerable: true,
      configurable: true,
    });
    if (layout.def.kind === 'form') doc.organisation = organisationFields(layout, timeZone);
    else doc.sheets[id as TableSheetId] = tableRows(layout, timeZone);
    wb.problems.push(...layoutProblems(layout, lang));
  }
  wb.missing = SHEETS.map((s) => s.id).filter((id) => !wb.layout[id]);
  return wb;
}

/** Whether the register holds any user data (a template must not overwrite it silently). */
export function dataRowCount(wb: Workbook): number {
  let n = 0;
  for (const [id, rows] of Object.entries(wb.doc.sheets)) if (id !== 'lists') n += rows?.length ?? 0;
  const filled = Object.entries(wb.doc.organisation).filter(
    ([k, v]) => v !== '' && v !== null && v !== undefined && k !== 'role' && k !== 'language',
  ).length;
  return n + filled;
}

export type { CellValue };
