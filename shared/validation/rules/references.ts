// References between sheets (an activity's systems and security measures, a data-category row's
// activity and recipients, a system's processor …) must name a row that exists; ids and names
// that should be unique must be.

import { cellText, isPlaceholder, nameKey } from '../../register/document.ts';
import { SHEETS, sheetDef, splitMulti } from '../../register/schema.ts';
import type { DocumentRow, TableSheetId } from '../../register/types.ts';
import { userRow } from '../../register/types.ts';
import type { ValidationContext } from '../context.ts';
import { isNoneWord } from './cells.ts';

export function checkReferences(ctx: ValidationContext): void {
  for (const sheet of SHEETS) {
    if (sheet.kind !== 'table') continue;
    const sheetId = sheet.id as TableSheetId;
    const columns = sheet.columns.filter(
      (c) => (c.type === 'reference' || c.type === 'multiReference') && c.references,
    );
    if (columns.length === 0) continue;
    const idIndexes = columns.map((c) => (c.idColumn ? ctx.idIndex(c.references!) : undefined));
    const sheetRows = ctx.rows(sheetId);
    for (const index of ctx.filledIndexes(sheetId)) {
      const row = sheetRows[index];
      for (let c = 0; c < columns.length; c++) {
        const column = columns[c];
        const value = row[column.id];
        const text = cellText(value);
        if (!text || isPlaceholder(value) || text.startsWith('=') || text.length > 5000) continue;
        const target = column.references!;
        // A reference backed by a stable id still holds when the name was changed since.
        const ids = idIndexes[c];
        if (ids && column.idColumn) {
          const id = cellText(row[column.idColumn]);
          if (id && ids.has(id)) continue;
        }
        const names = column.type === 'multiReference' ? splitMulti(text) : [text];
        for (const name of names) {
          if (isNoneWord(name)) continue;
          // A name, or a row's stable id (the Requests sheet names activities either way).
          if (!ctx.resolve(target, name) && !ctx.idIndex(target).has(name)) {
            ctx.addAt('error', 'unknownReference', sheetId, row, index, column.id, {
              value: name.slice(0, 100),
              target: sheetDef(target).title,
            });
          }
        }
      }
    }
  }
}

interface UniquenessCheck {
  column: string;
  code: 'duplicateId' | 'duplicateName';
  /** The form in which two values count as the same. */
  key: (text: string) => string;
}

const sameText = (text: string) => text;

export function checkDuplicates(ctx: ValidationContext): void {
  for (const sheet of SHEETS) {
    if (sheet.kind !== 'table') continue;
    const sheetId = sheet.id as TableSheetId;
    const checks: UniquenessCheck[] = [];
    if (sheet.idColumn) checks.push({ column: sheet.idColumn, code: 'duplicateId', key: sameText });
    if (sheet.nameColumn && sheetId !== 'processorRecord')
      checks.push({ column: sheet.nameColumn, code: 'duplicateName', key: nameKey });
    for (const check of checks) {
      // Most registers have no duplicate at all: finding that out is cheap (hasDuplicate);
      // the Map of first rows that names the earlier row is built only when there is one.
      if (hasDuplicate(ctx.rows(sheetId), check)) reportDuplicates(ctx, sheetId, check);
    }
  }
}

/** The value a uniqueness check compares, or null for a blank or placeholder cell. */
function uniquenessKey(row: DocumentRow, check: UniquenessCheck): string | null {
  const value = row[check.column];
  const text = cellText(value);
  return !text || isPlaceholder(value) ? null : check.key(text);
}

/**
 * Whether two rows share a key. This runs over every holding id of the retention log, where a
 * Set of 100,000 strings (growing, rehashing, leaving garbage) cost several times more than
 * this open-addressing table of row indexes with a hash of our own, sized once. Keys are
 * compared as strings whenever their hashes are equal, so a collision never reads as a duplicate.
 */
function hasDuplicate(sheetRows: DocumentRow[], check: UniquenessCheck): boolean {
  let slots = 16;
  while (slots < sheetRows.length * 2) slots *= 2;
  const mask = slots - 1;
  // Slot s holds [row index + 1, hash] at 2s and 2s + 1, side by side so that a probe reads
  // one cache line; a row index + 1 of 0 marks an empty slot.
  const table = new Int32Array(slots * 2);
  for (let i = 0; i < sheetRows.length; i++) {
    const key = uniquenessKey(sheetRows[i], check);
    if (key === null) continue;
    const hash = stringHash(key);
    let slot = hash & mask;
    while (table[slot * 2] !== 0) {
      const other = table[slot * 2] - 1;
      if (table[slot * 2 + 1] === hash && uniquenessKey(sheetRows[other], check) === key) return true;
      slot = (slot + 1) & mask;
    }
    table[slot * 2] = i + 1;
    table[slot * 2 + 1] = hash;
  }
  return false;
}

/** 32-bit FNV-1a over UTF-16 code units. */
function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** Reports every row whose value an earlier row already has, naming that earlier row. */
function reportDuplicates(ctx: ValidationContext, sheetId: TableSheetId, check: UniquenessCheck): void {
  const firstRow = new Map<string, number>();
  ctx.rows(sheetId).forEach((row, index) => {
    const key = uniquenessKey(row, check);
    if (key === null) return;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, userRow(row, index));
    else {
      const severity = check.code === 'duplicateId' ? 'error' : 'warning';
      ctx.addAt(severity, check.code, sheetId, row, index, check.column, {
        value: cellText(row[check.column]).slice(0, 100),
        other: first,
      });
    }
  });
}
