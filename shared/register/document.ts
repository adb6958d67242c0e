// Small helpers for reading a RegisterDocument the way the validator and others need it: the rows
// of a sheet, a cell as text, blanks and template placeholders, and names as references match them.

import { normaliseTerm } from '../vocabularies/index.ts';
import { ORGANISATION, PLACEHOLDER } from './schema.ts';
import type { CellValue, DocumentRow, RegisterDocument, TableSheetId } from './types.ts';

/** The rows of a data sheet; a missing or malformed sheet counts as empty. */
export function rows(doc: RegisterDocument, sheet: TableSheetId): DocumentRow[] {
  const value = doc?.sheets?.[sheet];
  return Array.isArray(value)
    ? value.filter((r): r is DocumentRow => typeof r === 'object' && r !== null)
    : [];
}

/** A cell as trimmed text ('' for blanks). */
export function cellText(value: CellValue | undefined | unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

export function isBlank(value: CellValue | undefined | unknown): boolean {
  return cellText(value) === '';
}

/** Whether a cell still holds the template's placeholder token (either language). */
export function isPlaceholder(value: CellValue | undefined | unknown): boolean {
  return typeof value === 'string' && (value.includes(PLACEHOLDER.da) || value.includes(PLACEHOLDER.en));
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

/** Whether a boolean cell says yes (true, "Ja", "Yes", "x", 1). */
export function isYes(value: CellValue | undefined): boolean {
  if (value === true || value === 1) return true;
  if (typeof value !== 'string') return false;
  return ['ja', 'yes', 'true', 'sand', 'x', '1', 'y', 'j'].includes(value.trim().toLowerCase());
}
