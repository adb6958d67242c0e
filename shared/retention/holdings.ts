// Evaluates a whole register's retention: every holding of the retention log against the rule
// that governs it, and every activity's deletion routine against its cadence. "Where
// retention lives" (the contracts): a holding's data-category row has its own rule, else the
// activity's default applies. Cells are read tolerantly (documents come from sheets and CSV
// files) and anything unreadable is returned as a problem with the row the user sees, never
// thrown. Built for size: a register may have 100,000 holdings and a handful of distinct
// rule texts, so rows are resolved through maps and each rule text is parsed once.

import { isIsoDate } from '../calendar/civilDate.ts';
import { cellText, nameKey } from '../register/document.ts';
import { columnDef } from '../register/schema.ts';
import { type RegisterSettings, registerSettings } from '../register/settings.ts';
import type { Localized } from '../register/types.ts';
import { type DocumentRow, type RegisterDocument, userRow } from '../register/types.ts';
import { findEntry } from '../vocabularies/index.ts';
import { readBooleanCell, readDateCell } from './cells.ts';
import { createDueDateMemo } from './dueDate.ts';
import { holdingMessages } from './messages.ts';
import { type ParsedRetention, parseRetention } from './parse.ts';
import {
  assessHoldingWithDue,
  assessRoutine,
  type Cadence,
  type HoldingAssessment,
  type HoldingFacts,
  holdingFloor,
  type RoutineAssessment,
  retentionSource,
} from './status.ts';
import type { RetentionRule, TriggerDates } from './types.ts';

export interface RetentionProblem {
  code:
    | 'unreadableDate'
    | 'unreadableBoolean'
    | 'missingActivity'
    | 'unknownActivity'
    | 'unknownDataCategory'
    | 'unreadableCadence';
  sheet: 'retentionLog' | 'activities';
  /** The row the user sees. */
  row: number;
  column: string;
  message: Localized;
}

export interface RuleResolution {
  /** The rule that governs the holding, or null when no rule could be found. */
  rule: RetentionRule | null;
  parsed: ParsedRetention | null;
  /** The rule as written in the sheet. */
  text: string;
  source: 'dataCategory' | 'activity' | null;
  /** Indexes into the document's activities and dataCategories sheets. */
  activityIndex: number | null;
  dataCategoryIndex: number | null;
  problems: RetentionProblem[];
}

export interface HoldingEvaluation {
  /** Index in the retention log, and the row the user sees. */
  index: number;
  row: number;
  id: string;
  reference: string;
  resolution: RuleResolution;
  facts: HoldingFacts;
  assessment: HoldingAssessment;
  problems: RetentionProblem[];
}

export interface RoutineEvaluation {
  index: number;
  row: number;
  activityId: string;
  activity: string;
  cadence: Cadence | null;
  lastRun: string | null;
  assessment: RoutineAssessment;
  problems: RetentionProblem[];
}

export interface RegisterEvaluation {
  today: string;
  settings: RegisterSettings;
  holdings: HoldingEvaluation[];
  routines: RoutineEvaluation[];
  /** How many holdings and routines have each status. */
  counts: {
    holdings: Record<HoldingAssessment['status'], number>;
    routines: Record<RoutineAssessment['status'], number>;
  };
}

/** A sheet's rows as the document holds them: indexes stay those of the sheet, so the rows
 * the user sees stay right; a malformed row (not an object) is skipped where it is read. */
function sheetRows(
  doc: RegisterDocument,
  sheet: 'activities' | 'dataCategories' | 'retentionLog',
): DocumentRow[] {
  const value = doc?.sheets?.[sheet];
  return Array.isArray(value) ? value : [];
}
const isRow = (row: unknown): row is DocumentRow => typeof row === 'object' && row !== null;

const header = (column: string): Localized =>
  columnDef('retentionLog', column)?.header ?? { da: column, en: column };

/**
 * Resolves holdings to their rules over one document: the lookup maps are built once and
 * each distinct rule text is parsed once, however many holdings share it.
 */
