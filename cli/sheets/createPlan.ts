// `art30 create` as two Sheets API requests: the spreadsheets.create body (every sheet with its
// grid: headers, header and field notes, bold header rows, the Lists sheet's labels, the
// template's rows with their stable ids, frozen header rows) and ONE batchUpdate (column widths,
// hidden id columns, date formats, data validation, warning protections, the Lists named ranges
// and the conditional formatting). It lays a register out as the add-on's Set up register plus
// Insert template does (addon/src/setup.ts, templates.ts), with the add-on's own help texts;
// test/cli-sheets/create.test.ts compares the two through the grid model, so a drift fails.

import type { sheets_v4 } from '@googleapis/sheets';
import { fillIds, idFactory, idsInUse } from '../../addon/views/ids.ts';
import { t } from '../../addon/views/messages.ts';
import { conditionalFormatSpecs } from '../../shared/register/conditionalFormats.ts';
import {
  type ColumnDef,
  LISTS,
  type RegisterRole,
  type SheetDef,
  sheetsForRoles,
} from '../../shared/register/schema.ts';
import type {
  CellValue,
  DocumentRow,
  Lang,
  RegisterDocument,
  TableSheetId,
} from '../../shared/register/types.ts';
import { findEntry, labelOf, labels } from '../../shared/vocabularies/index.ts';
import { serialFromIso } from './serial.ts';

type Request = sheets_v4.Schema$Request;
type CellData = sheets_v4.Schema$CellData;

const MARK = 'Art30';
const ROWS = 1000;
const COLOURS = { header: '#e8f0fe' };
const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** Date and date-time columns show in ISO order, as Set up formats them. */
const NUMBER_FORMATS: Partial<Record<ColumnDef['type'], sheets_v4.Schema$NumberFormat>> = {
  date: { type: 'DATE', pattern: 'yyyy-mm-dd' },
  dateTime: { type: 'DATE_TIME', pattern: 'yyyy-mm-dd hh:mm' },
};

export interface CreatePlan {
  body: sheets_v4.Schema$Spreadsheet;
  /** The batchUpdate requests, given the sheet ids spreadsheets.create assigned (by title). */
  requests(sheetIds: ReadonlyMap<string, number>): Request[];
}

function rolesOf(doc: RegisterDocument): RegisterRole[] {
  const entry = findEntry('role', String(doc.organisation.role ?? ''));
  if (!entry) return ['controller'];
  return entry.id === 'both' ? ['controller', 'processor'] : [entry.id as RegisterRole];
}

function colour(hex: string): sheets_v4.Schema$Color {
  const n = Number.parseInt(hex.slice(1), 16);
  return { red: ((n >> 16) & 255) / 255, green: ((n >> 8) & 255) / 255, blue: (n & 255) / 255 };
}

function cell(value: CellValue | undefined, column?: ColumnDef): CellData {
  if (value === null || value === undefined || value === '') return {};
  if (typeof value === 'number') return { userEnteredValue: { numberValue: value } };
  if (typeof value === 'boolean') return { userEnteredValue: { boolValue: value } };
  if (column?.type === 'date' && ISO.test(value)) {
    return {
      userEnteredValue: { numberValue: serialFromIso(value) },
      userEnteredFormat: { numberFormat: { type: 'DATE', pattern: 'yyyy-mm-dd' } },
    };
  }
  return { userEnteredValue: { stringValue: value } };
}

const headerCell = (text: string, note?: string): CellData => ({
  userEnteredValue: { stringValue: text },
  userEnteredFormat: { textFormat: { bold: true }, backgroundColor: colour(COLOURS.header) },
  ...(note ? { note } : {}),
});

/** The Organisation form: Field/Value, then one row per field, role and language filled in. */
function organisationGrid(
  def: SheetDef,
  doc: RegisterDocument,
  lang: Lang,
  roles: RegisterRole[],
): CellData[][] {
  const org = { ...doc.organisation };
  org.role ||= labelOf('role', roles.length === 2 ? 'both' : roles[0], lang);
  org.language ||= labelOf('language', lang, lang);
  const rows: CellData[][] = [
    [headerCell(t(lang, 'setup.organisationField')), headerCell(t(lang, 'setup.organisationValue'))],
  ];
  for (const c of def.columns)
    rows.push([{ ...cell(c.header[lang]), note: c.note[lang] }, cell(org[c.id], c)]);
  return rows;
}

function listsGrid(lang: Lang): CellData[][] {
  const columns = LISTS.columns.map((c) => (c.vocabulary ? labels(c.vocabulary, lang) : []));
  const height = Math.max(...columns.map((c) => c.length));
  const rows: CellData[][] = [LISTS.columns.map((c) => headerCell(c.header[lang], c.note[lang]))];
  for (let r = 0; r < height; r++) rows.push(columns.map((labelsOfColumn) => cell(labelsOfColumn[r])));
  return rows;
}

