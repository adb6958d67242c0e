// The retention log and the deletion log: references must be pseudonyms (never a CPR number, an
// email address or a full name), an extension needs its reason, and the deletion log's hash
// chain must be intact, agree with the heads the worker saw, and carry valid signatures after them.

import { verifyDeletionEvidence } from '../../register/deletionEvidence.ts';
import { cellText, isPlaceholder } from '../../register/document.ts';
import { looksIdentifying } from '../../sync/identifying.ts';
import type { ValidationContext } from '../context.ts';
import { PHRASES } from '../messages.ts';

const CHAIN_CODES = {
  edited: 'deletionLogEdited',
  brokenLink: 'deletionLogBrokenLink',
  missingHash: 'deletionLogMissingHash',
  shrunk: 'deletionLogShrunk',
  rewritten: 'deletionLogRewritten',
  unsigned: 'deletionLogUnsigned',
  badSignature: 'deletionLogBadSignature',
} as const;

const PROBLEM_COLUMN = {
  edited: null,
  brokenLink: 'prevHash',
  missingHash: 'hash',
  shrunk: null,
  rewritten: 'hash',
  unsigned: 'signature',
  badSignature: 'signature',
} as const;

export function checkLogs(ctx: ValidationContext): void {
  const holdings = ctx.rows('retentionLog');
  for (const index of ctx.filledIndexes('retentionLog')) {
    const row = holdings[index];
    const reference = row['reference'];
    if (typeof reference === 'string' && !isPlaceholder(reference) && reference.length <= 5000) {
      const kind = looksIdentifying(reference);
      if (kind) {
        ctx.addAt('error', 'identifyingReference', 'retentionLog', row, index, 'reference', {
          value: reference.trim().slice(0, 100),
          kind: PHRASES.identifyingKind[kind],
        });
      }
    }
    if (cellText(row['extendedUntil']) !== '' && cellText(row['extensionReason']) === '') {
      ctx.addAt('warning', 'extensionReasonMissing', 'retentionLog', row, index, 'extensionReason');
    }
  }

  const deletionRows = ctx.rows('deletionLog');
  const report = verifyDeletionEvidence(deletionRows, ctx.options.evidence);
  for (const problem of report.problems) {
    // A log emptied entirely has no row to point at: the issue names its first data row.
    const row = deletionRows[problem.index] ?? { $row: 2 };
    ctx.addAt(
      'error',
      CHAIN_CODES[problem.kind],
      'deletionLog',
      row,
      problem.index,
      PROBLEM_COLUMN[problem.kind],
      {
        count: problem.count ?? 0,
      },
    );
  }
  for (const index of report.vouched) {
    ctx.addAt('info', 'deletionLogVouched', 'deletionLog', deletionRows[index]!, index, 'signature');
  }
}
