// The one-month clock of a data-subject request (GDPR Art. 12(3)): when the answer is due, when
// the deadline becomes three months, and where a request stands on a given day. The sheet, the
// CLI and the worker all ask these functions.
//
// Counting follows Regulation (EEC, Euratom) No 1182/71, which governs periods in EU acts:
// - Art. 3(1), second subparagraph: the day of receipt does not count;
// - Art. 3(2)(c): a period in months ends at the end of the day in the last month with the same
//   date as the day it runs from, or, when that month has no such date, at the end of its last
//   day (received 31 January: due 28 or 29 February);
// - Art. 3(4): when the last day is a public holiday, a Saturday or a Sunday, the period ends at
//   the end of the following working day (Danish public holidays: holidays.ts).
// GDPR Art. 12(3): the month may be extended by two further months where necessary, and the
// data subject must be told of the extension, with the reasons, within one month of receipt.
// So the three-month deadline applies only when a reason is written and the notice date falls
// within that first month (the same period, so on its last working day at the latest). The
// extended deadline is counted as three months from receipt, by the same rules.

import { addMonths, compareIso, daysBetween, isIsoDate } from '../calendar/civilDate.ts';
import { onOrAfterWorkingDay } from './holidays.ts';

/** The statutory period and the extended one, in months from receipt. */
export const ANSWER_MONTHS = 1;
export const EXTENDED_ANSWER_MONTHS = 3;
/** The rights a request can exercise (the requestType vocabulary's ids; a test keeps them equal). */
export const REQUEST_TYPE_IDS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
] as const;

/** A request is "due soon" at most this many days before its deadline. */
export const REQUEST_DUE_SOON_DAYS = 7;

export interface RequestClockFacts {
  /** ISO date the request was received. */
  received: string | null;
  /** The reason for an extension, as written ('' when none). */
  extensionReason: string;
  /** ISO date the requester was told of the extension. */
  extensionNotified: string | null;
}

/** Why an extension written in the row does not count. */
export type ExtensionProblem = 'noNotice' | 'noReason' | 'noticeLate' | 'noticeBeforeReceipt';

export interface RequestDeadline {
  /** The last day of the first month: the one-month deadline, and the last day to give notice. */
  firstMonthEnds: string;
  /** The deadline that applies: firstMonthEnds, or the three-month one when extended. */
  due: string;
  extended: boolean;
  extensionProblem: ExtensionProblem | null;
}

/** The last day of a period of `months` months running from `start` (Reg. 1182/71, Art. 3). */
export function periodEnd(start: string, months: number): string {
  return onOrAfterWorkingDay(addMonths(start, months));
}

function extensionProblem(facts: RequestClockFacts, firstMonthEnds: string): ExtensionProblem | null {
  const reason = facts.extensionReason.trim() !== '';
  const notified = facts.extensionNotified;
  if (!reason && notified === null) return null;
  if (notified === null) return 'noNotice';
  if (!reason) return 'noReason';
  if (compareIso(notified, facts.received ?? notified) < 0) return 'noticeBeforeReceipt';
  return compareIso(notified, firstMonthEnds) > 0 ? 'noticeLate' : null;
}

/** The deadline of a request received on `received`: one month, or three when extended in time. */
export function requestDue(received: string, extended: boolean): string {
  return periodEnd(received, extended ? EXTENDED_ANSWER_MONTHS : ANSWER_MONTHS);
}

/** The request's deadline, or null when it has no readable date of receipt. */
export function requestDeadline(facts: RequestClockFacts): RequestDeadline | null {
  if (!isIsoDate(facts.received)) return null;
  const firstMonthEnds = periodEnd(facts.received, ANSWER_MONTHS);
  const notified = isIsoDate(facts.extensionNotified) ? facts.extensionNotified : null;
  const problem = extensionProblem({ ...facts, extensionNotified: notified }, firstMonthEnds);
  const extended = notified !== null && problem === null;
  return {
    firstMonthEnds,
    due: extended ? requestDue(facts.received, true) : firstMonthEnds,
    extended,
    extensionProblem: problem,
  };
}

export type RequestStatus = 'answered' | 'overdue' | 'dueSoon' | 'open' | 'missingDate';

export interface RequestFacts extends RequestClockFacts {
  answeredOn: string | null;
}

export interface RequestAssessment {
  status: RequestStatus;
  deadline: RequestDeadline | null;
  /** Days past the deadline on `today` (0 unless overdue). */
  daysOverdue: number;
  /** Answered after the deadline. */
  answeredLate: boolean;
}

/** The due-soon window of requests: the register's window, at most REQUEST_DUE_SOON_DAYS. */
export function requestWindow(dueSoonDays: number): number {
  return Math.max(0, Math.min(dueSoonDays, REQUEST_DUE_SOON_DAYS));
}

/** Where a request stands on `today`: answered, overdue, due within `windowDays`, or open. */
export function assessRequest(facts: RequestFacts, today: string, windowDays: number): RequestAssessment {
  const deadline = requestDeadline(facts);
  const answered = isIsoDate(facts.answeredOn) ? facts.answeredOn : null;
  if (answered !== null) {
    const late = deadline !== null && compareIso(answered, deadline.due) > 0;
    return { status: 'answered', deadline, daysOverdue: 0, answeredLate: late };
  }
  if (deadline === null) return { status: 'missingDate', deadline, daysOverdue: 0, answeredLate: false };
  const left = daysBetween(today, deadline.due);
  const status = left < 0 ? 'overdue' : left <= windowDays ? 'dueSoon' : 'open';
  return { status, deadline, daysOverdue: Math.max(0, -left), answeredLate: false };
}
