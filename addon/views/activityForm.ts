// The activity form's model, as pure functions over the RegisterDocument: what the form shows
// for one processing activity (its Processing activities row, its Data categories rows, the
// vocabularies as options) and which rows a save writes. Shared by the server and the activity
// page, which runs the same live check in the browser; the Apps Script part that reads and
// writes the sheets lives in addon/src/features/activityFormService.ts.

import { nameKey } from '../../shared/register/document.ts';
import {
  ACTIVITIES,
  type ColumnDef,
  DATA_CATEGORIES,
  NONE_WORDS,
  splitMulti,
} from '../../shared/register/schema.ts';
import type {
  CellValue,
  DocumentRow,
  Issue,
  Lang,
  RegisterDocument,
  TableSheetId,
} from '../../shared/register/types.ts';
import { countryByCode } from '../../shared/vocabularies/countries.ts';
import { findEntry, VOCABULARIES } from '../../shared/vocabularies/index.ts';
import type { VocabularyId } from '../../shared/vocabularies/types.ts';

/** A form value: text, a list of labels (multi-selects) or a yes/no. */
export type FormValue = string | string[] | boolean;

export interface FieldSpec {
  id: string;
  kind: 'text' | 'longText' | 'email' | 'date' | 'select' | 'multi' | 'boolean' | 'retention';
  label: string;
  note: string;
  required: boolean;
  /** For select and multi: the key of the options list in the model. */
  options?: string;
  /** Multi-selects of vocabularies that allow the user's own entries. */
  allowCustom?: boolean;
  /** A multi-select that takes one value (a single-valued column that allows custom entries). */
  single?: boolean;
}

export interface Option {
  value: string;
  label: string;
}

export interface ActivityFormGroup {
  /** The data-category row's stable id; null for a group added in the form. */
  id: string | null;
  values: Record<string, FormValue>;
}

export interface ActivityForm {
  /** The activity's stable id; null for a new activity. */
  id: string | null;
  values: Record<string, FormValue>;
  groups: ActivityFormGroup[];
}

export interface ActivityFormModel {
  lang: Lang;
  today: string;
  activities: { id: string; name: string }[];
  activityFields: FieldSpec[];
  groupFields: FieldSpec[];
  options: Record<string, Option[]>;
  form: ActivityForm;
  /**
   * The rest of the register the live validation needs (organisation, recipients, systems,
   * security measures, lists): the page builds a small document with the form's activity in it.
   */
  context: RegisterDocument;
}

const LONG_TEXT = new Set(['purpose', 'consentRecord', 'deletionRoutine', 'improvements', 'dataSource']);

function isFormColumn(c: ColumnDef): boolean {
  return c.type !== 'id' && !c.computed && !(c.type === 'reference' && c.references === 'activities');
}

export const ACTIVITY_FORM_COLUMNS: readonly ColumnDef[] = ACTIVITIES.columns.filter(isFormColumn);
export const GROUP_FORM_COLUMNS: readonly ColumnDef[] = DATA_CATEGORIES.columns.filter(isFormColumn);

function optionKey(c: ColumnDef): string | undefined {
  if (c.vocabulary) return c.vocabulary;
  if (c.references) return `sheet:${c.references}`;
  return undefined;
}

function fieldSpec(c: ColumnDef, lang: Lang): FieldSpec {
  let kind: FieldSpec['kind'];
  switch (c.type) {
    case 'email':
      kind = 'email';
      break;
    case 'date':
      kind = 'date';
      break;
    case 'enum':
    case 'reference':
      kind = c.allowCustom ? 'multi' : 'select';
      break;
    case 'multiEnum':
    case 'multiReference':
      kind = 'multi';
      break;
    case 'boolean':
      kind = 'boolean';
      break;
    default:
      kind = c.id === 'retention' ? 'retention' : LONG_TEXT.has(c.id) ? 'longText' : 'text';
  }
  return {
    id: c.id,
    kind,
    label: c.header[lang],
    note: c.note[lang],
    required: c.required,
    options: optionKey(c),
    allowCustom: c.allowCustom || (c.type === 'multiReference' && c.references === 'recipients') || undefined,
    single: isSingleAsMulti(c) || undefined,
  };
}

