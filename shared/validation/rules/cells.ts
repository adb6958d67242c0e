// Checks every cell can have on its own, from the schema alone: placeholders, blanks in required
// columns, dates, emails, numbers, yes/no, vocabulary labels, and malformed input (numbers where
// text belongs, formulas typed as text, huge texts). Malformed input gives issues, never a crash.

import { isIsoDate } from '../../calendar/civilDate.ts';
import { cellText, isPlaceholder, organisationRow, rows } from '../../register/document.ts';
import { type ColumnDef, NONE_WORDS, ORGANISATION, SHEETS, splitMulti } from '../../register/schema.ts';
import type { CellValue, TableSheetId } from '../../register/types.ts';
import { userRow } from '../../register/types.ts';
import { findEntry } from '../../vocabularies/index.ts';
import type { ValidationContext } from '../context.ts';

/** Longer texts than this make a record unreadable (a sheet cell holds at most 50,000). */
export const MAX_TEXT_LENGTH = 5000;

const EMAIL = /^[^\s@,;<>()"]+@[^\s@,;<>()"]+\.[^\s@,;<>()".]{2,}$/;

/** Whether `text` is one plausible email address. */
export function isEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes('..');
}

/** Required columns whose blankness a specific rule reports with a better message. */
const CHECKED_ELSEWHERE = new Set(['activities.retention', 'dataCategories.dataCategories']);

/** Columns where "Ingen"/"None" is an explicit answer. */
const NONE_ALLOWED = new Set([
  'dataCategories.recipients',
  'dataCategories.thirdCountries',
  'processorRecord.thirdCountries',
  'processorRecord.subProcessors',
  'organisation.dpoName',
]);

export function isNoneWord(text: string): boolean {
  return NONE_WORDS.includes(text.trim().toLowerCase());
}

type Where = { sheet: TableSheetId | 'organisation'; row: number | null };

/** Checks one cell; an unusable cell (placeholder, formula, huge text) gets one issue and no more. */
function checkCell(
  ctx: ValidationContext,
  where: Where,
  column: ColumnDef,
  value: CellValue | undefined,
): void {
  const key = `${where.sheet}.${column.id}`;
  const add = (
    severity: 'error' | 'warning' | 'info',
    code: Parameters<ValidationContext['add']>[1],
    params = {},
  ) => ctx.add(severity, code, where.sheet, where.row, column.id, params);
  const text = cellText(value);

  if (text === '') {
    if (column.required && !CHECKED_ELSEWHERE.has(key)) {
      if (column.art30) add('error', 'art30Missing', { article: column.art30 });
      else add('warning', 'requiredMissing');
    }
    return;
  }
  if (isPlaceholder(value)) {
    add('warning', 'placeholder');
    return;
  }
  if (typeof value === 'string' && value.trim().startsWith('=')) {
    add('warning', 'formulaAsText', { value: text.slice(0, 60) });
    return;
  }
  if (text.length > MAX_TEXT_LENGTH) {
    add('warning', 'textTooLong', { value: text.length });
    return;
  }

  switch (column.type) {
    case 'text':
    case 'reference':
    case 'multiReference':
      if (typeof value === 'number' || typeof value === 'boolean')
        add('warning', 'unexpectedNumber', { value: text });
      return;
    case 'date':
      if (!isIsoDate(value)) add('error', 'invalidDate', { value: text.slice(0, 60) });
      return;
    case 'email':
      if (!isEmail(text)) add('error', 'invalidEmail', { value: text.slice(0, 100) });
      return;
    case 'number':
      if (!(typeof value === 'number' ? Number.isFinite(value) : /^\s*-?\d+([.,]\d+)?\s*$/.test(text))) {
        add('warning', 'invalidNumber', { value: text.slice(0, 60) });
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 0 && value !== 1 && !findEntry('yesNo', text)) {
        add('warning', 'invalidBoolean', { value: text.slice(0, 60) });
      }
      return;
    case 'enum':
    case 'multiEnum': {
      const vocab = column.vocabulary;
      if (!vocab) return;
      const labels = column.type === 'multiEnum' ? splitMulti(text) : [text];
      for (const label of labels) {
        if (NONE_ALLOWED.has(key) && isNoneWord(label)) continue;
        if (findEntry(vocab, label)) continue;
        if (column.allowCustom && ctx.isCustomListed(vocab, label)) continue;
        add('warning', 'unknownValue', { value: label.slice(0, 100) });
      }
      return;
    }
    default:
      return;
  }
}

export function checkCells(ctx: ValidationContext): void {
  ORGANISATION.columns.forEach((column) => {
    const where = { sheet: 'organisation' as const, row: organisationRow(column.id) };
    checkCell(ctx, where, column, ctx.doc.organisation?.[column.id]);
  });
  for (const sheet of SHEETS) {
    if (sheet.kind !== 'table' || sheet.id === 'lists' || sheet.id === 'organisation') continue;
    const columns = sheet.columns.filter((c) => c.type !== 'id' && !c.computed);
    const sheetId = sheet.id as TableSheetId;
    rows(ctx.doc, sheetId).forEach((row, index) => {
      if (isEmptyRow(row)) return;
      const where = { sheet: sheetId, row: userRow(row, index) };
      for (const column of columns) checkCell(ctx, where, column, row[column.id]);
    });
  }
}

const STABLE_ID_COLUMNS = new Set(['id', 'activityId', 'dataCategoryId']);

/** A row with no user-entered value at all (sheets often carry blank rows). */
export function isEmptyRow(row: { [column: string]: CellValue | undefined }): boolean {
  for (const key in row) {
    if (key === '$row' || STABLE_ID_COLUMNS.has(key)) continue;
    if (cellText(row[key]) !== '') return false;
  }
  return true;
}
