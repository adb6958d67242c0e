// Reading date and yes/no cells of a register the way people fill them in: documents come
// from sheets, CSV and XLSX files, so a date may be "01.03.2026" and a tick may be "x" or
// "Ja". Each reader tells an empty cell from an unreadable one, so the caller can report the
// latter (with its row) instead of silently treating it as empty.

import { isIsoDate, parseLooseDate } from '../calendar/civilDate.ts';
import { findEntry } from '../vocabularies/index.ts';

export type CellRead<T> = { value: T | null; unreadable: boolean };

const EMPTY = { value: null, unreadable: false } as const;

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** An ISO date from a cell, or null; `unreadable` when the cell holds something else. */
export function readDateCell(value: unknown): CellRead<string> {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'string') {
    if (value.trim() === '') return EMPTY;
    if (isIsoDate(value)) return { value, unreadable: false };
    const iso = parseLooseDate(value);
    return iso ? { value: iso, unreadable: false } : { value: null, unreadable: true };
  }
  return { value: null, unreadable: true };
}

const TICKS = new Set(['✓', '✔', '☑', '✅']);

/** A yes/no cell: booleans, 1/0, and yes/no words in either language ("Ja", "x", "TRUE",
 * "Nej"). Text that starts with such a word counts as it ("Ja, tvist med kunde"). */
export function readBooleanCell(value: unknown): CellRead<boolean> {
  if (isBlank(value)) return EMPTY;
  if (typeof value === 'boolean') return { value, unreadable: false };
  if (typeof value === 'number') {
    return value === 1 || value === 0
      ? { value: value === 1, unreadable: false }
      : { value: null, unreadable: true };
  }
  const text = String(value).trim();
  if (TICKS.has(text)) return { value: true, unreadable: false };
  const first = text.split(/[\s,.;:!-]+/)[0] ?? '';
  const entry = findEntry('yesNo', text) ?? findEntry('yesNo', first);
  return entry ? { value: entry.id === 'yes', unreadable: false } : { value: null, unreadable: true };
}
