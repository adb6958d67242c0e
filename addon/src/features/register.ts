// What every sidebar feature reads first: the register language, today in the register's
// time zone, and the register itself through the sheet adapter (each sheet read once).

import { sheetDef } from '../../../shared/register/schema.ts';
import type { Lang, TableSheetId } from '../../../shared/register/types.ts';
import { LANG_PROPERTY, langFromLocale } from '../i18n.ts';
import { readWorkbook, type SheetLayout, type Workbook } from '../sheets/workbook.ts';
import { spreadsheetToday } from '../sheets/zone.ts';
import { FeatureFailure, type FeatureResult, guarded, ok } from './result.ts';

/** The register's language: the one saved with the register, else the spreadsheet's locale. */
export function registerLang(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  const saved = PropertiesService.getDocumentProperties().getProperty(LANG_PROPERTY);
  if (saved === 'da' || saved === 'en') return saved;
  return langFromLocale(ss.getSpreadsheetLocale());
}

export function registerToday(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return spreadsheetToday(ss.getSpreadsheetTimeZone() || 'Europe/Copenhagen');
}

export function loadWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): Workbook {
  return readWorkbook(ss, lang);
}

/**
 * The layout of a sheet the feature writes to, with the columns it needs; a clear error
 * (in the register's language) when the sheet or a column is missing, before anything is written.
 */
export function requireLayout(wb: Workbook, sheetId: TableSheetId, columns: readonly string[]): SheetLayout {
  const layout = wb.layout[sheetId];
  const title = (id: TableSheetId) => wb.layout[id]?.name ?? sheetDef(id).title[wb.doc.lang];
  if (!layout) throw new FeatureFailure('registerMissing', { sheet: title(sheetId) });
  const missing = columns.filter((c) => !layout.columns.has(c));
  if (missing.length > 0) {
    const headers = missing.map((c) => layout.def.columns.find((d) => d.id === c)?.header[wb.doc.lang] ?? c);
    throw new FeatureFailure('columnMissing', { column: headers.join(', '), sheet: layout.name });
  }
  return layout;
}

/** Runs `body` holding the document lock, or returns null when another edit holds it too long. */
export function withDocumentLock<T>(body: () => T): T | null {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) return null;
  try {
    return body();
  } finally {
    // Google asks for a flush before releasing a lock, so the next holder reads these writes.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/**
 * A form's model: the register read once in its language, `body` shaping it, any failure
 * reported in that language.
 */
export function formModelOf<T>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  body: (wb: Workbook, lang: Lang) => T,
): FeatureResult<T> {
  return guarded(
    () => registerLang(ss),
    () => {
      const lang = registerLang(ss);
      return ok(body(loadWorkbook(ss, lang), lang));
    },
  );
}

/**
 * A form's save: `body` runs under the document lock with the register's language; "busy" when
 * the lock cannot be had, any failure reported in that language.
 */
export function savedUnderLock<T>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  body: (lang: Lang) => T,
): FeatureResult<T> {
  return guarded(
    () => registerLang(ss),
    () => {
      const lang = registerLang(ss);
      const saved = withDocumentLock(() => body(lang));
      if (saved === null) throw new FeatureFailure('busy');
      return ok(saved);
    },
  );
}
