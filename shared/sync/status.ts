// The numbers the worker reports back to the sheet (GET /status): overdue and due-soon
// holdings per processing activity. They come from the snapshot's deadlines, counted once per
// snapshot (countDeadlines, with the same assessPayload the nightly job uses) and classified
// on the day asked (summariseDeadlines), so the worker can store the counts at ingest and
// answer without loading the snapshot, and all readers agree on a given day.

import { compareIso } from '../calendar/civilDate.ts';
import { deadlineBounds, deadlineOf } from '../retention/status.ts';
import { assessPayload } from './assess.ts';
import type { SyncActivity, SyncPayload } from './types.ts';

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

/** How many holdings of one activity have one deadline. */
export interface DeadlineCount {
  activityId: string;
  due: string;
  holdings: number;
}

/** Deadlines do not depend on the day of the assessment (deadlineOf); any valid day will do. */
const ANY_DAY = '2000-01-01';

/** The snapshot's deadlines, counted per activity and due date (in no particular order). */
export function countDeadlines(payload: SyncPayload): DeadlineCount[] {
  const counts = new Map<string, DeadlineCount>();
  for (const item of assessPayload(payload, ANY_DAY).holdings) {
    const due = deadlineOf(item.assessment);
    if (due === null) continue;
    const key = `${item.activityId}\u0000${due}`;
    const entry = counts.get(key);
    if (entry) entry.holdings++;
    else counts.set(key, { activityId: item.activityId, due, holdings: 1 });
  }
  return [...counts.values()];
}

/** Counts per activity (in the order of `activities`) on `today`, a civil date in the
 * register's time zone. Deadlines of holdings whose activity is not listed count in the totals. */
export function summariseDeadlines(
  activities: readonly Pick<SyncActivity, 'id' | 'name'>[],
  deadlines: readonly DeadlineCount[],
  today: string,
  dueSoonDays: number,
): SnapshotSummary {
  const byActivity = new Map<string, ActivityCounts>(
    activities.map((a) => [a.id, { activityId: a.id, name: a.name, overdue: 0, dueSoon: 0 }]),
  );
  const { overdueBefore, dueSoonThrough } = deadlineBounds(today, dueSoonDays);
  const summary: SnapshotSummary = { overdue: 0, dueSoon: 0, activities: [...byActivity.values()] };
  for (const d of deadlines) {
    const stage =
      compareIso(d.due, overdueBefore) < 0
        ? 'overdue'
        : compareIso(d.due, dueSoonThrough) <= 0
          ? 'dueSoon'
          : null;
    if (stage === null) continue;
    summary[stage] += d.holdings;
    const counts = byActivity.get(d.activityId);
    if (counts) counts[stage] += d.holdings;
  }
  return summary;
}

/** Counts per activity (in sheet order) on `today`, straight from a whole snapshot. */
export function summariseSnapshot(payload: SyncPayload, today: string): SnapshotSummary {
  return summariseDeadlines(payload.activities, countDeadlines(payload), today, payload.register.dueSoonDays);
}