/** Whether a single-valued column is shown as a one-item multi-select (custom entries allowed). */
function isSingleAsMulti(c: ColumnDef): boolean {
  return (c.type === 'enum' || c.type === 'reference') && !!c.allowCustom;
}

function nameList(doc: RegisterDocument, sheet: TableSheetId): string[] {
  const rows = doc.sheets[sheet] ?? [];
  const names = rows.map((r) => String(r.name ?? '').trim()).filter((n) => n.length > 0);
  return [...new Set(names)];
}

function vocabularyOptions(vocab: VocabularyId, lang: Lang): Option[] {
  let entries = VOCABULARIES[vocab];
  // The third-country column names countries outside the EU/EEA: offer only those.
  if (vocab === 'country') entries = entries.filter((e) => countryByCode(e.id)?.eea === false);
  return entries.map((e) => ({ value: e.label[lang], label: e.label[lang] }));
}

/** The options lists every field of the form refers to, in the register's language. */
export function formOptions(doc: RegisterDocument, lang: Lang): Record<string, Option[]> {
  const options: Record<string, Option[]> = {};
  for (const c of [...ACTIVITY_FORM_COLUMNS, ...GROUP_FORM_COLUMNS]) {
    const key = optionKey(c);
    if (!key || options[key]) continue;
    if (c.vocabulary) options[key] = vocabularyOptions(c.vocabulary, lang);
    else if (c.references) options[key] = nameList(doc, c.references).map((n) => ({ value: n, label: n }));
  }
  const none = lang === 'da' ? 'Ingen' : 'None';
  for (const key of ['sheet:recipients', 'country']) {
    options[key] = [{ value: none, label: none }, ...(options[key] ?? [])];
  }
  return options;
}

/**
 * Reads one cell into a form value. Vocabulary labels written in either language (or as a
 * synonym) are shown as the register language's label; anything else is kept as typed, so
 * opening and saving an activity never loses a value.
 */
function toFormValue(c: ColumnDef, value: CellValue | undefined, lang: Lang): FormValue {
  if (c.type === 'boolean') return value === true || /^(ja|yes|true|x|1)$/i.test(String(value ?? '').trim());
  const text = value === null || value === undefined ? '' : String(value);
  const multi = c.type === 'multiEnum' || c.type === 'multiReference' || isSingleAsMulti(c);
  if (!multi) {
    if (c.type === 'enum' && c.vocabulary) return canonicalLabel(c.vocabulary, text.trim(), lang);
    return text;
  }
  const parts = isSingleAsMulti(c) ? (text.trim() ? [text.trim()] : []) : splitMulti(text);
  return parts.map((p) => (c.vocabulary ? canonicalLabel(c.vocabulary, p, lang) : p));
}

function canonicalLabel(vocab: VocabularyId, text: string, lang: Lang): string {
  if (!text) return '';
  if (NONE_WORDS.includes(text.toLowerCase())) return lang === 'da' ? 'Ingen' : 'None';
  const entry = findEntry(vocab, text);
  return entry ? entry.label[lang] : text;
}

function fromFormValue(c: ColumnDef, value: FormValue | undefined): CellValue {
  if (c.type === 'boolean') return value === true;
  if (Array.isArray(value)) {
    const items = value.map((v) => String(v).trim()).filter((v) => v.length > 0);
    // A label never contains a comma (a schema test checks it); a custom entry might: keep
    // it as one entry by turning its commas into semicolons rather than splitting it.
    return [...new Set(items.map((v) => v.replace(/,/g, ';')))].join(', ');
  }
  if (typeof value === 'boolean') return value;
  return (value ?? '').trim();
}

function blankValues(columns: readonly ColumnDef[], lang: Lang): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  for (const c of columns) values[c.id] = toFormValue(c, null, lang);
  return values;
}

function rowValues(columns: readonly ColumnDef[], row: DocumentRow, lang: Lang): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  for (const c of columns) values[c.id] = toFormValue(c, row[c.id], lang);
  return values;
}

/** The data-category rows belonging to an activity: by its stable id, or by name where the id is missing. */
export function groupRowsOf(doc: RegisterDocument, activity: DocumentRow): number[] {
  const id = String(activity.id ?? '');
  const name = nameKey(String(activity.name ?? ''));
  const indexes: number[] = [];
  (doc.sheets.dataCategories ?? []).forEach((row, index) => {
    const rowActivityId = String(row.activityId ?? '');
    if (rowActivityId) {
      if (rowActivityId === id) indexes.push(index);
    } else if (name && nameKey(String(row.activity ?? '')) === name) {
      indexes.push(index);
    }
  });
  return indexes;
}

