// The data-subject requests as the sidebars get them: the new-request form's model and what a
// save sends back (built by addon/src/features/requestForm*.ts, shown by addon/client/request),
// and the Requests tab of the deadlines overview (addon/src/features/requestsOverview.ts,
// addon/client/retention/requestsTab.ts).

import type { Lang } from '../../shared/register/types.ts';
import type { RequestStatus } from '../../shared/requests/deadline.ts';
import type { BreachesOverview } from './breaches.ts';
import type { RetentionOverview } from './retention.ts';

export interface Choice {
  id: string;
  label: string;
}

export interface RequestFormModel {
  lang: Lang;
  today: string;
  /** The due-soon window of requests (days). */
  window: number;
  types: Choice[];
  channels: Choice[];
  identityChecks: Choice[];
  activities: Choice[];
}

export interface RequestForm {
  reference: string;
  type: string;
  received: string;
  channel: string;
  identityCheck: string;
  identityCheckedOn: string;
  activityIds: string[];
  responsible: string;
  extensionReason: string;
  extensionNotified: string;
}

export interface SavedRequest {
  id: string;
  sheetRow: number;
  due: string;
}

export interface RequestOverviewItem {
  requestId: string;
  reference: string;
  type: string;
  due: string;
  status: Exclude<RequestStatus, 'answered' | 'missingDate'>;
  /** Days until the deadline (negative when overdue). */
  daysLeft: number;
  extended: boolean;
  /** For an erasure request: the Art. 17(3) exceptions, as labels. */
  exceptions: string[];
  sheetRow: number;
}

export interface RequestsOverview {
  window: number;
  counts: Record<RequestStatus, number>;
  /** Unanswered requests with a deadline, soonest first. */
  open: RequestOverviewItem[];
}

/** The deadlines overview: the retention tab's overview plus the Requests and Breaches tabs. */
export type DeadlinesOverview = RetentionOverview & {
  requests: RequestsOverview;
  breaches: BreachesOverview;
};
