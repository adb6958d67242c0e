// Answers given from reminder emails ("I have deleted it", "I need more time"), written into the
// sheet (issue 16). At every sync and menu action (inside catchUp, holding the document lock)
// the add-on fetches the pending answers with a signed GET; a deletion becomes a v2 Deletion
// log entry carrying the worker's signature (checked with the pinned key before it is written),
// an extension sets the new date and its reason. The sheet wins a conflict: a holding already
// deleted, extended past the answer, or gone supersedes the answer. Every answer written or
// superseded is acknowledged with one signed request, and the worker deletes it. Reads each
// sheet once and writes one batch per column group, whatever the number of answers.

import { verifyWorkerSignature } from '../../../shared/register/deletionEvidence.ts';
import {
  appendDeletionEntryV2,
  DELETION_ENTRY_FIELDS,
  type DeletionEntry,
  signedContent,
} from '../../../shared/register/deletionLog.ts';
import type { CellValue, DocumentRow, Lang } from '../../../shared/register/types.ts';
import type { AcknowledgeRequest, PendingAnswer } from '../../../shared/sync/api.ts';
import type { Workbook } from '../sheets/workbook.ts';
import { acknowledgeAnswers, getAnswers } from '../sync/client.ts';
import { pinnedWorkerKey } from '../sync/evidence.ts';
import type { Enrolment } from '../sync/state.ts';
import { loadWorkbook, requireLayout } from './register.ts';
import { appendRows, writeColumns } from './sheetWrites.ts';

export const PENDING_ANSWERS_PROPERTY = 'art30.answers.pending';

type Ack = AcknowledgeRequest['acks'][number];

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** What the sheet does with one answer: write it, supersede it, or leave it (bad signature). */
export function decideAnswer(
  answer: PendingAnswer,
  row: DocumentRow | undefined,
  workerKey: string | null,
): 'apply' | 'superseded' | 'unverified' {
  if (!row || text(row.deletedOn)) return 'superseded';
  const answeredOn = answer.answeredAt.slice(0, 10);
  if (text(row.extendedUntil) && text(row.extendedUntil) >= answeredOn) return 'superseded';
  if (answer.kind === 'extended') return 'apply';
  const entry = answer.entry;
  const valid =
    workerKey !== null &&
    entry.holdingId === answer.holdingId &&
    entry.source === 'email' &&
    verifyWorkerSignature(signedContent(entry), answer.signature, workerKey);
  return valid ? 'apply' : 'unverified';
}

function entryOf(answer: Extract<PendingAnswer, { kind: 'deleted' }>): DeletionEntry {
  return Object.fromEntries(
    DELETION_ENTRY_FIELDS.map((f) => [f, String(answer.entry[f] ?? '')]),
  ) as DeletionEntry;
}

/** Writes the answers into the workbook: log entries, deletion dates, extensions. */
function writeAnswers(wb: Workbook, applied: { answer: PendingAnswer; index: number }[]): void {
  const holdings = wb.doc.sheets.retentionLog ?? [];
  const entries: DocumentRow[] = [];
  const existing = wb.doc.sheets.deletionLog ?? [];
  const deleted: { $row: number; values: Record<string, CellValue> }[] = [];
  const extended: { $row: number; values: Record<string, CellValue> }[] = [];
  for (const { answer, index } of applied) {
    const row = holdings[index]!;
    if (answer.kind === 'deleted') {
      const entry = entryOf(answer);
      entries.push({ ...appendDeletionEntryV2([...existing, ...entries], entry, 'email', answer.signature) });
      row.deletedOn = entry.deletedOn;
      deleted.push({ $row: row.$row!, values: { deletedOn: entry.deletedOn } });
    } else {
      row.extendedUntil = answer.extendedUntil;
      row.extensionReason = `${answer.reason} (${answer.answeredBy})`;
      extended.push({
        $row: row.$row!,
        values: { extendedUntil: row.extendedUntil, extensionReason: row.extensionReason },
      });
    }
  }
  if (entries.length > 0) {
    const log = requireLayout(wb, 'deletionLog', ['holdingId', 'source', 'signature', 'prevHash', 'hash']);
    appendRows(wb, log, entries);
    wb.doc.sheets.deletionLog = [...existing, ...entries];
  }
  const retention = requireLayout(wb, 'retentionLog', [
    'id',
    'deletedOn',
    'extendedUntil',
    'extensionReason',
  ]);
  writeColumns(wb, retention, ['deletedOn'], deleted);
  writeColumns(wb, retention, ['extendedUntil', 'extensionReason'], extended);
}

/**
 * Fetches the pending answers and writes them into the sheet; returns how many changed it.
 * The caller holds the document lock and syncs afterwards when something changed.
 */
export function applyPendingAnswers(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  enrolment: Enrolment,
): number {
  const { answers } = getAnswers(enrolment.workerUrl, enrolment.registerId, enrolment.key);
  const props = PropertiesService.getDocumentProperties();
  if (!answers || answers.length === 0) {
    props.setProperty(PENDING_ANSWERS_PROPERTY, '0');
    return 0;
  }
  const wb = loadWorkbook(ss, lang);
  const holdings = wb.doc.sheets.retentionLog ?? [];
  const byId = new Map(holdings.map((r, i) => [text(r.id), i]));
  const key = pinnedWorkerKey();
  const applied: { answer: PendingAnswer; index: number }[] = [];
  const acks: Ack[] = [];
  let unverified = 0;
  for (const answer of answers) {
    const index = byId.get(answer.holdingId);
    const decision = decideAnswer(answer, index === undefined ? undefined : holdings[index], key);
    if (decision === 'unverified') unverified++;
    else if (decision === 'superseded') acks.push({ holdingId: answer.holdingId, outcome: 'superseded' });
    else {
      applied.push({ answer, index: index! });
      acks.push({ holdingId: answer.holdingId, outcome: 'applied' });
    }
  }
  if (applied.length > 0) writeAnswers(wb, applied);
  if (acks.length > 0) acknowledgeAnswers(enrolment.workerUrl, enrolment.registerId, enrolment.key, { acks });
  props.setProperty(PENDING_ANSWERS_PROPERTY, String(unverified));
  return applied.length;
}
