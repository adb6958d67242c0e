// The retention log's Event date column: asked for only where it is needed. A holding whose
// governing rule counts from a custom event ("6 måneder efter projektstart", "klagefristens
// udløb") and that has no event date gets no due date, so Validate asks for the date on that
// row; a holding whose rule needs no custom event is never asked.

import { cellText } from '../../register/document.ts';
import { customEventName } from '../../retention/describe.ts';
import { createRuleResolver } from '../../retention/holdings.ts';
import { customEventOf } from '../../retention/types.ts';
import type { ValidationContext } from '../context.ts';

export function checkEventDates(ctx: ValidationContext): void {
  const holdings = ctx.rows('retentionLog');
  const filled = ctx.filledIndexes('retentionLog');
  if (filled.length === 0) return;
  const resolve = createRuleResolver(ctx.doc);
  for (const index of filled) {
    const row = holdings[index];
    if (cellText(row['customEvent']) !== '' || cellText(row['deletedOn']) !== '') continue;
    const event = customEventOf(resolve(row, index).rule);
    if (event === null) continue;
    ctx.addAt('warning', 'eventDateMissing', 'retentionLog', row, index, 'customEvent', {
      event: customEventName(event),
    });
  }
}
