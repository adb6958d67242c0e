// The sheet-shaped document model that the CLI, the templates, the add-on and the validator
// all speak (see "Contracts between the parts"). Pure data: no Date objects, no platform types.

export type Lang = 'da' | 'en';
export const LANGS: readonly Lang[] = ['da', 'en'];

/** Text in both user-facing languages. */
export interface Localized {
  da: string;
  en: string;
}

/** A cell as the core sees it: dates are ISO `YYYY-MM-DD` strings, blanks are `''` or `null`. */
export type CellValue = string | number | boolean | null;

/**
 * One row of a data sheet, keyed by schema column id. `$row` is the row the user sees
 * (index + 2 in a sheet; the source row of a file for an imported document). When it is
 * absent the row is taken to be index + 2.
 */
export type DocumentRow = { [columnId: string]: CellValue | undefined } & { $row?: number };

export type SheetId =
  | 'organisation'
  | 'activities'
  | 'dataCategories'
  | 'processorRecord'
  | 'recipients'
  | 'systems'
  | 'securityMeasures'
  | 'retentionLog'
  | 'deletionLog'
  | 'breaches'
  | 'requests'
  | 'lists';

/** The data sheets, i.e. every sheet but the Organisation form. */
export type TableSheetId = Exclude<SheetId, 'organisation'>;

export interface RegisterDocument {
  schemaVersion: number;
  lang: Lang;
  /** The Organisation sheet: a two-column form of field id → value. */
  organisation: { [fieldId: string]: CellValue | undefined };
  /** Data sheets by sheet id; a missing sheet counts as empty. */
  sheets: Partial<Record<TableSheetId, DocumentRow[]>>;
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding of the validator (or of an import). `sheet`/`column` are schema ids;
 * `row` is the row the user sees (null for a whole-sheet or organisation-level issue,
 * where the Organisation sheet reports the field's row).
 */
export interface Issue {
  severity: Severity;
  code: string;
  sheet: SheetId;
  row: number | null;
  column: string | null;
  message: string;
  hint: string;
}

/** The row number a user sees for a document row at `index`. */
export function userRow(row: DocumentRow, index: number): number {
  return typeof row.$row === 'number' ? row.$row : index + 2;
}
