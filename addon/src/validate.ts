// Validate register: reads the workbook once, runs the shared validator, clears the marks of
// the previous run and marks the offending cells (a note with a recognisable prefix and a
// background) in one getNotes/getBackgrounds and one setNotes/setBackgrounds per sheet, keeps
// the findings for the issue sidebar and shows the counts. Users' own notes and colours stay.
// Only sheets that carry marks (remembered from the last run) or get new ones are touched, over
// the data range already read, so a clean sheet costs no round trip beyond its reading.

import type { Issue, Lang, Severity } from '../../shared/register/types.ts';
import { validateRegister as validateDocument } from '../../shared/validation/validate.ts';
import { openIssueSidebar } from './features/issuesService.ts';
import { catchUp } from './features/sync.ts';
import { waitingAddressIssues } from './features/waitingAddresses.ts';
import { activeLang, t } from './i18n.ts';
import { MARKED_KEY, type MarkRecord, mayCarryMarks } from './sheets/marks.ts';
import { readWorkbook, type SheetLayout, type Workbook } from './sheets/workbook.ts';
import { spreadsheetToday } from './sheets/zone.ts';
import { readRecipients } from './sync/state.ts';
import { runMenuAction, toast, UserMessage } from './ui.ts';

/** Every mark the add-on writes into a note starts with this, so the next run can remove it. */
export const MARK_PREFIX = '[Art30]';
export const MARK_COLOURS: Record<Severity, string> = {
  error: '#f4c7c3',
  warning: '#fce8b2',
  info: '#d2e3fc',
};
const PLAIN = '#ffffff';
const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Stored findings: gzipped JSON in a fixed number of document-property chunks (9 KB each at most). */
export const ISSUE_CHUNKS = 20;
const CHUNK_CHARS = 8000;
const ISSUES_KEY = 'art30.issues';

export interface ValidationRun {
  issues: Issue[];
  counts: Record<Severity, number>;
}

export interface StoredIssues {
  lang: Lang;
  /** ISO date of the run. */
  checkedOn: string;
  total: number;
  counts: Record<Severity, number>;
  /** The findings (errors first), all of them unless the register has very many. */
  issues: Issue[];
}

/** Removes the add-on's part of a note, keeping the user's own text. */
export function stripMark(note: string): string {
  const at = note.indexOf(MARK_PREFIX);
  if (at < 0) return note;
  return note.slice(0, at).replace(/\s+$/, '');
}

function severityWord(lang: Lang, s: Severity): string {
  return t(lang, s === 'error' ? 'validate.error' : s === 'warning' ? 'validate.warning' : 'validate.info');
}

interface CellMark {
  severity: Severity;
  lines: string[];
}

/** The sheet cell an issue points at (1-based), or null when it names no cell that exists. */
function cellOf(layout: SheetLayout, issue: Issue): { row: number; col: number } | null {
  if (layout.def.kind === 'form') {
    const row = issue.column ? layout.columns.get(issue.column) : issue.row;
    return row && row >= 2 && row <= layout.height ? { row, col: 2 } : null;
  }
  if (!issue.row || issue.row < 2 || issue.row > layout.height) return null;
  const nameCol = layout.def.nameColumn ? layout.columns.get(layout.def.nameColumn) : undefined;
  const col = (issue.column ? layout.columns.get(issue.column) : undefined) ?? nameCol ?? 1;
  return col <= layout.width ? { row: issue.row, col } : null;
}

/** The cells to mark on one sheet, keyed "row,col", with the lines of their note. */
function marksOf(layout: SheetLayout, issues: Issue[], lang: Lang): Map<string, CellMark> {
  const marks = new Map<string, CellMark>();
  for (const issue of issues) {
    const cell = cellOf(layout, issue);
    if (!cell) continue;
    const key = `${cell.row},${cell.col}`;
    const mark = marks.get(key) ?? { severity: issue.severity, lines: [] };
    if (SEVERITY_RANK[issue.severity] > SEVERITY_RANK[mark.severity]) mark.severity = issue.severity;
    mark.lines.push(
      `${severityWord(lang, issue.severity)}: ${issue.message}${issue.hint ? ` – ${issue.hint}` : ''}`,
    );
    marks.set(key, mark);
  }
  return marks;
}

