// Set up register: creates the schema's sheets for a controller, a processor or both (frozen
// bold header row, hidden and warning-protected id columns, header notes citing the Article,
// column widths, dropdowns fed from the Lists sheet, date/email/checkbox rules, conditional
// formatting, named ranges). Idempotent: on an existing register it keeps every user value and
// adds only what is missing (sheets, columns of a newer schema version). Every step works on
// whole columns or whole sheets, so the number of service calls does not grow with the rows.
// Round trips: what a user may adjust (widths, hidden columns, frozen rows, header style) is set
// on the sheets and columns this run creates; what keeps the register working (validation,
// date formats, conditional formats, protections, named ranges) is set again on every run,
// batched per sheet; cells, notes and named ranges already right are not written.

import { conditionalFormatSpecs, RULE_MARK } from '../../shared/register/conditionalFormats.ts';
import {
  type ColumnDef,
  LISTS,
  type RegisterRole,
  SCHEMA_VERSION,
  type SheetDef,
  sheetsForRoles,
} from '../../shared/register/schema.ts';
import type { Lang, SheetId, TableSheetId } from '../../shared/register/types.ts';
import { findEntry, labelOf, labels } from '../../shared/vocabularies/index.ts';
import type { VocabularyId } from '../../shared/vocabularies/types.ts';
import { fillIds, idFactory, idsInUse } from '../views/ids.ts';
import { registerWritten } from './features/sync.ts';
import { activeLang, LANG_PROPERTY, t } from './i18n.ts';
import { rawForCell, textForCell } from './sheets/cells.ts';
import { recordUnmarkedSheets } from './sheets/marks.ts';
import { readWorkbook, SCHEMA_VERSION_PROPERTY, type SheetLayout, type Workbook } from './sheets/workbook.ts';
import { ensureSize } from './sheets/write.ts';
import { runMenuAction, toast, UserMessage } from './ui.ts';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const ROLES_PROPERTY = 'art30.roles';
/** Marks the add-on's own protections and conditional-format rules so a re-run finds them. */
const MARK = 'Art30';

export { HIGHLIGHTED_STATUS } from '../../shared/register/conditionalFormats.ts';

const COLOURS = { header: '#e8f0fe' };
/** Where each named list range pointed when Set up last set it (JSON: name → "Lists sheet name|A1 range"). */
const LIST_RANGES_PROPERTY = 'art30.listRanges';

/** What one Set up run knows about each sheet besides its layout. */
interface RunState {
  /** Sheets this run created. */
  created: Set<SheetId>;
  /** Columns (for the Organisation form: field rows) this run added, per sheet. */
  added: Map<SheetId, Set<number>>;
  /** Each sheet's row count, asked once per run (after the sheets have grown). */
  maxRows: (layout: SheetLayout) => number;
}

function runState(created: readonly SheetId[], added: Map<SheetId, Set<number>>): RunState {
  const rows = new Map<SheetLayout, number>();
  return {
    created: new Set(created),
    added,
    maxRows: (layout) => {
      let n = rows.get(layout);
      if (n === undefined) {
        n = layout.sheet.getMaxRows();
        rows.set(layout, n);
      }
      return n;
    },
  };
}

export interface SetUpSummary {
  created: SheetId[];
  columnsAdded: number;
  kept: SheetId[];
}

/** The roles a register has, from the Organisation sheet's role cell (either language). */
export function rolesFromText(text: string): RegisterRole[] | null {
  const trimmed = text.trim();
  const byNumber: Record<string, RegisterRole[]> = {
    '1': ['controller'],
    '2': ['processor'],
    '3': ['controller', 'processor'],
  };
  if (byNumber[trimmed]) return byNumber[trimmed];
  const entry = findEntry('role', trimmed);
  if (!entry) return null;
  return entry.id === 'both' ? ['controller', 'processor'] : [entry.id as RegisterRole];
}

function roleId(roles: readonly RegisterRole[]): string {
  return roles.length === 2 ? 'both' : roles[0];
}

