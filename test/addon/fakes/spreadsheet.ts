// In-memory SpreadsheetApp with the semantics the add-on relies on: 2-D arrays, Date objects
// in date cells, '' for blanks, 1-based rows and columns, getDataRange over the used area,
// setValues that parses text the way typed input is parsed (numbers, ISO dates, booleans,
// formulas; an apostrophe or the plain-text format '@' keeps text), script writes that bypass
// data validation, and userEdit() for a simulated user edit that a strict rule rejects.
// Behaviour that hides bugs when faked loosely follows Google's documentation, each with the
// page it comes from; what the documentation leaves open is listed in fakes/README.md under
// "to verify on a real deployment". A user can edit cells while a script runs
// (FakeSpreadsheet.whileScriptRuns), cells keep rich text (links) and chips until a script
// overwrites them, and writes stay pending until SpreadsheetApp.flush().
// Each class implements a Pick of the real type so a drift from @types/google-apps-script
// is a compile error.

import { FAKE_NAME, Fake, isDate } from './base.ts';
import { isoInZone, zonedMidnight } from './time.ts';

type GS = typeof GoogleAppsScript.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type ConditionalFormatRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type NamedRange = GoogleAppsScript.Spreadsheet.NamedRange;

// Casts from a fake to the real type it stands in for (the fakes implement a Pick of it).
const asRange = (r: FakeRange) => r as unknown as Range;
const asSheet = (s: FakeSheet) => s as unknown as Sheet;

export type CellValue = string | number | boolean | Date;

export const DataValidationCriteria = {
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  CHECKBOX: 'CHECKBOX',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
} as const;
export type CriteriaType = keyof typeof DataValidationCriteria;

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
export const WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as const;

const MAX_CELL_CHARS = 50_000;

/** A rectangle of cells, 1-based, inclusive start. */
interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const contains = (r: Rect, row: number, col: number) =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
const intersects = (a: Rect, b: Rect) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** Per-cell storage that grows on demand (0-based inside). */
class Grid<T> {
  rows: T[][] = [];
  constructor(readonly blank: T) {}
  get(row: number, col: number): T {
    const r = this.rows[row - 1];
    if (!r) return this.blank;
    const v = r[col - 1];
    return v === undefined ? this.blank : v;
  }
  set(row: number, col: number, v: T): void {
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    r[col - 1] = v;
  }
  insertRows(after: number, n: number): void {
    if (this.rows.length > after) this.rows.splice(after, 0, ...new Array<T[]>(n).fill(undefined as never));
  }
  deleteRows(start: number, n: number): void {
    this.rows.splice(start - 1, n);
  }
  insertCols(after: number, n: number): void {
    for (const r of this.rows)
      if (r && r.length > after) r.splice(after, 0, ...new Array<T>(n).fill(undefined as never));
  }
  deleteCols(start: number, n: number): void {
    for (const r of this.rows) if (r) r.splice(start - 1, n);
  }
}

/** Range-level settings (validation, number format): later entries override earlier ones. */
class Layer<T> {
  entries: { rect: Rect; value: T | null }[] = [];
  set(rect: Rect, value: T | null): void {
    // Drop entries entirely covered by the new one so repeated set-ups do not pile up.
    this.entries = this.entries.filter(
      (e) =>
        !(
          e.rect.row >= rect.row &&
          e.rect.col >= rect.col &&
          e.rect.row + e.rect.rows <= rect.row + rect.rows &&
          e.rect.col + e.rect.cols <= rect.col + rect.cols
        ),
    );
    this.entries.push({ rect: { ...rect }, value });
  }
  get(row: number, col: number): T | null {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      if (contains(this.entries[i].rect, row, col)) return this.entries[i].value;
    }
    return null;
  }
  shiftRows(after: number, n: number): void {
    for (const e of this.entries) {
      if (e.rect.row > after) e.rect.row += n;
      else if (e.rect.row + e.rect.rows - 1 > after) e.rect.rows += n;
    }
  }
  shiftCols(after: number, n: number): void {
    for (const e of this.entries) {
      if (e.rect.col > after) e.rect.col += n;
      else if (e.rect.col + e.rect.cols - 1 > after) e.rect.cols += n;
    }
  }
  /** Rows start..start+n-1 are deleted: entries below move up, entries across them shrink. */
  deleteRows(start: number, n: number): void {
    const kept: { rect: Rect; value: T | null }[] = [];
    for (const e of this.entries) {
      const rect = removeRows(e.rect, start, n);
      if (rect) kept.push({ rect, value: e.value });
    }
    this.entries = kept;
  }
}

/**
 * A rectangle after rows start..start+n-1 are deleted (null when it lay wholly inside them).
 * Deleting rows moves validation, formats and protected ranges with their cells:
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
 */
export function removeRows(rect: Rect, start: number, n: number): Rect | null {
  if (n <= 0) return rect;
  const end = start + n - 1;
  const last = rect.row + rect.rows - 1;
  if (last < start) return rect;
  if (rect.row > end) return { ...rect, row: rect.row - n };
  const before = Math.max(0, start - rect.row);
  const after = Math.max(0, last - end);
  if (before + after === 0) return null;
  return { ...rect, row: Math.min(rect.row, start), rows: before + after };
}

// ---------------------------------------------------------------------------------------------

export class FakeSpreadsheetApp
  extends Fake
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'getActiveSpreadsheet'
      | 'getActive'
      | 'getUi'
      | 'newDataValidation'
      | 'newConditionalFormatRule'
      | 'flush'
    >
{
  get [FAKE_NAME]() {
    return 'SpreadsheetApp';
  }
  readonly DataValidationCriteria = DataValidationCriteria as unknown as GS['DataValidationCriteria'];
  readonly ProtectionType = ProtectionType as unknown as GS['ProtectionType'];
  readonly WrapStrategy = WrapStrategy as unknown as GS['WrapStrategy'];

  constructor(
    public active: FakeSpreadsheet | null,
    private readonly ui: () => GoogleAppsScript.Base.Ui,
  ) {
    super();
  }
  getActiveSpreadsheet(): Spreadsheet {
    return this.active as unknown as Spreadsheet;
  }
  getActive(): Spreadsheet {
    return this.active as unknown as Spreadsheet;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return this.ui();
  }
  newDataValidation(): DataValidationBuilder {
    return new FakeDataValidationBuilder() as unknown as DataValidationBuilder;
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder() as unknown as ConditionalFormatRuleBuilder;
  }
  /**
   * Applies all pending spreadsheet changes. Scripts batch writes; Google asks for a flush
   * before a lock is released so the next holder reads them:
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()
   * https://developers.google.com/apps-script/reference/lock/lock#releaseLock()
   */
  flush(): void {
    if (this.active) this.active.pendingWrites = 0;
  }
}

