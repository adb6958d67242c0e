// The numbers the worker reports back to the sheet (GET /status): overdue and due-soon
// holdings per processing activity, computed from a synced snapshot with the same
// assessPayload the nightly job uses, so all three agree on a given day.

import { assessPayload } from './assess.ts';
import type { SyncPayload } from './types.ts';

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

/** Counts per activity (in sheet order) on `today`, a civil date in the register's time zone. */
export function summariseSnapshot(payload: SyncPayload, today: string): SnapshotSummary {
  const byActivity = new Map<string, ActivityCounts>(
    payload.activities.map((a) => [a.id, { activityId: a.id, name: a.name, overdue: 0, dueSoon: 0 }]),
  );
  let overdue = 0;
  let dueSoon = 0;
  for (const item of assessPayload(payload, today).holdings) {
    const status = item.assessment.status;
    const counts = byActivity.get(item.activityId);
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
