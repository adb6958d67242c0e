// The retention overview's pure side: the status word every holding and deletion routine gets
// (in the register's language), the columns written back to the sheets, the lists the page
// shows, and the checks and rows of "Mark deleted" and "Extend with reason". The dates
// themselves come from the shared core (assessRetention in retentionAssess.ts).

import { compareIso, isIsoDate } from '../../../shared/calendar/civilDate.ts';
import {
  appendDeletionEntryV2,
  type DeletionEntry,
  signedContent,
} from '../../../shared/register/deletionLog.ts';
import type { CellValue, DocumentRow, Lang, RegisterDocument } from '../../../shared/register/types.ts';
import type { HoldingStatus } from '../../../shared/retention/status.ts';
import { findEntry, VOCABULARIES } from '../../../shared/vocabularies/index.ts';
import {
  type RetentionItem,
  type RetentionOverview,
  type RoutineItem,
  type RoutineStatus,
  STATUS_WORDS,
  type StatusWord,
} from '../../views/retention.ts';
import { FeatureFailure } from './result.ts';

/** One holding as the core assessed it (index = 0-based row of the retention log). */
export interface HoldingAssessed {
  index: number;
  status: HoldingStatus;
  due: string | null;
  daysOverdue: number;
  extended: boolean;
  /** A minimum period's first day of deletion (or the later date a decision to keep set). */
  mayDeleteFrom?: string;
  /** The retention text that applies (the data-category row's, else the activity's). */
  ruleText: string;
}

export interface RoutineAssessed {
  index: number;
  status: RoutineStatus;
  due: string | null;
  daysOverdue: number;
}

export interface Assessment {
  today: string;
  dueSoonDays: number;
  holdings: HoldingAssessed[];
  routines: RoutineAssessed[];
}

/** The word for a holding: an extension that is not (yet) due soon or overdue shows as
 * "extended"; a minimum period not yet run shows "may be deleted from" its date. */
export function holdingWord(
  h: Pick<HoldingAssessed, 'status' | 'extended' | 'due' | 'mayDeleteFrom'>,
): StatusWord {
  if (h.status === 'ok' && h.mayDeleteFrom && h.due === null) return 'floor';
  if (h.extended && h.status === 'ok') return 'extended';
  return h.status;
}

