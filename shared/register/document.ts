// Small helpers for reading a RegisterDocument the way the validator and others need it: the rows
// of a sheet, a cell as text, blanks and template placeholders, and names as references match them.

import { normaliseTerm } from '../vocabularies/index.ts';
import { isYesCell } from './cells.ts';
import { ORGANISATION, PLACEHOLDER } from './schema.ts';
import type { CellValue, DocumentRow, RegisterDocument, TableSheetId } from './types.ts';

/** The rows of a data sheet; a missing or malformed sheet counts as empty, and a malformed
 * row (not an object) is left out. Read-only: when every row is well formed (nearly always)
 * this is the document's own array, because copying 100,000 rows on every call was a large
 * part of validating a big register. */
export function rows(doc: RegisterDocument, sheet: TableSheetId): DocumentRow[] {
  const value = doc?.sheets?.[sheet];
  if (!Array.isArray(value)) return [];
  for (let i = 0; i < value.length; i++) {
    // A hole reads as undefined, so a sparse array is compacted like any malformed one.
    if (!isRowObject(value[i])) return value.filter(isRowObject);
  }
  return value;
}

function isRowObject(row: unknown): row is DocumentRow {
  return typeof row === 'object' && row !== null;
}

/** A cell as trimmed text ('' for blanks). */
export function cellText(value: CellValue | undefined | unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return hasNoEdgeSpace(value) ? value : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** True when the text starts and ends with a visible ASCII character, so trimming it changes
 * nothing: the common case, decided without calling trim() for each of a million cells. */
function hasNoEdgeSpace(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127;
}

export function isBlank(value: CellValue | undefined | unknown): boolean {
  return cellText(value) === '';
}

// The first character both placeholder tokens share ('' if they ever stop sharing one, which
// turns the quick test below into a no-op rather than a wrong answer).
const PLACEHOLDER_START = PLACEHOLDER.da[0] === PLACEHOLDER.en[0] ? PLACEHOLDER.da[0] : '';

/** Whether a cell still holds the template's placeholder token (either language). */
export function isPlaceholder(value: CellValue | undefined | unknown): boolean {
  // Asked of nearly every cell: one scan for the character both tokens start with rules out
  // almost all of them before the two full searches.
  return (
    typeof value === 'string' &&
    value.includes(PLACEHOLDER_START) &&
    (value.includes(PLACEHOLDER.da) || value.includes(PLACEHOLDER.en))
  );
}

/** The form in which a reference and the name it refers to are compared (case, accents, spacing). */
export function nameKey(text: string): string {
  return normaliseTerm(text) || text.trim().toLowerCase();
}

/** The Organisation sheet row a field sits on: one header row, then the fields in schema order. */
export function organisationRow(fieldId: string): number | null {
  const index = ORGANISATION.columns.findIndex((c) => c.id === fieldId);
  return index < 0 ? null : index + 2;
}

/** Whether a boolean cell says yes (true, "Ja", "Yes", "x", "j", 1): readBooleanCell's answer. */
export function isYes(value: CellValue | undefined): boolean {
  return isYesCell(value);
}