export interface Toast {
  message: string;
  title: string;
}

export class FakeSpreadsheet
  extends Fake
  implements
    Pick<
      Spreadsheet,
      | 'getId'
      | 'getName'
      | 'getUrl'
      | 'getSheets'
      | 'getSheetByName'
      | 'getSheetById'
      | 'insertSheet'
      | 'deleteSheet'
      | 'getSpreadsheetLocale'
      | 'setSpreadsheetLocale'
      | 'getSpreadsheetTimeZone'
      | 'setSpreadsheetTimeZone'
      | 'getNamedRanges'
      | 'getRangeByName'
      | 'setNamedRange'
      | 'removeNamedRange'
      | 'toast'
      | 'getActiveSheet'
      | 'setActiveSheet'
      | 'getActiveRange'
      | 'setActiveRange'
      | 'getRange'
    >
{
  get [FAKE_NAME]() {
    return 'Spreadsheet';
  }
  sheets: FakeSheet[] = [];
  namedRanges = new Map<string, FakeNamedRange>();
  toasts: Toast[] = [];
  activeSheet: FakeSheet | null = null;
  activeRange: FakeRange | null = null;
  /** Writes made since the last SpreadsheetApp.flush(). */
  pendingWrites = 0;
  /** Times a lock was released while writes were still pending (Google asks for a flush first). */
  releasedUnflushed = 0;
  /** Test hooks: what users do while the script runs, one per later write call of the script. */
  private readonly userEdits: (() => void)[] = [];
  private nextGid = 0;

  constructor(
    public id = 'fake-spreadsheet-id',
    public name = 'Register',
    public locale = 'da_DK',
    public timeZone = 'Europe/Copenhagen',
  ) {
    super();
  }

  /**
   * A user edits cells while the script runs: `edit` runs just before the script's next write
   * (after every read that came before it), as an edit by another person would land.
   */
  whileScriptRuns(edit: () => void): void {
    this.userEdits.push(edit);
  }

  /** Called by every writing method: runs a pending user edit, then counts the write as pending. */
  beforeScriptWrite(): void {
    const edit = this.userEdits.shift();
    if (edit) edit();
    this.pendingWrites++;
  }

  /** A sheet by name as Sheets finds it: names are unique regardless of case. */
  findSheet(name: string): FakeSheet | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** A new spreadsheet has one empty sheet, as in Sheets. */
  static blank(opts: { locale?: string; timeZone?: string; firstSheet?: string } = {}): FakeSpreadsheet {
    const ss = new FakeSpreadsheet('fake-spreadsheet-id', 'Register', opts.locale, opts.timeZone);
    ss.addSheet(opts.firstSheet ?? (opts.locale?.startsWith('da') ? 'Ark1' : 'Sheet1'));
    return ss;
  }

  /** Test helper: appends a sheet without counting a call. */
  addSheet(name: string, index?: number): FakeSheet {
    // Sheet names are unique regardless of case ("Sheet1" blocks "sheet1"); see fakes/README.md.
    if (this.findSheet(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const gid = this.nextGid === 0 ? 0 : 100_000 + this.nextGid * 7919;
    this.nextGid++;
    const sheet = new FakeSheet(this, name, gid);
    if (index === undefined || index >= this.sheets.length) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, index), 0, sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s)
      throw new Error(
        `test: no sheet named ${name}; sheets are ${this.sheets.map((x) => x.name).join(', ')}`,
      );
    return s;
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheets(): Sheet[] {
    return this.sheets.map(asSheet);
  }
  getSheetByName(name: string): Sheet | null {
    const s = this.findSheet(name);
    return s ? asSheet(s) : null;
  }
  getSheetById(id: number): Sheet | null {
    const s = this.sheets.find((x) => x.gid === id);
    return s ? asSheet(s) : null;
  }
  insertSheet(nameOrIndex?: string | number | object, index?: number | object, _options?: object): Sheet {
    let name: string;
    if (typeof nameOrIndex === 'string') name = nameOrIndex;
    else {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
      index = typeof nameOrIndex === 'number' ? nameOrIndex : undefined;
    }
    const sheet = this.addSheet(name, typeof index === 'number' ? index : undefined);
    this.activeSheet = sheet;
    return asSheet(sheet);
  }
  deleteSheet(sheet: Sheet): void {
    const raw = sheet as unknown as FakeSheet;
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== raw);
    for (const [k, nr] of this.namedRanges) if (nr.range.sheet === raw) this.namedRanges.delete(k);
    if (this.activeSheet === raw) this.activeSheet = this.sheets[0];
  }
  getSpreadsheetLocale(): string {
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.timeZone = timezone;
  }
  getNamedRanges(): NamedRange[] {
    return [...this.namedRanges.values()] as unknown as NamedRange[];
  }
  getRangeByName(name: string): Range | null {
    const nr = this.namedRanges.get(name);
    return nr ? asRange(nr.range) : null;
  }
  setNamedRange(name: string, range: Range): void {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new Error(`Invalid name: ${name}`);
    }
    this.namedRanges.set(name, new FakeNamedRange(this, name, range as unknown as FakeRange));
  }
  removeNamedRange(name: string): void {
    if (!this.namedRanges.delete(name)) throw new Error(`Named range ${name} not found.`);
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this.toasts.push({ message: String(msg), title: title ?? '' });
  }
  getActiveSheet(): Sheet {
    return asSheet(this.activeSheet ?? this.sheets[0]);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.activeSheet = sheet as unknown as FakeSheet;
    return sheet;
  }
  getActiveRange(): Range | null {
    return this.activeRange ? asRange(this.activeRange) : null;
  }
  setActiveRange(range: Range): Range {
    this.activeRange = range as unknown as FakeRange;
    this.activeSheet = this.activeRange.sheet;
    return range;
  }
  getRange(a1Notation: string): Range {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(a1Notation);
    if (!m) return this.getActiveSheet().getRange(a1Notation);
    const name = (m[1] ?? m[2]).replace(/''/g, "'");
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`Range not found: ${a1Notation}`);
    return sheet.getRange(m[3]);
  }
}

