// The retention overview's public server functions: compute every holding's and routine's
// due date and status with the shared core and write them into the sheets as values (no
// volatile formulas); "Mark deleted" appends chained entries to the deletion log; "Extend
// with reason" records a new date and its mandatory reason. All writes hold the document lock.

import type { Lang } from '../../../shared/register/types.ts';
import {
  computedColumns,
  type MarkDeletedOptions,
  planExtension,
  planMarkDeleted,
  type RetentionOverview,
  retentionOverview,
} from './retention.ts';
import { assessRetention } from './retentionAssess.ts';
import {
  type LoadedRegister,
  loadRegister,
  registerLang,
  registerToday,
  withDocumentLock,
} from './register.ts';
import { FeatureFailure, type FeatureResult, guarded, ok } from './result.ts';
import { appendRows, missingColumns, sheetTitle, writeColumns } from './sheetTable.ts';
import { showSidebar } from './sidebar.ts';
import { workerStatusLines } from './sync.ts';

const RETENTION_SHEETS = ['activities', 'dataCategories', 'retentionLog', 'deletionLog'] as const;

/** What the page gets back after a change: the fresh overview. */
export interface RetentionChange {
  overview: RetentionOverview;
  changed: number;
}

const DELETER_PROPERTY = 'art30.deleterName';

function ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function load(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): LoadedRegister {
  const loaded = loadRegister(spreadsheet, lang, RETENTION_SHEETS);
  if (!loaded.tables.retentionLog)
    throw new FeatureFailure('registerMissing', { sheet: sheetTitle('retentionLog', lang) });
  return loaded;
}

/** Computes and writes due/status (one setValues per block of adjacent columns); returns the overview. */
function refresh(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  loaded: LoadedRegister,
): RetentionOverview {
  const { doc, tables } = loaded;
  const assessment = assessRetention(doc, registerToday(spreadsheet));
  const columns = computedColumns(doc, assessment, lang);
  if (tables.retentionLog) writeColumns(tables.retentionLog, columns.retentionLog);
  if (tables.activities) writeColumns(tables.activities, columns.activities);
  return retentionOverview(doc, assessment);
}

/** Menu: Retention overview. Writes the due dates and statuses, then opens the page. */
export function openRetentionOverview(): void {
  const spreadsheet = ss();
  const lang = registerLang(spreadsheet);
  // The page shows the error itself if the register cannot be read; the sidebar opens anyway.
  withDocumentLock(() => {
    try {
      refresh(spreadsheet, lang, load(spreadsheet, lang));
    } catch {
      // reported by getRetentionOverview when the page loads
    }
  });
  showSidebar('retention', lang);
}

/** The page's data, computed from the sheets as they are (nothing written). */
export function getRetentionOverview(): FeatureResult<RetentionOverview> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const lang = registerLang(spreadsheet);
      const { doc } = load(spreadsheet, lang);
      const overview = retentionOverview(doc, assessRetention(doc, registerToday(spreadsheet)));
      return ok({ ...overview, workerStatus: workerStatusLines(spreadsheet, doc.lang) });
    },
  );
}

/** The person recorded as having deleted: the user's email, else the name they gave once. */
function deleter(givenName: string | undefined): string | null {
  let email = '';
  try {
    email = Session.getActiveUser().getEmail();
  } catch {
    // no userinfo.email scope: fall back to the stored name
  }
  if (email) return email;
  const props = PropertiesService.getUserProperties();
  const name = (givenName ?? '').trim();
  if (name) {
    props.setProperty(DELETER_PROPERTY, name);
    return name;
  }
  return props.getProperty(DELETER_PROPERTY) || null;
}

/**
 * Records that holdings were deleted: one chained deletion-log entry per holding, appended in
 * one batch, then `deletedOn` on the holdings' rows, then fresh due/status columns.
 */
export function markDeleted(
  holdingIds: string[],
  options: MarkDeletedOptions & { deletedByName?: string },
): FeatureResult<RetentionChange> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const lang = registerLang(spreadsheet);
      const by = deleter(options?.deletedByName);
      if (!by) throw new FeatureFailure('deleterNameRequired');
      const result = withDocumentLock(() => {
        const loaded = load(spreadsheet, lang);
        const { doc, tables } = loaded;
        const log = tables.deletionLog;
        if (!log) throw new FeatureFailure('registerMissing', { sheet: sheetTitle('deletionLog', lang) });
        const missing = missingColumns(log, ['holdingId', 'deletedOn', 'hash', 'prevHash']);
        if (missing.length > 0)
          throw new FeatureFailure('columnMissing', {
            column: missing.join(', '),
            sheet: log.sheet.getName(),
          });
        const holdings = tables.retentionLog!;
        if (!holdings.positions.has('deletedOn')) {
          throw new FeatureFailure('columnMissing', { column: 'deletedOn', sheet: holdings.sheet.getName() });
        }
        const assessment = assessRetention(doc, registerToday(spreadsheet));
        const plan = planMarkDeleted(doc, assessment, holdingIds, options, by);
        appendRows(log, plan.entries);
        // deletedOn for the chosen holdings: one setValues over the span of their rows.
        const first = Math.min(...plan.holdingIndexes);
        const last = Math.max(...plan.holdingIndexes);
        const chosen = new Set(plan.holdingIndexes);
        const span = doc.sheets
          .retentionLog!.slice(first, last + 1)
          .map((row, i) => (chosen.has(first + i) ? options.deletedOn : (row.deletedOn ?? '')));
        writeColumns(holdings, { deletedOn: span }, first);
        for (const index of plan.holdingIndexes)
          doc.sheets.retentionLog![index].deletedOn = options.deletedOn;
        doc.sheets.deletionLog = [...(doc.sheets.deletionLog ?? []), ...plan.entries];
        return { overview: refresh(spreadsheet, lang, loaded), changed: plan.entries.length };
      });
      if (!result) throw new FeatureFailure('busy');
      return ok(result);
    },
  );
}

/** Extends one holding's deadline; an empty reason or a date before today writes nothing. */
export function extendHolding(
  holdingId: string,
  untilIso: string,
  reason: string,
): FeatureResult<RetentionChange> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const lang = registerLang(spreadsheet);
      const result = withDocumentLock(() => {
        const loaded = load(spreadsheet, lang);
        const { doc, tables } = loaded;
        const holdings = tables.retentionLog!;
        const missing = missingColumns(holdings, ['extendedUntil', 'extensionReason']);
        if (missing.length > 0)
          throw new FeatureFailure('columnMissing', {
            column: missing.join(', '),
            sheet: holdings.sheet.getName(),
          });
        const index = planExtension(doc, registerToday(spreadsheet), holdingId, untilIso, reason);
        const row = doc.sheets.retentionLog![index];
        row.extendedUntil = untilIso.trim();
        row.extensionReason = reason.trim();
        writeColumns(
          holdings,
          { extendedUntil: [row.extendedUntil], extensionReason: [row.extensionReason] },
          index,
        );
        return { overview: refresh(spreadsheet, lang, loaded), changed: 1 };
      });
      if (!result) throw new FeatureFailure('busy');
      return ok(result);
    },
  );
}