export function createRuleResolver(
  doc: RegisterDocument,
): (holding: DocumentRow, index: number) => RuleResolution {
  const activities = sheetRows(doc, 'activities');
  const categories = sheetRows(doc, 'dataCategories');
  const activityById = new Map<string, number>();
  const activityByName = new Map<string, number>();
  activities.forEach((a, i) => {
    if (!isRow(a)) return;
    const id = cellText(a.id);
    const name = nameKey(cellText(a.name));
    if (id && !activityById.has(id)) activityById.set(id, i);
    if (name && !activityByName.has(name)) activityByName.set(name, i);
  });
  // Names match as the validator matches references: case, accents and spacing aside.
  const findActivity = (id: string, name: string): number | undefined =>
    (id ? activityById.get(id) : undefined) ?? (name ? activityByName.get(nameKey(name)) : undefined);

  const categoryById = new Map<string, number>();
  const categoryByGroup = new Map<string, number>();
  categories.forEach((c, i) => {
    if (!isRow(c)) return;
    const id = cellText(c.id);
    if (id && !categoryById.has(id)) categoryById.set(id, i);
    const activity = findActivity(cellText(c.activityId), cellText(c.activity));
    const group = nameKey(cellText(c.subjectGroup));
    const groupKey = `${activity}|${group}`;
    if (activity !== undefined && group && !categoryByGroup.has(groupKey)) categoryByGroup.set(groupKey, i);
  });

  const parsed = new Map<string, ParsedRetention>();
  const parseOnce = (text: string): ParsedRetention => {
    let p = parsed.get(text);
    if (!p) {
      p = parseRetention(text);
      parsed.set(text, p);
    }
    return p;
  };

  const resolveUncached = (holding: DocumentRow, row: number): RuleResolution => {
    const problems: RetentionProblem[] = [];
    const categoryId = cellText(holding.dataCategoryId);
    const group = cellText(holding.subjectGroup);
    const activityName = cellText(holding.activity);
    let activityIndex = findActivity(cellText(holding.activityId), activityName);
    let categoryIndex = categoryId ? categoryById.get(categoryId) : undefined;
    if (categoryIndex !== undefined && activityIndex === undefined) {
      const c = categories[categoryIndex];
      activityIndex = findActivity(cellText(c.activityId), cellText(c.activity));
    }
    if (activityIndex === undefined) {
      problems.push({
        code: activityName ? 'unknownActivity' : 'missingActivity',
        sheet: 'retentionLog',
        row,
        column: 'activity',
        message: activityName
          ? holdingMessages.unknownActivity(activityName)
          : holdingMessages.missingActivity(),
      });
    } else if (categoryIndex === undefined && group) {
      categoryIndex = categoryByGroup.get(`${activityIndex}|${nameKey(group)}`);
      if (categoryIndex === undefined) {
        problems.push({
          code: 'unknownDataCategory',
          sheet: 'retentionLog',
          row,
          column: 'subjectGroup',
          message: holdingMessages.unknownDataCategory(group),
        });
      }
    }
    const categoryText = categoryIndex === undefined ? '' : cellText(categories[categoryIndex].retention);
    const activityText = activityIndex === undefined ? '' : cellText(activities[activityIndex].retention);
    const source = retentionSource(categoryText !== '', activityIndex !== undefined);
    const text = categoryText || activityText;
    const p = source ? parseOnce(text) : null;
    return {
      rule: p?.rule ?? null,
      parsed: p,
      text,
      source,
      activityIndex: activityIndex ?? null,
      dataCategoryIndex: categoryIndex ?? null,
      problems,
    };
  };

  // Holdings repeat a few combinations of activity and group many times: resolve each once.
  // Resolutions without problems are shared between holdings, so treat them as read-only.
  const cache = new ResolutionCache();
  return (holding, index) => {
    const row = userRow(holding, index);
    const activityId = cellText(holding.activityId);
    const activity = cellText(holding.activity);
    const categoryId = cellText(holding.dataCategoryId);
    const group = cellText(holding.subjectGroup);
    const cached = cache.get(activityId, activity, categoryId, group);
    if (cached) {
      return cached.problems.length === 0
        ? cached
        : { ...cached, problems: cached.problems.map((p) => ({ ...p, row })) };
    }
    const resolution = resolveUncached(holding, row);
    cache.set(activityId, activity, categoryId, group, resolution);
    return resolution;
  };
}