export function columnLetter(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

interface Merge extends Rect {}

export class FakeSheet
  extends Fake
  implements
    Pick<
      Sheet,
      | 'getName'
      | 'setName'
      | 'getSheetId'
      | 'getIndex'
      | 'getParent'
      | 'getRange'
      | 'getDataRange'
      | 'getSheetValues'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'insertRowsAfter'
      | 'insertColumnsAfter'
      | 'deleteRows'
      | 'deleteColumns'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenColumns'
      | 'hideColumns'
      | 'showColumns'
      | 'isColumnHiddenByUser'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'protect'
      | 'getProtections'
      | 'getConditionalFormatRules'
      | 'setConditionalFormatRules'
      | 'clear'
      | 'clearContents'
      | 'clearNotes'
      | 'activate'
      | 'setTabColor'
      | 'getTabColor'
      | 'hideSheet'
      | 'showSheet'
      | 'isSheetHidden'
      | 'getRangeList'
      | 'getCharts'
      | 'getDrawings'
      | 'getImages'
    >
{
  get [FAKE_NAME]() {
    return 'Sheet';
  }
  values = new Grid<CellValue>('');
  formulas = new Grid<string>('');
  /** A link on a cell's text (rich text); '' for none. A script's value write replaces it. */
  links = new Grid<string>('');
  /** A smart chip in a cell (e.g. "person:anne@example.org"); '' for none. */
  chips = new Grid<string>('');
  /** Over-the-grid objects: charts, drawings and images (counted, not modelled further). */
  charts: object[] = [];
  drawings: object[] = [];
  images: object[] = [];
  notes = new Grid<string>('');
  backgrounds = new Grid<string>('#ffffff');
  fontWeights = new Grid<string>('normal');
  validations = new Layer<FakeDataValidation>();
  numberFormats = new Layer<string>();
  merges: Merge[] = [];
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  hiddenCols = new Set<number>();
  colWidths = new Map<number, number>();
  protections: FakeProtection[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  tabColor: string | null = null;
  hidden = false;

  constructor(
    readonly parent: FakeSpreadsheet,
    public name: string,
    readonly gid: number,
  ) {
    super();
  }

  // ---- test helpers (not counted) ----

  /** Writes rows from (row, col) as a script would, growing the sheet as needed. */
  put(row: number, col: number, rows: unknown[][]): void {
    const width = Math.max(...rows.map((r) => r.length), 1);
    this.ensureSize(row + rows.length - 1, col + width - 1);
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        this.storeTyped(row + i, col + j, v);
      });
    });
  }
  /** The last row a user filled: unticked checkboxes (FALSE) alone do not count. */
  contentRows(): number {
    let last = 0;
    this.values.rows.forEach((r, i) => {
      if (r?.some((v) => v !== '' && v !== undefined && v !== false) || this.formulas.rows[i]?.some((f) => f))
        last = i + 1;
    });
    return last;
  }
  /** The stored values down to the last row a user filled (see contentRows). */
  dumpContent(): CellValue[][] {
    return this.dump().slice(0, this.contentRows());
  }
  /** The stored values of the used area (Dates as Dates). */
  dump(): CellValue[][] {
    return this.readValues({ row: 1, col: 1, rows: this.usedRows(), cols: this.usedCols() });
  }
  ensureSize(rows: number, cols: number): void {
    if (rows > this.maxRows) this.maxRows = rows;
    if (cols > this.maxCols) this.maxCols = cols;
  }
  /** A cell whose text carries a link, as a user makes with Insert > Link. */
  setLinkCell(row: number, col: number, text: string, url: string): void {
    this.ensureSize(row, col);
    this.values.set(row, col, text);
    this.formulas.set(row, col, '');
    this.links.set(row, col, url);
  }
  /** A smart chip (a person or file chip) as a user inserts it with @. */
  setChipCell(row: number, col: number, text: string, chip: string): void {
    this.ensureSize(row, col);
    this.values.set(row, col, text);
    this.formulas.set(row, col, '');
    this.chips.set(row, col, chip);
  }
  /** Sets a formula with the value Sheets would have computed for it. */
  setFormulaCell(row: number, col: number, formula: string, value: CellValue): void {
    this.ensureSize(row, col);
    this.formulas.set(row, col, formula);
    this.values.set(row, col, value);
  }
  mergeCells(row: number, col: number, rows: number, cols: number): void {
    this.merges.push({ row, col, rows, cols });
  }

  usedRows(): number {
    let last = 0;
    const n = Math.max(this.values.rows.length, this.formulas.rows.length);
    for (let r = 1; r <= n; r++) {
      const vr = this.values.rows[r - 1];
      const fr = this.formulas.rows[r - 1];
      if (vr?.some((v) => v !== '' && v !== undefined) || fr?.some((f) => f)) last = r;
    }
    return last;
  }
  usedCols(): number {
    let last = 0;
    for (const g of [this.values.rows, this.formulas.rows]) {
      for (const r of g) {
        if (!r) continue;
        for (let c = r.length; c > last; c--) {
          const v = r[c - 1];
          if (v !== '' && v !== undefined) {
            last = c;
            break;
          }
        }
      }
    }
    return last;
  }

  mergeAt(row: number, col: number): Merge | undefined {
    return this.merges.find((m) => contains(m, row, col));
  }

  readValues(rect: Rect): CellValue[][] {
    const out: CellValue[][] = [];
    for (let i = 0; i < rect.rows; i++) {
      const line: CellValue[] = [];
      for (let j = 0; j < rect.cols; j++) {
        const r = rect.row + i;
        const c = rect.col + j;
        const m = this.merges.length ? this.mergeAt(r, c) : undefined;
        if (m && (m.row !== r || m.col !== c)) line.push('');
        else {
          const v = this.values.get(r, c);
          line.push(isDate(v) ? new Date(v.getTime()) : v);
        }
      }
      out.push(line);
    }
    return out;
  }

  /** Parses a written value as Sheets parses typed input. */
  storeTyped(row: number, col: number, input: unknown): void {
    const previousFormula = this.formulas.get(row, col);
    const previousValue = this.values.get(row, col);
    const { value, formula } = this.parseInput(row, col, input);
    // A value written over a cell replaces its rich text and chip, even with the same text:
    // setValues writes plain values (see fakes/README.md, "to verify on a real deployment").
    this.links.set(row, col, '');
    this.chips.set(row, col, '');
    this.formulas.set(row, col, formula);
    // Re-writing the same formula keeps the value Sheets computed for it.
    this.values.set(row, col, formula && formula === previousFormula && value === '' ? previousValue : value);
  }

  private parseInput(row: number, col: number, input: unknown): { value: CellValue; formula: string } {
    if (input === null || input === undefined) return { value: '', formula: '' };
    if (isDate(input)) return { value: new Date(input.getTime()), formula: '' };
    if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
    const text = String(input);
    if (text.length - (text.startsWith("'") ? 1 : 0) > MAX_CELL_CHARS) {
      throw new Error(
        `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
      );
    }
    if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
    if (this.numberFormats.get(row, col) === '@') return { value: text, formula: '' };
    if (text.length > 1 && text.startsWith('=')) return { value: '', formula: text };
    const trimmed = text.trim();
    if (/^[-+]?\d+(\.\d+)?$/.test(trimmed)) return { value: Number(trimmed), formula: '' };
    // Text starting with + or - that is not a number is read as a formula and breaks (#ERROR!).
    if (/^[+-]/.test(text)) return { value: '#ERROR!', formula: `=${text}` };
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
    if (iso) return { value: zonedMidnight(+iso[1], +iso[2], +iso[3], this.parent.timeZone), formula: '' };
    if (/^(true|false)$/i.test(trimmed)) return { value: /^true$/i.test(trimmed), formula: '' };
    // Times, percentages and currency amounts are parsed as Sheets parses typed input:
    // https://support.google.com/docs/answer/56470 (number formats applied automatically).
    const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(trimmed);
    if (time && +time[1] < 24 && +time[2] < 60) {
      const base = zonedMidnight(1899, 12, 30, this.parent.timeZone).getTime();
      return {
        value: new Date(base + ((+time[1] * 60 + +time[2]) * 60 + +(time[3] ?? 0)) * 1000),
        formula: '',
      };
    }
    const percent = /^(\d+(?:[.,]\d+)?)\s?%$/.exec(trimmed);
    if (percent) return { value: Number(percent[1].replace(',', '.')) / 100, formula: '' };
    const money = /^(?:[$€£]\s?|kr\.?\s?)(\d+(?:[.,]\d+)?)$|^(\d+(?:[.,]\d+)?)\s?(?:kr\.?|€)$/i.exec(trimmed);
    if (money) return { value: Number((money[1] ?? money[2]).replace(',', '.')), formula: '' };
    return { value: text, formula: '' };
  }

  displayOf(v: CellValue): string {
    if (isDate(v)) return isoInZone(v, this.parent.timeZone);
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v);
  }

  checkBounds(rect: Rect): void {
    if (rect.row < 1) throw new Error('The starting row of the range is too small.');
    if (rect.col < 1) throw new Error('The starting column of the range is too small.');
    if (rect.rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (rect.cols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (rect.row + rect.rows - 1 > this.maxRows || rect.col + rect.cols - 1 > this.maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  // ---- Apps Script API ----

  getName(): string {
    return this.name;
  }
  setName(name: string): Sheet {
    const same = this.parent.findSheet(name);
    if (same && same !== this) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = name;
    return asSheet(this);
  }
  getSheetId(): number {
    return this.gid;
  }
  getIndex(): number {
    return this.parent.sheets.indexOf(this) + 1;
  }
  getParent(): Spreadsheet {
    return this.parent as unknown as Spreadsheet;
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    let rect: Rect;
    if (typeof a === 'string') rect = this.parseA1(a);
    else {
      if (column === undefined)
        throw new Error("Exception: The parameters (number) don't match the method signature.");
      rect = { row: a, col: column, rows: numRows ?? 1, cols: numColumns ?? 1 };
      if ([a, column, rect.rows, rect.cols].some((n) => !Number.isInteger(n))) {
        throw new Error(
          `Exception: The parameters (${[a, column, numRows, numColumns].join(',')}) don't match the method signature.`,
        );
      }
    }
    this.checkBounds(rect);
    return asRange(new FakeRange(this, rect));
  }
  parseA1(a1: string): Rect {
    const m = /^\$?([A-Z]*)\$?(\d*)(?::\$?([A-Z]*)\$?(\d*))?$/i.exec(a1.trim());
    if (!m || (!m[1] && !m[2])) throw new Error(`Range not found: ${a1}`);
    const c1 = m[1] ? columnNumber(m[1]) : 1;
    const r1 = m[2] ? Number(m[2]) : 1;
    const hasEnd = m[3] !== undefined || m[4] !== undefined;
    const c2 = hasEnd ? (m[3] ? columnNumber(m[3]) : m[1] ? this.maxCols : this.maxCols) : c1;
    const r2 = hasEnd ? (m[4] ? Number(m[4]) : this.maxRows) : r1;
    const startCol = m[1] ? c1 : 1;
    const endCol = m[1] || m[3] ? c2 : this.maxCols;
    return { row: r1, col: startCol, rows: r2 - r1 + 1, cols: endCol - startCol + 1 };
  }
  getDataRange(): Range {
    return asRange(
      new FakeRange(this, {
        row: 1,
        col: 1,
        rows: Math.max(1, this.usedRows()),
        cols: Math.max(1, this.usedCols()),
      }),
    );
  }
  /**
   * Values of a rectangle in one call; -1 rows or columns reach the last row or column with data
   * (Apps Script's reference). Like Apps Script, a rectangle that ends up empty is refused.
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): CellValue[][] {
    const rows = numRows === -1 ? this.usedRows() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.usedCols() - startColumn + 1 : numColumns;
    if (rows < 1 || cols < 1)
      throw new Error('Exception: The number of rows in the range must be at least 1.');
    return this.readValues({ row: startRow, col: startColumn, rows, cols });
  }
  getLastRow(): number {
    return this.usedRows();
  }
  getLastColumn(): number {
    return this.usedCols();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  /** Every per-cell grid, which row and column insertions and deletions shift together. */
  private cellGrids(): Grid<unknown>[] {
    return [
      this.values,
      this.formulas,
      this.links,
      this.chips,
      this.notes,
      this.backgrounds,
      this.fontWeights,
    ] as Grid<unknown>[];
  }
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    for (const g of this.cellGrids()) {
      g.insertRows(afterPosition, howMany);
    }
    this.validations.shiftRows(afterPosition, howMany);
    this.numberFormats.shiftRows(afterPosition, howMany);
    for (const m of this.merges) if (m.row > afterPosition) m.row += howMany;
    this.maxRows += howMany;
    return asSheet(this);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    for (const g of this.cellGrids()) {
      g.insertCols(afterPosition, howMany);
    }
    this.validations.shiftCols(afterPosition, howMany);
    this.numberFormats.shiftCols(afterPosition, howMany);
    for (const m of this.merges) if (m.col > afterPosition) m.col += howMany;
    this.hiddenCols = new Set([...this.hiddenCols].map((c) => (c > afterPosition ? c + howMany : c)));
    this.maxCols += howMany;
    return asSheet(this);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.parent.beforeScriptWrite();
    for (const g of this.cellGrids()) {
      g.deleteRows(rowPosition, howMany);
    }
    // Validation, number formats, protected ranges and merges move up with their cells:
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
    this.validations.deleteRows(rowPosition, howMany);
    this.numberFormats.deleteRows(rowPosition, howMany);
    for (const p of [...this.protections]) {
      if (!p.range) continue;
      const rect = removeRows(p.range.rect, rowPosition, howMany);
      if (rect) p.range = new FakeRange(this, rect);
      else p.remove();
    }
    this.merges = this.merges.flatMap((m) => {
      const rect = removeRows(m, rowPosition, howMany);
      return rect ? [rect] : [];
    });
    this.maxRows -= howMany;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    for (const g of this.cellGrids()) {
      g.deleteCols(columnPosition, howMany);
    }
    this.maxCols -= howMany;
  }
  setFrozenRows(rows: number): void {
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this.frozenCols;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenCols.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenCols.has(columnPosition);
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.colWidths.set(columnPosition, width);
    return asSheet(this);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.colWidths.set(c, width);
    return asSheet(this);
  }
  getColumnWidth(columnPosition: number): number {
    return this.colWidths.get(columnPosition) ?? 100;
  }
  protect(): Protection {
    const p = new FakeProtection(this, null);
    this.protections.push(p);
    return p as unknown as Protection;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    return this.protections.filter((p) => p.type === (type as unknown as string)) as unknown as Protection[];
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this.conditionalRules] as unknown as ConditionalFormatRule[];
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.conditionalRules = [...(rules as unknown as FakeConditionalFormatRule[])];
  }
  clear(): Sheet {
    this.values = new Grid<CellValue>('');
    this.formulas = new Grid<string>('');
    this.notes = new Grid<string>('');
    this.backgrounds = new Grid<string>('#ffffff');
    this.fontWeights = new Grid<string>('normal');
    this.numberFormats = new Layer<string>();
    this.merges = [];
    return asSheet(this);
  }
  clearContents(): Sheet {
    this.values = new Grid<CellValue>('');
    this.formulas = new Grid<string>('');
    return asSheet(this);
  }
  clearNotes(): Sheet {
    this.notes = new Grid<string>('');
    return asSheet(this);
  }
  activate(): Sheet {
    this.parent.activeSheet = this;
    return asSheet(this);
  }
  setTabColor(color: string | null): Sheet {
    this.tabColor = color;
    return asSheet(this);
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  hideSheet(): Sheet {
    this.hidden = true;
    return asSheet(this);
  }
  showSheet(): Sheet {
    this.hidden = false;
    return asSheet(this);
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    const ranges = a1Notations.map((a1) => {
      const rect = this.parseA1(a1);
      this.checkBounds(rect);
      return new FakeRange(this, rect);
    });
    return new FakeRangeList(ranges) as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return [...this.charts] as GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  }
  getDrawings(): GoogleAppsScript.Spreadsheet.Drawing[] {
    return [...this.drawings] as GoogleAppsScript.Spreadsheet.Drawing[];
  }
  getImages(): GoogleAppsScript.Spreadsheet.OverGridImage[] {
    return [...this.images] as GoogleAppsScript.Spreadsheet.OverGridImage[];
  }
}