function askRoles(lang: Lang): RegisterRole[] {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    t(lang, 'setup.rolePrompt.title'),
    t(lang, 'setup.rolePrompt.text'),
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) throw new UserMessage(t(lang, 'setup.cancelled'));
  const text = answer.getResponseText();
  const roles = rolesFromText(text);
  if (!roles) throw new UserMessage(t(lang, 'setup.roleInvalid', { answer: text.slice(0, 40) }));
  return roles;
}

/** Menu: Set up register. */
export function setUpRegister(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = activeLang(ss);
  runMenuAction(lang, () => {
    const wb = readWorkbook(ss, lang, 'setUp');
    const known = rolesFromText(String(wb.doc.organisation.role ?? ''));
    const roles = known ?? askRoles(lang);
    const summary = setUp(ss, wb, lang, roles);
    registerWritten(ss, lang, false);
    toast(
      ss,
      t(lang, 'setup.done', {
        created: summary.created.length,
        columns: summary.columnsAdded,
        kept: summary.kept.length,
      }),
      lang,
    );
  });
}

/** Creates or completes the register in `wb` for `roles`. */
export function setUp(
  ss: Spreadsheet,
  wb: Workbook,
  lang: Lang,
  roles: readonly RegisterRole[],
): SetUpSummary {
  const summary: SetUpSummary = { created: [], columnsAdded: 0, kept: [] };
  const defs = sheetsForRoles(roles);
  const added = new Map<SheetId, Set<number>>();
  for (const def of defs) {
    let layout = wb.layout[def.id];
    if (layout) summary.kept.push(def.id);
    else {
      layout = createSheet(ss, def, lang);
      wb.layout[def.id] = layout;
      wb.gids[def.id] = layout.gid;
      summary.created.push(def.id);
    }
    const before = new Set(layout.columns.values());
    if (def.kind === 'form') summary.columnsAdded += completeOrganisation(layout, lang, roles, wb);
    else summary.columnsAdded += completeHeaders(layout, lang);
    added.set(def.id, new Set([...layout.columns.values()].filter((c) => !before.has(c))));
  }
  const run = runState(summary.created, added);
  // Lists first: the dropdowns of every other sheet read from it.
  const lists = wb.layout.lists!;
  const listRanges = fillLists(lists, lang, wb, run);
  nameListRanges(ss, lists, listRanges, run);
  for (const def of defs) {
    const layout = wb.layout[def.id]!;
    if (def.kind === 'form') formatOrganisation(layout, lang, listRanges, run);
    else formatTable(layout, lang, listRanges, wb, run);
  }
  repairIds(wb);
  removeEmptyDefaultSheet(ss, wb, summary);
  recordUnmarkedSheets(summary.created.map((id) => wb.layout[id]!.name));
  PropertiesService.getDocumentProperties().setProperties({
    [SCHEMA_VERSION_PROPERTY]: String(SCHEMA_VERSION),
    [LANG_PROPERTY]: lang,
    [ROLES_PROPERTY]: roles.join(','),
  });
  return summary;
}

function emptyLayout(def: SheetDef, sheet: Sheet): SheetLayout {
  return {
    id: def.id,
    def,
    sheet,
    name: sheet.getName(),
    gid: sheet.getSheetId(),
    columns: new Map(),
    values: [],
    formulas: [],
    formulasRead: true,
    width: 0,
    height: 0,
    merges: [],
    docRows: [],
  };
}

function createSheet(ss: Spreadsheet, def: SheetDef, lang: Lang): SheetLayout {
  const sheet = ss.insertSheet(def.title[lang]);
  return emptyLayout(def, sheet);
}

