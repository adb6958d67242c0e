// validateRegister: every finding about a register, in a fixed order, with messages in the
// requested language. Never throws: a malformed document gives issues, not an exception.

import { SHEETS } from '../register/schema.ts';
import type { Issue, RegisterDocument } from '../register/types.ts';
import { type ValidateOptions, ValidationContext } from './context.ts';
import { checkActivities } from './rules/activities.ts';
import { checkBreaches } from './rules/breaches.ts';
import { checkCells } from './rules/cells.ts';
import { checkEventDates } from './rules/eventDates.ts';
import { checkLogs } from './rules/logs.ts';
import { checkRecipients } from './rules/recipients.ts';
import { checkDuplicates, checkReferences } from './rules/references.ts';
import { checkRequests } from './rules/requests.ts';
import { checkRetention } from './rules/retention.ts';
import { checkTransfers } from './rules/transfers.ts';

export type { ValidateOptions } from './context.ts';

const SHEET_ORDER = new Map(SHEETS.map((s, i) => [s.id as string, i]));
const COLUMN_ORDER = new Map(SHEETS.flatMap((s) => s.columns.map((c, i) => [`${s.id}.${c.id}`, i] as const)));

/** An issue with its place in the order (sheet, then column), worked out once per issue
 * rather than in every comparison of the sort. */
interface Placed {
  issue: Issue;
  sheet: number;
  column: number;
}

function place(issue: Issue): Placed {
  return {
    issue,
    sheet: SHEET_ORDER.get(issue.sheet) ?? 99,
    column: issue.column === null ? -1 : (COLUMN_ORDER.get(`${issue.sheet}.${issue.column}`) ?? 999),
  };
}

function comparePlaced(pa: Placed, pb: Placed): number {
  const a = pa.issue;
  const b = pb.issue;
  return (
    pa.sheet - pb.sheet ||
    (a.row ?? -1) - (b.row ?? -1) ||
    pa.column - pb.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** Issues in the fixed order: sheet, row, column, code, message. */
function sortIssues(issues: Issue[]): Issue[] {
  return issues
    .map(place)
    .sort(comparePlaced)
    .map((p) => p.issue);
}

/** Normalises what arrives from outside (JSON files, sheets) so the rules can rely on the shape. */
function coerce(doc: RegisterDocument): RegisterDocument {
  const d = (doc ?? {}) as Partial<RegisterDocument>;
  const organisation = d.organisation && typeof d.organisation === 'object' ? d.organisation : {};
  const sheets = d.sheets && typeof d.sheets === 'object' ? d.sheets : {};
  return { schemaVersion: d.schemaVersion ?? 0, lang: d.lang === 'en' ? 'en' : 'da', organisation, sheets };
}

export function validateRegister(doc: RegisterDocument, options: ValidateOptions): Issue[] {
  const ctx = new ValidationContext(coerce(doc), options);
  checkCells(ctx);
  checkDuplicates(ctx);
  checkReferences(ctx);
  checkActivities(ctx);
  checkRetention(ctx);
  checkRecipients(ctx);
  checkTransfers(ctx);
  checkLogs(ctx);
  checkEventDates(ctx);
  checkBreaches(ctx);
  checkRequests(ctx);
  return sortIssues(ctx.issues);
}