function markSheet(layout: SheetLayout, marks: Map<string, CellMark>): void {
  if (layout.height === 0 || layout.width === 0) return;
  const width = layout.def.kind === 'form' ? Math.max(2, layout.width) : layout.width;
  const range =
    layout.dataRange && width === layout.width
      ? layout.dataRange
      : layout.sheet.getRange(1, 1, layout.height, width);
  const notes = range.getNotes();
  // A sheet without marks to clear or to make costs this one read.
  if (marks.size === 0 && !notes.some((line) => line.some((n) => n?.includes(MARK_PREFIX)))) return;
  const backgrounds = range.getBackgrounds();
  const ownColours = new Set(Object.values(MARK_COLOURS));
  // Clear the previous run's marks (row 1 holds the header notes, which are left alone).
  for (let r = 1; r < notes.length; r++) {
    for (let c = 0; c < width; c++) {
      const note = notes[r][c];
      if (note?.includes(MARK_PREFIX)) {
        notes[r][c] = stripMark(note);
        if (ownColours.has(String(backgrounds[r][c]).toLowerCase())) backgrounds[r][c] = PLAIN;
      }
    }
  }
  for (const [key, mark] of marks) {
    const [row, col] = key.split(',').map(Number);
    const own = notes[row - 1][col - 1];
    const text = `${MARK_PREFIX} ${mark.lines.join('\n')}`;
    notes[row - 1][col - 1] = own ? `${own}\n\n${text}` : text;
    backgrounds[row - 1][col - 1] = MARK_COLOURS[mark.severity];
  }
  range.setNotes(notes);
  range.setBackgrounds(backgrounds);
}

function countsOf(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/** Validates the workbook already read, marks the cells and stores the findings. */
export function validateWorkbook(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  wb: Workbook,
  lang: Lang,
): ValidationRun {
  const today = spreadsheetToday(wb.timeZone);
  // The breach clock is read at this instant, with times shown in the spreadsheet's zone.
  const clock = { now: Date.now(), timeZone: wb.timeZone };
  const issues = [
    ...wb.problems,
    ...validateDocument(wb.doc, { today, lang, ...clock }),
    ...waitingAddressIssues(wb.doc, readRecipients(), today, lang),
  ];
  if (!wb.layout.lists && (wb.layout.activities || wb.layout.processorRecord)) {
    issues.unshift({
      severity: 'warning',
      code: 'listsMissing',
      sheet: 'lists',
      row: null,
      column: null,
      message: t(lang, 'input.listsMissing'),
      hint: '',
    });
  }
  const mayCarry = mayCarryMarks();
  const record: MarkRecord = { seen: [], marked: [] };
  for (const layout of Object.values(wb.layout)) {
    if (!layout) continue;
    const marks = marksOf(
      layout,
      issues.filter((i) => i.sheet === layout.id),
      lang,
    );
    record.seen.push(layout.name);
    if (marks.size === 0 && !mayCarry(layout.name)) continue;
    markSheet(layout, marks);
    if (marks.size > 0) record.marked.push(layout.name);
  }
  const counts = countsOf(issues);
  storeIssues(
    { lang, checkedOn: today, total: issues.length, counts, issues },
    { [MARKED_KEY]: JSON.stringify(record) },
  );
  void ss;
  return { issues, counts };
}

/** Menu: Validate register. */
export function validateRegister(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = activeLang(ss);
  const run = runMenuAction(lang, () => {
    const wb = readWorkbook(ss, lang, 'validate');
    if (!wb.layout.organisation && !wb.layout.activities && !wb.layout.processorRecord) {
      throw new UserMessage(t(lang, 'error.noRegister'));
    }
    const result = validateWorkbook(ss, wb, lang);
    // A register used only through menus stays fresh at the worker.
    catchUp(ss, lang);
    const { error, warning, info } = result.counts;
    toast(
      ss,
      error + warning + info === 0
        ? t(lang, 'validate.clean')
        : t(lang, 'validate.toast', { errors: error, warnings: warning, infos: info }),
      lang,
    );
    return result;
  });
  if (run && run.issues.length > 0) openIssueSidebar();
}

function storeIssues(stored: StoredIssues, extra: Record<string, string>): void {
  const order: Severity[] = ['error', 'warning', 'info'];
  const sorted = [...stored.issues].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  let keep = sorted.length;
  let encoded = encode({ ...stored, issues: sorted });
  // Very large registers: keep the most severe findings that fit (the total is still reported).
  while (encoded.length > ISSUE_CHUNKS * CHUNK_CHARS && keep > 0) {
    keep = Math.floor(keep * 0.7);
    encoded = encode({ ...stored, issues: sorted.slice(0, keep) });
  }
  const props: Record<string, string> = { ...extra };
  for (let i = 0; i < ISSUE_CHUNKS; i++)
    props[`${ISSUES_KEY}.${i}`] = encoded.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
  PropertiesService.getDocumentProperties().setProperties(props);
}

function encode(value: StoredIssues): string {
  const blob = Utilities.newBlob(JSON.stringify(value), 'application/json');
  return Utilities.base64Encode(Utilities.gzip(blob).getBytes());
}

/** Server function for the issue sidebar: the last run's findings as plain JSON (no Dates). */
export function getLastIssues(): StoredIssues | null {
  const props = PropertiesService.getDocumentProperties().getProperties();
  let encoded = '';
  for (let i = 0; i < ISSUE_CHUNKS; i++) encoded += props[`${ISSUES_KEY}.${i}`] ?? '';
  if (!encoded) return null;
  try {
    const bytes = Utilities.base64Decode(encoded);
    const json = Utilities.ungzip(Utilities.newBlob(bytes, 'application/x-gzip')).getDataAsString();
    return JSON.parse(json) as StoredIssues;
  } catch {
    return null;
  }
}
