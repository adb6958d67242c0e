// The Breaches sheet: each row's record checked against Art. 33 and 34 at the validation's
// "now" (shared/breaches/assess.ts holds the rules; this maps them onto issues). Date-time
// cells that are not ISO date-times with an offset are reported by the cell checks.

import { type BreachProblem, breachProblems } from '../../breaches/assess.ts';
import { describeInstant } from '../../breaches/describe.ts';
import { breachFactsOf } from '../../breaches/row.ts';
import { DEFAULT_TIME_ZONE } from '../../calendar/civilDate.ts';
import { localToInstant } from '../../calendar/instant.ts';
import { cellText } from '../../register/document.ts';
import type { ValidationContext } from '../context.ts';
import type { IssueCode } from '../messages.ts';

const ISSUES: Record<BreachProblem['code'], { code: IssueCode; column: string | null }> = {
  awarenessMissing: { code: 'breachAwarenessMissing', column: 'awareAt' },
  awareBeforeStart: { code: 'breachAwareBeforeStart', column: 'awareAt' },
  notifyOverdue: { code: 'breachNotifyOverdue', column: 'authorityNotifiedAt' },
  notifyDue: { code: 'breachNotifyDue', column: 'authorityNotifiedAt' },
  lateWithoutReason: { code: 'breachLateWithoutReason', column: 'delayReason' },
  highRiskSubjectsNotInformed: { code: 'breachSubjectsNotInformed', column: 'subjectsInformedAt' },
  controllerNotNotified: { code: 'breachControllerNotNotified', column: 'controllerNotifiedAt' },
};

export function checkBreaches(ctx: ValidationContext): void {
  const rows = ctx.rows('breaches');
  const timeZone = ctx.options.timeZone ?? DEFAULT_TIME_ZONE;
  const now = ctx.options.now ?? localToInstant(ctx.options.today, '12:00', timeZone) ?? 0;
  for (const index of ctx.filledIndexes('breaches')) {
    const row = rows[index];
    for (const problem of breachProblems(breachFactsOf(row), now)) {
      // An unreadable awareness cell is already reported as such by the cell checks.
      if (problem.code === 'awarenessMissing' && cellText(row['awareAt']) !== '') continue;
      const { code, column } = ISSUES[problem.code];
      const params: Record<string, string> = {};
      if ('notifyBy' in problem) params.notifyBy = describeInstant(problem.notifyBy, timeZone, ctx.lang);
      ctx.addAt(problem.severity, code, 'breaches', row, index, column, params);
    }
  }
}
