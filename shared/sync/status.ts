// The numbers the worker reports back to the sheet (GET /status): overdue and due-soon
// holdings per processing activity, computed from a synced snapshot with the same
// assessHolding the sheet and the nightly job use, so all three agree on a given day.

import { assessHolding } from '../retention/status.ts';
import type { RetentionRule } from '../retention/types.ts';
import type { SyncHolding, SyncPayload } from './types.ts';

export interface ActivityCounts {
  activityId: string;
  name: string;
  overdue: number;
  dueSoon: number;
}

export interface SnapshotSummary {
  overdue: number;
  dueSoon: number;
  activities: ActivityCounts[];
}

/** "Where retention lives": the data-category row's own rule, else the activity's default. */
export function ruleResolver(payload: SyncPayload): (holding: SyncHolding) => RetentionRule | null {
  const activityRules = new Map(payload.activities.map((a) => [a.id, a.rule]));
  const categoryRules = new Map(payload.dataCategories.map((d) => [d.id, d.rule]));
  return (h) => {
    const own = h.dataCategoryId === null ? null : (categoryRules.get(h.dataCategoryId) ?? null);
    return own ?? activityRules.get(h.activityId) ?? null;
  };
}

/** Counts per activity (in sheet order) on `today`, a civil date in the register's time zone. */
export function summariseSnapshot(payload: SyncPayload, today: string): SnapshotSummary {
  const ruleOf = ruleResolver(payload);
  const byActivity = new Map<string, ActivityCounts>(
    payload.activities.map((a) => [a.id, { activityId: a.id, name: a.name, overdue: 0, dueSoon: 0 }]),
  );
  const opts = {
    today,
    dueSoonDays: payload.register.dueSoonDays,
    fiscalYearEnd: payload.register.fiscalYearEnd,
  };
  let overdue = 0;
  let dueSoon = 0;
  for (const h of payload.holdings) {
    const { status } = assessHolding(h, ruleOf(h), opts);
    const counts = byActivity.get(h.activityId);
    if (status === 'overdue') {
      overdue++;
      if (counts) counts.overdue++;
    } else if (status === 'dueSoon') {
      dueSoon++;
      if (counts) counts.dueSoon++;
    }
  }
  return { overdue, dueSoon, activities: [...byActivity.values()] };
}