/**
 * Resolutions by the four cells that decide them (activity id, activity name, data-category
 * id, group), in nested maps keyed by the cells' own strings: building one key string per
 * holding cost more than resolving did.
 */
class ResolutionCache {
  private readonly root = new Map<string, Map<string, Map<string, Map<string, RuleResolution>>>>();

  get(activityId: string, activity: string, categoryId: string, group: string): RuleResolution | undefined {
    return this.root.get(activityId)?.get(activity)?.get(categoryId)?.get(group);
  }

  set(activityId: string, activity: string, categoryId: string, group: string, value: RuleResolution): void {
    const byActivity = childOf(this.root, activityId);
    const byCategoryId = childOf(byActivity, activity);
    const byGroup = childOf(byCategoryId, categoryId);
    byGroup.set(group, value);
  }
}

function childOf<V>(map: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let child = map.get(key);
  if (!child) {
    child = new Map();
    map.set(key, child);
  }
  return child;
}

/** The rule that governs one holding (see createRuleResolver for many). */
export function ruleForHolding(doc: RegisterDocument, holding: DocumentRow, index = 0): RuleResolution {
  return createRuleResolver(doc)(holding, index);
}

const NO_PROBLEMS: readonly RetentionProblem[] = Object.freeze([]);

function readHoldingDate(
  holding: DocumentRow,
  column: string,
  row: number,
  problems: RetentionProblem[],
): string | null {
  const cell = holding[column];
  // Fast path: most cells are blank or already ISO dates (an add-on or CLI wrote them).
  if (cell === null || cell === undefined || cell === '') return null;
  if (isIsoDate(cell)) return cell;
  const read = readDateCell(cell);
  if (read.unreadable) {
    problems.push({
      code: 'unreadableDate',
      sheet: 'retentionLog',
      row,
      column,
      message: holdingMessages.unreadableDate(header(column), String(cell).slice(0, 40)),
    });
  }
  return read.value;
}

/** A holding's facts from its cells, with a problem for each cell that could not be read. */
export function holdingFacts(
  holding: DocumentRow,
  row: number,
): { facts: HoldingFacts; problems: RetentionProblem[] } {
  const problems: RetentionProblem[] = [];
  return { facts: readHoldingFacts(holding, row, problems), problems };
}

/** holdingFacts, adding the problems to `problems`: a register evaluation reuses one list for
 * all its holdings instead of allocating an empty one per holding. */
function readHoldingFacts(holding: DocumentRow, row: number, problems: RetentionProblem[]): HoldingFacts {
  const events: TriggerDates = {
    collected: readHoldingDate(holding, 'collected', row, problems),
    lastContact: readHoldingDate(holding, 'lastContact', row, problems),
    relationshipEnded: readHoldingDate(holding, 'relationshipEnded', row, problems),
    purposeFulfilled: readHoldingDate(holding, 'purposeFulfilled', row, problems),
    recordDate: readHoldingDate(holding, 'recordDate', row, problems),
    customEvent: readHoldingDate(holding, 'customEvent', row, problems),
  };
  const extendedUntil = readHoldingDate(holding, 'extendedUntil', row, problems);
  const deletedOn = readHoldingDate(holding, 'deletedOn', row, problems);
  return { events, deletedOn, legalHold: readLegalHold(holding, row, problems), extendedUntil };
}

function readLegalHold(holding: DocumentRow, row: number, problems: RetentionProblem[]): boolean {
  const cell = holding.legalHold;
  // Fast path: a tick box holds a boolean, and most holdings have none or an empty cell.
  if (typeof cell === 'boolean') return cell;
  if (cell === null || cell === undefined || cell === '') return false;
  const hold = readBooleanCell(cell);
  if (hold.unreadable) {
    problems.push({
      code: 'unreadableBoolean',
      sheet: 'retentionLog',
      row,
      column: 'legalHold',
      message: holdingMessages.unreadableBoolean(header('legalHold'), String(cell).slice(0, 40)),
    });
  }
  return hold.value === true;
}

function emptyCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/**
 * Every holding and deletion routine of the register, assessed on `today` with the
 * register's settings (due-soon window, financial-year end) unless the options override them.
 */