/** Adds the schema columns the header row lacks, after the last used column. */
function completeHeaders(layout: SheetLayout, lang: Lang): number {
  const header = [...(layout.values[0] ?? [])];
  let added = 0;
  for (const c of layout.def.columns) {
    if (layout.columns.has(c.id)) continue;
    header.push(c.header[lang]);
    layout.columns.set(c.id, header.length);
    added++;
  }
  if (added === 0) return 0;
  const width = header.length;
  ensureSize(layout.sheet, Math.max(layout.height, 1), width);
  // The header row is written whole: its formulas stay formulas (read now if the reader left them out).
  const formulas = (layout.formulasRead ? layout.formulas[0] : layout.dataRange?.getFormulas()[0]) ?? [];
  layout.sheet
    .getRange(1, 1, 1, width)
    .setValues([header.map((h, i) => (formulas[i] ? formulas[i] : rawForCell(h)))]);
  layout.values[0] = header;
  layout.formulas[0] = header.map((_, i) => formulas[i] ?? '');
  for (let r = 1; r < layout.height; r++) {
    while (layout.values[r].length < width) layout.values[r].push('');
    while (layout.formulas[r].length < width) layout.formulas[r].push('');
  }
  layout.width = width;
  layout.height = Math.max(layout.height, 1);
  return added;
}

/** The Organisation form: a Field/Value header, then one row per field; missing fields are appended. */
function completeOrganisation(
  layout: SheetLayout,
  lang: Lang,
  roles: readonly RegisterRole[],
  wb: Workbook,
): number {
  const height = Math.max(layout.height, 1);
  const grid: unknown[][] = [];
  for (let r = 0; r < height; r++) {
    const line = layout.values[r] ?? [];
    const formulas = layout.formulas[r] ?? [];
    grid.push([0, 1].map((c) => (formulas[c] ? formulas[c] : rawForCell(line[c] ?? ''))));
  }
  if (layout.height === 0) grid[0] = [t(lang, 'setup.organisationField'), t(lang, 'setup.organisationValue')];
  let added = 0;
  for (const c of layout.def.columns) {
    if (layout.columns.has(c.id)) continue;
    grid.push([c.header[lang], '']);
    layout.columns.set(c.id, grid.length);
    added++;
  }
  const org = wb.doc.organisation;
  let changed = added > 0 || layout.height === 0;
  const setIfBlank = (field: string, value: string) => {
    const row = layout.columns.get(field)!;
    if (org[field] === '' || org[field] === undefined || org[field] === null) {
      grid[row - 1][1] = textForCell(value);
      org[field] = value;
      changed = true;
    }
  };
  setIfBlank('role', labelOf('role', roleId(roles), lang));
  setIfBlank('language', labelOf('language', lang, lang));
  // A form already complete is not written again (each cell would be written as it was read).
  if (changed) {
    ensureSize(layout.sheet, grid.length, 2);
    layout.sheet.getRange(1, 1, grid.length, 2).setValues(grid);
  }
  layout.values = grid.map((line) =>
    line.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
  );
  layout.formulas = grid.map(() => ['', '']);
  layout.height = grid.length;
  layout.width = Math.max(layout.width, 2);
  return added;
}

interface ListRange {
  column: number;
  range: GoogleAppsScript.Spreadsheet.Range;
  /** The range on the Lists sheet, e.g. B2:B1000. */
  a1: string;
}

/**
 * One Lists column as it will be: every cell stays where it is (a user's formula stays a
 * formula, a user's entry stays, blanks and repeats too); a label of the other language
 * becomes this language's label in place; labels still missing are added below the last cell.
 */
function listColumn(layout: SheetLayout, col: number, vocab: VocabularyId, lang: Lang): unknown[] {
  const cells: unknown[] = [];
  const present = new Set<string>();
  for (let r = 1; r < layout.height; r++) {
    const formula = layout.formulas[r]?.[col - 1];
    const v = layout.values[r]?.[col - 1];
    const text = v === null || v === undefined ? '' : String(v).trim();
    const entry = !formula && text ? findEntry(vocab, text) : null;
    const label = entry ? labelOf(vocab, entry.id, lang) : text;
    if (label) present.add(label);
    cells.push(formula ? formula : entry ? textForCell(label) : rawForCell(v ?? ''));
  }
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  for (const label of labels(vocab, lang)) if (!present.has(label)) cells.push(textForCell(label));
  return cells;
}