function tableGrid(def: SheetDef, rows: readonly DocumentRow[], lang: Lang): CellData[][] {
  return [
    def.columns.map((c) => headerCell(c.header[lang], c.note[lang])),
    ...rows.map((row) => def.columns.map((c) => cell(row[c.id], c))),
  ];
}

function sheetBody(title: string, grid: CellData[][], index: number): sheets_v4.Schema$Sheet {
  return {
    properties: {
      title,
      index,
      gridProperties: {
        rowCount: Math.max(ROWS, grid.length),
        columnCount: Math.max(26, grid[0].length),
        frozenRowCount: 1,
      },
    },
    data: [{ startRow: 0, startColumn: 0, rowData: grid.map((values) => ({ values })) }],
  };
}

/** The template document with every missing stable id filled, as Set up's repairIds fills them. */
function withIds(doc: RegisterDocument, seed: string): RegisterDocument {
  const copy: RegisterDocument = structuredClone(doc);
  fillIds(copy, idFactory(seed, idsInUse(copy)));
  return copy;
}

export function createPlan(
  template: RegisterDocument,
  lang: Lang,
  title: string,
  timeZone: string,
  seed: string,
): CreatePlan {
  const doc = withIds(template, seed);
  const roles = rolesOf(doc);
  const defs = sheetsForRoles(roles);
  const sheets = defs.map((def, i) => {
    const grid =
      def.kind === 'form'
        ? organisationGrid(def, doc, lang, roles)
        : def.id === 'lists'
          ? listsGrid(lang)
          : tableGrid(def, doc.sheets[def.id as TableSheetId] ?? [], lang);
    return sheetBody(def.title[lang], grid, i);
  });
  return {
    body: {
      properties: { title, locale: lang === 'da' ? 'da_DK' : 'en_GB', timeZone },
      sheets,
    },
    requests: (ids) => defs.flatMap((def) => formatRequests(def, lang, ids, defs)),
  };
}

interface Place {
  sheetId: number;
  defs: readonly SheetDef[];
  ids: ReadonlyMap<string, number>;
  lang: Lang;
}

const columnRange = (sheetId: number, col: number, n = 1, fromRow = 1, toRow = ROWS) => ({
  sheetId,
  startRowIndex: fromRow,
  endRowIndex: toRow,
  startColumnIndex: col - 1,
  endColumnIndex: col - 1 + n,
});

function listRange(place: Place, vocabulary: string) {
  const col = LISTS.columns.findIndex((c) => c.vocabulary === vocabulary) + 1;
  return col > 0 ? columnRange(place.ids.get(LISTS.title[place.lang]) ?? 0, col) : null;
}

/** The data validation of a table column (Set up's ruleFor), or null. */
function validation(c: ColumnDef, place: Place): sheets_v4.Schema$DataValidationRule | null {
  const a1Of = (range: ReturnType<typeof columnRange>, title: string) =>
    `='${title.replace(/'/g, "''")}'!$${letter(range.startColumnIndex + 1)}$2:$${letter(range.endColumnIndex)}$${ROWS}`;
  switch (c.type) {
    case 'enum':
    case 'multiEnum': {
      const range = c.vocabulary && listRange(place, c.vocabulary);
      if (!range) return null;
      const multi = c.type === 'multiEnum';
      return {
        condition: {
          type: 'ONE_OF_RANGE',
          values: [{ userEnteredValue: a1Of(range, LISTS.title[place.lang]) }],
        },
        strict: !(multi || c.allowCustom),
        showCustomUi: true,
        inputMessage: t(place.lang, multi ? 'setup.multiHelp' : 'setup.listHelp'),
      };
    }
    case 'reference':
    case 'multiReference': {
      const target = place.defs.find((d) => d.id === c.references);
      const nameCol = target?.columns.findIndex((x) => x.id === target.nameColumn);
      if (!target || nameCol === undefined || nameCol < 0) return null;
      const title = target.title[place.lang];
      const range = columnRange(place.ids.get(title) ?? 0, nameCol + 1);
      return {
        condition: { type: 'ONE_OF_RANGE', values: [{ userEnteredValue: a1Of(range, title) }] },
        strict: false,
        showCustomUi: true,
        inputMessage: c.note[place.lang],
      };
    }
    case 'date':
      return {
        condition: { type: 'DATE_IS_VALID' },
        strict: true,
        inputMessage: t(place.lang, 'setup.dateHelp'),
      };
    case 'email':
      return {
        condition: { type: 'TEXT_IS_VALID_EMAIL' },
        strict: true,
        inputMessage: t(place.lang, 'setup.emailHelp'),
      };
    case 'boolean':
      return { condition: { type: 'BOOLEAN' } };
    default:
      return null;
  }
}

