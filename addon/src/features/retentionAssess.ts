// Due dates and statuses of the retention log's holdings and the activities' deletion
// routines, from the shared core: the rule that applies to a holding (its data-category
// row's retention, else its activity's default — "where retention lives"), parsed by
// parseRetention and turned into a date by dueDate, with the register's due-soon window and
// financial year end. An extension or a legal hold overrides the computed date.

import {
  addDays,
  addMonths,
  addYears,
  compareIso,
  daysBetween,
  isIsoDate,
} from '../../../shared/calendar/civilDate.ts';
import type { CellValue, DocumentRow, RegisterDocument } from '../../../shared/register/types.ts';
import { DEFAULT_FISCAL_YEAR_END, dueDate, isFiscalYearEnd } from '../../../shared/retention/dueDate.ts';
import { parseRetention } from '../../../shared/retention/parse.ts';
import { TRIGGER_EVENTS, type TriggerDates } from '../../../shared/retention/types.ts';
import { findEntry } from '../../../shared/vocabularies/index.ts';
import type { Assessment, HoldingAssessed, RoutineAssessed } from './retention.ts';

const DEFAULT_DUE_SOON_DAYS = 14;

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function isTrue(v: CellValue | undefined): boolean {
  return v === true || /^(ja|yes|true|x)$/i.test(text(v));
}

export function registerWindow(doc: RegisterDocument): { dueSoonDays: number; fiscalYearEnd: string } {
  const days = Number(doc.organisation.dueSoonDays);
  const fy = text(doc.organisation.fiscalYearEnd);
  return {
    dueSoonDays: Number.isInteger(days) && days >= 0 ? days : DEFAULT_DUE_SOON_DAYS,
    fiscalYearEnd: isFiscalYearEnd(fy) ? fy : DEFAULT_FISCAL_YEAR_END,
  };
}

/** The retention text that applies to a holding. */
export function ruleTextFor(doc: RegisterDocument, holding: DocumentRow): string {
  const categories = doc.sheets.dataCategories ?? [];
  const activities = doc.sheets.activities ?? [];
  const categoryId = text(holding.dataCategoryId);
  const activityId = text(holding.activityId);
  const activityName = text(holding.activity).toLowerCase();
  const category = categoryId ? categories.find((c) => text(c.id) === categoryId) : undefined;
  if (category && text(category.retention)) return text(category.retention);
  const activity =
    (activityId && activities.find((a) => text(a.id) === activityId)) ||
    activities.find((a) => text(a.name).toLowerCase() === activityName);
  if (!category && activity && text(holding.subjectGroup)) {
    // A holding that names its data-subject group uses that group's own rule, if it has one.
    const group = text(holding.subjectGroup).toLowerCase();
    const byGroup = categories.find(
      (c) => text(c.activityId) === text(activity.id) && text(c.subjectGroup).toLowerCase() === group,
    );
    if (byGroup && text(byGroup.retention)) return text(byGroup.retention);
  }
  return activity ? text(activity.retention) : '';
}

function classify(due: string, today: string, dueSoonDays: number) {
  if (compareIso(today, due) > 0) return { status: 'overdue' as const, daysOverdue: daysBetween(due, today) };
  if (daysBetween(today, due) <= dueSoonDays) return { status: 'dueSoon' as const, daysOverdue: 0 };
  return { status: 'ok' as const, daysOverdue: 0 };
}

export function assessHoldingRow(
  doc: RegisterDocument,
  row: DocumentRow,
  index: number,
  today: string,
): HoldingAssessed {
  const { dueSoonDays, fiscalYearEnd } = registerWindow(doc);
  const ruleText = ruleTextFor(doc, row);
  const base = { index, ruleText, daysOverdue: 0, extended: false };
  if (text(row.deletedOn)) return { ...base, status: 'deleted', due: null };
  if (isTrue(row.legalHold)) return { ...base, status: 'legalHold', due: null };
  const extendedUntil = text(row.extendedUntil);
  if (isIsoDate(extendedUntil))
    return { ...base, extended: true, due: extendedUntil, ...classify(extendedUntil, today, dueSoonDays) };
  const rule = parseRetention(ruleText).rule;
  if (rule.kind === 'manual') return { ...base, status: 'manual', due: null };
  const events: TriggerDates = {};
  for (const e of TRIGGER_EVENTS) if (isIsoDate(text(row[e]))) events[e] = text(row[e]);
  const due = dueDate(rule, events, { fiscalYearEnd });
  if (!due) return { ...base, status: 'missingDate', due: null };
  return { ...base, due, ...classify(due, today, dueSoonDays) };
}

const CADENCE_STEP: Record<string, (iso: string) => string> = {
  weekly: (d) => addDays(d, 7),
  monthly: (d) => addMonths(d, 1),
  quarterly: (d) => addMonths(d, 3),
  halfYearly: (d) => addMonths(d, 6),
  yearly: (d) => addYears(d, 1),
};

export function assessRoutineRow(
  doc: RegisterDocument,
  row: DocumentRow,
  index: number,
  today: string,
): RoutineAssessed {
  const { dueSoonDays } = registerWindow(doc);
  const cadence = findEntry('cadence', text(row.routineCadence))?.id;
  if (!cadence || !CADENCE_STEP[cadence]) return { index, status: 'none', due: null, daysOverdue: 0 };
  const lastRun = text(row.routineLastRun);
  if (!isIsoDate(lastRun)) return { index, status: 'never', due: null, daysOverdue: 0 };
  const due = CADENCE_STEP[cadence](lastRun);
  return { index, due, ...classify(due, today, dueSoonDays) };
}

export function assessRetention(doc: RegisterDocument, today: string): Assessment {
  const { dueSoonDays } = registerWindow(doc);
  return {
    today,
    dueSoonDays,
    holdings: (doc.sheets.retentionLog ?? [])
      .map((row, i) => ({ row, i }))
      // A blank row between entries gets no status rather than "missing date".
      .filter(({ row }) => text(row.reference) || text(row.activity) || text(row.id))
      .map(({ row, i }) => assessHoldingRow(doc, row, i, today)),
    routines: (doc.sheets.activities ?? []).map((row, i) => assessRoutineRow(doc, row, i, today)),
  };
}