/**
 * Fills the Lists sheet with each vocabulary's labels in the register's language, keeping
 * the sheet's formulas and positions (see listColumn); one write for the sheet.
 */
function fillLists(
  layout: SheetLayout,
  lang: Lang,
  wb: Workbook,
  run: RunState,
): Map<VocabularyId, ListRange> {
  const columns: { vocab: VocabularyId; col: number; cells: unknown[] }[] = [];
  for (const c of LISTS.columns) {
    if (!c.vocabulary) continue;
    const col = layout.columns.get(c.id)!;
    columns.push({ vocab: c.vocabulary, col, cells: listColumn(layout, col, c.vocabulary, lang) });
  }
  const rows = Math.max(...columns.map((c) => c.cells.length), layout.height - 1, 1);
  const width = layout.width;
  const grid: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const read = layout.values[r + 1] ?? [];
    const formulas = layout.formulas[r + 1] ?? [];
    grid.push(Array.from({ length: width }, (_, c) => formulas[c] || rawForCell(read[c] ?? '')));
  }
  let changed = rows + 1 > layout.height;
  for (const c of columns) {
    for (let r = 0; r < rows; r++) {
      const cell = r < c.cells.length ? c.cells[r] : '';
      changed ||= !sameCell(cell, grid[r][c.col - 1]);
      grid[r][c.col - 1] = cell;
    }
  }
  // Lists already right (the usual case) are not written again.
  if (changed) {
    ensureSize(layout.sheet, rows + 1, width);
    layout.sheet.getRange(2, 1, rows, width).setValues(grid);
  }
  layout.height = rows + 1;
  const maxRows = run.maxRows(layout);
  // Every list column's range in one call.
  const a1s = columns.map((c) => `${letter(c.col)}2:${letter(c.col)}${maxRows}`);
  const found = layout.sheet.getRangeList(a1s).getRanges();
  const ranges = new Map<VocabularyId, ListRange>();
  columns.forEach((c, i) => {
    ranges.set(c.vocab, { column: c.col, range: found[i], a1: a1s[i] });
  });
  wb.doc.sheets.lists = [];
  return ranges;
}

/** Two cell contents as they would be written: the same value, or Dates of the same instant. */
function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
}

/**
 * One named range per list (Art30_legalBasis …), pointing at its column on the Lists sheet. A
 * named range that exists and still points where this add-on last set it (recorded in a document
 * property, by sheet name and range) is left alone; one that is missing, or whose Lists column
 * or extent changed, or on a Lists sheet this run created, is set.
 */
function nameListRanges(
  ss: Spreadsheet,
  lists: SheetLayout,
  ranges: Map<VocabularyId, ListRange>,
  run: RunState,
): void {
  const props = PropertiesService.getDocumentProperties();
  let recorded: Record<string, string> = {};
  try {
    recorded = JSON.parse(props.getProperty(LIST_RANGES_PROPERTY) ?? '{}') ?? {};
  } catch {
    recorded = {};
  }
  const fresh = run.created.has('lists');
  const existing = new Map(ss.getNamedRanges().map((n) => [n.getName(), n]));
  const next: Record<string, string> = {};
  for (const c of LISTS.columns) {
    const r = c.vocabulary && ranges.get(c.vocabulary);
    if (!r) continue;
    const name = `${MARK}_${c.id}`;
    const where = `${lists.name}|${r.a1}`;
    next[name] = where;
    const named = existing.get(name);
    if (named && !fresh && recorded[name] === where) continue;
    if (named) named.setRange(r.range);
    else ss.setNamedRange(name, r.range);
  }
  if (JSON.stringify(next) !== JSON.stringify(recorded))
    props.setProperty(LIST_RANGES_PROPERTY, JSON.stringify(next));
}

