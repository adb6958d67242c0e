// Due dates and statuses of the retention log's holdings and the activities' deletion
// routines, from the shared core (evaluateRegister: "where retention lives", the register's
// due-soon window and financial year end, extensions and legal holds), in the shape the
// overview and the sheet columns use.

import type { RegisterDocument } from '../../../shared/register/types.ts';
import { evaluateRegister } from '../../../shared/retention/holdings.ts';
import type { Assessment } from './retention.ts';

export function assessRetention(doc: RegisterDocument, today: string): Assessment {
  const evaluation = evaluateRegister(doc, { today });
  return {
    today,
    dueSoonDays: evaluation.settings.dueSoonDays,
    holdings: evaluation.holdings.map((h) => ({
      index: h.index,
      status: h.assessment.status,
      due: h.assessment.due,
      daysOverdue: h.assessment.daysOverdue,
      extended: h.assessment.extended,
      ...(h.assessment.mayDeleteFrom ? { mayDeleteFrom: h.assessment.mayDeleteFrom } : {}),
      ruleText: h.resolution.text,
    })),
    routines: evaluation.routines.map((r) => ({
      index: r.index,
      status: r.assessment.status,
      due: r.assessment.due,
      daysOverdue: r.assessment.daysOverdue,
    })),
  };
}
