// The import's public server functions: list the sheets that could hold an existing register,
// show how a chosen sheet's columns are understood, and write its activities and data-category
// rows into the structured register after the user confirms. The source sheet is only read.

import type { CellValue, Lang } from '../../../shared/register/types.ts';
import { idFactory, idsInUse } from '../../views/ids.ts';
import type { ImportDone, ImportPreview, ImportSources } from '../../views/import.ts';
import { toCore } from '../sheets/cells.ts';
import { planImport } from './importRegister.ts';
import { isRegisterSheetTitle } from './locate.ts';
import { loadWorkbook, registerLang, requireLayout, withDocumentLock } from './register.ts';
import { FeatureFailure, type FeatureResult, guarded, ok } from './result.ts';
import { appendRows, deleteSheetRows, updateRows } from './sheetWrites.ts';
import { showSidebar } from './sidebar.ts';
import { registerWritten } from './sync.ts';

function ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Menu: Import existing register. */
export function openImport(): void {
  showSidebar('import', registerLang(ss()));
}

/** The sheets that are not part of the register: candidates to import from. */
export function getImportSources(): FeatureResult<ImportSources & { lang: Lang }> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const sheets = spreadsheet
        .getSheets()
        .filter((s) => !isRegisterSheetTitle(s.getName()))
        .map((s) => ({ name: s.getName(), rows: Math.max(0, s.getLastRow() - 1) }));
      return ok({ lang: registerLang(spreadsheet), sheets });
    },
  );
}

function readSource(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string): CellValue[][] {
  const name = String(sheetName ?? '');
  if (isRegisterSheetTitle(name)) throw new FeatureFailure('importSourceIsRegister', { sheet: name });
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new FeatureFailure('importSourceMissing', { sheet: name });
  const timeZone = spreadsheet.getSpreadsheetTimeZone() || 'Europe/Copenhagen';
  return sheet
    .getDataRange()
    .getValues()
    .map((row) => row.map((v) => toCore(v, timeZone)));
}

function plan(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string) {
  const lang = registerLang(spreadsheet);
  const grid = readSource(spreadsheet, sheetName);
  const wb = loadWorkbook(spreadsheet, lang);
  requireLayout(wb, 'activities', ['id', 'name']);
  requireLayout(wb, 'dataCategories', ['id', 'activityId', 'activity']);
  // One Utilities.getUuid() seeds every id the import needs; none repeats one in the register.
  const newId = idFactory(Utilities.getUuid(), idsInUse(wb.doc));
  const result = planImport(grid, sheetName, wb.doc, newId, newId, newId);
  if (!result || result.activities.length === 0)
    throw new FeatureFailure('importNothing', { sheet: sheetName });
  return { result, wb };
}

/** How the sheet would be imported: the column mapping, unmapped columns and what exists already. */
export function previewImport(sheetName: string): FeatureResult<ImportPreview> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => ok(plan(spreadsheet, sheetName).result.preview),
  );
}

/**
 * Writes the imported activities and their data-category rows (and name-only rows for
 * recipients, systems and measures the register lacks). Activities that exist already by name
 * are replaced only with `replaceExisting`.
 */
export function confirmImport(
  sheetName: string,
  options: { replaceExisting?: boolean } = {},
): FeatureResult<ImportDone> {
  const spreadsheet = ss();
  return guarded(
    () => registerLang(spreadsheet),
    () => {
      const done = withDocumentLock(() => {
        const { result, wb } = plan(spreadsheet, sheetName);
        const { preview } = result;
        if (preview.conflicts.length > 0 && options?.replaceExisting !== true) {
          throw new FeatureFailure('importWouldOverwrite', {
            count: preview.conflicts.length,
            names: preview.conflicts.join(', '),
          });
        }
        const activities = wb.layout.activities!;
        const groups = wb.layout.dataCategories!;
        const existing = wb.doc.sheets;
        updateRows(
          wb,
          activities,
          result.activities
            .filter((a) => a.index !== null)
            .map((a) => ({ ...a.row, $row: existing.activities![a.index as number].$row })),
        );
        appendRows(
          wb,
          activities,
          result.activities.filter((a) => a.index === null).map((a) => a.row),
        );
        appendRows(wb, groups, result.groupAppends);
        deleteSheetRows(
          groups,
          result.groupDeletes.map((i) => existing.dataCategories![i].$row!),
        );
        for (const [sheet, rows] of Object.entries(result.referenceAppends)) {
          const layout = wb.layout[sheet as 'recipients' | 'systems' | 'securityMeasures'];
          if (layout && rows) appendRows(wb, layout, rows);
        }
        registerWritten(spreadsheet, registerLang(spreadsheet), false);
        return { activities: result.activities.length, groups: result.groupAppends.length, preview };
      });
      if (!done) throw new FeatureFailure('busy');
      return ok(done);
    },
  );
}
