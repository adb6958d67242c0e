// Reading date and yes/no cells of a register the way people fill them in: documents come
// from sheets, CSV and XLSX files, so a date may be "01.03.2026" and a tick may be "x" or
// "Ja". Each reader tells an empty cell from an unreadable one, so the caller can report the
// latter (with its row) instead of silently treating it as empty.

import { isIsoDate, parseLooseDate } from '../calendar/civilDate.ts';
import type { CellRead } from '../register/cells.ts';

// Yes/no cells are read by the register's one reader, shared with the validator.
export { type CellRead, readBooleanCell } from '../register/cells.ts';

const EMPTY = { value: null, unreadable: false } as const;

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
