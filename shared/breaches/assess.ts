// Where one personal-data breach stands at a given instant, and what is wrong with its record:
// the rules Validate reports, the state the worker's hourly run keys on. Art. 33(5) asks that
// every breach is documented, also those not notified; the rules below follow:
// - Art. 33(1): unless the breach is unlikely to result in a risk, notify the authority within
//   72 hours of awareness, and give reasons for a later notification;
// - Art. 33(2): a processor notifies its controller without undue delay (the processor does
//   not notify the authority itself: that is the controller's duty);
// - Art. 34(1) and (3): a breach likely to result in a high risk is communicated to the data
//   subjects, unless (a) the data were unintelligible to others (e.g. encrypted), (b) later
//   measures mean the high risk is no longer likely, or (c) it would involve disproportionate
//   effort, in which case a public communication takes its place.

import { milestoneReached, notifiedLate, notifyBy } from './clock.ts';

/** The risk assessment: unlikely to result in a risk, a risk, or a high risk. Null = not assessed. */
export type BreachRisk = 'noRisk' | 'risk' | 'highRisk';

/** Art. 34(3)'s grounds for not communicating a high-risk breach to the data subjects. */
export const ART34_3_GROUNDS = ['unintelligible', 'riskNoLongerLikely', 'publicCommunication'] as const;
export type Art34Ground = (typeof ART34_3_GROUNDS)[number];

/** One breach as the rules see it: instants in epoch milliseconds, null where the cell is empty. */
export interface BreachFacts {
  startedAt: number | null;
  awareAt: number | null;
  risk: BreachRisk | null;
  /** The organisation's role in the processing the breach hit. */
  role: 'controller' | 'processor';
  authorityNotifiedAt: number | null;
  /** The reasons for notifying after 72 hours, as written ('' when none). */
  delayReason: string;
  controllerNotifiedAt: number | null;
  subjectsInformedAt: number | null;
  /** The Art. 34(3) ground for not informing the data subjects, when one is given. */
  subjectsNotInformedGround: Art34Ground | null;
}

/**
 * Open: the clock is running. A controller's breach is open until it is assessed as unlikely
 * to result in a risk, or the authority is notified (not yet assessed counts as open); a
 * processor's until its controller is told.
 */
export function isOpen(b: BreachFacts): boolean {
  if (b.role === 'processor') return b.controllerNotifiedAt === null;
  return b.risk !== 'noRisk' && b.authorityNotifiedAt === null;
}

export type BreachProblem =
  | { code: 'awarenessMissing'; severity: 'error' }
  | { code: 'awareBeforeStart'; severity: 'warning' }
  | { code: 'notifyOverdue'; severity: 'error'; notifyBy: number }
  | { code: 'notifyDue'; severity: 'warning'; notifyBy: number }
  | { code: 'lateWithoutReason'; severity: 'error'; notifyBy: number }
  | { code: 'highRiskSubjectsNotInformed'; severity: 'error' }
  | { code: 'controllerNotNotified'; severity: 'error' };

/** Everything wrong with a breach's record at `now`, most urgent first. */
export function breachProblems(b: BreachFacts, now: number): BreachProblem[] {
  if (b.awareAt === null) return [{ code: 'awarenessMissing', severity: 'error' }];
  const problems: BreachProblem[] = [];
  const by = notifyBy(b.awareAt);
  if (b.role === 'processor') {
    if (b.controllerNotifiedAt === null) problems.push({ code: 'controllerNotNotified', severity: 'error' });
  } else if (b.risk !== 'noRisk') {
    if (b.authorityNotifiedAt === null) {
      problems.push(
        now > by
          ? { code: 'notifyOverdue', severity: 'error', notifyBy: by }
          : { code: 'notifyDue', severity: 'warning', notifyBy: by },
      );
    } else if (notifiedLate(b.awareAt, b.authorityNotifiedAt) && !b.delayReason.trim()) {
      problems.push({ code: 'lateWithoutReason', severity: 'error', notifyBy: by });
    }
  }
  if (
    b.role === 'controller' &&
    b.risk === 'highRisk' &&
    b.subjectsInformedAt === null &&
    !b.subjectsNotInformedGround
  )
    problems.push({ code: 'highRiskSubjectsNotInformed', severity: 'error' });
  if (b.startedAt !== null && b.startedAt > b.awareAt)
    problems.push({ code: 'awareBeforeStart', severity: 'warning' });
  return problems;
}

/** The reminder milestone an open breach has reached at `now` (null when closed or none yet). */
export function dueMilestone(b: BreachFacts, now: number): ReturnType<typeof milestoneReached> {
  if (b.awareAt === null || !isOpen(b)) return null;
  return milestoneReached(b.awareAt, now);
}