/**
 * The help notes of the schema's header cells (the user's notes on their own columns stay),
 * read from the data range already fetched when no column was added, and written only when
 * one differs. The header row is made bold and coloured when this run added columns to it.
 */
function headerNotes(layout: SheetLayout, lang: Lang, run: RunState): void {
  const width = layout.width;
  const grown = (run.added.get(layout.id)?.size ?? 0) > 0 || !layout.dataRange;
  let range = grown ? layout.sheet.getRange(1, 1, 1, width) : null;
  const notes = (range ?? layout.dataRange!).getNotes()[0];
  const byColumn = new Map([...layout.columns].map(([id, col]) => [col, id]));
  const defs = new Map(layout.def.columns.map((c) => [c.id, c]));
  const line = notes.map((note, i) => {
    const id = byColumn.get(i + 1);
    return id ? defs.get(id)!.note[lang] : note;
  });
  const differs = line.some((note, i) => note !== notes[i]);
  if (!differs && !grown) return;
  range ??= layout.sheet.getRange(1, 1, 1, width);
  if (differs) range.setNotes([line]);
  if (grown) range.setFontWeight('bold').setBackground(COLOURS.header);
}

/** The name column of a referenced sheet, fetched once per sheet and Set up run however many columns refer to it. */
const referenceRanges = new WeakMap<SheetLayout, GoogleAppsScript.Spreadsheet.Range>();
function referenceRange(
  target: SheetLayout,
  nameColumn: number,
  run: RunState,
): GoogleAppsScript.Spreadsheet.Range {
  let range = referenceRanges.get(target);
  if (!range) {
    range = target.sheet.getRange(2, nameColumn, Math.max(run.maxRows(target) - 1, 1), 1);
    referenceRanges.set(target, range);
  }
  return range;
}

function ruleFor(
  c: ColumnDef,
  lang: Lang,
  listRanges: Map<VocabularyId, ListRange>,
  wb: Workbook,
  run: RunState,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = () => SpreadsheetApp.newDataValidation();
  switch (c.type) {
    case 'enum':
    case 'multiEnum': {
      const list = c.vocabulary && listRanges.get(c.vocabulary);
      if (!list) return null;
      const multi = c.type === 'multiEnum';
      return builder()
        .requireValueInRange(list.range, true)
        .setAllowInvalid(multi || Boolean(c.allowCustom))
        .setHelpText(t(lang, multi ? 'setup.multiHelp' : 'setup.listHelp'))
        .build();
    }
    case 'reference':
    case 'multiReference': {
      const target = c.references && wb.layout[c.references];
      const nameColumn = target?.def.nameColumn && target.columns.get(target.def.nameColumn);
      if (!target || !nameColumn) return null;
      const range = referenceRange(target, nameColumn, run);
      // References accept names typed before their row exists; Validate checks each one.
      return builder()
        .requireValueInRange(range, true)
        .setAllowInvalid(true)
        .setHelpText(c.note[lang])
        .build();
    }
    case 'date':
      return builder().requireDate().setAllowInvalid(false).setHelpText(t(lang, 'setup.dateHelp')).build();
    case 'email':
      return builder()
        .requireTextIsEmail()
        .setAllowInvalid(false)
        .setHelpText(t(lang, 'setup.emailHelp'))
        .build();
    case 'boolean':
      return builder().requireCheckbox().build();
    default:
      return null;
  }
}

function letter(n: number): string {
  return (n > 26 ? letter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
}

/**
 * The add-on's conditional formats of a table: row colours from a status column, and a colour
 * for a required cell left empty in a filled row. Their ranges come from one RangeList.
 */
/** The add-on's conditional formatting of a table sheet (shared/register/conditionalFormats.ts), over its body. */
function conditionalRules(
  layout: SheetLayout,
  body: () => GoogleAppsScript.Spreadsheet.Range,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const specs = conditionalFormatSpecs(layout.def, layout.columns, layout.width);
  if (specs.length === 0) return [];
  const range = body();
  return specs.map((x) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(x.formula)
      .setBackground(x.colour)
      .setRanges([range])
      .build(),
  );
}

function isOwnRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  return condition.getCriteriaValues().some((v) => typeof v === 'string' && v.includes(RULE_MARK));
}

