// spreadsheets.create and spreadsheets.batchUpdate applied to the in-memory grid model through
// the fakes' own Apps Script methods (setDataValidation, protect, setNamedRange, hideColumns …),
// so what the CLI creates over the API and what the add-on makes through SpreadsheetApp land in
// the same model and can be compared. Only the request kinds `art30 create` sends are
// understood; any other is refused with 400, as an unknown field would be.

import type { sheets_v4 } from '@googleapis/sheets';
import {
  FakeConditionalFormatRuleBuilder,
  FakeDataValidationBuilder,
  type FakeRange,
  type FakeSheet,
  FakeSpreadsheet,
} from '../addon/fakes/spreadsheet.ts';
import { zonedMidnight } from '../addon/fakes/time.ts';

type GridRange = sheets_v4.Schema$GridRange;
type Range = GoogleAppsScript.Spreadsheet.Range;

const EPOCH_MS = Date.UTC(1899, 11, 30);

function hex(c: sheets_v4.Schema$Color | undefined): string | null {
  if (!c) return null;
  const part = (v: number | null | undefined) =>
    Math.round((v ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${part(c.red)}${part(c.green)}${part(c.blue)}`;
}

function dateOfSerial(serial: number, timeZone: string): Date {
  const d = new Date(EPOCH_MS + Math.floor(serial) * 86_400_000);
  return zonedMidnight(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), timeZone);
}

function writeCell(
  ss: FakeSpreadsheet,
  sheet: FakeSheet,
  row: number,
  col: number,
  data: sheets_v4.Schema$CellData,
) {
  const v = data.userEnteredValue;
  const pattern = data.userEnteredFormat?.numberFormat?.pattern;
  if (pattern) sheet.numberFormats.set({ row, col, rows: 1, cols: 1 }, pattern);
  if (v?.stringValue !== undefined && v.stringValue !== null) sheet.put(row, col, [[`'${v.stringValue}`]]);
  else if (typeof v?.numberValue === 'number') {
    const isDate = data.userEnteredFormat?.numberFormat?.type === 'DATE';
    sheet.put(row, col, [[isDate ? dateOfSerial(v.numberValue, ss.timeZone) : v.numberValue]]);
  } else if (typeof v?.boolValue === 'boolean') sheet.put(row, col, [[v.boolValue]]);
  if (data.note) sheet.notes.set(row, col, data.note);
  if (data.userEnteredFormat?.textFormat?.bold) sheet.fontWeights.set(row, col, 'bold');
  const background = hex(data.userEnteredFormat?.backgroundColor);
  if (background) sheet.backgrounds.set(row, col, background);
}

/** A new spreadsheet from a spreadsheets.create body: its properties, sheets and grid data. */
export function createFromBody(body: sheets_v4.Schema$Spreadsheet, id: string): FakeSpreadsheet {
  const props = body.properties ?? {};
  const ss = new FakeSpreadsheet(
    id,
    props.title ?? 'Untitled spreadsheet',
    props.locale ?? 'en_US',
    props.timeZone ?? 'America/Los_Angeles',
  );
  const sheets = body.sheets?.length ? body.sheets : [{ properties: { title: 'Sheet1' } }];
  for (const s of sheets) {
    const sheet = ss.addSheet(s.properties?.title ?? `Sheet${ss.sheets.length + 1}`);
    const grid = s.properties?.gridProperties;
    sheet.maxRows = grid?.rowCount ?? 1000;
    sheet.maxCols = grid?.columnCount ?? 26;
    sheet.frozenRows = grid?.frozenRowCount ?? 0;
    for (const block of s.data ?? []) {
      (block.rowData ?? []).forEach((row, i) => {
        (row.values ?? []).forEach((cell, j) => {
          writeCell(ss, sheet, (block.startRow ?? 0) + i + 1, (block.startColumn ?? 0) + j + 1, cell);
        });
      });
    }
  }
  return ss;
}

function sheetOf(ss: FakeSpreadsheet, sheetId: number | null | undefined): FakeSheet {
  const sheet = ss.sheets.find((s) => s.gid === (sheetId ?? 0));
  if (!sheet) throw new Error(`No grid with id: ${sheetId}`);
  return sheet;
}

function rangeOf(ss: FakeSpreadsheet, g: GridRange): FakeRange {
  const sheet = sheetOf(ss, g.sheetId);
  const row = (g.startRowIndex ?? 0) + 1;
  const col = (g.startColumnIndex ?? 0) + 1;
  const rows = (g.endRowIndex ?? sheet.maxRows) - row + 1;
  const cols = (g.endColumnIndex ?? sheet.maxCols) - col + 1;
  return sheet.getRange(row, col, rows, cols) as unknown as FakeRange;
}

function validationOf(ss: FakeSpreadsheet, rule: sheets_v4.Schema$DataValidationRule) {
  const b = new FakeDataValidationBuilder();
  const condition = rule.condition ?? {};
  if (condition.type === 'ONE_OF_RANGE') {
    const a1 = String(condition.values?.[0]?.userEnteredValue ?? '')
      .replace(/^=/, '')
      .replace(/\$/g, '');
    b.requireValueInRange(ss.getRange(a1), rule.showCustomUi ?? false);
  } else if (condition.type === 'DATE_IS_VALID') b.requireDate();
  else if (condition.type === 'TEXT_IS_VALID_EMAIL') b.requireTextIsEmail();
  else if (condition.type === 'BOOLEAN') b.requireCheckbox();
  else throw new Error(`Invalid data validation condition: ${condition.type}`);
  if (condition.type !== 'BOOLEAN') b.setAllowInvalid(!rule.strict);
  if (rule.inputMessage) b.setHelpText(rule.inputMessage);
  return b.build();
}

type Handler = (ss: FakeSpreadsheet, request: Record<string, never>) => void;

const HANDLERS: Record<string, Handler> = {
  updateDimensionProperties: (ss, r: sheets_v4.Schema$UpdateDimensionPropertiesRequest) => {
    const range = r.range ?? {};
    const sheet = sheetOf(ss, range.sheetId);
    const start = (range.startIndex ?? 0) + 1;
    const n = (range.endIndex ?? start) - start + 1;
    if (range.dimension !== 'COLUMNS') throw new Error('rows are not modelled');
    if (r.properties?.pixelSize) sheet.setColumnWidths(start, n, r.properties.pixelSize);
    if (r.properties?.hiddenByUser) sheet.hideColumns(start, n);
  },
  repeatCell: (ss, r: sheets_v4.Schema$RepeatCellRequest) => {
    const pattern = r.cell?.userEnteredFormat?.numberFormat?.pattern;
    if (!pattern || r.fields !== 'userEnteredFormat.numberFormat') throw new Error(`repeatCell ${r.fields}`);
    rangeOf(ss, r.range ?? {}).setNumberFormat(pattern);
  },
  setDataValidation: (ss, r: sheets_v4.Schema$SetDataValidationRequest) => {
    rangeOf(ss, r.range ?? {}).setDataValidation(validationOf(ss, r.rule ?? {}) as never);
  },
  addProtectedRange: (ss, r: sheets_v4.Schema$AddProtectedRangeRequest) => {
    const p = r.protectedRange ?? {};
    const whole = p.range?.startRowIndex === undefined && p.range?.startColumnIndex === undefined;
    const protection = whole ? sheetOf(ss, p.range?.sheetId).protect() : rangeOf(ss, p.range ?? {}).protect();
    protection.setWarningOnly(Boolean(p.warningOnly)).setDescription(p.description ?? '');
  },
  addNamedRange: (ss, r: sheets_v4.Schema$AddNamedRangeRequest) => {
    const named = r.namedRange ?? {};
    ss.setNamedRange(String(named.name), rangeOf(ss, named.range ?? {}) as unknown as Range);
  },
  addConditionalFormatRule: (ss, r: sheets_v4.Schema$AddConditionalFormatRuleRequest) => {
    const rule = r.rule ?? {};
    const ranges = (rule.ranges ?? []).map((g) => rangeOf(ss, g) as unknown as Range);
    const formula = String(rule.booleanRule?.condition?.values?.[0]?.userEnteredValue ?? '');
    const built = new FakeConditionalFormatRuleBuilder()
      .whenFormulaSatisfied(formula)
      .setBackground(hex(rule.booleanRule?.format?.backgroundColor ?? undefined))
      .setRanges(ranges)
      .build();
    const sheet = sheetOf(ss, rule.ranges?.[0]?.sheetId);
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), built]);
  },
};

/** Applies the requests in order (Sheets applies a batch atomically; the CLI's batches never fail halfway here). */
export function applyBatchUpdate(ss: FakeSpreadsheet, requests: unknown[]): unknown[] {
  for (const request of requests as Record<string, Record<string, never>>[]) {
    const [kind, body] = Object.entries(request)[0] ?? [];
    const handler = kind ? HANDLERS[kind] : undefined;
    if (!handler) throw new Error(`Invalid JSON payload received. Unknown request "${kind}".`);
    handler(ss, body);
  }
  return requests.map(() => ({}));
}