export function evaluateRegister(
  doc: RegisterDocument,
  options: { today: string; dueSoonDays?: number; fiscalYearEnd?: string },
): RegisterEvaluation {
  const settings = registerSettings(doc);
  const dueSoonDays = options.dueSoonDays ?? settings.dueSoonDays;
  const fiscalYearEnd = options.fiscalYearEnd ?? settings.fiscalYearEnd;
  const resolve = createRuleResolver(doc);
  const counts = {
    holdings: emptyCounts([
      'deleted',
      'legalHold',
      'manual',
      'missingDate',
      'overdue',
      'dueSoon',
      'mayDelete',
      'floorReview',
      'ok',
    ] as const),
    routines: emptyCounts(['overdue', 'dueSoon', 'ok', 'never', 'none'] as const),
  };

  const due = createDueDateMemo({ fiscalYearEnd });
  const window = { today: options.today, dueSoonDays };
  const floorOptions = { today: options.today, fiscalYearEnd, floorReviewDays: settings.floorReviewDays };
  // One scratch list for the cells' problems; a holding gets its own copy only if it has any.
  const cellProblems: RetentionProblem[] = [];
  const log = sheetRows(doc, 'retentionLog');
  // Sized once and trimmed at the end: growing an array to 100,000 entries one push at a time
  // cost more than filling it.
  const holdings: HoldingEvaluation[] = new Array(log.length);
  let count = 0;
  for (let index = 0; index < log.length; index++) {
    const h = log[index];
    if (!isRow(h)) continue;
    const row = userRow(h, index);
    const resolution = resolve(h, index);
    cellProblems.length = 0;
    const facts = readHoldingFacts(h, row, cellProblems);
    const rule = resolution.rule;
    const floor = holdingFloor(facts, rule, floorOptions);
    const assessment = assessHoldingWithDue(
      facts,
      rule,
      rule ? due(rule, facts.events) : null,
      window,
      floor,
    );
    counts.holdings[assessment.status]++;
    holdings[count++] = {
      index,
      row,
      id: cellText(h.id),
      reference: cellText(h.reference),
      resolution,
      facts,
      assessment,
      problems:
        resolution.problems.length || cellProblems.length
          ? [...resolution.problems, ...cellProblems]
          : (NO_PROBLEMS as RetentionProblem[]),
    };
  }
  holdings.length = count;

  const routines: RoutineEvaluation[] = [];
  sheetRows(doc, 'activities').forEach((a, index) => {
    if (!isRow(a)) return;
    const cadenceText = cellText(a.routineCadence);
    const hasRoutine =
      cellText(a.deletionRoutine) !== '' || cadenceText !== '' || cellText(a.routineLastRun) !== '';
    if (!hasRoutine) return;
    const row = userRow(a, index);
    const problems: RetentionProblem[] = [];
    const cadence = cadenceText
      ? ((findEntry('cadence', cadenceText)?.id as Cadence | undefined) ?? null)
      : null;
    if (cadenceText && !cadence) {
      problems.push({
        code: 'unreadableCadence',
        sheet: 'activities',
        row,
        column: 'routineCadence',
        message: holdingMessages.unreadableCadence(cadenceText.slice(0, 40)),
      });
    }
    const lastRun = readDateCell(a.routineLastRun);
    if (lastRun.unreadable) {
      const column = columnDef('activities', 'routineLastRun')?.header ?? {
        da: 'routineLastRun',
        en: 'routineLastRun',
      };
      problems.push({
        code: 'unreadableDate',
        sheet: 'activities',
        row,
        column: 'routineLastRun',
        message: holdingMessages.unreadableDate(column, String(a.routineLastRun).slice(0, 40)),
      });
    }
    const assessment = assessRoutine(
      { cadence, lastRun: lastRun.value },
      { today: options.today, dueSoonDays },
    );
    counts.routines[assessment.status]++;
    routines.push({
      index,
      row,
      activityId: cellText(a.id),
      activity: cellText(a.name),
      cadence,
      lastRun: lastRun.value,
      assessment,
      problems,
    });
  });

  return { today: options.today, settings, holdings, routines, counts };
}
