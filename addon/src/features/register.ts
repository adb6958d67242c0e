// What every sidebar feature reads first: the register language, today in the register's
// time zone, and the register's sheets as the core's RegisterDocument (each sheet read once).

import { todayInTimeZone } from '../../../shared/calendar/civilDate.ts';
import { ORGANISATION, SCHEMA_VERSION } from '../../../shared/register/schema.ts';
import type { CellValue, Lang, RegisterDocument, TableSheetId } from '../../../shared/register/types.ts';
import { LANG_PROPERTY, langFromLocale } from '../i18n.ts';
import { findRegisterSheet } from './locate.ts';
import { cellToCore, readTable, type SheetTable } from './sheetTable.ts';

/** The register's language: the one saved with the register, else the spreadsheet's locale. */
export function registerLang(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Lang {
  const saved = PropertiesService.getDocumentProperties().getProperty(LANG_PROPERTY);
  if (saved === 'da' || saved === 'en') return saved;
  return langFromLocale(ss.getSpreadsheetLocale());
}

export function registerToday(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return todayInTimeZone(ss.getSpreadsheetTimeZone() || 'Europe/Copenhagen', Date.now());
}

/** The Organisation form (field label in A, value in B) as field id → value. */
export function readOrganisation(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): RegisterDocument['organisation'] {
  const sheet = findRegisterSheet(ss, 'organisation');
  const organisation: RegisterDocument['organisation'] = {};
  if (!sheet) return organisation;
  const byLabel = new Map<string, string>();
  for (const c of ORGANISATION.columns) {
    byLabel.set(c.header.da.trim().toLowerCase(), c.id);
    byLabel.set(c.header.en.trim().toLowerCase(), c.id);
  }
  for (const [label, value] of sheet.getDataRange().getValues()) {
    const id = byLabel.get(
      String(label ?? '')
        .trim()
        .toLowerCase(),
    );
    if (id && organisation[id] === undefined) organisation[id] = cellToCore(value) as CellValue;
  }
  return organisation;
}

export interface LoadedRegister {
  doc: RegisterDocument;
  tables: Partial<Record<TableSheetId, SheetTable>>;
}

/** Reads the named sheets (each once) and the Organisation form into a RegisterDocument. */
export function loadRegister(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  sheets: readonly TableSheetId[],
): LoadedRegister {
  const tables: LoadedRegister['tables'] = {};
  const doc: RegisterDocument = {
    schemaVersion: SCHEMA_VERSION,
    lang,
    organisation: readOrganisation(ss),
    sheets: {},
  };
  for (const id of sheets) {
    const table = readTable(ss, id);
    if (!table) continue;
    tables[id] = table;
    doc.sheets[id] = table.rows;
  }
  return { doc, tables };
}

/** Runs `body` holding the document lock, or returns null when another edit holds it too long. */
export function withDocumentLock<T>(body: () => T): T | null {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) return null;
  try {
    return body();
  } finally {
    lock.releaseLock();
  }
}
