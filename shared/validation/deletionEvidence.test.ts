// Issue 16's reproduction: an editor who appends an invented Deletion log entry with a correct
// hash, or removes every entry, must be reported by Validate once the worker has seen an earlier
// head of the log (its entry count and latest hash, returned with each sync's reply).

import { describe, expect, it } from 'vitest';
import { completeRegister, TODAY } from '../../test/fixtures/validation.ts';
import { appendDeletionEntry, type DeletionLogRow } from '../register/deletionLog.ts';
import type { Issue } from '../register/types.ts';
import { validateRegister } from './validate.ts';

const chainCodes = (issues: Issue[]) =>
  issues.filter((i) => i.sheet === 'deletionLog' || i.code.startsWith('deletionLog')).map((i) => i.code);

function anchoredRegister() {
  const doc = completeRegister();
  const log = doc.sheets.deletionLog as DeletionLogRow[];
  // What the worker saw at the last sync: two entries, ending in the second one's hash.
  const anchors = [{ count: log.length, hash: log[log.length - 1]!.hash }];
  return { doc, log, anchors };
}

describe('the deletion log once the worker has seen its head', () => {
  it('reports an invented entry appended with a correct hash', () => {
    const { doc, log, anchors } = anchoredRegister();
    const invented = appendDeletionEntry(log, {
      holdingId: 'h9',
      reference: 'K-009',
      activity: 'Lønadministration',
      rule: '5 år fra udgangen af regnskabsåret',
      due: '2026-12-31',
      deletedOn: '2026-11-20',
      deletedBy: 'ida@firma.dk',
      method: 'Slettet',
    });
    doc.sheets.deletionLog = [...log, invented];
    const issues = validateRegister(doc, { today: TODAY, lang: 'en', evidence: { anchors } });
    expect(chainCodes(issues)).toEqual(['deletionLogUnsigned']);
    expect(issues.find((i) => i.code === 'deletionLogUnsigned')).toMatchObject({ row: 4 });
  });

  it('reports a log whose every entry was removed', () => {
    const { doc, anchors } = anchoredRegister();
    doc.sheets.deletionLog = [];
    const issues = validateRegister(doc, { today: TODAY, lang: 'en', evidence: { anchors } });
    expect(chainCodes(issues)).toEqual(['deletionLogShrunk']);
  });

  it('accepts the log the worker saw, unchanged', () => {
    const { doc, anchors } = anchoredRegister();
    expect(chainCodes(validateRegister(doc, { today: TODAY, lang: 'en', evidence: { anchors } }))).toEqual(
      [],
    );
  });
});
