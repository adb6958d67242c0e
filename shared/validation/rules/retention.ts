// Art. 30(1)(f): every activity needs a retention rule, either its own default or one on each of
// its data-category rows.

import { cellText, rows } from '../../register/document.ts';
import type { ValidationContext } from '../context.ts';
import { groupDataCategoryRows } from './activities.ts';
import { isEmptyRow } from './cells.ts';

export function checkRetention(ctx: ValidationContext): void {
  const groups = groupDataCategoryRows(ctx);
  rows(ctx.doc, 'activities').forEach((row, index) => {
    if (isEmptyRow(row) || cellText(row['retention']) !== '') return;
    const dcRows = groups.get(index) ?? [];
    const everyRowHasOwnRule =
      dcRows.length > 0 && dcRows.every(({ row: dc }) => cellText(dc['retention']) !== '');
    if (!everyRowHasOwnRule) {
      ctx.addAt('error', 'retentionMissing', 'activities', row, index, 'retention', {
        name: cellText(row['name']),
      });
    }
  });
}
