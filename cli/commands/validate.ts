// art30 validate <register.json|.csv|.xlsx|-> | --sheet <url|id> [--json] [--lang da|en] [--today YYYY-MM-DD]
//                [--org org.json] [--all]
// Reads a register (importing a CSV or workbook kept as one row per activity, or a whole
// register workbook), runs the validator and prints the findings in the file's own terms, the
// first few of each kind unless --all. Exit code 1 when any finding is an error, 0 otherwise.

import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import { issuesAtFileRows } from '../../shared/register/import.ts';
import type { Issue } from '../../shared/register/types.ts';
import { validateRegister } from '../../shared/validation/validate.ts';
import { COMMON_OPTIONS, dateOption, langOption, parseCommandArgs } from '../args.ts';
import { withOrgFile } from '../input/org.ts';
import { findingLines, inFileTerms, sourceLine, terminalSafe } from '../input/present.ts';
import type { CliIo } from '../io.ts';
import { HELP, MESSAGES } from '../messages.ts';
import { printJson, printLines, summarise } from '../output.ts';
import { readRegisterArgument, SHEET_OPTIONS } from '../sheets/source.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  today: { type: 'string' },
  org: { type: 'string' },
  all: { type: 'boolean' },
  ...SHEET_OPTIONS,
} as const;

/**
 * Identical findings said once. An imported file row can become several document rows (one
 * per data-subject group, one per recipient it names), and a finding that does not name the
 * row's contents would otherwise repeat word for word at the same row.
 */
function distinct(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify([i.severity, i.code, i.sheet, i.row, i.column, i.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const askedLang = langOption(values);
  if (values.help) {
    printLines(io, [HELP.validate[askedLang ?? 'da']]);
    return 0;
  }
  const today = dateOption(values, 'today') ?? todayInTimeZone(DEFAULT_TIME_ZONE, Date.now());
  const { loaded: read, label } = await readRegisterArgument(values, positionals, askedLang, io);
  const lang = askedLang ?? read.document.lang;
  const loaded = withOrgFile(read, values.org as string | undefined, lang);
  const found = validateRegister(loaded.document, { today, lang });
  const atFileRows = loaded.format === 'json' ? found : issuesAtFileRows(found, loaded.organisationRows);
  const issues = distinct([...loaded.issues, ...atFileRows]).map((i) => inFileTerms(i, loaded, lang));
  const summary = summarise(issues);

  if (values.json) {
    printJson(io, { issues, summary, unmappedColumns: loaded.unmappedColumns });
  } else {
    const lines = [terminalSafe(MESSAGES.validateHeading(label)[lang])];
    const source = sourceLine(loaded, lang);
    if (source) lines.push(source);
    lines.push('', ...findingLines(issues, loaded, lang, values.all === true));
    if (issues.length === 0) lines.push(MESSAGES.noIssues[lang]);
    if (loaded.unmappedColumns.length > 0) {
      const columns = loaded.unmappedColumns.map((c) => terminalSafe(`  - ${c}`));
      lines.push('', MESSAGES.unmappedHeading[lang], ...columns);
    }
    lines.push('', MESSAGES.summary(summary.errors, summary.warnings, summary.infos)[lang]);
    printLines(io, lines);
  }
  return summary.errors > 0 ? 1 : 0;
}