/** Several ranges of one sheet written with one call. */
export class FakeRangeList
  extends Fake
  implements Pick<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges' | 'setValue' | 'setNumberFormat'>
{
  get [FAKE_NAME]() {
    return 'RangeList';
  }
  constructor(readonly ranges: FakeRange[]) {
    super();
  }
  getRanges(): Range[] {
    return this.ranges.map(asRange);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range-list#setValue(Object) */
  setValue(value: unknown): GoogleAppsScript.Spreadsheet.RangeList {
    this.ranges[0]?.sheet.parent.beforeScriptWrite();
    for (const r of this.ranges) r.writeEach(() => value);
    return this as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
  /** Each range gets the format: https://developers.google.com/apps-script/reference/spreadsheet/range-list#setNumberFormat(String) */
  setNumberFormat(format: string): GoogleAppsScript.Spreadsheet.RangeList {
    for (const r of this.ranges) r.sheet.numberFormats.set(r.rect, format);
    return this as unknown as GoogleAppsScript.Spreadsheet.RangeList;
  }
}

function check2D(values: unknown, rect: Rect): unknown[][] {
  if (!Array.isArray(values) || values.some((r) => !Array.isArray(r))) {
    throw new Error(
      "Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  }
  if (values.length !== rect.rows) {
    throw new Error(
      `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rect.rows}.`,
    );
  }
  for (const r of values as unknown[][]) {
    if (r.length !== rect.cols) {
      throw new Error(
        `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${rect.cols}.`,
      );
    }
  }
  return values as unknown[][];
}

export class FakeRange
  extends Fake
  implements
    Pick<
      Range,
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getA1Notation'
      | 'getSheet'
      | 'getValues'
      | 'getValue'
      | 'setValues'
      | 'setValue'
      | 'getDisplayValues'
      | 'getDisplayValue'
      | 'getFormulas'
      | 'getFormula'
      | 'setFormula'
      | 'getNotes'
      | 'getNote'
      | 'setNotes'
      | 'setNote'
      | 'clearNote'
      | 'getBackgrounds'
      | 'getBackground'
      | 'setBackgrounds'
      | 'setBackground'
      | 'getFontWeights'
      | 'getFontWeight'
      | 'setFontWeights'
      | 'setFontWeight'
      | 'getMergedRanges'
      | 'isPartOfMerge'
      | 'merge'
      | 'breakApart'
      | 'getDataValidation'
      | 'getDataValidations'
      | 'setDataValidation'
      | 'setDataValidations'
      | 'clearDataValidations'
      | 'protect'
      | 'activate'
      | 'setNumberFormat'
      | 'getNumberFormat'
      | 'setWrap'
      | 'setWrapStrategy'
      | 'setVerticalAlignment'
      | 'setFontSize'
      | 'setFontColor'
      | 'clearContent'
      | 'clear'
      | 'offset'
      | 'getRichTextValues'
      | 'setRichTextValues'
    >
{
  get [FAKE_NAME]() {
    return 'Range';
  }
  constructor(
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {
    super();
  }
  private each<T>(fn: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.rect.rows; i++) {
      const line: T[] = [];
      for (let j = 0; j < this.rect.cols; j++) line.push(fn(this.rect.row + i, this.rect.col + j));
      out.push(line);
    }
    return out;
  }
  private setEach<T>(values: T[][], fn: (row: number, col: number, v: T) => void): Range {
    check2D(values, this.rect);
    values.forEach((line, i) => {
      line.forEach((v, j) => {
        fn(this.rect.row + i, this.rect.col + j, v);
      });
    });
    return asRange(this);
  }
  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.rows;
  }
  getNumColumns(): number {
    return this.rect.cols;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.rows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.cols - 1;
  }
  getA1Notation(): string {
    const start = `${columnLetter(this.rect.col)}${this.rect.row}`;
    if (this.rect.rows === 1 && this.rect.cols === 1) return start;
    return `${start}:${columnLetter(this.getLastColumn())}${this.getLastRow()}`;
  }
  getSheet(): Sheet {
    return asSheet(this.sheet);
  }
  getValues(): CellValue[][] {
    return this.sheet.readValues(this.rect);
  }
  getValue(): CellValue {
    return this.sheet.readValues({ ...this.rect, rows: 1, cols: 1 })[0][0];
  }
  setValues(values: unknown[][]): Range {
    check2D(values, this.rect);
    // Validate every cell first so a failing write changes nothing, as in Sheets.
    for (const line of values) {
      for (const v of line) {
        if (typeof v === 'string' && v.length - (v.startsWith("'") ? 1 : 0) > MAX_CELL_CHARS) {
          throw new Error(
            `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
          );
        }
      }
    }
    this.sheet.parent.beforeScriptWrite();
    return this.setEach(values, (r, c, v) => this.sheet.storeTyped(r, c, v));
  }
  setValue(value: unknown): Range {
    this.sheet.parent.beforeScriptWrite();
    this.sheet.storeTyped(this.rect.row, this.rect.col, value);
    return asRange(this);
  }
  /** Stores `value(row, col)` in every cell, as typed input (for RangeList.setValue). */
  writeEach(value: (row: number, col: number) => unknown): void {
    this.each((r, c) => {
      this.sheet.storeTyped(r, c, value(r, c));
    });
  }
  /**
   * The cells as rich text: the text with its link, if any.
   * https://developers.google.com/apps-script/reference/spreadsheet/range#getRichTextValues()
   */
  getRichTextValues(): (GoogleAppsScript.Spreadsheet.RichTextValue | null)[][] {
    return this.each(
      (r, c) =>
        new FakeRichTextValue(
          this.sheet.displayOf(this.sheet.values.get(r, c)),
          this.sheet.links.get(r, c) || null,
        ) as unknown as GoogleAppsScript.Spreadsheet.RichTextValue,
    );
  }
  setRichTextValues(values: GoogleAppsScript.Spreadsheet.RichTextValue[][]): Range {
    this.sheet.parent.beforeScriptWrite();
    return this.setEach(values, (r, c, v) => {
      const rich = v as unknown as FakeRichTextValue;
      this.sheet.storeTyped(r, c, `'${rich.text}`);
      this.sheet.links.set(r, c, rich.link ?? '');
    });
  }
  getDisplayValues(): string[][] {
    return this.getValues().map((line) => line.map((v) => this.sheet.displayOf(v)));
  }
  getDisplayValue(): string {
    return this.sheet.displayOf(this.getValue());
  }
  getFormulas(): string[][] {
    return this.each((r, c) => this.sheet.formulas.get(r, c));
  }
  getFormula(): string {
    return this.sheet.formulas.get(this.rect.row, this.rect.col);
  }
  setFormula(formula: string): Range {
    this.sheet.parent.beforeScriptWrite();
    return this.setEach(
      this.each(() => formula),
      (r, c, f) => this.sheet.storeTyped(r, c, f),
    );
  }
  getNotes(): string[][] {
    return this.each((r, c) => this.sheet.notes.get(r, c));
  }
  getNote(): string {
    return this.sheet.notes.get(this.rect.row, this.rect.col);
  }
  setNotes(notes: unknown[][]): Range {
    return this.setEach(notes, (r, c, v) => this.sheet.notes.set(r, c, v == null ? '' : String(v)));
  }
  setNote(note: string | null): Range {
    this.each((r, c) => this.sheet.notes.set(r, c, note ?? ''));
    return asRange(this);
  }
  clearNote(): Range {
    return this.setNote(null);
  }
  getBackgrounds(): string[][] {
    return this.each((r, c) => this.sheet.backgrounds.get(r, c));
  }
  getBackground(): string {
    return this.sheet.backgrounds.get(this.rect.row, this.rect.col);
  }
  setBackgrounds(color: string[][]): Range {
    return this.setEach(color, (r, c, v) => this.sheet.backgrounds.set(r, c, v ?? '#ffffff'));
  }
  setBackground(color: string | null): Range {
    this.each((r, c) => this.sheet.backgrounds.set(r, c, color ?? '#ffffff'));
    return asRange(this);
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.each((r, c) => this.sheet.fontWeights.get(r, c) as GoogleAppsScript.Spreadsheet.FontWeight);
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.sheet.fontWeights.get(
      this.rect.row,
      this.rect.col,
    ) as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  setFontWeights(fontWeights: unknown[][]): Range {
    return this.setEach(fontWeights, (r, c, v) =>
      this.sheet.fontWeights.set(r, c, v == null ? 'normal' : String(v)),
    );
  }
  setFontWeight(fontWeight: string | null): Range {
    this.each((r, c) => this.sheet.fontWeights.set(r, c, fontWeight ?? 'normal'));
    return asRange(this);
  }
  getMergedRanges(): Range[] {
    return this.sheet.merges
      .filter((m) => intersects(m, this.rect))
      .map((m) => asRange(new FakeRange(this.sheet, { ...m })));
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((m) => intersects(m, this.rect));
  }
  merge(): Range {
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.rect));
    this.sheet.merges.push({ ...this.rect });
    return asRange(this);
  }
  breakApart(): Range {
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.rect));
    return asRange(this);
  }
  getDataValidation(): DataValidation | null {
    return this.sheet.validations.get(this.rect.row, this.rect.col) as unknown as DataValidation | null;
  }
  getDataValidations(): DataValidation[][] {
    return this.each((r, c) => this.sheet.validations.get(r, c)) as unknown as DataValidation[][];
  }
  setDataValidation(rule: DataValidation | null): Range {
    this.applyValidation(this.rect, rule as unknown as FakeDataValidation | null);
    return asRange(this);
  }
  /** One rule over a rectangle, as setDataValidation and setDataValidations store it. */
  private applyValidation(rect: Rect, fake: FakeDataValidation | null): void {
    this.sheet.validations.set(rect, fake);
    // A checkbox shows unticked in a blank cell and reads FALSE:
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireCheckbox()
    // (see fakes/README.md, "to verify on a real deployment").
    if (fake?.criteria !== 'CHECKBOX') return;
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        if (this.sheet.values.get(r, c) === '' && !this.sheet.formulas.get(r, c))
          this.sheet.values.set(r, c, false);
      }
    }
  }
  /**
   * A rule per cell (null removes a cell's rule):
   * https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation)
   * Stored per column as runs of cells sharing one rule object, the same cells as cell by cell.
   */
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    check2D(rules, this.rect);
    const grid = rules as unknown as (FakeDataValidation | null)[][];
    for (let j = 0; j < this.rect.cols; j++) {
      let start = 0;
      for (let i = 1; i <= this.rect.rows; i++) {
        if (i < this.rect.rows && grid[i][j] === grid[start][j]) continue;
        const rect = { row: this.rect.row + start, col: this.rect.col + j, rows: i - start, cols: 1 };
        this.applyValidation(rect, grid[start][j] ?? null);
        start = i;
      }
    }
    return asRange(this);
  }
  clearDataValidations(): Range {
    this.sheet.validations.set(this.rect, null);
    return asRange(this);
  }
  protect(): Protection {
    const p = new FakeProtection(this.sheet, this);
    this.sheet.protections.push(p);
    return p as unknown as Protection;
  }
  activate(): Range {
    this.sheet.parent.activeRange = this;
    this.sheet.parent.activeSheet = this.sheet;
    return asRange(this);
  }
  setNumberFormat(numberFormat: string): Range {
    this.sheet.numberFormats.set(this.rect, numberFormat);
    return asRange(this);
  }
  getNumberFormat(): string {
    return this.sheet.numberFormats.get(this.rect.row, this.rect.col) ?? 'General';
  }
  setWrap(_isWrapEnabled: boolean): Range {
    return asRange(this);
  }
  setWrapStrategy(_strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    return asRange(this);
  }
  setVerticalAlignment(_alignment: string | null): Range {
    return asRange(this);
  }
  setFontSize(_size: number): Range {
    return asRange(this);
  }
  setFontColor(_color: string | null): Range {
    return asRange(this);
  }
  clearContent(): Range {
    this.sheet.parent.beforeScriptWrite();
    this.each((r, c) => {
      this.sheet.values.set(r, c, '');
      this.sheet.formulas.set(r, c, '');
    });
    return asRange(this);
  }
  clear(): Range {
    this.clearContent();
    this.each((r, c) => {
      this.sheet.notes.set(r, c, '');
      this.sheet.backgrounds.set(r, c, '#ffffff');
      this.sheet.fontWeights.set(r, c, 'normal');
    });
    return asRange(this);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    const rect = {
      row: this.rect.row + rowOffset,
      col: this.rect.col + columnOffset,
      rows: numRows ?? this.rect.rows,
      cols: numColumns ?? this.rect.cols,
    };
    this.sheet.checkBounds(rect);
    return asRange(new FakeRange(this.sheet, rect));
  }
}

