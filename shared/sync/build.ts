// Builds the sync payload from a register: exactly the fields in SYNC_PAYLOAD_FIELDS, taken
// from the Processing activities, Data categories and Retention log sheets and the
// Organisation settings. Rules travel parsed (parseRetention) with their text for display;
// extension reasons, purposes, notes and every other free text stay in the sheet. A
// reference that looks identifying, a row without an id or a cell that cannot be read stops
// the sync with an Issue naming the row, in the register's language, and nothing is sent.

import { parseMailbox } from '../mailbox/mailbox.ts';
import { cellText, nameKey, organisationRow, rows } from '../register/document.ts';
import { columnDef } from '../register/schema.ts';
import { registerSettings } from '../register/settings.ts';
import type { DocumentRow, Issue, Lang, RegisterDocument, SheetId, TableSheetId } from '../register/types.ts';
import { userRow } from '../register/types.ts';
import { readDateCell } from '../retention/cells.ts';
import { createRuleResolver, holdingFacts } from '../retention/holdings.ts';
import { parseRetention } from '../retention/parse.ts';
import { findEntry } from '../vocabularies/index.ts';
import { checkSyncPayload } from './check.ts';
import { looksIdentifying } from './identifying.ts';
import { IDENTIFYING_KIND_WORDS, type SyncMessageId, syncText } from './messages.ts';
import { PAYLOAD_VERSION, SYNC_LIMITS } from './schema.ts';
import type {
  Cadence,
  SyncActivity,
  SyncDataCategory,
  SyncHolding,
  SyncPayload,
  SyncRegister,
} from './types.ts';

export interface SyncMeta {
  version: number;
  spreadsheetId: string;
  spreadsheetUrl: string;
  timeZone: string;
  sheetGids: SyncRegister['sheetGids'];
}

export type BuildResult = { payload: SyncPayload } | { errors: Issue[] };

/** Columns the user fills in; a row where all are blank is an empty line, not a row. */
function isEmptyRow(sheet: TableSheetId, row: DocumentRow): boolean {
  for (const [column, value] of Object.entries(row)) {
    if (column === '$row') continue;
    const def = columnDef(sheet, column);
    if (def && (def.type === 'id' || def.computed)) continue;
    if (cellText(value) !== '') return false;
  }
  return true;
}

class IssueList {
  readonly issues: Issue[] = [];
  constructor(readonly lang: Lang) {}

  add(
    id: SyncMessageId,
    sheet: SheetId,
    row: number | null,
    column: string | null,
    params: Record<string, string | number> = {},
  ) {
    const header = column ? columnDef(sheet, column)?.header[this.lang] : undefined;
    const text = syncText(id, this.lang, { column: header ?? column ?? '', ...params });
    this.issues.push({ severity: 'error', code: `sync.${id}`, sheet, row, column, ...text });
  }
}