/** Adjacent columns that share a key, as [first column, count, key] runs (null keys skipped). */
function runsOf<K>(cells: { col: number; key: K | null }[]): { col: number; n: number; key: K }[] {
  const runs: { col: number; n: number; key: K }[] = [];
  for (const { col, key } of [...cells].sort((a, b) => a.col - b.col)) {
    if (key === null) continue;
    const last = runs.at(-1);
    if (last && last.col + last.n === col && last.key === key) last.n++;
    else runs.push({ col, n: 1, key });
  }
  return runs;
}

/** Date and date-time cells show in ISO order; a date-time cell is read with its zone's offset. */
const NUMBER_FORMATS: Partial<Record<ColumnDef['type'], string>> = {
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm',
};

/** What a column's validation rule depends on: columns with the same key get the same rule. */
function ruleKey(c: ColumnDef, lang: Lang): string | null {
  switch (c.type) {
    case 'enum':
    case 'multiEnum':
      return `${c.type}|${c.vocabulary}|${Boolean(c.allowCustom)}`;
    case 'reference':
    case 'multiReference':
      return `${c.type}|${c.references}|${c.note[lang]}`;
    case 'date':
    case 'email':
    case 'boolean':
      return c.type;
    default:
      return null;
  }
}

/**
 * Widths, hidden columns, date formats and validation of a table's columns. Widths and hidden
 * columns are set on the columns this run added, once per run of adjacent columns that share
 * them; date formats on every date column through one RangeList; validation of the whole sheet
 * below the header in one read and one write (the rules of the user's own columns, and of
 * schema columns without one, are written back as read). The calls depend on the schema,
 * never on the rows.
 */
function formatColumns(
  layout: SheetLayout,
  lang: Lang,
  listRanges: Map<VocabularyId, ListRange>,
  wb: Workbook,
  run: RunState,
  body: () => GoogleAppsScript.Spreadsheet.Range,
): void {
  const sheet = layout.sheet;
  const maxRows = Math.max(run.maxRows(layout), 2);
  const placed = layout.def.columns.flatMap((c) => {
    const col = layout.columns.get(c.id);
    return col ? [{ c, col }] : [];
  });
  const added = run.added.get(layout.id) ?? new Set<number>();
  const fresh = placed.filter(({ col }) => added.has(col));
  for (const r of runsOf(fresh.map(({ c, col }) => ({ col, key: c.width ?? null })))) {
    sheet.setColumnWidths(r.col, r.n, r.key);
  }
  for (const r of runsOf(fresh.map(({ c, col }) => ({ col, key: c.hidden ? true : null })))) {
    sheet.hideColumns(r.col, r.n);
  }
  const formatted = runsOf(placed.map(({ c, col }) => ({ col, key: NUMBER_FORMATS[c.type] ?? null })));
  for (const format of new Set(formatted.map((f) => f.key))) {
    const a1s = formatted
      .filter((f) => f.key === format)
      .map((d) => `${letter(d.col)}2:${letter(d.col + d.n - 1)}${maxRows}`);
    sheet.getRangeList(a1s).setNumberFormat(format);
  }
  if (layout.id === 'lists' || layout.id === 'deletionLog') return;
  const rules = new Map<number, GoogleAppsScript.Spreadsheet.DataValidation>();
  const byKey = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation | null>();
  for (const { c, col } of placed) {
    const key = ruleKey(c, lang);
    if (key === null) continue;
    if (!byKey.has(key)) byKey.set(key, ruleFor(c, lang, listRanges, wb, run));
    const rule = byKey.get(key);
    if (rule) rules.set(col, rule);
  }
  if (rules.size === 0) return;
  const range = body();
  const grid = range.getDataValidations();
  for (const line of grid) for (const [col, rule] of rules) line[col - 1] = rule;
  range.setDataValidations(grid);
}

