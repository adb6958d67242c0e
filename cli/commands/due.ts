// art30 due <register> | --sheet <url|id> --today YYYY-MM-DD [--json] [--lang da|en]
// Lists the retention-log holdings and deletion routines that are overdue or fall due within
// the register's due-soon window (the same window and the same evaluation the sheet and the
// worker use, so the counts agree). Routines with a cadence that were never run are listed too,
// and so are holdings whose minimum period has run ("may now be deleted: decide") or that
// nobody decided about in time (a review): those say "may be deleted from", never "due".
// A file with no retention log (a CSV or any one-table register) is refused, exit code 2: an
// empty list would say nothing is due when nothing can be known.

import { evaluateRegister } from '../../shared/retention/holdings.ts';
import { CliError, COMMON_OPTIONS, langOption, parseCommandArgs, requiredDateOption } from '../args.ts';
import { INPUT_MESSAGES } from '../input/messages.ts';
import { withOrgFile } from '../input/org.ts';
import { sourceLine, terminalSafe } from '../input/present.ts';
import type { CliIo } from '../io.ts';
import { HELP, MESSAGES } from '../messages.ts';
import { printJson, printLines, sheetTitle } from '../output.ts';
import { readRegisterArgument, SHEET_OPTIONS } from '../sheets/source.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  today: { type: 'string' },
  org: { type: 'string' },
  ...SHEET_OPTIONS,
} as const;

/** The holdings the list shows: the deadlines near or past, and the floors asking for a decision. */
const LISTED = new Set(['overdue', 'dueSoon', 'floorReview', 'mayDelete']);

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const askedLang = langOption(values);
  if (values.help) {
    printLines(io, [HELP.due[askedLang ?? 'da']]);
    return 0;
  }
  const today = requiredDateOption(values, 'today');
  const { loaded: read, label } = await readRegisterArgument(values, positionals, askedLang, io);
  const lang = askedLang ?? read.document.lang;
  const loaded = withOrgFile(read, values.org as string | undefined, lang);
  const { document } = loaded;
  if (!Array.isArray(document.sheets.retentionLog)) {
    throw new CliError(INPUT_MESSAGES.dueNoRetentionLog(label), 'input.noRetentionLog');
  }
  const evaluation = evaluateRegister(document, { today });
  const log = document.sheets.retentionLog ?? [];

  const holdings = evaluation.holdings
    .filter((h) => LISTED.has(h.assessment.status))
    .map((h) => ({
      id: h.id,
      reference: h.reference,
      activity: String(log[h.index]?.activity ?? ''),
      row: h.row,
      status: h.assessment.status,
      due: h.assessment.due,
      mayDeleteFrom: h.assessment.mayDeleteFrom ?? null,
      daysOverdue: h.assessment.daysOverdue,
      extended: h.assessment.extended,
      rule: h.resolution.text,
    }))
    .sort(
      (a, b) => b.daysOverdue - a.daysOverdue || (a.due ?? '').localeCompare(b.due ?? '') || a.row - b.row,
    );
  const routines = evaluation.routines
    .filter((r) => ['overdue', 'dueSoon', 'never'].includes(r.assessment.status))
    .map((r) => ({
      activityId: r.activityId,
      activity: r.activity,
      row: r.row,
      cadence: r.cadence,
      lastRun: r.lastRun,
      status: r.assessment.status,
      due: r.assessment.due,
      daysOverdue: r.assessment.daysOverdue,
    }));
  const summary = {
    overdue: evaluation.counts.holdings.overdue + evaluation.counts.routines.overdue,
    dueSoon: evaluation.counts.holdings.dueSoon + evaluation.counts.routines.dueSoon,
  };
  const dueSoonDays = evaluation.settings.dueSoonDays;

  if (values.json) {
    printJson(io, { today, dueSoonDays, holdings, routines, summary });
    return 0;
  }
  const status = (s: string) => MESSAGES.dueStatus[s as keyof typeof MESSAGES.dueStatus]?.[lang] ?? s;
  const when = (due: string | null, daysOverdue: number) =>
    daysOverdue > 0
      ? `${MESSAGES.dueOn(due ?? '')[lang]}, ${MESSAGES.daysOverdue(daysOverdue)[lang]}`
      : due
        ? MESSAGES.dueOn(due)[lang]
        : MESSAGES.noDueDate[lang];
  const where = (sheet: 'retentionLog' | 'activities', row: number) =>
    MESSAGES.issueWhere(sheetTitle(sheet, lang), row, null)[lang];
  const source = sourceLine(loaded, lang);
  const lines = [MESSAGES.dueHeading(today, dueSoonDays)[lang], ...(source ? [source] : []), ''];
  if (holdings.length > 0) {
    lines.push(`${MESSAGES.dueHoldingsHeading[lang]}:`);
    for (const h of holdings) {
      const date =
        h.mayDeleteFrom && (h.status === 'mayDelete' || h.status === 'floorReview')
          ? MESSAGES.mayDeleteFrom(h.mayDeleteFrom)[lang]
          : when(h.due, h.daysOverdue);
      lines.push(
        `  ${status(h.status)}  ${h.reference} (${h.activity}), ${date}  [${where('retentionLog', h.row)}]`,
      );
    }
    lines.push('');
  }
  if (routines.length > 0) {
    lines.push(`${MESSAGES.dueRoutinesHeading[lang]}:`);
    for (const r of routines) {
      lines.push(
        `  ${status(r.status)}  ${r.activity}, ${when(r.due, r.daysOverdue)}  [${where('activities', r.row)}]`,
      );
    }
    lines.push('');
  }
  if (holdings.length === 0 && routines.length === 0) lines.push(MESSAGES.dueNothing[lang], '');
  lines.push(MESSAGES.dueSummary(summary.overdue, summary.dueSoon)[lang]);
  printLines(io, lines.map(terminalSafe));
  return 0;
}
