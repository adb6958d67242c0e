// Builds the sync payload from a register: exactly the fields in SYNC_PAYLOAD_FIELDS, taken
// from the Processing activities, Data categories, Retention log and Requests sheets and the
// Organisation settings. Rules travel parsed (parseRetention) with their text for display;
// extension reasons, purposes, notes and every other free text stay in the sheet. A
// reference that looks identifying, a row without an id or a cell that cannot be read stops
// the sync with an Issue naming the row, in the register's language, and nothing is sent.

import { breachFactsOf } from '../breaches/row.ts';
import { formatUtc, parseIsoDateTime } from '../calendar/instant.ts';
import { parseMailbox } from '../mailbox/mailbox.ts';
import { cellText, nameKey, organisationRow, rows } from '../register/document.ts';
import { columnDef } from '../register/schema.ts';
import { registerSettings } from '../register/settings.ts';
import type { DocumentRow, Issue, Lang, RegisterDocument, SheetId, TableSheetId } from '../register/types.ts';
import { userRow } from '../register/types.ts';
import { requestDeadline } from '../requests/deadline.ts';
import { requestFacts, requestTypeOf } from '../requests/row.ts';
import { readDateCell } from '../retention/cells.ts';
import { createRuleResolver, holdingFacts } from '../retention/holdings.ts';
import { parseRetention } from '../retention/parse.ts';
import type { RetentionRule } from '../retention/types.ts';
import { findEntry } from '../vocabularies/index.ts';
import { checkSyncPayload } from './check.ts';
import { looksIdentifying } from './identifying.ts';
import { IDENTIFYING_KIND_WORDS, type SyncMessageId, syncText } from './messages.ts';
import { PAYLOAD_VERSION, SYNC_LIMITS } from './schema.ts';
import type {
  Cadence,
  SyncActivity,
  SyncBreach,
  SyncDataCategory,
  SyncHolding,
  SyncPayload,
  SyncRegister,
  SyncRequest,
} from './types.ts';

export interface SyncMeta {
  version: number;
  spreadsheetId: string;
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

/** The cell readers of one build: each reads a cell and notes why it cannot travel. */
class CellReader extends IssueList {
  private readonly ids = new Map<string, Map<string, number>>();

  text(sheet: TableSheetId, row: number, column: string, value: unknown, max: number): string {
    const t = cellText(value);
    if (t.length > max) this.add('tooLong', sheet, row, column, { max });
    return t;
  }

  email(sheet: SheetId, row: number | null, column: string, value: unknown): string | null {
    const t = cellText(value);
    if (t === '') return null;
    const mailbox = parseMailbox(t);
    if (!mailbox.ok) {
      this.add('invalidEmail', sheet, row, column, { value: t.slice(0, 80) });
      return null;
    }
    return mailbox.address;
  }

  date(sheet: TableSheetId, row: number, column: string, value: unknown): string | null {
    const read = readDateCell(value);
    if (read.unreadable)
      this.add('unreadableDate', sheet, row, column, { value: String(value).slice(0, 40) });
    return read.value;
  }

  /** A row's stable id; a missing or repeated one is an issue. */
  stableId(sheet: TableSheetId, row: number, value: unknown): string {
    const id = cellText(value);
    const seen = this.ids.get(sheet) ?? new Map<string, number>();
    this.ids.set(sheet, seen);
    if (id === '') this.add('missingId', sheet, row, 'id');
    else if (seen.has(id)) this.add('duplicateId', sheet, row, 'id', { other: seen.get(id)! });
    else seen.set(id, row);
    return id;
  }

