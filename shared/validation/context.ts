// What every rule needs while validating one document: the options, the role, name indexes of
// the referenced sheets (Maps, so a large register stays linear), and a way to add an issue.

import type { EvidenceContext } from '../register/deletionEvidence.ts';
import { cellText, nameKey, rows } from '../register/document.ts';
import { columnDef, sheetDef } from '../register/schema.ts';
import type {
  DocumentRow,
  Issue,
  Lang,
  RegisterDocument,
  Severity,
  SheetId,
  TableSheetId,
} from '../register/types.ts';
import { userRow } from '../register/types.ts';
import { findEntry, normaliseTerm } from '../vocabularies/index.ts';
import type { VocabularyId } from '../vocabularies/types.ts';
import { type IssueCode, type MessageParams, renderMessage } from './messages.ts';
import { isEmptyRow } from './rules/cells.ts';

export interface ValidateOptions {
  /** ISO date the checks are relative to (reviews, adequacy decisions' end dates). */
  today: string;
  lang: Lang;
  /** The worker's anchors and the keys that check the deletion log's signatures (issue 16). */
  evidence?: EvidenceContext;
  /** The instant (epoch ms) the breach clock is read at; default noon of `today` in `timeZone`. */
  now?: number;
  /** The spreadsheet's time zone, for times in messages; default Europe/Copenhagen. */
  timeZone?: string;
}

export interface NamedRow {
  row: DocumentRow;
  index: number;
}

export class ValidationContext {
  readonly issues: Issue[] = [];
  readonly isController: boolean;
  readonly isProcessor: boolean;
  private readonly sheetRows = new Map<TableSheetId, DocumentRow[]>();
  private readonly filled = new Map<TableSheetId, Int32Array>();
  private readonly nameIndexes = new Map<TableSheetId, Map<string, NamedRow>>();
  private readonly idIndexes = new Map<TableSheetId, Map<string, NamedRow>>();
  private readonly customLists = new Map<string, Set<string>>();

  constructor(
    readonly doc: RegisterDocument,
    readonly options: ValidateOptions,
  ) {
    const role = findEntry('role', cellText(doc.organisation?.['role']))?.id ?? 'controller';
    this.isController = role !== 'processor';
    this.isProcessor = role !== 'controller';
    for (const row of this.rows('lists')) {
      for (const [column, value] of Object.entries(row)) {
        const text = cellText(value);
        if (!text || column === '$row') continue;
        let set = this.customLists.get(column);
        if (!set) {
          set = new Set();
          this.customLists.set(column, set);
        }
        set.add(normaliseTerm(text));
      }
    }
  }

  get lang(): Lang {
    return this.options.lang;
  }

  /** The rows of `sheet` (see `rows` in register/document.ts), read once per validation. */
  rows(sheet: TableSheetId): DocumentRow[] {
    let list = this.sheetRows.get(sheet);
    if (!list) {
      list = rows(this.doc, sheet);
      this.sheetRows.set(sheet, list);
    }
    return list;
  }

  /** Indexes (into `rows(sheet)`) of the rows that hold something. Sheets carry blank rows,
   * which no rule reports on; several rules walk the same sheet, so this is worked out once. */
  filledIndexes(sheet: TableSheetId): Int32Array {
    let list = this.filled.get(sheet);
    if (!list) {
      const sheetRows = this.rows(sheet);
      // A typed array sized once: growing a plain array of 100,000 indexes cost ten times more.
      const indexes = new Int32Array(sheetRows.length);
      let count = 0;
      // A filled row nearly always has its first user column filled: reading that one cell
      // settles it without walking the row's every cell.
      const probe = sheetDef(sheet).columns.find((c) => c.type !== 'id')?.id;
      for (let i = 0; i < sheetRows.length; i++) {
        const row = sheetRows[i];
        if ((probe !== undefined && cellText(row[probe]) !== '') || !isEmptyRow(row)) indexes[count++] = i;
      }
      list = indexes.subarray(0, count);
      this.filled.set(sheet, list);
    }
    return list;
  }

  /** Adds an issue; `column` is a schema column id whose header fills `{column}`. */
  add(
    severity: Severity,
    code: IssueCode,
    sheet: SheetId,
    row: number | null,
    column: string | null,
    params: MessageParams = {},
  ): void {
    const header = column ? columnDef(sheet, column)?.header : undefined;
    const { message, hint } = renderMessage(code, this.options.lang, {
      ...(header ? { column: header } : {}),
      ...params,
    });
    this.issues.push({ severity, code, sheet, row, column, message, hint });
  }

  /** Adds an issue about the row at `index` of a data sheet. */
  addAt(
    severity: Severity,
    code: IssueCode,
    sheet: TableSheetId,
    row: DocumentRow,
    index: number,
    column: string | null,
    params: MessageParams = {},
  ): void {
    this.add(severity, code, sheet, userRow(row, index), column, params);
  }

  /** Whether a label outside the vocabulary was added to the Lists sheet. */
  isCustomListed(vocab: VocabularyId, text: string): boolean {
    return this.customLists.get(vocab)?.has(normaliseTerm(text)) ?? false;
  }

  /** Rows of `sheet` by their name (the sheet's name column), case- and accent-insensitive. */
  nameIndex(sheet: TableSheetId): Map<string, NamedRow> {
    let index = this.nameIndexes.get(sheet);
    if (!index) {
      index = new Map();
      const nameColumn = sheetDef(sheet).nameColumn;
      if (nameColumn) {
        this.rows(sheet).forEach((row, i) => {
          const name = cellText(row[nameColumn]);
          if (!name) return;
          for (const key of referenceKeys(sheet, name))
            if (!index!.has(key)) index!.set(key, { row, index: i });
        });
      }
      this.nameIndexes.set(sheet, index);
    }
    return index;
  }

  /** Rows of `sheet` by their stable id. */
  idIndex(sheet: TableSheetId): Map<string, NamedRow> {
    let index = this.idIndexes.get(sheet);
    if (!index) {
      index = new Map();
      const idColumn = sheetDef(sheet).idColumn;
      if (idColumn) {
        this.rows(sheet).forEach((row, i) => {
          const id = cellText(row[idColumn]);
          if (id && !index!.has(id)) index!.set(id, { row, index: i });
        });
      }
      this.idIndexes.set(sheet, index);
    }
    return index;
  }

  /** The row a name refers to on `sheet`, if any: the keys of `referenceKeys`, in order, tried
   * without building their list (this runs for every reference of a large register). */
  resolve(sheet: TableSheetId, name: string): NamedRow | undefined {
    const index = this.nameIndex(sheet);
    const hit = index.get(nameKey(name));
    if (hit || sheet !== 'securityMeasures') return hit;
    const entry = findEntry('securityMeasure', name);
    return entry ? index.get(`#${entry.id}`) : undefined;
  }
}

/** The keys a name is found by. Security measures also match through the catalogue, so "MFA"
 * finds a row named "To-faktor-login". */
function referenceKeys(sheet: TableSheetId, name: string): string[] {
  const keys = [nameKey(name)];
  if (sheet === 'securityMeasures') {
    const entry = findEntry('securityMeasure', name);
    if (entry) keys.push(`#${entry.id}`);
  }
  return keys;
}
