import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import { addDays } from '../calendar/civilDate.ts';
import type { ComputedRule } from '../retention/types.ts';
import { assessPayload } from './assess.ts';
import { countDeadlines, summariseDeadlines, summariseSnapshot } from './status.ts';
import type { SyncPayload } from './types.ts';

const months = (n: number): ComputedRule => ({
  kind: 'computed',
  terms: [{ period: { years: 0, months: n, weeks: 0, days: 0 }, trigger: 'collected', anchor: 'event' }],
  combine: 'earliest',
  ceiling: false,
  legalHoldExtends: false,
});

/** Two activities; holdings collected on the given dates under a 6-month rule. */
function register(collected: string[], change: (p: SyncPayload) => void = () => {}): SyncPayload {
  const p = examplePayload({ activities: 2, holdings: collected.length });
  p.activities[0].rule = months(6);
  p.activities[1].rule = months(6);
  p.dataCategories = [];
  p.holdings.forEach((h, i) => {
    h.events = { collected: collected[i] };
    h.dataCategoryId = null;
    h.deletedOn = null;
    h.legalHold = false;
    h.extendedUntil = null;
  });
  change(p);
  return p;
}

describe('summariseSnapshot', () => {
  it('counts overdue and due-soon holdings per activity on the given day', () => {
    // Today 2026-03-01, 6 months: collected 2025-08-31 → due 2026-02-28 (overdue);
    // 2025-09-10 → due 2026-03-10 (due soon); 2025-12-01 → due 2026-06-01 (fine).
    const p = register(['2025-08-31', '2025-09-10', '2025-12-01', '2025-08-01']);
    const summary = summariseSnapshot(p, '2026-03-01');
    expect(summary.overdue).toBe(2);
    expect(summary.dueSoon).toBe(1);
    expect(summary.activities).toEqual([
      { activityId: 'act-1', name: p.activities[0].name, overdue: 1, dueSoon: 0 },
      { activityId: 'act-2', name: p.activities[1].name, overdue: 1, dueSoon: 1 },
    ]);
  });

  it('does not count deleted holdings, holdings on legal hold, or extended ones before their new date', () => {
    const p = register(['2025-01-01', '2025-01-01', '2025-01-01'], (x) => {
      x.holdings[0].deletedOn = '2025-07-01';
      x.holdings[1].legalHold = true;
      x.holdings[2].extendedUntil = '2026-12-31';
    });
    expect(summariseSnapshot(p, '2026-03-01')).toMatchObject({ overdue: 0, dueSoon: 0 });
  });

  it("uses the data-category row's own rule before the activity default", () => {
    const p = register(['2025-12-01'], (x) => {
      x.dataCategories = [
        { id: 'dc-1', activityId: 'act-1', rule: months(1), ruleText: '1 måned', sheetRow: 2 },
      ];
      x.holdings[0].dataCategoryId = 'dc-1';
    });
    expect(assessPayload(p, '2026-03-01').holdings[0].rule).toEqual(months(1));
    expect(summariseSnapshot(p, '2026-03-01').overdue).toBe(1);
  });

  it('falls back to the activity rule when the data-category row has none', () => {
    const p = register(['2025-12-01'], (x) => {
      x.dataCategories = [{ id: 'dc-1', activityId: 'act-1', rule: null, ruleText: '', sheetRow: 2 }];
      x.holdings[0].dataCategoryId = 'dc-1';
    });
    expect(assessPayload(p, '2026-03-01').holdings[0].rule).toEqual(months(6));
    expect(summariseSnapshot(p, '2026-03-01').overdue).toBe(0);
  });
});

describe('counts stored at ingest (countDeadlines, then summariseDeadlines on any later day)', () => {
  /** The oracle: each holding assessed on `today` by assessPayload, its statuses counted. */
  function countedByAssessment(p: SyncPayload, today: string) {
    const items = assessPayload(p, today).holdings;
    const count = (status: string, activityId?: string) =>
      items.filter(
        (i) => i.assessment.status === status && (activityId === undefined || i.activityId === activityId),
      ).length;
    return {
      overdue: count('overdue'),
      dueSoon: count('dueSoon'),
      activities: p.activities.map((a) => ({
        activityId: a.id,
        name: a.name,
        overdue: count('overdue', a.id),
        dueSoon: count('dueSoon', a.id),
      })),
    };
  }

  it('agree with assessing every holding on each day for two years, through extensions, holds, deletions and floors', () => {
    const collected = Array.from({ length: 60 }, (_, i) => addDays('2025-01-01', i * 11));
    const p = register(collected, (x) => {
      x.activities[1].rule = {
        ...months(6),
        floor: [
          { period: { years: 0, months: 3, weeks: 0, days: 0 }, trigger: 'collected', anchor: 'event' },
        ],
      } as SyncPayload['activities'][number]['rule'];
      x.holdings.forEach((h, i) => {
        if (i % 7 === 0) h.extendedUntil = addDays(collected[i], 400);
        if (i % 9 === 0) h.legalHold = true;
        if (i % 13 === 0) h.deletedOn = addDays(collected[i], 30);
        if (i % 17 === 0) h.events = {};
        if (i % 19 === 0) h.activityId = 'act-gone';
      });
    });
    const deadlines = countDeadlines(p);
    expect(deadlines.reduce((n, d) => n + d.holdings, 0)).toBeLessThan(p.holdings.length);
    for (let day = 0; day < 730; day += 3) {
      const today = addDays('2025-03-01', day);
      const stored = summariseDeadlines(p.activities, deadlines, today, p.register.dueSoonDays);
      expect({ today, ...stored }).toEqual({ today, ...countedByAssessment(p, today) });
    }
  });

  it('keep one count per activity and due date however many holdings share it', () => {
    const p = register(['2025-09-10', '2025-09-10', '2025-09-10', '2025-09-11']);
    expect(
      countDeadlines(p).sort(
        (a, b) => a.activityId.localeCompare(b.activityId) || a.due.localeCompare(b.due),
      ),
    ).toEqual([
      { activityId: 'act-1', due: '2026-03-10', holdings: 2 },
      { activityId: 'act-2', due: '2026-03-10', holdings: 1 },
      { activityId: 'act-2', due: '2026-03-11', holdings: 1 },
    ]);
  });
});
