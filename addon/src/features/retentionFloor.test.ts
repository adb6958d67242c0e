// The sheet's words for a minimum period: the retention log's date and status cells, from the
// shared core's assessment, say "may be deleted from" and "may now be deleted: decide", never
// "overdue" or "delete by".
import { describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../../shared/register/types.ts';
import { computedColumns } from './retention.ts';
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
