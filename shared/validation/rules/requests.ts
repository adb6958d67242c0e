// The Requests sheet: the one-month clock (past the deadline unanswered is an error, due within
// the request window a warning), an extension that does not count (no notice within the first
// month, or no reason), a refusal without its Art. 12(4) reason, a reference that looks like a
// name, an email address or a CPR number (the retention log's own check), and, for an open
// erasure request, the Art. 17(3) exceptions its activities' legal bases point to.

import { daysBetween } from '../../calendar/civilDate.ts';
import { cellText, isPlaceholder } from '../../register/document.ts';
import { splitMulti } from '../../register/schema.ts';
import { registerSettings } from '../../register/settings.ts';
import type { DocumentRow } from '../../register/types.ts';
import { type RequestAssessment, requestWindow } from '../../requests/deadline.ts';
import { erasureExceptionsOf } from '../../requests/erasure.ts';
import { assessRequestRow, requestTypeOf } from '../../requests/row.ts';
import { looksIdentifying } from '../../sync/identifying.ts';
import { findEntry } from '../../vocabularies/index.ts';
import type { ValidationContext } from '../context.ts';
import { PHRASES } from '../messages.ts';

export function checkRequests(ctx: ValidationContext): void {
  const rows = ctx.rows('requests');
  const window = requestWindow(registerSettings(ctx.doc).dueSoonDays);
  for (const index of ctx.filledIndexes('requests')) {
    const row = rows[index];
    checkReference(ctx, row, index);
    const assessment = assessRequestRow(row, ctx.options.today, window);
    checkClock(ctx, row, index, assessment);
    checkOutcome(ctx, row, index);
    if (assessment.status !== 'answered' && requestTypeOf(row) === 'erasure') checkErasure(ctx, row, index);
  }
}

function checkReference(ctx: ValidationContext, row: DocumentRow, index: number): void {
  const reference = row['reference'];
  if (typeof reference !== 'string' || isPlaceholder(reference) || reference.length > 5000) return;
  const kind = looksIdentifying(reference);
  if (kind) {
    ctx.addAt('warning', 'identifyingRequestReference', 'requests', row, index, 'reference', {
      value: reference.trim().slice(0, 100),
      kind: PHRASES.identifyingKind[kind],
    });
  }
}

function checkClock(ctx: ValidationContext, row: DocumentRow, index: number, a: RequestAssessment): void {
  const deadline = a.deadline;
  if (!deadline) return;
  const problem = deadline.extensionProblem;
  if (problem === 'noReason') {
    ctx.addAt('error', 'requestExtensionWithoutReason', 'requests', row, index, 'extensionReason', {
      due: deadline.due,
    });
  } else if (problem) {
    ctx.addAt('error', 'requestExtensionWithoutNotice', 'requests', row, index, 'extensionNotified', {
      lastDay: deadline.firstMonthEnds,
      due: deadline.due,
    });
  }
  if (a.status === 'overdue') {
    ctx.addAt('error', 'requestOverdue', 'requests', row, index, 'answeredOn', {
      due: deadline.due,
      n: a.daysOverdue,
    });
  } else if (a.status === 'dueSoon') {
    const days = daysBetween(ctx.options.today, deadline.due);
    ctx.addAt('warning', 'requestDueSoon', 'requests', row, index, 'answeredOn', {
      due: deadline.due,
      n: days,
    });
  }
}

function checkOutcome(ctx: ValidationContext, row: DocumentRow, index: number): void {
  const outcome = findEntry('requestOutcome', cellText(row['outcome']))?.id;
  if (outcome === 'refused' && cellText(row['refusalReason']) === '') {
    ctx.addAt('warning', 'requestRefusalReasonMissing', 'requests', row, index, 'refusalReason');
  }
}

function checkErasure(ctx: ValidationContext, row: DocumentRow, index: number): void {
  for (const name of splitMulti(cellText(row['activities']))) {
    const activity = ctx.resolve('activities', name) ?? ctx.idIndex('activities').get(name);
    if (!activity) continue;
    const exceptions = erasureExceptionsOf(activity.row);
    if (exceptions.length === 0) continue;
    ctx.addAt('info', 'requestErasureExceptions', 'requests', row, index, 'erasureExceptions', {
      name: cellText(activity.row['name']),
      exceptions: exceptions.map((e) => e.label[ctx.lang]).join('; '),
    });
  }
}