function formatTable(
  layout: SheetLayout,
  lang: Lang,
  listRanges: Map<VocabularyId, ListRange>,
  wb: Workbook,
  run: RunState,
): void {
  const sheet = layout.sheet;
  if (run.created.has(layout.id)) sheet.setFrozenRows(1);
  headerNotes(layout, lang, run);
  const maxRows = Math.max(run.maxRows(layout), 2);
  // Only id columns are protected: a sheet without one has no protection of ours to look for.
  const hasIds = layout.def.columns.some((c) => c.type === 'id' && layout.columns.has(c.id));
  const protectedColumns = new Set(
    (hasIds ? sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE) : [])
      .map((p) => p.getDescription().split(' ')[0])
      .filter((d) => d.startsWith(`${MARK}:`)),
  );
  // The table's body below the header, asked once for its validation and its formatting rules.
  let bodyRange: GoogleAppsScript.Spreadsheet.Range | undefined;
  const body = () => {
    bodyRange ??= sheet.getRange(2, 1, maxRows - 1, layout.width);
    return bodyRange;
  };
  formatColumns(layout, lang, listRanges, wb, run, body);
  for (const c of layout.def.columns) {
    const col = layout.columns.get(c.id);
    if (!col) continue;
    if (c.type === 'id' && !protectedColumns.has(`${MARK}:${c.id}`)) {
      sheet
        .getRange(1, col, maxRows, 1)
        .protect()
        .setWarningOnly(true)
        .setDescription(`${MARK}:${c.id} – ${t(lang, 'setup.protectIds')}`);
    }
  }
  const userRules = sheet.getConditionalFormatRules().filter((r) => !isOwnRule(r));
  sheet.setConditionalFormatRules([...userRules, ...conditionalRules(layout, body)]);
  if (layout.id === 'deletionLog') {
    const has = sheet
      .getProtections(SpreadsheetApp.ProtectionType.SHEET)
      .some((p) => p.getDescription().startsWith(`${MARK}:`));
    if (!has) {
      sheet
        .protect()
        .setWarningOnly(true)
        .setDescription(`${MARK}:deletionLog – ${t(lang, 'setup.protectDeletionLog')}`);
    }
  }
}

/** The Organisation form's rule for a field's value cell, or null for a free-text field. */
function organisationRule(
  c: ColumnDef,
  lang: Lang,
  listRanges: Map<VocabularyId, ListRange>,
): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const list = c.type === 'enum' && c.vocabulary ? listRanges.get(c.vocabulary) : undefined;
  if (list) {
    return SpreadsheetApp.newDataValidation()
      .requireValueInRange(list.range, true)
      .setAllowInvalid(false)
      .setHelpText(t(lang, 'setup.listHelp'))
      .build();
  }
  if (c.type === 'email') {
    return SpreadsheetApp.newDataValidation()
      .requireTextIsEmail()
      .setAllowInvalid(false)
      .setHelpText(t(lang, 'setup.emailHelp'))
      .build();
  }
  return c.type === 'boolean' ? SpreadsheetApp.newDataValidation().requireCheckbox().build() : null;
}

