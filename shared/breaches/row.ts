// A row of the Breaches sheet as the breach rules see it: cells to `BreachFacts`. Validate,
// the sync payload and the breach form all read a row through this one function, so "open"
// means the same everywhere. Date-time cells are ISO date-times with an explicit offset; a
// cell that is not one reads as empty here (Validate reports it as unreadable on its own).

import { parseIsoDateTime } from '../calendar/instant.ts';
import { cellText } from '../register/document.ts';
import type { DocumentRow } from '../register/types.ts';
import { findEntry } from '../vocabularies/index.ts';
import type { Art34Ground, BreachFacts, BreachRisk } from './assess.ts';

const instant = (v: unknown): number | null => parseIsoDateTime(cellText(v));

export function breachFactsOf(row: DocumentRow): BreachFacts {
  const risk = findEntry('breachRisk', cellText(row['risk']))?.id ?? null;
  const role =
    findEntry('breachRole', cellText(row['role']))?.id === 'processor' ? 'processor' : 'controller';
  const ground = findEntry('art34Ground', cellText(row['subjectsNotInformedGround']))?.id ?? null;
  return {
    startedAt: instant(row['startedAt']),
    awareAt: instant(row['awareAt']),
    risk: risk as BreachRisk | null,
    role,
    authorityNotifiedAt: instant(row['authorityNotifiedAt']),
    delayReason: cellText(row['delayReason']),
    controllerNotifiedAt: instant(row['controllerNotifiedAt']),
    subjectsInformedAt: instant(row['subjectsInformedAt']),
    subjectsNotInformedGround: ground as Art34Ground | null,
  };
}
