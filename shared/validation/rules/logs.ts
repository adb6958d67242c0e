// The retention log and the deletion log: references must be pseudonyms (never a CPR number, an
// email address or a full name), an extension needs its reason, and the deletion log's hash
// chain must be intact.

import { verifyDeletionChain } from '../../register/deletionLog.ts';
import { cellText, isPlaceholder } from '../../register/document.ts';
import { looksIdentifying } from '../../sync/identifying.ts';
import type { ValidationContext } from '../context.ts';
import { PHRASES } from '../messages.ts';

const CHAIN_CODES = {
  edited: 'deletionLogEdited',
  brokenLink: 'deletionLogBrokenLink',
  missingHash: 'deletionLogMissingHash',
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
  for (const problem of verifyDeletionChain(deletionRows)) {
    const row = deletionRows[problem.index]!;
    const column = problem.kind === 'edited' ? null : problem.kind === 'brokenLink' ? 'prevHash' : 'hash';
    ctx.addAt('error', CHAIN_CODES[problem.kind], 'deletionLog', row, problem.index, column);
  }
}