/** Builds the payload, or lists every reason it cannot be built. */
export function buildSyncPayload(doc: RegisterDocument, meta: SyncMeta): BuildResult {
  const settings = registerSettings(doc);
  const lang = settings.lang;
  const issues = new IssueList(lang);

  const text = (sheet: TableSheetId, row: number, column: string, value: unknown, max: number): string => {
    const t = cellText(value);
    if (t.length > max) issues.add('tooLong', sheet, row, column, { max });
    return t;
  };
  const email = (sheet: SheetId, row: number | null, column: string, value: unknown): string | null => {
    const t = cellText(value);
    if (t === '') return null;
    const mailbox = parseMailbox(t);
    if (!mailbox.ok) {
      issues.add('invalidEmail', sheet, row, column, { value: t.slice(0, 80) });
      return null;
    }
    return mailbox.address;
  };
  const date = (sheet: TableSheetId, row: number, column: string, value: unknown): string | null => {
    const read = readDateCell(value);
    if (read.unreadable)
      issues.add('unreadableDate', sheet, row, column, { value: String(value).slice(0, 40) });
    return read.value;
  };
  const ids = new Map<string, Map<string, number>>();
  const stableId = (sheet: TableSheetId, row: number, value: unknown): string => {
    const id = cellText(value);
    const seen = ids.get(sheet) ?? new Map<string, number>();
    ids.set(sheet, seen);
    if (id === '') issues.add('missingId', sheet, row, 'id');
    else if (seen.has(id)) issues.add('duplicateId', sheet, row, 'id', { other: seen.get(id)! });
    else seen.set(id, row);
    return id;
  };

  // Only rows that hold something travel, but indexes stay those of the document, because the
  // rule resolver answers with document indexes.
  const activityRows = rows(doc, 'activities');
  const activityIds: (string | null)[] = activityRows.map(() => null);
  const activities: SyncActivity[] = [];
  activityRows.forEach((a, i) => {
    if (isEmptyRow('activities', a)) return;
    const row = userRow(a, i);
    const id = stableId('activities', row, a.id);
    activityIds[i] = id;
    const ruleText = text('activities', row, 'retention', a.retention, SYNC_LIMITS.ruleTextLength);
    const cadenceText = cellText(a.routineCadence);
    const cadence = cadenceText === '' ? null : (findEntry('cadence', cadenceText)?.id ?? null);
    if (cadenceText !== '' && cadence === null) {
      issues.add('unreadableCadence', 'activities', row, 'routineCadence', {
        value: cadenceText.slice(0, 40),
      });
    }
    activities.push({
      id,
      name: text('activities', row, 'name', a.name, SYNC_LIMITS.nameLength),
      ownerEmail: email('activities', row, 'owner', a.owner),
      rule: ruleText === '' ? null : parseRetention(ruleText).rule,
      ruleText,
      routineCadence: cadence as Cadence | null,
      routineLastRun: date('activities', row, 'routineLastRun', a.routineLastRun),
      lastReview: date('activities', row, 'lastReview', a.lastReview),
      sheetRow: row,
    });
  });

  const resolve = createRuleResolver(doc);
  const categoryRows = rows(doc, 'dataCategories');
  const categoryIds: (string | null)[] = categoryRows.map(() => null);
  const dataCategories: SyncDataCategory[] = [];
  const activityById = new Map(activityRows.map((a, i) => [cellText(a.id), i]));
  const activityByName = new Map(activityRows.map((a, i) => [nameKey(cellText(a.name)), i]));
  categoryRows.forEach((d, i) => {
    if (isEmptyRow('dataCategories', d)) return;
    const row = userRow(d, i);
    const id = stableId('dataCategories', row, d.id);
    categoryIds[i] = id;
    const ownId = cellText(d.activityId);
    const activityIndex =
      (ownId === '' ? undefined : activityById.get(ownId)) ??
      activityByName.get(nameKey(cellText(d.activity)));
    const activityId = activityIndex === undefined ? null : activityIds[activityIndex];
    if (!activityId) issues.add('unknownActivity', 'dataCategories', row, 'activity');
    const ruleText = text('dataCategories', row, 'retention', d.retention, SYNC_LIMITS.ruleTextLength);
    dataCategories.push({
      id,
      activityId: activityId ?? '',
      rule: ruleText === '' ? null : parseRetention(ruleText).rule,
      ruleText,
      sheetRow: row,
    });
  });

  const holdings: SyncHolding[] = [];
  rows(doc, 'retentionLog').forEach((h, i) => {
    if (isEmptyRow('retentionLog', h)) return;
    const row = userRow(h, i);
    const id = stableId('retentionLog', row, h.id);
    const reference = cellText(h.reference);
    if (reference === '') {
      issues.add('missingReference', 'retentionLog', row, 'reference');
    } else if (reference.length > SYNC_LIMITS.referenceLength) {
      issues.add('tooLong', 'retentionLog', row, 'reference', { max: SYNC_LIMITS.referenceLength });
    } else {
      const kind = looksIdentifying(reference);
      if (kind) {
        issues.add('identifyingReference', 'retentionLog', row, 'reference', {
          value: reference,
          kind: IDENTIFYING_KIND_WORDS[kind][lang],
        });
      }
    }
    const resolution = resolve(h, i);
    const activityId = resolution.activityIndex === null ? null : activityIds[resolution.activityIndex];
    if (!activityId && resolution.problems.length === 0)
      issues.add('unknownActivity', 'retentionLog', row, 'activity');
    const { facts, problems } = holdingFacts(h, row);
    for (const p of [...resolution.problems, ...problems]) {
      issues.add('rowProblem', p.sheet, p.row, p.column, { value: p.message[lang] });
    }
    holdings.push({
      id,
      reference,
      activityId: activityId ?? '',
      dataCategoryId:
        resolution.dataCategoryIndex === null ? null : categoryIds[resolution.dataCategoryIndex],
      events: facts.events,
      deletedOn: facts.deletedOn,
      legalHold: facts.legalHold,
      extendedUntil: facts.extendedUntil,
      sheetRow: row,
    });
  });

  const org = doc.organisation ?? {};
  const register: SyncRegister = {
    name: cellText(org.registerName) || cellText(org.controllerName),
    lang,
    timeZone: meta.timeZone,
    spreadsheetId: meta.spreadsheetId,
    spreadsheetUrl: meta.spreadsheetUrl,
    sheetGids: meta.sheetGids,
    fiscalYearEnd: settings.fiscalYearEnd,
    dueSoonDays: settings.dueSoonDays,
    escalationAfterDays: settings.escalationAfterDays,
    adminEmail: email('organisation', organisationRow('adminEmail'), 'adminEmail', settings.adminEmail),
    escalationEmail: email(
      'organisation',
      organisationRow('escalationEmail'),
      'escalationEmail',
      settings.escalationEmail,
    ),
  };
  // The name only labels emails; a very long one is cut rather than blocking reminders.
  if (register.name.length > SYNC_LIMITS.nameLength) {
    register.name = register.name.slice(0, SYNC_LIMITS.nameLength);
  }

  if (issues.issues.length > 0) return { errors: issues.issues };
  const payload: SyncPayload = {
    payloadVersion: PAYLOAD_VERSION,
    version: meta.version,
    register,
    activities,
    dataCategories,
    holdings,
  };
  // The builder and the worker's validator must agree; anything they disagree on (bad meta,
  // more rows than the caps) is reported rather than sent to be refused.
  const checked = checkSyncPayload(payload);
  if (!checked.ok) {
    for (const error of checked.errors.slice(0, 10))
      issues.add('payloadInvalid', 'organisation', null, null, { value: error });
    return { errors: issues.issues };
  }
  return { payload };
}
