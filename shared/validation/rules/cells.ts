// Checks every cell can have on its own, from the schema alone: placeholders, blanks in required
// columns, dates, emails, numbers, yes/no, vocabulary labels, and malformed input (numbers where
// text belongs, formulas typed as text, huge texts). Malformed input gives issues, never a crash.

import { isIsoDate } from '../../calendar/civilDate.ts';
import { isIsoDateTime } from '../../calendar/instant.ts';
import { type MailboxProblem, parseMailbox } from '../../mailbox/mailbox.ts';
import { cellText, isPlaceholder, organisationRow } from '../../register/document.ts';
import { type ColumnDef, NONE_WORDS, ORGANISATION, SHEETS, splitMulti } from '../../register/schema.ts';
import type { CellValue, TableSheetId } from '../../register/types.ts';
import { userRow } from '../../register/types.ts';
import { splitTransferNote } from '../../vocabularies/countries.ts';
import { miscitationOf } from '../../vocabularies/cprBases.ts';
import { findEntry } from '../../vocabularies/index.ts';
import type { ValidationContext } from '../context.ts';
import { type MessageParams, PHRASES } from '../messages.ts';

/** Longer texts than this make a record unreadable (a sheet cell holds at most 50,000). */
export const MAX_TEXT_LENGTH = 5000;

/** The issue for each way an address can fail the mailbox grammar (a blank cell is reported as blank). */
const MAILBOX_ISSUE = {
  empty: 'invalidEmail',
  syntax: 'invalidEmail',
  notAscii: 'invalidEmailNotAscii',
  tooLong: 'invalidEmailTooLong',
} as const satisfies Record<MailboxProblem, string>;

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

/** "USA (DPF)": a known country with a known transfer mechanism noted in brackets. */
function isNotedCountry(label: string): boolean {
  const noted = splitTransferNote(label);
  return !!noted && !!findEntry('country', noted.place) && !!findEntry('transferMechanism', noted.note);
}

export function isNoneWord(text: string): boolean {
  return NONE_WORDS.includes(text.trim().toLowerCase());
}

type Where = { sheet: TableSheetId | 'organisation'; row: number | null };

/** What the per-cell check needs to know about a column, worked out once per sheet, not per cell. */
interface PreparedColumn {
  def: ColumnDef;
  blankIssue: 'art30Missing' | 'requiredMissing' | null;
  noneAllowed: boolean;
  isDate: boolean;
}

function prepareColumn(sheet: string, def: ColumnDef): PreparedColumn {
  const key = `${sheet}.${def.id}`;
  const blankIssue =
    def.required && !CHECKED_ELSEWHERE.has(key) ? (def.art30 ? 'art30Missing' : 'requiredMissing') : null;
  return { def, blankIssue, noneAllowed: NONE_ALLOWED.has(key), isDate: def.type === 'date' };
}

