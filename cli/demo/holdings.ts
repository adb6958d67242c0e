// The demo's retention-log entries: about thirty holdings with pseudonymous references
// ("V-2026-014"), placed relative to the run date so that the nightly job on that date finds
// some overdue (a few long enough to be escalated), some due soon, most fine, one on legal hold
// and one whose deadline was extended. Event dates are worked out backwards from the due date
// wanted, through the same rule resolution and dueDate() the add-on and the worker use, and
// each holding carries the assessment the run date gives it, so the demo can say what it
// expects before the worker says what it sent. Deterministic: the same template, language and
// run date always give the same register.

import { addDays, addPeriod, compareIso, daysBetween } from '../../shared/calendar/civilDate.ts';
import { cellText } from '../../shared/register/document.ts';
import { registerSettings } from '../../shared/register/settings.ts';
import type { Lang, RegisterDocument } from '../../shared/register/types.ts';
import { ruleForHolding } from '../../shared/retention/holdings.ts';
import { assessHolding, type HoldingAssessment } from '../../shared/retention/status.ts';
import type { ComputedRule, TriggerDates, TriggerEvent } from '../../shared/retention/types.ts';
import { DEMO_TEXT } from './messages.ts';

/** What the demo means a holding to show on the run date. */
export type DemoGroup = 'overdue' | 'dueSoon' | 'fine' | 'legalHold' | 'extended';

/** One retention-log entry as a user would type it, with what the run date makes of it. */
export interface DemoHolding {
  reference: string;
  activity: string;
  /** The event column(s) the activity's rule counts from, all on `eventDate`. */
  events: TriggerDates;
  eventDate: string;
  legalHold: boolean;
  extendedUntil: string | null;
  extensionReason: string | null;
  group: DemoGroup;
  /** The rule's own due date (before any extension). */
  ruleDue: string;
  assessment: HoldingAssessment;
  /** Overdue long enough that the escalation contact hears about it on the run date. */
  escalated: boolean;
}

/**
 * The spread, in days relative to the run date. Overdue and fine are measured from the run
 * date; due soon is a share of the register's due-soon window (0 = due on the day itself).
 */
const OVERDUE_DAYS = [1, 3, 6, 9, 12, 20, 35, 60];
const DUE_SOON_SHARES = [0, 0.15, 0.35, 0.55, 0.8, 0.95];
const FINE_DAYS = [21, 30, 45, 60, 90, 120, 150, 200, 270, 365, 420, 540, 700, 900];
/** The legal-hold holding's rule date has passed by this many days; the hold stops the clock. */
const LEGAL_HOLD_OVERDUE = 40;
/** The extended holding's rule date has passed; the extension moves it into the due-soon window. */
const EXTENDED_OVERDUE = 25;
const EXTENDED_SHARE = 0.65;

/** How far from the first estimate the event date is searched (fiscal-year rules jump by a year). */
const SEARCH_DAYS = 400;
/** How far a rule's date may land from the one wanted; a fine holding may land anywhere fine. */
const TOLERANCE_DAYS = 7;

interface Slot {
  group: DemoGroup;
  /** The rule's due date wanted. */
  target: string;
  extendedUntil: string | null;
}

interface Candidate {
  name: string;
  rule: ComputedRule;
  triggers: TriggerEvent[];
}

function candidates(doc: RegisterDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const activity of doc.sheets.activities ?? []) {
    const name = cellText(activity.name);
    if (name === '') continue;
    const { rule } = ruleForHolding(doc, { activity: name });
    if (rule?.kind !== 'computed' || rule.terms.length === 0) continue;
    out.push({ name, rule, triggers: [...new Set(rule.terms.map((t) => t.trigger))] });
  }
  return out;
}

function slots(runDate: string, dueSoonDays: number): Slot[] {
  const window = Math.max(0, dueSoonDays);
  const list: Slot[] = [];
  for (const d of OVERDUE_DAYS)
    list.push({ group: 'overdue', target: addDays(runDate, -d), extendedUntil: null });
  for (const s of DUE_SOON_SHARES)
    list.push({ group: 'dueSoon', target: addDays(runDate, Math.round(s * window)), extendedUntil: null });
  for (const d of FINE_DAYS)
    list.push({ group: 'fine', target: addDays(runDate, window + d), extendedUntil: null });
  list.push({ group: 'legalHold', target: addDays(runDate, -LEGAL_HOLD_OVERDUE), extendedUntil: null });
  list.push({
    group: 'extended',
    target: addDays(runDate, -EXTENDED_OVERDUE),
    extendedUntil: addDays(runDate, Math.round(EXTENDED_SHARE * window)),
  });
  return list;
}

/** The assessment status each group must have on the run date. */
const STATUS_OF: Record<DemoGroup, HoldingAssessment['status']> = {
  overdue: 'overdue',
  dueSoon: 'dueSoon',
  fine: 'ok',
  legalHold: 'legalHold',
  extended: 'dueSoon',
};

interface Placement {
  eventDate: string;
  events: TriggerDates;
  ruleDue: string;
  assessment: HoldingAssessment;
}

/**
 * An event date, on or before the run date, that gives `candidate`'s rule the due date
 * `slot.target` (or, for rules whose dates jump, e.g. to a financial-year end, the nearest
 * one with the right status); null when the rule cannot produce it.
 */
