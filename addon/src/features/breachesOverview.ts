// The Breaches tab of the deadlines overview, pure: every open breach (the clock is running:
// not assessed as no risk and not yet notified; for a processor, its controller not yet told)
// with its deadline, the soonest first, read through the same row reading as Validate and the
// sync payload (shared/breaches/row.ts).

import { isOpen } from '../../../shared/breaches/assess.ts';
import { notifyBy } from '../../../shared/breaches/clock.ts';
import { breachFactsOf } from '../../../shared/breaches/row.ts';
import { cellText } from '../../../shared/register/document.ts';
import type { RegisterDocument } from '../../../shared/register/types.ts';
import type { BreachesOverview, BreachOverviewItem } from '../../views/breaches.ts';

export type { BreachesOverview };

const HOUR = 3_600_000;

export function breachesOverview(doc: RegisterDocument, now: number, timeZone: string): BreachesOverview {
  const open: BreachOverviewItem[] = [];
  let logged = 0;
  (doc.sheets.breaches ?? []).forEach((row, i) => {
    if (cellText(row['reference']) === '' && cellText(row['awareAt']) === '') return;
    logged++;
    const facts = breachFactsOf(row);
    if (facts.awareAt === null || !isOpen(facts)) return;
    open.push({
      breachId: cellText(row['id']),
      reference: cellText(row['reference']),
      role: facts.role,
      risk: cellText(row['risk']),
      notifyBy: notifyBy(facts.awareAt),
      hoursLeft: Math.floor((notifyBy(facts.awareAt) - now) / HOUR),
      sheetRow: row.$row ?? i + 2,
    });
  });
  open.sort((x, y) => x.notifyBy - y.notifyBy || x.reference.localeCompare(y.reference));
  return { timeZone, open, logged };
}
