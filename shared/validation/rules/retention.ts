// Art. 30(1)(f): every activity needs a retention rule, either its own default or one on each of
// its data-category rows, and every rule written must be understood (parseRetention) so a due
// date can be computed. A deliberately manual rule ("så længe formålet består") is understood.

import { cellText, isPlaceholder } from '../../register/document.ts';
import type { DocumentRow, TableSheetId } from '../../register/types.ts';
import { parseRetention } from '../../retention/parse.ts';
import type { ValidationContext } from '../context.ts';
import { groupDataCategoryRows } from './activities.ts';
import { isEmptyRow, MAX_TEXT_LENGTH } from './cells.ts';

export function checkRetention(ctx: ValidationContext): void {
  // Registers repeat the same few rule texts thousands of times: parse each text once.
  const understood = new Map<string, ReturnType<typeof parseRetention>>();
  const checkText = (sheet: TableSheetId, row: DocumentRow, index: number) => {
    const value = row['retention'];
    const text = cellText(value);
    if (!text || isPlaceholder(value) || text.startsWith('=') || text.length > MAX_TEXT_LENGTH) return;
    let parsed = understood.get(text);
    if (!parsed) {
      parsed = parseRetention(text);
      understood.set(text, parsed);
    }
    if (!parsed.understood) {
      ctx.addAt('warning', 'retentionNotUnderstood', sheet, row, index, 'retention', {
        value: text.slice(0, 100),
        explanation: parsed.explanation ?? { da: '', en: '' },
      });
    }
  };

  const groups = groupDataCategoryRows(ctx);
  ctx.rows('activities').forEach((row, index) => {
    if (isEmptyRow(row)) return;
    if (cellText(row['retention']) !== '') {
      checkText('activities', row, index);
      return;
    }
    const dcRows = groups.get(index) ?? [];
    const everyRowHasOwnRule =
      dcRows.length > 0 && dcRows.every(({ row: dc }) => cellText(dc['retention']) !== '');
    if (!everyRowHasOwnRule) {
      ctx.addAt('error', 'retentionMissing', 'activities', row, index, 'retention', {
        name: cellText(row['name']),
      });
    }
  });
  ctx.rows('dataCategories').forEach((row, index) => {
    if (!isEmptyRow(row)) checkText('dataCategories', row, index);
  });
}