/** Checks one cell; an unusable cell (placeholder, formula, huge text) gets one issue and no more. */
function checkCell(
  ctx: ValidationContext,
  where: Where,
  column: PreparedColumn,
  value: CellValue | undefined,
): void {
  // Blank cells and ISO dates in date columns are most cells of a large register (the
  // retention log): leave them as fast as possible. An ISO date is never a placeholder, a
  // formula or a long text, so it needs no other check.
  if (value === undefined || value === null || value === '') {
    if (column.blankIssue) addIssue(ctx, where, column, column.blankIssue);
    return;
  }
  if (column.isDate && isIsoDate(value)) return;
  const text = cellText(value);
  if (text === '') {
    if (column.blankIssue) addIssue(ctx, where, column, column.blankIssue);
    return;
  }
  const def = column.def;
  if (typeof value === 'string') {
    if (isPlaceholder(value)) {
      addIssue(ctx, where, column, 'placeholder');
      return;
    }
    if (text.startsWith('=')) {
      addIssue(ctx, where, column, 'formulaAsText', { value: text.slice(0, 60) });
      return;
    }
  }
  if (text.length > MAX_TEXT_LENGTH) {
    addIssue(ctx, where, column, 'textTooLong', { value: text.length });
    return;
  }

  switch (def.type) {
    case 'text':
    case 'reference':
    case 'multiReference':
      if (typeof value === 'number' || typeof value === 'boolean') {
        addIssue(ctx, where, column, 'unexpectedNumber', { value: text });
      }
      return;
    case 'date':
      if (!isIsoDate(value)) addIssue(ctx, where, column, 'invalidDate', { value: text.slice(0, 60) });
      return;
    case 'dateTime':
      if (!isIsoDateTime(value))
        addIssue(ctx, where, column, 'invalidDateTime', { value: text.slice(0, 60) });
      return;
    case 'email': {
      const mailbox = parseMailbox(text);
      if (!mailbox.ok)
        addIssue(ctx, where, column, MAILBOX_ISSUE[mailbox.problem], { value: text.slice(0, 100) });
      return;
    }
    case 'number':
      if (!(typeof value === 'number' ? Number.isFinite(value) : /^\s*-?\d+([.,]\d+)?\s*$/.test(text))) {
        addIssue(ctx, where, column, 'invalidNumber', { value: text.slice(0, 60) });
      }
      return;
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 0 && value !== 1 && !findEntry('yesNo', text)) {
        addIssue(ctx, where, column, 'invalidBoolean', { value: text.slice(0, 60) });
      }
      return;
    case 'enum':
    case 'multiEnum': {
      const vocab = def.vocabulary;
      if (!vocab) return;
      const labels = def.type === 'multiEnum' ? splitMulti(text) : [text];
      for (const label of labels) {
        if (column.noneAllowed && isNoneWord(label)) continue;
        if (findEntry(vocab, label)) continue;
        if (vocab === 'country' && isNotedCountry(label)) continue;
        if (miscitationOf(vocab, label)) continue; // reported as miscitedGround (activities.ts)
        if (def.allowCustom && ctx.isCustomListed(vocab, label)) continue;
        addIssue(ctx, where, column, 'unknownValue', { value: label.slice(0, 100) });
      }
      return;
    }
    default:
      return;
  }
}

const SEVERITY: Record<string, 'error' | 'warning'> = {
  art30Missing: 'error',
  invalidDate: 'error',
  invalidEmail: 'error',
  invalidEmailNotAscii: 'error',
  invalidEmailTooLong: 'error',
};

function addIssue(
  ctx: ValidationContext,
  where: Where,
  column: PreparedColumn,
  code:
    | 'art30Missing'
    | 'requiredMissing'
    | 'placeholder'
    | 'formulaAsText'
    | 'textTooLong'
    | 'unexpectedNumber'
    | 'invalidDate'
    | 'invalidDateTime'
    | 'invalidEmail'
    | 'invalidEmailNotAscii'
    | 'invalidEmailTooLong'
    | 'invalidNumber'
    | 'invalidBoolean'
    | 'unknownValue',
  params: Record<string, string | number> = {},
): void {
  // "Write None" is advice only where "none" is an answer (recipients, transfers), never for a purpose.
  const extra: MessageParams =
    code === 'art30Missing'
      ? {
          article: column.def.art30 ?? '',
          advice: column.noneAllowed ? PHRASES.noneAdvice.none : '',
        }
      : {};
  ctx.add(SEVERITY[code] ?? 'warning', code, where.sheet, where.row, column.def.id, { ...extra, ...params });
}

export function checkCells(ctx: ValidationContext): void {
  for (const column of ORGANISATION.columns) {
    const where = { sheet: 'organisation' as const, row: organisationRow(column.id) };
    checkCell(ctx, where, prepareColumn('organisation', column), ctx.doc.organisation?.[column.id]);
  }
  for (const sheet of SHEETS) {
    if (sheet.kind !== 'table' || sheet.id === 'lists' || sheet.id === 'organisation') continue;
    const sheetId = sheet.id as TableSheetId;
    const columns = sheet.columns
      .filter((c) => c.type !== 'id' && !c.computed)
      .map((c) => prepareColumn(sheetId, c));
    const where: Where = { sheet: sheetId, row: null };
    const sheetRows = ctx.rows(sheetId);
    for (const index of ctx.filledIndexes(sheetId)) {
      const row = sheetRows[index];
      where.row = userRow(row, index);
      for (const column of columns) checkCell(ctx, where, column, row[column.def.id]);
    }
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