  rule(sheet: TableSheetId, row: number, value: unknown): { rule: RetentionRule | null; ruleText: string } {
    const ruleText = this.text(sheet, row, 'retention', value, SYNC_LIMITS.ruleTextLength);
    return { rule: ruleText === '' ? null : parseRetention(ruleText).rule, ruleText };
  }
}

/** Ids of the rows that travel, by document index (null for empty rows), so the rule
 * resolver's document indexes map to payload ids. */
type IdsByIndex = (string | null)[];

function readActivities(
  doc: RegisterDocument,
  r: CellReader,
): { activities: SyncActivity[]; ids: IdsByIndex } {
  const rowsOf = rows(doc, 'activities');
  const ids: IdsByIndex = rowsOf.map(() => null);
  const activities: SyncActivity[] = [];
  rowsOf.forEach((a, i) => {
    if (isEmptyRow('activities', a)) return;
    const row = userRow(a, i);
    const id = r.stableId('activities', row, a.id);
    ids[i] = id;
    const { rule, ruleText } = r.rule('activities', row, a.retention);
    activities.push({
      id,
      name: r.text('activities', row, 'name', a.name, SYNC_LIMITS.nameLength),
      ownerEmail: r.email('activities', row, 'owner', a.owner),
      rule,
      ruleText,
      routineCadence: readCadence(r, row, a.routineCadence),
      routineLastRun: r.date('activities', row, 'routineLastRun', a.routineLastRun),
      lastReview: r.date('activities', row, 'lastReview', a.lastReview),
      sheetRow: row,
    });
  });
  return { activities, ids };
}

function readCadence(r: CellReader, row: number, value: unknown): Cadence | null {
  const cadenceText = cellText(value);
  if (cadenceText === '') return null;
  const cadence = findEntry('cadence', cadenceText)?.id ?? null;
  if (cadence === null) {
    r.add('unreadableCadence', 'activities', row, 'routineCadence', { value: cadenceText.slice(0, 40) });
  }
  return cadence as Cadence | null;
}

/** Data-category rows; each names its activity by id, else by name (nameKey, as Validate). */
function readCategories(
  doc: RegisterDocument,
  r: CellReader,
  activityIds: IdsByIndex,
): { dataCategories: SyncDataCategory[]; ids: IdsByIndex } {
  const activityRows = rows(doc, 'activities');
  const activityById = new Map(activityRows.map((a, i) => [cellText(a.id), i]));
  const activityByName = new Map(activityRows.map((a, i) => [nameKey(cellText(a.name)), i]));
  const categoryRows = rows(doc, 'dataCategories');
  const ids: IdsByIndex = categoryRows.map(() => null);
  const dataCategories: SyncDataCategory[] = [];
  categoryRows.forEach((d, i) => {
    if (isEmptyRow('dataCategories', d)) return;
    const row = userRow(d, i);
    const id = r.stableId('dataCategories', row, d.id);
    ids[i] = id;
    const ownId = cellText(d.activityId);
    const activityIndex =
      (ownId === '' ? undefined : activityById.get(ownId)) ??
      activityByName.get(nameKey(cellText(d.activity)));
    const activityId = activityIndex === undefined ? null : activityIds[activityIndex];
    if (!activityId) r.add('unknownActivity', 'dataCategories', row, 'activity');
    dataCategories.push({
      id,
      activityId: activityId ?? '',
      ...r.rule('dataCategories', row, d.retention),
      sheetRow: row,
    });
  });
  return { dataCategories, ids };
}

/** A holding's, a request's or a breach's reference must be there, short and pseudonymous. */
function checkReference(
  r: CellReader,
  row: number,
  reference: string,
  sheet: 'retentionLog' | 'requests' | 'breaches' = 'retentionLog',
): void {
  if (reference === '') {
    r.add('missingReference', sheet, row, 'reference');
  } else if (reference.length > SYNC_LIMITS.referenceLength) {
    r.add('tooLong', sheet, row, 'reference', { max: SYNC_LIMITS.referenceLength });
  } else {
    const kind = looksIdentifying(reference);
    if (kind) {
      r.add('identifyingReference', sheet, row, 'reference', {
        value: reference,
        kind: IDENTIFYING_KIND_WORDS[kind][r.lang],
      });
    }
  }
}

function readHoldings(
  doc: RegisterDocument,
  r: CellReader,
  activityIds: IdsByIndex,
  categoryIds: IdsByIndex,
): SyncHolding[] {
  const resolve = createRuleResolver(doc);
  const holdings: SyncHolding[] = [];
  rows(doc, 'retentionLog').forEach((h, i) => {
    if (isEmptyRow('retentionLog', h)) return;
    const row = userRow(h, i);
    const id = r.stableId('retentionLog', row, h.id);
    const reference = cellText(h.reference);
    checkReference(r, row, reference);
    const resolution = resolve(h, i);
    const activityId = resolution.activityIndex === null ? null : activityIds[resolution.activityIndex];
    if (!activityId && resolution.problems.length === 0)
      r.add('unknownActivity', 'retentionLog', row, 'activity');
    const { facts, problems } = holdingFacts(h, row);
    for (const p of [...resolution.problems, ...problems]) {
      r.add('rowProblem', p.sheet, p.row, p.column, { value: p.message[r.lang] });
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
  return holdings;
}

const BREACH_INSTANTS = ['awareAt', 'authorityNotifiedAt', 'controllerNotifiedAt'] as const;

/** The Breaches sheet, minimised: instants in UTC, the assessment, the role and the address;
 * descriptions, consequences and reasons stay in the sheet. */
function readBreaches(doc: RegisterDocument, r: CellReader): SyncBreach[] {
  const breaches: SyncBreach[] = [];
  rows(doc, 'breaches').forEach((b, i) => {
    if (isEmptyRow('breaches', b)) return;
    const row = userRow(b, i);
    const id = r.stableId('breaches', row, b.id);
    const reference = cellText(b.reference);
    checkReference(r, row, reference, 'breaches');
    for (const column of BREACH_INSTANTS) {
      const text = cellText(b[column]);
      if (text !== '' && parseIsoDateTime(text) === null)
        r.add('unreadableDate', 'breaches', row, column, { value: text.slice(0, 40) });
    }
    const facts = breachFactsOf(b);
    const utc = (t: number | null) => (t === null ? null : formatUtc(t));
    breaches.push({
      id,
      reference,
      awareAt: utc(facts.awareAt),
      risk: facts.risk,
      role: facts.role,
      authorityNotifiedAt: utc(facts.authorityNotifiedAt),
      controllerNotifiedAt: utc(facts.controllerNotifiedAt),
      responsibleEmail: r.email('breaches', row, 'responsible', b.responsible),
      sheetRow: row,
    });
  });
  return breaches;
}

/** Requests, minimised: reference, right, date received, whether the deadline was extended in
 * time (the shared clock decides; the reason stays in the sheet), state and responsible. */
function readRequests(doc: RegisterDocument, r: CellReader): SyncRequest[] {
  const requests: SyncRequest[] = [];
  rows(doc, 'requests').forEach((q, i) => {
    if (isEmptyRow('requests', q)) return;
    const row = userRow(q, i);
    const id = r.stableId('requests', row, q.id);
    const reference = cellText(q.reference);
    checkReference(r, row, reference, 'requests');
    const type = requestTypeOf(q);
    if (type === null) r.add('unreadableRequest', 'requests', row, 'type');
    const received = r.date('requests', row, 'received', q.received);
    if (received === null) r.add('unreadableRequest', 'requests', row, 'received');
    r.date('requests', row, 'extensionNotified', q.extensionNotified);
    const answeredOn = r.date('requests', row, 'answeredOn', q.answeredOn);
    requests.push({
      id,
      reference,
      type: (type ?? 'access') as SyncRequest['type'],
      received: received ?? '',
      extended: requestDeadline(requestFacts(q))?.extended ?? false,
      state: answeredOn === null ? 'open' : 'answered',
      responsibleEmail: r.email('requests', row, 'responsible', q.responsible),
      sheetRow: row,
    });
  });
  return requests;
}

function readRegister(doc: RegisterDocument, meta: SyncMeta, r: CellReader): SyncRegister {
  const settings = registerSettings(doc);
  const org = doc.organisation ?? {};
  // The name only labels emails; a very long one is cut rather than blocking reminders.
  const name = (cellText(org.registerName) || cellText(org.controllerName)).slice(0, SYNC_LIMITS.nameLength);
  return {
    name,
    lang: settings.lang,
    timeZone: meta.timeZone,
    spreadsheetId: meta.spreadsheetId,
    sheetGids: meta.sheetGids,
    fiscalYearEnd: settings.fiscalYearEnd,
    dueSoonDays: settings.dueSoonDays,
    escalationAfterDays: settings.escalationAfterDays,
    floorReviewDays: settings.floorReviewDays,
    adminEmail: r.email('organisation', organisationRow('adminEmail'), 'adminEmail', settings.adminEmail),
    escalationEmail: r.email(
      'organisation',
      organisationRow('escalationEmail'),
      'escalationEmail',
      settings.escalationEmail,
    ),
  };
}

/** Builds the payload, or lists every reason it cannot be built. */
export function buildSyncPayload(doc: RegisterDocument, meta: SyncMeta): BuildResult {
  const r = new CellReader(registerSettings(doc).lang);
  const { activities, ids: activityIds } = readActivities(doc, r);
  const { dataCategories, ids: categoryIds } = readCategories(doc, r, activityIds);
  const holdings = readHoldings(doc, r, activityIds, categoryIds);
  const breaches = readBreaches(doc, r);
  const requests = readRequests(doc, r);
  const register = readRegister(doc, meta, r);
  if (r.issues.length > 0) return { errors: r.issues };
  const payload: SyncPayload = {
    payloadVersion: PAYLOAD_VERSION,
    version: meta.version,
    register,
    activities,
    dataCategories,
    holdings,
    breaches,
    requests,
  };
  // The builder and the worker's checker must agree; anything they disagree on (bad meta,
  // more rows than the caps) is reported rather than sent to be refused.
  const checked = checkSyncPayload(payload);
  if (!checked.ok) {
    for (const error of checked.errors.slice(0, 10))
      r.add('payloadInvalid', 'organisation', null, null, { value: error });
    return { errors: r.issues };
  }
  return { payload };
}