function formatOrganisation(
  layout: SheetLayout,
  lang: Lang,
  listRanges: Map<VocabularyId, ListRange>,
  run: RunState,
): void {
  const sheet = layout.sheet;
  if (run.created.has(layout.id)) {
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, 2).setFontWeight('bold').setBackground(COLOURS.header);
    sheet.setColumnWidth(1, 280);
    sheet.setColumnWidth(2, 360);
  }
  // Help notes on the field labels (column A), read from the data range already fetched when
  // the form kept its rows, and written only when one differs.
  const fieldAt = new Map([...layout.columns].map(([id, row]) => [row, id]));
  const defs = new Map(layout.def.columns.map((c) => [c.id, c]));
  const kept = layout.dataRange && !run.created.has(layout.id) && run.added.get(layout.id)?.size === 0;
  const current = (kept ? layout.dataRange! : sheet.getRange(1, 1, layout.height, 1)).getNotes();
  let differs = false;
  const notes = current.map((line, i) => {
    const id = fieldAt.get(i + 1);
    const note = id ? defs.get(id)!.note[lang] : line[0];
    differs ||= note !== line[0];
    return [note];
  });
  if (differs) sheet.getRange(1, 1, layout.height, 1).setNotes(notes);
  // Every field's rule on its value cell (column B): one read and one write of the column.
  const valueRange = sheet.getRange(1, 2, layout.height, 1);
  const rules = valueRange.getDataValidations();
  for (const c of layout.def.columns) {
    const row = layout.columns.get(c.id);
    const rule = row ? organisationRule(c, lang, listRanges) : null;
    if (row && rule) rules[row - 1][0] = rule;
  }
  valueRange.setDataValidations(rules);
}

/**
 * Generates missing ids and links name references to ids. Called under the document lock; it
 * writes only id cells, one write per id column that changed: the column is read again first
 * and a cell is filled only if it still holds what was read (blank, or a dangling id), so a
 * user typing in the same rows meanwhile loses nothing.
 */
export function repairIds(wb: Workbook): void {
  const changed = fillIds(wb.doc, idFactory(Utilities.getUuid(), idsInUse(wb.doc)));
  for (const [sheetId, rows] of changed) {
    const layout = wb.layout[sheetId as TableSheetId];
    if (!layout) continue;
    for (const c of layout.def.columns) {
      const col = layout.columns.get(c.id);
      if (c.type !== 'id' || !col) continue;
      const fills = [...rows]
        .filter((r) => typeof r.$row === 'number' && r.$row >= 2)
        .map((r) => ({
          row: r.$row!,
          read: cellText(layout.values[r.$row! - 1]?.[col - 1]),
          id: cellText(r[c.id]),
        }))
        .filter((f) => f.id !== f.read);
      writeIdColumn(layout, col, fills);
    }
  }
}

const cellText = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** One re-read and one write of an id column over the rows to fill. */
function writeIdColumn(
  layout: SheetLayout,
  col: number,
  fills: { row: number; read: string; id: string }[],
): void {
  if (fills.length === 0) return;
  const first = Math.min(...fills.map((f) => f.row));
  const last = Math.max(...fills.map((f) => f.row));
  const range = layout.sheet.getRange(first, col, last - first + 1, 1);
  const now = range.getValues();
  const formulas = range.getFormulas();
  const grid = now.map((line, i) => [formulas[i][0] ? formulas[i][0] : rawForCell(line[0])]);
  for (const f of fills) {
    const i = f.row - first;
    if (formulas[i][0] || cellText(now[i][0]) !== f.read) continue;
    grid[i][0] = textForCell(f.id);
    now[i][0] = f.id;
  }
  range.setValues(grid);
  for (let r = first; r <= last; r++) {
    const line = layout.values[r - 1];
    if (line) line[col - 1] = now[r - first][0];
  }
}

/**
 * A new spreadsheet's "Sheet1"/"Ark1" is removed once the register's sheets exist, only when
 * it is truly empty: no cell, and no chart, drawing or image over the grid.
 */
function removeEmptyDefaultSheet(ss: Spreadsheet, wb: Workbook, summary: SetUpSummary): void {
  if (summary.created.length === 0) return;
  for (const { name, sheet } of wb.others) {
    if (!/^(Sheet|Ark)\s?\d+$/i.test(name)) continue;
    if (sheet.getLastRow() !== 0 || sheet.getLastColumn() !== 0) continue;
    if (sheet.getCharts().length + sheet.getDrawings().length + sheet.getImages().length > 0) continue;
    ss.deleteSheet(sheet);
  }
}
