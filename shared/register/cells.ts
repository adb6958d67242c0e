// Reading a yes/no cell the way people fill one in, in one place: the validator (isYes), the
// retention log's legal hold and the Organisation sheet's settings all answer the same for the
// same cell. Sheets hold TRUE/FALSE checkboxes, CSV and XLSX files hold "Ja", "x", "1" or "y".

import { findEntry } from '../vocabularies/index.ts';

/** A cell read: the value, or null with `unreadable` when the cell holds something else. */
export type CellRead<T> = { value: T | null; unreadable: boolean };

const EMPTY = Object.freeze({ value: null, unreadable: false } as const);
const YES = Object.freeze({ value: true, unreadable: false } as const);
const NO = Object.freeze({ value: false, unreadable: false } as const);
const UNREADABLE = Object.freeze({ value: null, unreadable: true } as const);

/**
 * Answers recognised as typed (lower-cased), ahead of the vocabulary: the common ones answer
 * without a vocabulary look-up, and the one-letter answers are too short for the vocabulary,
 * which would otherwise take "j" or "n" for a word anywhere.
 */
const EXACT = new Map<string, boolean>([
  ['true', true],
  ['1', true],
  ['x', true],
  ['ja', true],
  ['j', true],
  ['yes', true],
  ['y', true],
  ['✓', true],
  ['✔', true],
  ['☑', true],
  ['✅', true],
  ['false', false],
  ['0', false],
  ['nej', false],
  ['n', false],
  ['no', false],
]);

/**
 * A yes/no cell: booleans, 1/0, ticks (✓), and yes/no words in either language with their
 * one-letter forms (TRUE/FALSE, ja/nej, j/n, yes/no, y/n, x). Text that starts with a yes/no
 * word counts as it ("Ja, tvist med kunde"). Blank is neither; anything else is unreadable.
 */
export function readBooleanCell(value: unknown): CellRead<boolean> {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'boolean') return value ? YES : NO;
  if (typeof value === 'number') return value === 1 ? YES : value === 0 ? NO : UNREADABLE;
  if (typeof value !== 'string') return UNREADABLE;
  const text = value.trim();
  if (text === '') return EMPTY;
  const exact = EXACT.get(text.toLowerCase());
  if (exact !== undefined) return exact ? YES : NO;
  const first = text.split(/[\s,.;:!-]+/)[0] ?? '';
  const entry = findEntry('yesNo', text) ?? findEntry('yesNo', first);
  return entry ? (entry.id === 'yes' ? YES : NO) : UNREADABLE;
}

/** Whether a yes/no cell says yes; blank and unreadable cells do not. */
export function isYesCell(value: unknown): boolean {
  return readBooleanCell(value).value === true;
}