// ---- rich text -------------------------------------------------------------------------------

/** A cell's text with one link over all of it (the part of RichTextValue the add-on meets). */
export class FakeRichTextValue
  extends Fake
  implements Pick<GoogleAppsScript.Spreadsheet.RichTextValue, 'getText' | 'getLinkUrl'>
{
  get [FAKE_NAME]() {
    return 'RichTextValue';
  }
  constructor(
    readonly text: string,
    readonly link: string | null,
  ) {
    super();
  }
  getText(): string {
    return this.text;
  }
  getLinkUrl(): string | null {
    return this.link;
  }
}

// ---- data validation -------------------------------------------------------------------------

export class FakeDataValidation
  extends Fake
  implements
    Pick<DataValidation, 'getCriteriaType' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy'>
{
  get [FAKE_NAME]() {
    return 'DataValidation';
  }
  constructor(
    readonly criteria: CriteriaType,
    readonly args: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {
    super();
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.args];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
  copy(): DataValidationBuilder {
    const b = new FakeDataValidationBuilder();
    b.criteria = this.criteria;
    b.args = [...this.args];
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return b as unknown as DataValidationBuilder;
  }

  /** Whether a user-typed value satisfies the rule (blank always does). */
  accepts(value: CellValue): boolean {
    if (value === '') return true;
    const text = isDate(value) ? '' : String(value);
    switch (this.criteria) {
      case 'VALUE_IN_LIST':
        return (this.args[0] as string[]).map(String).includes(text);
      case 'VALUE_IN_RANGE': {
        const range = this.args[0] as FakeRange;
        return range.getDisplayValues().some((line) => line.some((v) => v !== '' && v === text));
      }
      case 'DATE_IS_VALID_DATE':
        return isDate(value);
      case 'CHECKBOX':
        return typeof value === 'boolean';
      case 'TEXT_IS_VALID_EMAIL':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
      default:
        return true;
    }
  }
}

export class FakeDataValidationBuilder
  extends Fake
  implements
    Pick<
      DataValidationBuilder,
      | 'requireValueInRange'
      | 'requireValueInList'
      | 'requireDate'
      | 'requireCheckbox'
      | 'requireTextIsEmail'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'build'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getAllowInvalid'
      | 'getHelpText'
    >
{
  get [FAKE_NAME]() {
    return 'DataValidationBuilder';
  }
  criteria: CriteriaType | null = null;
  args: unknown[] = [];
  allowInvalid = true;
  helpText = '';
  private self(): DataValidationBuilder {
    return this as unknown as DataValidationBuilder;
  }
  requireValueInRange(range: Range, showDropdown = true): DataValidationBuilder {
    this.criteria = 'VALUE_IN_RANGE';
    this.args = [range, showDropdown];
    return this.self();
  }
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    this.criteria = 'VALUE_IN_LIST';
    this.args = [[...values], showDropdown];
    return this.self();
  }
  requireDate(): DataValidationBuilder {
    this.criteria = 'DATE_IS_VALID_DATE';
    this.args = [];
    return this.self();
  }
  requireCheckbox(): DataValidationBuilder {
    this.criteria = 'CHECKBOX';
    this.args = [];
    return this.self();
  }
  requireTextIsEmail(): DataValidationBuilder {
    this.criteria = 'TEXT_IS_VALID_EMAIL';
    this.args = [];
    return this.self();
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return this.self();
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.helpText = helpText;
    return this.self();
  }
  build(): DataValidation {
    if (!this.criteria)
      throw new Error('Exception: You must specify a criteria type for the data validation rule.');
    return new FakeDataValidation(
      this.criteria,
      this.args,
      this.allowInvalid,
      this.helpText,
    ) as unknown as DataValidation;
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.args];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string | null {
    return this.helpText || null;
  }
}