export function findActivityIndex(doc: RegisterDocument, activityId: string): number {
  return (doc.sheets.activities ?? []).findIndex((r) => String(r.id ?? '') === activityId);
}

/** Everything the page needs, as plain JSON. A missing activity id gives the empty form. */
export function activityFormModel(
  doc: RegisterDocument,
  activityId: string | null,
  today: string,
): ActivityFormModel | null {
  const lang = doc.lang;
  const activities = (doc.sheets.activities ?? [])
    .filter((r) => String(r.id ?? '') && String(r.name ?? '').trim())
    .map((r) => ({ id: String(r.id), name: String(r.name).trim() }));
  let form: ActivityForm;
  if (activityId) {
    const index = findActivityIndex(doc, activityId);
    if (index < 0) return null;
    const row = (doc.sheets.activities ?? [])[index];
    const groups = groupRowsOf(doc, row).map((i) => {
      const g = (doc.sheets.dataCategories ?? [])[i];
      // A row typed by hand has no id yet: its sheet row stands in, so a save updates exactly it.
      const id = String(g.id ?? '') || (typeof g.$row === 'number' ? `${ROW_KEY}${g.$row}` : null);
      return { id, values: rowValues(GROUP_FORM_COLUMNS, g, lang) };
    });
    form = { id: activityId, values: rowValues(ACTIVITY_FORM_COLUMNS, row, lang), groups };
  } else {
    form = {
      id: null,
      values: blankValues(ACTIVITY_FORM_COLUMNS, lang),
      groups: [{ id: null, values: blankValues(GROUP_FORM_COLUMNS, lang) }],
    };
  }
  return {
    lang,
    today,
    activities,
    activityFields: ACTIVITY_FORM_COLUMNS.map((c) => fieldSpec(c, lang)),
    groupFields: GROUP_FORM_COLUMNS.map((c) => fieldSpec(c, lang)),
    options: formOptions(doc, lang),
    form,
    context: validationContext(doc),
  };
}

/** The register without its activities and data categories, for the page's live validation. */
export function validationContext(doc: RegisterDocument): RegisterDocument {
  const sheets: RegisterDocument['sheets'] = {};
  for (const id of ['recipients', 'systems', 'securityMeasures', 'lists'] as const) {
    if (doc.sheets[id]) sheets[id] = doc.sheets[id];
  }
  return { schemaVersion: doc.schemaVersion, lang: doc.lang, organisation: { ...doc.organisation }, sheets };
}

/**
 * The document rows a form stands for: one Processing activities row and its Data
 * categories rows, with stable ids (kept, or made by `newId` for new rows) and the activity's
 * name copied into each data-category row's reference column.
 */
/** The stand-in id of a data-category row typed by hand (no id yet): "row:<sheet row>". */
const ROW_KEY = 'row:';

export interface NewIds {
  activity: () => string;
  group: () => string;
}

export function formToRows(
  form: ActivityForm,
  newIds: NewIds,
): { activity: DocumentRow; groups: DocumentRow[] } {
  const activityId = form.id || newIds.activity();
  const activity: DocumentRow = { id: activityId };
  for (const c of ACTIVITY_FORM_COLUMNS) activity[c.id] = fromFormValue(c, form.values[c.id]);
  const groups = form.groups.map((g) => {
    const id = g.id && !g.id.startsWith(ROW_KEY) ? g.id : newIds.group();
    const row: DocumentRow = { id, activityId, activity: activity.name as string };
    for (const c of GROUP_FORM_COLUMNS) row[c.id] = fromFormValue(c, g.values[c.id]);
    return row;
  });
  return { activity, groups };
}

/** A small document holding only the form's activity: row 2 and data-category rows 2… */
export function documentForForm(
  context: RegisterDocument,
  rows: { activity: DocumentRow; groups: DocumentRow[] },
) {
  return {
    ...context,
    sheets: { ...context.sheets, activities: [rows.activity], dataCategories: rows.groups },
  } satisfies RegisterDocument;
}

