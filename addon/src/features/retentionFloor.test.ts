// The sheet's words for a minimum period: the retention log's date and status cells, from the
// shared core's assessment, say "may be deleted from" and "may now be deleted: decide", never
// "overdue" or "delete by".
import { describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../../shared/register/types.ts';
import { computedColumns, planExtension, planMarkDeleted, retentionOverview } from './retention.ts';
import { assessRetention } from './retentionAssess.ts';

function register(lang: 'da' | 'en'): RegisterDocument {
  return {
    schemaVersion: 1,
    lang,
    organisation: {},
    sheets: {
      activities: [{ id: 'a1', name: 'Journaler', retention: 'mindst 5 år efter ophør' }],
      retentionLog: [
        {
          id: 'h1',
          reference: 'J-001',
          activityId: 'a1',
          activity: 'Journaler',
          relationshipEnded: '2021-11-20',
        },
        {
          id: 'h2',
          reference: 'J-002',
          activityId: 'a1',
          activity: 'Journaler',
          relationshipEnded: '2021-01-10',
        },
        {
          id: 'h3',
          reference: 'J-003',
          activityId: 'a1',
          activity: 'Journaler',
          relationshipEnded: '2022-06-01',
        },
      ],
    },
  } as unknown as RegisterDocument;
}

describe('the retention log columns for a minimum period', () => {
  it('write the first day of deletion and the words for deciding, in both languages', () => {
    for (const [lang, words] of [
      ['en', ['may now be deleted: decide', 'review: no decision', 'may be deleted from the date']],
      ['da', ['må nu slettes: tag stilling', 'gennemgå: ingen beslutning', 'må slettes fra datoen']],
    ] as const) {
      const doc = register(lang);
      const cols = computedColumns(doc, assessRetention(doc, '2026-11-25'), lang);
      // Ended 2021-11-20 → may be deleted from 2026-11-21; 2021-01-10 → 2026-01-11 and a review
      // from 2026-04-11 (90 days); 2022-06-01 → not before 2027-06-02.
      expect(cols.retentionLog.due).toEqual(['2026-11-21', '2026-01-11', '2027-06-02']);
      expect(cols.retentionLog.status).toEqual(words);
    }
  });
});

describe('the retention overview for a minimum period', () => {
  it('lists the items that may now be deleted and those back for review to decide, never as overdue or due soon', () => {
    const doc = register('da');
    const overview = retentionOverview(doc, assessRetention(doc, '2026-11-25'));
    // J-002's floor ran first (2026-01-11, nobody decided for 90 days: review), then J-001's
    // (2026-11-21); J-003's floor is next year, so it is not a decision yet.
    expect(overview.decide.map((i) => [i.reference, i.status, i.mayDeleteFrom, i.statusText])).toEqual([
      ['J-002', 'floorReview', '2026-01-11', 'gennemgå: ingen beslutning'],
      ['J-001', 'mayDelete', '2026-11-21', 'må nu slettes: tag stilling'],
    ]);
    expect(overview.overdue).toEqual([]);
    expect(overview.dueSoon).toEqual([]);
    expect([overview.counts.mayDelete, overview.counts.floorReview, overview.counts.floor]).toEqual([
      1, 1, 1,
    ]);
  });

  it('moves a kept item out of the decisions until its new review date', () => {
    const doc = register('en');
    const log = doc.sheets.retentionLog!;
    log[0] = { ...log[0], extendedUntil: '2027-03-01', extensionReason: 'Open complaint' };
    const overview = retentionOverview(doc, assessRetention(doc, '2026-11-25'));
    expect(overview.decide.map((i) => i.reference)).toEqual(['J-002']);
  });
});

describe('actions on entries that have no id yet (typed in, never set up or synced)', () => {
  it('are refused instead of landing on the first row without an id', () => {
    const doc = register('en');
    for (const row of doc.sheets.retentionLog!) row.id = '';
    const a = assessRetention(doc, '2026-11-25');
    expect(() => planExtension(doc, '2026-11-25', '', '2027-06-01', 'Open complaint')).toThrow(
      expect.objectContaining({ code: 'holdingWithoutId' }),
    );
    expect(() => planMarkDeleted(doc, a, [''], { method: 'Deleted', deletedOn: '2026-11-25' }, 'me')).toThrow(
      expect.objectContaining({ code: 'holdingWithoutId' }),
    );
  });
});
