// References between sheets (an activity's systems and security measures, a data-category row's
// activity and recipients, a system's processor …) must name a row that exists; ids and names
// that should be unique must be.

import { cellText, isPlaceholder, rows } from '../../register/document.ts';
import { SHEETS, sheetDef, splitMulti } from '../../register/schema.ts';
import type { TableSheetId } from '../../register/types.ts';
import { userRow } from '../../register/types.ts';
import { nameKey } from '../../register/document.ts';
import type { ValidationContext } from '../context.ts';
import { isEmptyRow, isNoneWord } from './cells.ts';

export function checkReferences(ctx: ValidationContext): void {
  for (const sheet of SHEETS) {
    if (sheet.kind !== 'table') continue;
    const sheetId = sheet.id as TableSheetId;
    const columns = sheet.columns.filter(
      (c) => (c.type === 'reference' || c.type === 'multiReference') && c.references,
    );
    if (columns.length === 0) continue;
    rows(ctx.doc, sheetId).forEach((row, index) => {
      if (isEmptyRow(row)) return;
      for (const column of columns) {
        const value = row[column.id];
        const text = cellText(value);
        if (!text || isPlaceholder(value) || text.startsWith('=') || text.length > 5000) continue;
        const target = column.references!;
        // A reference backed by a stable id still holds when the name was changed since.
        if (column.idColumn) {
          const id = cellText(row[column.idColumn]);
          if (id && ctx.idIndex(target).has(id)) continue;
        }
        const names = column.type === 'multiReference' ? splitMulti(text) : [text];
        for (const name of names) {
          if (isNoneWord(name)) continue;
          if (!ctx.resolve(target, name)) {
            ctx.addAt('error', 'unknownReference', sheetId, row, index, column.id, {
              value: name.slice(0, 100),
              target: sheetDef(target).title,
            });
          }
        }
      }
    });
  }
}

export function checkDuplicates(ctx: ValidationContext): void {
  for (const sheet of SHEETS) {
    if (sheet.kind !== 'table') continue;
    const sheetId = sheet.id as TableSheetId;
    const sheetRows = rows(ctx.doc, sheetId);
    const checks: { column: string; code: 'duplicateId' | 'duplicateName'; key: (t: string) => string }[] =
      [];
    if (sheet.idColumn) checks.push({ column: sheet.idColumn, code: 'duplicateId', key: (t) => t });
    if (sheet.nameColumn && sheetId !== 'processorRecord')
      checks.push({ column: sheet.nameColumn, code: 'duplicateName', key: nameKey });
    for (const check of checks) {
      const firstRow = new Map<string, number>();
      sheetRows.forEach((row, index) => {
        const value = row[check.column];
        const text = cellText(value);
        if (!text || isPlaceholder(value)) return;
        const key = check.key(text);
        const first = firstRow.get(key);
        if (first === undefined) firstRow.set(key, userRow(row, index));
        else {
          const severity = check.code === 'duplicateId' ? 'error' : 'warning';
          ctx.addAt(severity, check.code, sheetId, row, index, check.column, {
            value: text.slice(0, 100),
            other: first,
          });
        }
      });
    }
  }
}
