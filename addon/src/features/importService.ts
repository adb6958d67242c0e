// The import's public server functions: list the sheets that could hold an existing register,
// show how a chosen sheet's columns are understood, and write its activities and data-category
// rows into the structured register after the user confirms. The source sheet is only read.

import type { CellValue } from '../../../shared/register/types.ts';
import { type ImportPreview, planImport } from './importRegister.ts';
import { idFactory } from './ids.ts';
import { isRegisterSheetTitle } from './locate.ts';
import { loadRegister, registerLang, withDocumentLock } from './register.ts';
import { FeatureFailure, type FeatureResult, guarded, ok } from './result.ts';
import { appendRows, cellToCore, deleteRows, type SheetTable, sheetTitle, updateRows } from './sheetTable.ts';
import { showSidebar } from './sidebar.ts';

const IMPORT_TARGETS = ['activities', 'dataCategories', 'recipients', 'systems', 'securityMeasures'] as const;

export interface ImportSources {
  sheets: { name: string; rows: number }[];
}

export interface ImportDone {
  activities: number;
  groups: number;
  preview: ImportPreview;
}

function ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** Menu: Import existing register. */
export function openImport(): void {
  showSidebar('import', registerLang(ss()));
}

/** The sheets that are not part of the register: candidates to import from. */
export function getImportSources(): FeatureResult<ImportSources & { lang: 'da' | 'en' }> {
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
  return sheet
    .getDataRange()
    .getValues()
    .map((row) => row.map((v) => cellToCore(v)));
}

function plan(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string) {
  const lang = registerLang(spreadsheet);
  const grid = readSource(spreadsheet, sheetName);
  const loaded = loadRegister(spreadsheet, lang, IMPORT_TARGETS);
  for (const id of ['activities', 'dataCategories'] as const) {
    if (!loaded.tables[id]) throw new FeatureFailure('registerMissing', { sheet: sheetTitle(id, lang) });
  }
  const result = planImport(grid, sheetName, loaded.doc, idFactory('act'), idFactory('dc'), idFactory('ref'));
  if (!result || result.activities.length === 0)
    throw new FeatureFailure('importNothing', { sheet: sheetName });
  return { result, loaded };
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
        const { result, loaded } = plan(spreadsheet, sheetName);
        const { preview } = result;
        if (preview.conflicts.length > 0 && options?.replaceExisting !== true) {
          throw new FeatureFailure('importWouldOverwrite', {
            count: preview.conflicts.length,
            names: preview.conflicts.join(', '),
          });
        }
        const activities = loaded.tables.activities as SheetTable;
        const groups = loaded.tables.dataCategories as SheetTable;
        updateRows(
          activities,
          result.activities
            .filter((a) => a.index !== null)
            .map((a) => ({ index: a.index as number, row: a.row })),
        );
        appendRows(
          activities,
          result.activities.filter((a) => a.index === null).map((a) => a.row),
        );
        appendRows(groups, result.groupAppends);
        deleteRows(groups, result.groupDeletes);
        for (const [sheet, rows] of Object.entries(result.referenceAppends)) {
          const table = loaded.tables[sheet as keyof typeof loaded.tables];
          if (table && rows) appendRows(table, rows);
        }
        return { activities: result.activities.length, groups: result.groupAppends.length, preview };
      });
      if (!done) throw new FeatureFailure('busy');
      return ok(done);
    },
  );
}