function place(
  candidate: Candidate,
  slot: Slot,
  runDate: string,
  settings: { dueSoonDays: number; fiscalYearEnd: string },
): Placement | null {
  const term = candidate.rule.terms[0];
  const p = term.period;
  // Subtracting the period is exact for most dates; month-end clamping and financial-year
  // anchors are put right by the search around it.
  const estimate = addPeriod(slot.target, -p.years, -p.months, -(p.weeks * 7 + p.days));
  let best: (Placement & { distance: number }) | null = null;
  for (let step = 0; step <= 2 * SEARCH_DAYS; step++) {
    const offset = step % 2 === 0 ? step / 2 : -(step + 1) / 2;
    const eventDate = addDays(estimate, offset);
    if (compareIso(eventDate, runDate) > 0) continue;
    const events: TriggerDates = Object.fromEntries(candidate.triggers.map((t) => [t, eventDate]));
    const facts = {
      events,
      deletedOn: null,
      legalHold: slot.group === 'legalHold',
      extendedUntil: slot.extendedUntil,
    };
    const plain = assessHolding({ ...facts, legalHold: false, extendedUntil: null }, candidate.rule, {
      today: runDate,
      ...settings,
    });
    if (plain.due === null) continue;
    // The rule's own date must be where the slot wants it: overdue for the hold and the extension.
    const wantRule =
      slot.group === 'legalHold' || slot.group === 'extended' ? 'overdue' : STATUS_OF[slot.group];
    if (plain.status !== wantRule) continue;
    const assessment = assessHolding(facts, candidate.rule, { today: runDate, ...settings });
    if (assessment.status !== STATUS_OF[slot.group]) continue;
    const distance = Math.abs(daysBetween(slot.target, plain.due));
    if (slot.group !== 'fine' && distance > TOLERANCE_DAYS) continue;
    if (!best || distance < best.distance)
      best = { eventDate, events, ruleDue: plain.due, assessment, distance };
    if (distance === 0) break;
  }
  return best;
}

/** The first letter of the template's title: "V" for Vikarbureau, as a case number would start. */
export function referencePrefix(title: string): string {
  const letter = title
    .replace(/^[ÆæØø]/, (c) => ({ Æ: 'A', æ: 'a', Ø: 'O', ø: 'o' })[c] ?? c)
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')[0];
  return (letter ?? 'R').toUpperCase();
}

export interface PlanOptions {
  runDate: string;
  lang: Lang;
  /** The template's title in `lang`, for the reference prefix. */
  title: string;
}

/**
 * The demo's holdings for `doc` (a template register) on `runDate`, ordered and numbered by
 * event date as a case register would be: V-2024-001, V-2024-002, V-2025-001 …
 */
export function planHoldings(doc: RegisterDocument, options: PlanOptions): DemoHolding[] {
  const settings = registerSettings(doc);
  const pool = candidates(doc);
  if (pool.length === 0) return [];
  const rules = { dueSoonDays: settings.dueSoonDays, fiscalYearEnd: settings.fiscalYearEnd };
  const placed: Omit<DemoHolding, 'reference'>[] = [];
  let next = 0;
  for (const slot of slots(options.runDate, settings.dueSoonDays)) {
    // Round robin over the activities, so the reminders spread over several owners; an
    // activity whose rule cannot give this date (e.g. "delete at once" cannot be due later)
    // passes the slot to the next one.
    for (let tried = 0; tried < pool.length; tried++) {
      const candidate = pool[(next + tried) % pool.length];
      const at = place(candidate, slot, options.runDate, rules);
      if (!at) continue;
      next = (next + tried + 1) % pool.length;
      placed.push({
        activity: candidate.name,
        events: at.events,
        eventDate: at.eventDate,
        legalHold: slot.group === 'legalHold',
        extendedUntil: slot.extendedUntil,
        extensionReason: slot.extendedUntil ? DEMO_TEXT.extensionReason[options.lang] : null,
        group: slot.group,
        ruleDue: at.ruleDue,
        assessment: at.assessment,
        escalated:
          at.assessment.status === 'overdue' &&
          at.assessment.daysOverdue >= Math.max(1, settings.escalationAfterDays),
      });
      break;
    }
  }
  const prefix = referencePrefix(options.title);
  const perYear = new Map<string, number>();
  return placed
    .map((h, i) => ({ h, i }))
    .sort((a, b) => compareIso(a.h.eventDate, b.h.eventDate) || a.i - b.i)
    .map(({ h }) => {
      const year = h.eventDate.slice(0, 4);
      const n = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, n);
      return { reference: `${prefix}-${year}-${String(n).padStart(3, '0')}`, ...h };
    });
}

/** How many holdings of each group, and how many the escalation contact hears about. */
export function countGroups(holdings: readonly DemoHolding[]): Record<DemoGroup | 'escalated', number> {
  const counts = { overdue: 0, dueSoon: 0, fine: 0, legalHold: 0, extended: 0, escalated: 0 };
  for (const h of holdings) {
    counts[h.group]++;
    if (h.escalated) counts.escalated++;
  }
  return counts;
}