export interface SavePlan {
  /** 0-based index of the existing activity row, or null to append it. */
  activityIndex: number | null;
  activity: DocumentRow;
  /** Existing data-category rows to overwrite (0-based index → row). */
  groupUpdates: { index: number; row: DocumentRow }[];
  groupAppends: DocumentRow[];
  /** Existing data-category rows of this activity the user removed (0-based). */
  groupDeletes: number[];
}

/** Decides exactly which rows a save touches; rows of other activities are never in the plan. */
export function planActivitySave(doc: RegisterDocument, form: ActivityForm, newIds: NewIds): SavePlan {
  const rows = formToRows(form, newIds);
  const activityIndex = form.id ? findActivityIndex(doc, form.id) : -1;
  const existing =
    activityIndex >= 0 ? groupRowsOf(doc, (doc.sheets.activities ?? [])[activityIndex]) : ([] as number[]);
  // Existing rows by id, and rows without an id by their sheet row (as the model keyed them).
  const byKey = new Map<string, number>();
  for (const i of existing) {
    const row = (doc.sheets.dataCategories ?? [])[i];
    const id = String(row.id ?? '');
    if (id) byKey.set(id, i);
    else if (typeof row.$row === 'number') byKey.set(`${ROW_KEY}${row.$row}`, i);
  }
  const groupUpdates: SavePlan['groupUpdates'] = [];
  const groupAppends: DocumentRow[] = [];
  const kept = new Set<number>();
  form.groups.forEach((g, n) => {
    const row = rows.groups[n];
    const index = g.id ? byKey.get(g.id) : undefined;
    if (index !== undefined && !kept.has(index)) {
      kept.add(index);
      groupUpdates.push({ index, row });
    } else groupAppends.push(row);
  });
  const groupDeletes = existing.filter((i) => !kept.has(i));
  return {
    activityIndex: activityIndex >= 0 ? activityIndex : null,
    activity: rows.activity,
    groupUpdates,
    groupAppends,
    groupDeletes,
  };
}

/** The name is required and unique among the other activities, compared by `nameKey`. */
export function nameProblem(
  doc: RegisterDocument,
  form: ActivityForm,
): 'activityNameRequired' | 'activityNameTaken' | null {
  const name = String(form.values.name ?? '').trim();
  if (!name) return 'activityNameRequired';
  const key = nameKey(name);
  const clash = (doc.sheets.activities ?? []).some(
    (r) => String(r.id ?? '') !== (form.id ?? '') && nameKey(String(r.name ?? '')) === key,
  );
  return clash ? 'activityNameTaken' : null;
}

/**
 * The document as the sheets hold it after a save, without reading them again: the plan
 * applied to the rows read, with the sheet rows the writes used (`appendedAt` for the new
 * activity row and new data-category rows) and rows below a deleted one moved up.
 */
export function applySavePlan(
  doc: RegisterDocument,
  plan: SavePlan,
  appendedAt: { activity: number | null; groups: number[] },
): RegisterDocument {
  const activities = [...(doc.sheets.activities ?? [])];
  if (plan.activityIndex === null)
    activities.push({ ...plan.activity, $row: appendedAt.activity ?? undefined });
  else activities[plan.activityIndex] = { ...plan.activity, $row: activities[plan.activityIndex].$row };
  let groups = [...(doc.sheets.dataCategories ?? [])];
  for (const u of plan.groupUpdates) groups[u.index] = { ...u.row, $row: groups[u.index].$row };
  plan.groupAppends.forEach((row, i) => {
    groups.push({ ...row, $row: appendedAt.groups[i] });
  });
  const deletedRows = plan.groupDeletes.map((i) => groups[i].$row ?? 0);
  const deleted = new Set(plan.groupDeletes);
  groups = groups
    .filter((_, i) => !deleted.has(i))
    .map((row) => {
      const above = deletedRows.filter((r) => r < (row.$row ?? 0)).length;
      return above > 0 ? { ...row, $row: (row.$row ?? 0) - above } : row;
    });
  return { ...doc, sheets: { ...doc.sheets, activities, dataCategories: groups } };
}

export interface SavedActivity {
  activityId: string;
  /** The validator's findings for this activity after the save. */
  issues: Issue[];
  /** The form reloaded from the sheet, with the ids of rows the save created. */
  model: ActivityFormModel;
}
