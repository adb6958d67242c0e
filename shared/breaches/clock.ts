// The 72-hour clock of a personal-data breach. GDPR Art. 33(1): the controller notifies the
// supervisory authority (Datatilsynet) without undue delay and, where feasible, not later than
// 72 hours after having become aware of the breach, unless it is unlikely to result in a risk;
// a later notification comes with the reasons for the delay. The clock runs from awareness,
// not from when the breach started, and counts real hours on instants (epoch milliseconds), so
// a daylight-saving change in between moves the wall-clock deadline by an hour, never the
// deadline itself. The sheet, the worker's hourly run and the CLI all ask these functions.

const HOUR = 3_600_000;

/** Art. 33(1): hours from awareness within which the authority is notified. */
export const NOTIFY_WITHIN_HOURS = 72;

/** The hours after awareness at which the responsible person is reminded; 72 is the escalation. */
export const MILESTONE_HOURS = [24, 48, 60, 72] as const;
export type Milestone = (typeof MILESTONE_HOURS)[number];

/** The instant by which the authority must be notified. */
export function notifyBy(awareAt: number): number {
  return awareAt + NOTIFY_WITHIN_HOURS * HOUR;
}

/** Whole hours from awareness to `now` (negative before awareness). */
export function hoursSinceAwareness(awareAt: number, now: number): number {
  return Math.floor((now - awareAt) / HOUR);
}

/** The latest milestone reached at `now`, or null before the first. */
export function milestoneReached(awareAt: number, now: number): Milestone | null {
  let reached: Milestone | null = null;
  for (const h of MILESTONE_HOURS) if (now >= awareAt + h * HOUR) reached = h;
  return reached;
}

/** The next milestone after `now` and its instant, or null once the last has passed. */
export function nextMilestone(awareAt: number, now: number): { hours: Milestone; at: number } | null {
  for (const h of MILESTONE_HOURS) {
    const at = awareAt + h * HOUR;
    if (at > now) return { hours: h, at };
  }
  return null;
}

/** True when a notification made at `notifiedAt` came after the 72 hours. */
export function notifiedLate(awareAt: number, notifiedAt: number): boolean {
  return notifiedAt > notifyBy(awareAt);
}