// ---- conditional formatting ------------------------------------------------------------------

export class FakeBooleanCondition
  extends Fake
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.BooleanCondition,
      'getCriteriaType' | 'getCriteriaValues' | 'getBackground'
    >
{
  get [FAKE_NAME]() {
    return 'BooleanCondition';
  }
  constructor(readonly rule: FakeConditionalFormatRule) {
    super();
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return this.rule.condition.type as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.rule.condition.values];
  }
  getBackground(): string | null {
    return this.rule.format.background;
  }
}

export class FakeConditionalFormatRule
  extends Fake
  implements Pick<ConditionalFormatRule, 'getRanges' | 'copy' | 'getBooleanCondition'>
{
  get [FAKE_NAME]() {
    return 'ConditionalFormatRule';
  }
  constructor(
    readonly condition: { type: string; values: unknown[] },
    readonly format: { background: string | null; fontColor: string | null; bold: boolean | null },
    readonly ranges: FakeRange[],
  ) {
    super();
  }
  getRanges(): Range[] {
    return this.ranges.map(asRange);
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return new FakeBooleanCondition(this) as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
  }
  copy(): ConditionalFormatRuleBuilder {
    const b = new FakeConditionalFormatRuleBuilder();
    b.condition = { ...this.condition };
    b.format = { ...this.format };
    b.ranges = [...this.ranges];
    return b as unknown as ConditionalFormatRuleBuilder;
  }
}