function letter(n: number): string {
  return (n > 26 ? letter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
}

/** Set up's conditional formatting (shared/register/conditionalFormats.ts), over the table's body. */
function conditionalRequests(def: SheetDef, place: Place): Request[] {
  const width = def.columns.length;
  const columns = new Map(def.columns.map((c, i) => [c.id, i + 1]));
  return conditionalFormatSpecs(def, columns, width).map((spec) => ({
    addConditionalFormatRule: {
      rule: {
        ranges: [columnRange(place.sheetId, 1, width)],
        booleanRule: {
          condition: { type: 'CUSTOM_FORMULA', values: [{ userEnteredValue: spec.formula }] },
          format: { backgroundColor: colour(spec.colour) },
        },
      },
    },
  }));
}

function organisationRequests(def: SheetDef, place: Place): Request[] {
  const { sheetId, lang } = place;
  const width = (i: number, pixelSize: number): Request => ({
    updateDimensionProperties: {
      range: { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: i + 1 },
      properties: { pixelSize },
      fields: 'pixelSize',
    },
  });
  const out: Request[] = [width(0, 280), width(1, 360)];
  def.columns.forEach((c, i) => {
    const range = listRange(place, c.vocabulary ?? '');
    const rule: sheets_v4.Schema$DataValidationRule | null =
      c.type === 'enum' && range
        ? {
            condition: {
              type: 'ONE_OF_RANGE',
              values: [
                {
                  userEnteredValue: `='${LISTS.title[lang]}'!$${letter(range.startColumnIndex + 1)}$2:$${letter(range.endColumnIndex)}$${ROWS}`,
                },
              ],
            },
            strict: true,
            showCustomUi: true,
            inputMessage: t(lang, 'setup.listHelp'),
          }
        : c.type === 'email'
          ? {
              condition: { type: 'TEXT_IS_VALID_EMAIL' },
              strict: true,
              inputMessage: t(lang, 'setup.emailHelp'),
            }
          : c.type === 'boolean'
            ? { condition: { type: 'BOOLEAN' } }
            : null;
    if (rule) out.push({ setDataValidation: { range: columnRange(sheetId, 2, 1, i + 1, i + 2), rule } });
  });
  return out;
}

function tableRequests(def: SheetDef, place: Place): Request[] {
  const { sheetId, lang } = place;
  const out: Request[] = [];
  def.columns.forEach((c, i) => {
    const dimension = { sheetId, dimension: 'COLUMNS', startIndex: i, endIndex: i + 1 };
    const properties = {
      ...(c.width ? { pixelSize: c.width } : {}),
      ...(c.hidden ? { hiddenByUser: true } : {}),
    };
    const fields = Object.keys(properties).join(',');
    if (fields) out.push({ updateDimensionProperties: { range: dimension, properties, fields } });
    const format = NUMBER_FORMATS[c.type];
    if (format) {
      out.push({
        repeatCell: {
          range: columnRange(sheetId, i + 1),
          cell: { userEnteredFormat: { numberFormat: format } },
          fields: 'userEnteredFormat.numberFormat',
        },
      });
    }
    const rule = def.id === 'lists' || def.id === 'deletionLog' ? null : validation(c, place);
    if (rule) out.push({ setDataValidation: { range: columnRange(sheetId, i + 1), rule } });
    if (c.type === 'id') {
      out.push({
        addProtectedRange: {
          protectedRange: {
            range: columnRange(sheetId, i + 1, 1, 0),
            warningOnly: true,
            description: `${MARK}:${c.id} – ${t(lang, 'setup.protectIds')}`,
          },
        },
      });
    }
  });
  if (def.id === 'deletionLog') {
    out.push({
      addProtectedRange: {
        protectedRange: {
          range: { sheetId },
          warningOnly: true,
          description: `${MARK}:deletionLog – ${t(lang, 'setup.protectDeletionLog')}`,
        },
      },
    });
  }
  if (def.id === 'lists') {
    LISTS.columns.forEach((c, i) => {
      if (c.vocabulary)
        out.push({
          addNamedRange: { namedRange: { name: `${MARK}_${c.id}`, range: columnRange(sheetId, i + 1) } },
        });
    });
  }
  return [...out, ...conditionalRequests(def, place)];
}

function formatRequests(
  def: SheetDef,
  lang: Lang,
  ids: ReadonlyMap<string, number>,
  defs: readonly SheetDef[],
): Request[] {
  const place: Place = { sheetId: ids.get(def.title[lang]) ?? 0, defs, ids, lang };
  return def.kind === 'form' ? organisationRequests(def, place) : tableRequests(def, place);
}
