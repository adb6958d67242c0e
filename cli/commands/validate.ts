// art30 validate <register.json|.csv|.xlsx|-> [--json] [--lang da|en] [--today YYYY-MM-DD]
// Reads a register (importing a CSV or workbook kept as one row per activity), runs the
// validator and prints the findings. Exit code 1 when any finding is an error, 0 otherwise.

import { DEFAULT_TIME_ZONE, todayInTimeZone } from '../../shared/calendar/civilDate.ts';
import { issuesAtFileRows } from '../../shared/register/import.ts';
import type { Issue } from '../../shared/register/types.ts';
import { validateRegister } from '../../shared/validation/validate.ts';
import {
  CliError,
  COMMON_OPTIONS,
  dateOption,
  langOption,
  noExtraPositionals,
  parseCommandArgs,
} from '../args.ts';
import { readRegister } from '../input/readRegister.ts';
import type { CliIo } from '../io.ts';
import { HELP, MESSAGES } from '../messages.ts';
import { formatIssue, printJson, printLines, summarise } from '../output.ts';

const OPTIONS = { ...COMMON_OPTIONS, today: { type: 'string' } } as const;

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
  const path = positionals[0];
  if (path === undefined) throw new CliError(MESSAGES.missingRegisterFile, 'usage.missingFile');
  noExtraPositionals(positionals, 1);

  const loaded = await readRegister(path, askedLang, io.readStdin);
  const lang = askedLang ?? loaded.document.lang;
  const found = validateRegister(loaded.document, { today, lang });
  const atFileRows = loaded.format === 'json' ? found : issuesAtFileRows(found, loaded.organisationRows);
  const issues = distinct([...loaded.issues, ...atFileRows]);
  const summary = summarise(issues);

  if (values.json) {
    printJson(io, { issues, summary, unmappedColumns: loaded.unmappedColumns });
  } else {
    const lines = [MESSAGES.validateHeading(path === '-' ? 'stdin' : path)[lang], ''];
    for (const issue of issues) lines.push(formatIssue(issue, lang));
    if (issues.length === 0) lines.push(MESSAGES.noIssues[lang]);
    if (loaded.unmappedColumns.length > 0) {
      lines.push('', MESSAGES.unmappedHeading[lang], ...loaded.unmappedColumns.map((c) => `  - ${c}`));
    }
    lines.push('', MESSAGES.summary(summary.errors, summary.warnings, summary.infos)[lang]);
    printLines(io, lines);
  }
  return summary.errors > 0 ? 1 : 0;
}