/** The date cell of a holding: its deadline, or the first day a floor lets it be deleted. */
export function holdingDate(h: Pick<HoldingAssessed, 'due' | 'mayDeleteFrom'>): string {
  return h.due ?? h.mayDeleteFrom ?? '';
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The computed columns to write, index-aligned with the sheets' data rows. */
export function computedColumns(doc: RegisterDocument, a: Assessment, lang: Lang) {
  const holdings = doc.sheets.retentionLog ?? [];
  const activities = doc.sheets.activities ?? [];
  const due: CellValue[] = holdings.map(() => '');
  const status: CellValue[] = holdings.map(() => '');
  for (const h of a.holdings) {
    due[h.index] = holdingDate(h);
    status[h.index] = STATUS_WORDS[holdingWord(h)][lang];
  }
  const routineDue: CellValue[] = activities.map(() => '');
  const routineStatus: CellValue[] = activities.map(() => '');
  for (const r of a.routines) {
    routineDue[r.index] = r.due ?? '';
    routineStatus[r.index] = r.status === 'none' ? '' : STATUS_WORDS[r.status][lang];
  }
  return { retentionLog: { due, status }, activities: { routineDue, routineStatus } };
}

export function retentionOverview(doc: RegisterDocument, a: Assessment): RetentionOverview {
  const lang = doc.lang;
  const holdings = doc.sheets.retentionLog ?? [];
  const activities = doc.sheets.activities ?? [];
  const counts = Object.fromEntries(Object.keys(STATUS_WORDS).map((k) => [k, 0])) as Record<
    StatusWord,
    number
  >;
  const items: RetentionItem[] = [];
  for (const h of a.holdings) {
    const row = holdings[h.index];
    const word = holdingWord(h);
    counts[word] += 1;
    items.push({
      holdingId: text(row.id),
      row: row.$row ?? h.index + 2,
      reference: text(row.reference),
      activity: text(row.activity),
      subjectGroup: text(row.subjectGroup),
      due: h.due,
      mayDeleteFrom: h.mayDeleteFrom ?? null,
      status: word,
      statusText: STATUS_WORDS[word][lang],
      daysOverdue: h.daysOverdue,
      ruleText: h.ruleText,
    });
  }
  const byDue = (x: RetentionItem, y: RetentionItem) =>
    compareIso(x.due ?? '9999-12-31', y.due ?? '9999-12-31');
  const routines: RoutineItem[] = a.routines
    .filter((r) => r.status === 'overdue' || r.status === 'dueSoon' || r.status === 'never')
    .map((r) => {
      const row = activities[r.index];
      return {
        activityId: text(row.id),
        row: row.$row ?? r.index + 2,
        activity: text(row.name),
        routine: text(row.deletionRoutine),
        due: r.due,
        status: r.status,
        statusText: r.status === 'none' ? '' : STATUS_WORDS[r.status][lang],
        daysOverdue: r.daysOverdue,
      };
    });
  return {
    lang,
    today: a.today,
    dueSoonDays: a.dueSoonDays,
    counts,
    overdue: items.filter((i) => i.status === 'overdue').sort(byDue),
    dueSoon: items.filter((i) => i.status === 'dueSoon').sort(byDue),
    decide: items
      .filter((i) => i.status === 'mayDelete' || i.status === 'floorReview')
      .sort((x, y) => compareIso(x.mayDeleteFrom ?? '', y.mayDeleteFrom ?? '')),
    routines,
    methods: VOCABULARIES.deletionMethod.map((e) => ({ value: e.label[lang], label: e.label[lang] })),
    workerStatus: null,
  };
}

export interface MarkDeletedOptions {
  method: string;
  deletedOn: string;
}

export interface MarkDeletedPlan {
  /** New deletion-log rows, already chained to the existing ones. */
  entries: DocumentRow[];
  /** Retention-log rows (0-based) that get `deletedOn`. */
  holdingIndexes: number[];
}

/**
 * Checks a "Mark deleted" request and builds the deletion-log entries (one per holding,
 * chained by hashes) that stay as evidence even when the holding's row is later removed.
 */
export function planMarkDeleted(
  doc: RegisterDocument,
  assessment: Assessment,
  holdingIds: readonly string[],
  options: MarkDeletedOptions,
  deletedBy: string,
  /** Signs a sheet entry's signed content (the register key's HMAC; '' when not enrolled). */
  signEntry: (content: string) => string = () => '',
): MarkDeletedPlan {
  const lang = doc.lang;
  const ids = [...new Set((holdingIds ?? []).map((id) => String(id)))];
  if (ids.length === 0) throw new FeatureFailure('noHoldingsChosen');
  const deletedOn = text(options?.deletedOn);
  if (!isIsoDate(deletedOn)) throw new FeatureFailure('dateInvalid', { value: deletedOn });
  if (compareIso(deletedOn, assessment.today) > 0)
    throw new FeatureFailure('deletedOnInFuture', { date: deletedOn });
  const method = findEntry('deletionMethod', text(options?.method));
  if (!method) throw new FeatureFailure('methodInvalid');

  const holdings = doc.sheets.retentionLog ?? [];
  const byIndex = new Map(assessment.holdings.map((h) => [h.index, h]));
  const existing: DocumentRow[] = [...(doc.sheets.deletionLog ?? [])];
  const entries: DocumentRow[] = [];
  const holdingIndexes: number[] = [];
  for (const id of ids) {
    if (!id.trim()) throw new FeatureFailure('holdingWithoutId');
    const index = holdings.findIndex((r) => text(r.id) === id);
    if (index < 0) throw new FeatureFailure('holdingNotFound', { id });
    const row = holdings[index];
    if (text(row.deletedOn)) {
      throw new FeatureFailure('alreadyDeleted', {
        reference: text(row.reference),
        date: text(row.deletedOn),
      });
    }
    const assessed = byIndex.get(index);
    const entry: DeletionEntry = {
      holdingId: id,
      reference: text(row.reference),
      activity: text(row.activity),
      rule: assessed?.ruleText ?? '',
      due: assessed?.due ?? '',
      deletedOn,
      deletedBy,
      method: method.label[lang],
    };
    const signature = signEntry(signedContent({ ...entry, source: 'sheet' }));
    const chained = appendDeletionEntryV2([...existing, ...entries], entry, 'sheet', signature);
    entries.push({ ...chained });
    holdingIndexes.push(index);
  }
  return { entries, holdingIndexes };
}

/** Checks "Extend with reason"; returns the retention-log row index to update. */
export function planExtension(
  doc: RegisterDocument,
  today: string,
  holdingId: string,
  untilIso: string,
  reason: string,
): number {
  if (!text(holdingId)) throw new FeatureFailure('holdingWithoutId');
  const index = (doc.sheets.retentionLog ?? []).findIndex((r) => text(r.id) === String(holdingId));
  if (index < 0) throw new FeatureFailure('holdingNotFound', { id: String(holdingId) });
  const until = text(untilIso);
  if (!text(reason)) throw new FeatureFailure('extensionReasonRequired');
  if (!isIsoDate(until)) throw new FeatureFailure('dateInvalid', { value: until });
  if (compareIso(until, today) < 0) throw new FeatureFailure('extensionDateInPast', { date: until, today });
  return index;
}
