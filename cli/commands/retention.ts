// art30 retention "<text>" --from YYYY-MM-DD [--fiscal-year-end MM-DD] [--lang da|en] [--json]
// Reads a retention rule as practitioners write it and computes its due date when every
// trigger event happened on --from, a custom event's date included. A minimum period gives the
// first day the data may be deleted instead of a deadline.
// JSON: { rule, description, due, mayDeleteFrom, manual, reason }.

import { describeRetention } from '../../shared/retention/describe.ts';
import { dueDate, floorDate } from '../../shared/retention/dueDate.ts';
import { parseRetention } from '../../shared/retention/parse.ts';
import { TRIGGER_EVENTS, type TriggerDates } from '../../shared/retention/types.ts';
import {
  CliError,
  COMMON_OPTIONS,
  langOption,
  noExtraPositionals,
  parseCommandArgs,
  requiredDateOption,
} from '../args.ts';
import type { CliIo } from '../io.ts';
import { HELP, MESSAGES } from '../messages.ts';
import { printJson, printLines } from '../output.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  from: { type: 'string' },
  'fiscal-year-end': { type: 'string' },
} as const;

/** MM-DD of a real day of the year (29 February is refused: a year end must exist every year). */
function fiscalYearEndOption(value: string | boolean | undefined): string {
  if (value === undefined) return '12-31';
  const text = String(value);
  const m = /^(\d{2})-(\d{2})$/.exec(text);
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (
    !m ||
    Number(m[1]) < 1 ||
    Number(m[1]) > 12 ||
    Number(m[2]) < 1 ||
    Number(m[2]) > days[Number(m[1]) - 1]
  ) {
    throw new CliError(MESSAGES.badFiscalYearEnd(text), 'usage.badFiscalYearEnd');
  }
  return text;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const lang = langOption(values) ?? 'da';
  if (values.help) {
    printLines(io, [HELP.retention[lang]]);
    return 0;
  }
  const text = positionals[0];
  if (text === undefined) throw new CliError(MESSAGES.missingRetentionText, 'usage.missingText');
  noExtraPositionals(positionals, 1);
  const from = requiredDateOption(values, 'from');
  const fiscalYearEnd = fiscalYearEndOption(values['fiscal-year-end']);

  const parsed = parseRetention(text);
  const events: TriggerDates = Object.fromEntries(TRIGGER_EVENTS.map((e) => [e, from]));
  const due = dueDate(parsed.rule, events, { fiscalYearEnd });
  const mayDeleteFrom = floorDate(parsed.rule, events, { fiscalYearEnd });
  const manual = parsed.rule.kind === 'manual' || (due === null && mayDeleteFrom === null);
  const description = describeRetention(parsed.rule, lang);
  const reason = manual
    ? (parsed.explanation?.[lang] ??
      (parsed.rule.kind === 'manual' ? MESSAGES.manualReasons[parsed.rule.reason][lang] : null))
    : null;

  if (values.json) {
    printJson(io, { rule: parsed.rule, description, due, mayDeleteFrom, manual, reason });
  } else {
    const lines = [`${MESSAGES.retentionRule[lang]}: ${description}`];
    const events = MESSAGES.retentionFrom(from, fiscalYearEnd)[lang];
    if (manual) lines.push(`${MESSAGES.retentionManual[lang]}: ${reason ?? ''}`);
    if (mayDeleteFrom) lines.push(`${MESSAGES.retentionMayDeleteFrom[lang]}: ${mayDeleteFrom} ${events}`);
    if (due) lines.push(`${MESSAGES.retentionDue[lang]}: ${due} ${events}`);
    if (parsed.explanation && !manual) lines.push(parsed.explanation[lang]);
    printLines(io, lines);
  }
  return 0;
}