export class FakeConditionalFormatRuleBuilder
  extends Fake
  implements
    Pick<
      ConditionalFormatRuleBuilder,
      | 'whenFormulaSatisfied'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenTextEqualTo'
      | 'setBackground'
      | 'setFontColor'
      | 'setBold'
      | 'setRanges'
      | 'build'
    >
{
  get [FAKE_NAME]() {
    return 'ConditionalFormatRuleBuilder';
  }
  condition: { type: string; values: unknown[] } | null = null;
  format: { background: string | null; fontColor: string | null; bold: boolean | null } = {
    background: null,
    fontColor: null,
    bold: null,
  };
  ranges: FakeRange[] = [];
  private self(): ConditionalFormatRuleBuilder {
    return this as unknown as ConditionalFormatRuleBuilder;
  }
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    this.condition = { type: 'CUSTOM_FORMULA', values: [formula] };
    return this.self();
  }
  whenCellEmpty(): ConditionalFormatRuleBuilder {
    this.condition = { type: 'CELL_EMPTY', values: [] };
    return this.self();
  }
  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    this.condition = { type: 'CELL_NOT_EMPTY', values: [] };
    return this.self();
  }
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    this.condition = { type: 'TEXT_EQ', values: [text] };
    return this.self();
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.format.background = color;
    return this.self();
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.format.fontColor = color;
    return this.self();
  }
  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    this.format.bold = bold;
    return this.self();
  }
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    this.ranges = [...(ranges as unknown as FakeRange[])];
    return this.self();
  }
  build(): ConditionalFormatRule {
    if (!this.condition) throw new Error('Exception: A conditional format rule must have a condition.');
    if (this.ranges.length === 0)
      throw new Error('Exception: A conditional format rule must have at least one range.');
    return new FakeConditionalFormatRule({ ...this.condition }, { ...this.format }, [
      ...this.ranges,
    ]) as unknown as ConditionalFormatRule;
  }
}

