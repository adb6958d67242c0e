// Every rule that decides, for a synced register on a given day, what is due, how urgent it is
// and who is responsible: the one assessment the worker's planner, its status counts and any
// other reader of a snapshot share. Each holding gets the rule that applies (retentionSource),
// its due date and status (assessHolding); each deletion routine its due date and due-soon
// window; each activity its review date; each open data-subject request its deadline; each
// item the responsible address (the activity's owner or the request's responsible, else the
// register's admin). The planner adds only what is its own: recipients'
// cadence keys and digests. Stages are a list, so a new one (a minimum period's floor) is one
// more case here and in the planner's stage order.

import { daysBetween } from '../calendar/civilDate.ts';
import { parseMailbox } from '../mailbox/mailbox.ts';
import { requestDue, requestWindow } from '../requests/deadline.ts';
import {
  assessHolding,
  assessRoutine,
  escalationDays,
  type HoldingAssessment,
  type RoutineAssessment,
  retentionSource,
  reviewDue,
  reviewIsStale,
  routineWindow,
} from '../retention/status.ts';
import type { RetentionRule } from '../retention/types.ts';
import type { SyncActivity, SyncHolding, SyncPayload, SyncRequest } from './types.ts';

/** Why an address is responsible: it owns the activity, or the activity has no usable owner. */
export type Responsibility = { address: string | null; via: 'owner' | 'admin' };

interface ItemBase {
  activity: SyncActivity | undefined;
  activityId: string;
  responsible: Responsibility;
}

export interface HoldingItem extends ItemBase {
  holding: SyncHolding;
  rule: RetentionRule | null;
  ruleText: string;
  assessment: HoldingAssessment;
}

export interface RoutineItem extends ItemBase {
  activity: SyncActivity;
  assessment: RoutineAssessment;
  /** Its due-soon window: the register's, at most half the cadence. */
  window: number;
}

export interface ReviewItem extends ItemBase {
  activity: SyncActivity;
  /** The last day the review was on time; null when it was never reviewed. */
  due: string | null;
  daysLate: number;
}

/** An open data-subject request: its deadline (the shared clock) and who answers it. */
export interface RequestItem {
  request: SyncRequest;
  due: string;
  responsible: Responsibility;
}

export interface PayloadAssessment {
  runDate: string;
  admin: string | null;
  /** Who hears about long-overdue items: the escalation contact, else the admin. */
  escalationContact: string | null;
  escalationAfterDays: number;
  /** The register's due-soon window. */
  dueSoonDays: number;
  holdings: HoldingItem[];
  routines: RoutineItem[];
  reviews: ReviewItem[];
  /** Open requests only: an answered request is never reminded. */
  requests: RequestItem[];
  /** The requests' due-soon window: the register's, at most 7 days. */
  requestWindow: number;
}

/** One address in the form reminders are keyed and sent by (lower case); null when the text is
 * not one address the product can send to. */
export function recipientAddress(text: string | null | undefined): string | null {
  const mailbox = parseMailbox(text ?? '');
  return mailbox.ok ? mailbox.address.toLowerCase() : null;
}

/** Where each holding, routine and review of `payload` stands on `runDate`. */
export function assessPayload(payload: SyncPayload, runDate: string): PayloadAssessment {
  const reg = payload.register;
  const admin = recipientAddress(reg.adminEmail);
  const responsibleFor = (a: SyncActivity | undefined): Responsibility => {
    const owner = recipientAddress(a?.ownerEmail);
    return owner ? { address: owner, via: 'owner' } : { address: admin, via: 'admin' };
  };
  return {
    runDate,
    admin,
    escalationContact: recipientAddress(reg.escalationEmail) ?? admin,
    escalationAfterDays: escalationDays(reg.escalationAfterDays),
    dueSoonDays: reg.dueSoonDays,
    holdings: assessHoldings(payload, runDate, responsibleFor),
    ...assessActivities(payload, runDate, responsibleFor),
    requests: assessRequests(payload, admin),
    requestWindow: requestWindow(reg.dueSoonDays),
  };
}

/** Each open request with its deadline; its responsible address, else the admin's. */
function assessRequests(payload: SyncPayload, admin: string | null): RequestItem[] {
  return payload.requests
    .filter((request) => request.state === 'open')
    .map((request) => {
      const own = recipientAddress(request.responsibleEmail);
      return {
        request,
        due: requestDue(request.received, request.extended),
        responsible: own
          ? { address: own, via: 'owner' as const }
          : { address: admin, via: 'admin' as const },
      };
    });
}

function assessHoldings(
  payload: SyncPayload,
  runDate: string,
  responsibleFor: (a: SyncActivity | undefined) => Responsibility,
): HoldingItem[] {
  const reg = payload.register;
  const activities = new Map(payload.activities.map((a) => [a.id, a]));
  const categories = new Map(payload.dataCategories.map((c) => [c.id, c]));
  const opts = {
    today: runDate,
    dueSoonDays: reg.dueSoonDays,
    fiscalYearEnd: reg.fiscalYearEnd,
    floorReviewDays: reg.floorReviewDays,
  };
  return payload.holdings.map((holding) => {
    const activity = activities.get(holding.activityId);
    const category = holding.dataCategoryId ? categories.get(holding.dataCategoryId) : undefined;
    const source = retentionSource(category?.rule != null, activity !== undefined);
    const from = source === 'dataCategory' ? category : source === 'activity' ? activity : undefined;
    const rule = from?.rule ?? null;
    return {
      holding,
      activity,
      activityId: holding.activityId,
      rule,
      ruleText: from?.ruleText ?? '',
      assessment: assessHolding(holding, rule, opts),
      responsible: responsibleFor(activity),
    };
  });
}

function assessActivities(
  payload: SyncPayload,
  runDate: string,
  responsibleFor: (a: SyncActivity | undefined) => Responsibility,
): { routines: RoutineItem[]; reviews: ReviewItem[] } {
  const dueSoonDays = payload.register.dueSoonDays;
  const routines: RoutineItem[] = [];
  const reviews: ReviewItem[] = [];
  for (const activity of payload.activities) {
    const base = { activity, activityId: activity.id, responsible: responsibleFor(activity) };
    if (activity.routineCadence) {
      const assessment = assessRoutine(
        { cadence: activity.routineCadence, lastRun: activity.routineLastRun },
        { today: runDate, dueSoonDays },
      );
      const window =
        activity.routineLastRun && assessment.due
          ? routineWindow(activity.routineLastRun, assessment.due, dueSoonDays)
          : 0;
      routines.push({ ...base, assessment, window });
    }
    if (reviewIsStale(activity.lastReview, runDate)) {
      const due = activity.lastReview ? reviewDue(activity.lastReview) : null;
      reviews.push({ ...base, due, daysLate: due ? Math.max(0, daysBetween(due, runDate)) : 0 });
    }
  }
  return { routines, reviews };
}
