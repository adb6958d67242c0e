// The retention overview's public server functions: compute every holding's and routine's
// due date and status with the shared core and write them into the sheets as values (no
// volatile formulas); "Mark deleted" appends chained entries to the deletion log; "Extend
// with reason" records a new date and its mandatory reason. All writes hold the document lock.

import type { Lang } from '../../../shared/register/types.ts';
import type { RetentionChange, RetentionOverview } from '../../views/retention.ts';
import { repairIds } from '../setup.ts';
import type { Workbook } from '../sheets/workbook.ts';
import { signSheetEntry } from '../sync/evidence.ts';
import { readMemory } from '../sync/state.ts';
import { breachesOverview } from './breachesOverview.ts';
import { loadWorkbook, registerLang, registerToday, requireLayout, withDocumentLock } from './register.ts';
import { requestColumns, requestsOverview } from './requestsOverview.ts';
import { FeatureFailure, type FeatureResult, guarded, ok } from './result.ts';
import {
  computedColumns,
  type MarkDeletedOptions,
  planExtension,
  planMarkDeleted,
  retentionOverview,
} from './retention.ts';
import { assessRetention } from './retentionAssess.ts';
import { appendRows, writeColumns } from './sheetWrites.ts';
import { showSidebar } from './sidebar.ts';
import { catchUp, registerWritten, workerStatusLines } from './sync.ts';

const DELETER_PROPERTY = 'art30.deleterName';

function ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function load(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): Workbook {
  const wb = loadWorkbook(spreadsheet, lang);
  requireLayout(wb, 'retentionLog', ['id', 'reference']);
  return wb;
}

/** Computes and writes due/status (one setValues per block of adjacent columns); returns the overview. */
function refresh(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  wb: Workbook,
): RetentionOverview {
  const { doc } = wb;
  const assessment = assessRetention(doc, registerToday(spreadsheet));
  const columns = computedColumns(doc, assessment, lang);
  const holdings = wb.layout.retentionLog;
  if (holdings) {
    writeColumns(
      wb,
      holdings,
      ['due', 'status'],
      (doc.sheets.retentionLog ?? []).map((row, i) => ({
        $row: row.$row!,
        values: { due: columns.retentionLog.due[i], status: columns.retentionLog.status[i] },
      })),
    );
  }
  const activities = wb.layout.activities;
  if (activities) {
    writeColumns(
      wb,
      activities,
      ['routineDue', 'routineStatus'],
      (doc.sheets.activities ?? []).map((row, i) => ({
        $row: row.$row!,
        values: {
          routineDue: columns.activities.routineDue[i],
          routineStatus: columns.activities.routineStatus[i],
        },
      })),
    );
  }
  writeRequestColumns(wb, registerToday(spreadsheet), lang);
  return retentionOverview(doc, assessment);
}

/** The Requests sheet's due, status and exceptions, in one block (Set up may not have made it). */
function writeRequestColumns(wb: Workbook, today: string, lang: Lang): void {
  const layout = wb.layout.requests;
  if (!layout) return;
  const columns = requestColumns(wb.doc, today, lang);
  writeColumns(
    wb,
    layout,
    ['due', 'status', 'erasureExceptions'],
    (wb.doc.sheets.requests ?? []).map((row, i) => ({
      $row: row.$row!,
      values: {
        due: columns.due[i],
        status: columns.status[i],
        erasureExceptions: columns.erasureExceptions[i],
      },
    })),
  );
}

/** Menu: Retention overview. Writes the due dates and statuses, then opens the page. */
export function openRetentionOverview(): void {
  const spreadsheet = ss();
  const lang = registerLang(spreadsheet);
  withDocumentLock(() => {
    try {
      const wb = load(spreadsheet, lang);
      // Rows typed in since the last Set up or sync get their ids first: the page's actions
      // name entries by id.
      repairIds(wb);
      refresh(spreadsheet, lang, wb);
      catchUp(spreadsheet, lang);
    } catch {
      // The page reports why the register could not be read when it loads (getRetentionOverview).
    }
  });
  showSidebar('retention', lang);
}

/** The deadlines overview: the retention overview and the Requests and Breaches tabs. */
export type { DeadlinesOverview } from '../../views/requests.ts';

import type { DeadlinesOverview } from '../../views/requests.ts';

/** The page's data, computed from the sheets as they are (nothing written). */
export function getRetentionOverview(): FeatureResult<DeadlinesOverview> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const lang = registerLang(spreadsheet);
      const { doc, timeZone } = load(spreadsheet, lang);
      const today = registerToday(spreadsheet);
      const overview = retentionOverview(doc, assessRetention(doc, today));
      return ok({
        ...overview,
        workerStatus: workerStatusLines(spreadsheet, doc.lang),
        requests: requestsOverview(doc, today, lang),
        breaches: breachesOverview(doc, Date.now(), timeZone),
      });
    },
  );
}

/** The person recorded as having deleted: the user's email, else the name they gave once. */
function deleter(givenName: string | undefined): string | null {
  let email = '';
  try {
    email = Session.getActiveUser().getEmail();
  } catch {
    // Without the userinfo.email scope there is no address: fall back to the stored name.
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
        const wb = load(spreadsheet, lang);
        const { doc } = wb;
        const log = requireLayout(wb, 'deletionLog', [
          'holdingId',
          'reference',
          'deletedOn',
          'source',
          'signature',
          'prevHash',
          'hash',
        ]);
        const holdings = requireLayout(wb, 'retentionLog', ['id', 'deletedOn']);
        const assessment = assessRetention(doc, registerToday(spreadsheet));
        const enrolment = readMemory().enrolment;
        const plan = planMarkDeleted(doc, assessment, holdingIds, options, by, (content) =>
          signSheetEntry(enrolment, content),
        );
        appendRows(wb, log, plan.entries);
        const holdingRows = doc.sheets.retentionLog!;
        writeColumns(
          wb,
          holdings,
          ['deletedOn'],
          plan.holdingIndexes.map((i) => ({
            $row: holdingRows[i].$row!,
            values: { deletedOn: options.deletedOn },
          })),
        );
        for (const i of plan.holdingIndexes) holdingRows[i].deletedOn = options.deletedOn;
        doc.sheets.deletionLog = [...(doc.sheets.deletionLog ?? []), ...plan.entries];
        const overview = refresh(spreadsheet, lang, wb);
        // The worker must stop reminding about deleted data: sync at once.
        registerWritten(spreadsheet, lang, true);
        return { overview, changed: plan.entries.length };
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
        const wb = load(spreadsheet, lang);
        const holdings = requireLayout(wb, 'retentionLog', ['id', 'extendedUntil', 'extensionReason']);
        const index = planExtension(wb.doc, registerToday(spreadsheet), holdingId, untilIso, reason);
        const row = wb.doc.sheets.retentionLog![index];
        row.extendedUntil = String(untilIso).trim();
        row.extensionReason = String(reason).trim();
        writeColumns(
          wb,
          holdings,
          ['extendedUntil', 'extensionReason'],
          [
            {
              $row: row.$row!,
              values: { extendedUntil: row.extendedUntil, extensionReason: row.extensionReason },
            },
          ],
        );
        const overview = refresh(spreadsheet, lang, wb);
        registerWritten(spreadsheet, lang, true);
        return { overview, changed: 1 };
      });
      if (!result) throw new FeatureFailure('busy');
      return ok(result);
    },
  );
}