// ---- protection and named ranges -------------------------------------------------------------

export class FakeProtection
  extends Fake
  implements
    Pick<
      Protection,
      | 'setWarningOnly'
      | 'isWarningOnly'
      | 'setDescription'
      | 'getDescription'
      | 'getRange'
      | 'getProtectionType'
      | 'remove'
      | 'canEdit'
    >
{
  get [FAKE_NAME]() {
    return 'Protection';
  }
  warningOnly = false;
  description = '';
  removed = false;
  constructor(
    readonly sheet: FakeSheet,
    public range: FakeRange | null,
  ) {
    super();
  }
  get type(): 'RANGE' | 'SHEET' {
    return this.range ? 'RANGE' : 'SHEET';
  }
  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = warningOnly;
    return this as unknown as Protection;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setDescription(description: string): Protection {
    this.description = description;
    return this as unknown as Protection;
  }
  getDescription(): string {
    return this.description;
  }
  getRange(): Range {
    return asRange(
      this.range ??
        new FakeRange(this.sheet, { row: 1, col: 1, rows: this.sheet.maxRows, cols: this.sheet.maxCols }),
    );
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  remove(): void {
    this.removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
  canEdit(): boolean {
    return true;
  }
}

export class FakeNamedRange
  extends Fake
  implements Pick<NamedRange, 'getName' | 'getRange' | 'setRange' | 'remove'>
{
  get [FAKE_NAME]() {
    return 'NamedRange';
  }
  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly name: string,
    public range: FakeRange,
  ) {
    super();
  }
  getName(): string {
    return this.name;
  }
  getRange(): Range {
    return asRange(this.range);
  }
  setRange(range: Range): NamedRange {
    this.range = range as unknown as FakeRange;
    return this as unknown as NamedRange;
  }
  remove(): void {
    this.spreadsheet.namedRanges.delete(this.name);
  }
}

// ---- simulated user edits --------------------------------------------------------------------

/**
 * A user typing `value` into a cell. Unlike a script write, a rule that does not allow invalid
 * input rejects it (Sheets shows "Invalid input" and keeps the old value). Returns whether the
 * value was accepted and whether Sheets would flag it (allow-invalid rules show a warning).
 */
export function userEdit(
  sheet: FakeSheet,
  row: number,
  col: number,
  value: unknown,
): { accepted: boolean; flagged: boolean } {
  const rule = sheet.validations.get(row, col);
  sheet.ensureSize(row, col);
  const before = { v: sheet.values.get(row, col), f: sheet.formulas.get(row, col) };
  sheet.storeTyped(row, col, value);
  if (!rule) return { accepted: true, flagged: false };
  const ok = rule.accepts(sheet.values.get(row, col));
  if (ok) return { accepted: true, flagged: false };
  if (rule.allowInvalid) return { accepted: true, flagged: true };
  sheet.values.set(row, col, before.v);
  sheet.formulas.set(row, col, before.f);
  return { accepted: false, flagged: true };
}
