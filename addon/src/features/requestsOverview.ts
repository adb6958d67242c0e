// The Requests tab of the deadlines overview, pure: every unanswered request with its deadline
// (the shared clock) and, for erasure, the Art. 17(3) exceptions its activities' legal bases
// point to; and the Requests sheet's computed columns (due, status, exceptions), index-aligned
// with its rows, which the overview writes in one block.

import { daysBetween } from '../../../shared/calendar/civilDate.ts';
import { cellText } from '../../../shared/register/document.ts';
import { splitMulti } from '../../../shared/register/schema.ts';
import { registerSettings } from '../../../shared/register/settings.ts';
import type { CellValue, DocumentRow, Lang, RegisterDocument } from '../../../shared/register/types.ts';
import { type RequestStatus, requestWindow } from '../../../shared/requests/deadline.ts';
import { erasureExceptionsOf } from '../../../shared/requests/erasure.ts';
import { assessRequestRow, requestTypeOf } from '../../../shared/requests/row.ts';
import { type MessageKey, t } from '../i18n.ts';

export interface RequestOverviewItem {
  requestId: string;
  reference: string;
  type: string;
  due: string;
  status: Exclude<RequestStatus, 'answered' | 'missingDate'>;
  /** Days until the deadline (negative when overdue). */
  daysLeft: number;
  extended: boolean;
  /** For an erasure request: the Art. 17(3) exceptions, as labels. */
  exceptions: string[];
  sheetRow: number;
}

export interface RequestsOverview {
  window: number;
  counts: Record<RequestStatus, number>;
  /** Unanswered requests with a deadline, soonest first. */
  open: RequestOverviewItem[];
}

/** The exceptions of an erasure request's activities (named by name or id). */
function exceptionsOf(doc: RegisterDocument, row: DocumentRow, lang: Lang): string[] {
  if (requestTypeOf(row) !== 'erasure') return [];
  const activities = doc.sheets.activities ?? [];
  const labels = new Set<string>();
  for (const name of splitMulti(cellText(row['activities']))) {
    const key = name.toLowerCase();
    const activity = activities.find(
      (a) => cellText(a['id']) === name || cellText(a['name']).toLowerCase() === key,
    );
    if (activity) for (const e of erasureExceptionsOf(activity)) labels.add(e.label[lang]);
  }
  return [...labels];
}

export function requestsOverview(doc: RegisterDocument, today: string, lang: Lang): RequestsOverview {
  const window = requestWindow(registerSettings(doc).dueSoonDays);
  const counts: Record<RequestStatus, number> = {
    answered: 0,
    overdue: 0,
    dueSoon: 0,
    open: 0,
    missingDate: 0,
  };
  const open: RequestOverviewItem[] = [];
  (doc.sheets.requests ?? []).forEach((row, i) => {
    if (cellText(row['reference']) === '' && cellText(row['received']) === '') return;
    const a = assessRequestRow(row, today, window);
    counts[a.status]++;
    if (a.status === 'answered' || a.status === 'missingDate' || !a.deadline) return;
    open.push({
      requestId: cellText(row['id']),
      reference: cellText(row['reference']),
      type: cellText(row['type']),
      due: a.deadline.due,
      status: a.status,
      daysLeft: daysBetween(today, a.deadline.due),
      extended: a.deadline.extended,
      exceptions: exceptionsOf(doc, row, lang),
      sheetRow: row.$row ?? i + 2,
    });
  });
  open.sort((x, y) => x.daysLeft - y.daysLeft || x.reference.localeCompare(y.reference));
  return { window, counts, open };
}

/** The Requests sheet's computed columns, index-aligned with its rows. */
export function requestColumns(doc: RegisterDocument, today: string, lang: Lang) {
  const window = requestWindow(registerSettings(doc).dueSoonDays);
  const rows = doc.sheets.requests ?? [];
  const due: CellValue[] = [];
  const status: CellValue[] = [];
  const erasureExceptions: CellValue[] = [];
  for (const row of rows) {
    const empty = cellText(row['reference']) === '' && cellText(row['received']) === '';
    const a = assessRequestRow(row, today, window);
    due.push(empty ? '' : (a.deadline?.due ?? ''));
    status.push(empty ? '' : t(lang, `export.req.status.${a.status}` as MessageKey));
    erasureExceptions.push(empty ? '' : exceptionsOf(doc, row, lang).join('; '));
  }
  return { due, status, erasureExceptions };
}
