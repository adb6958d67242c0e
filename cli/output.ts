// How the CLI writes: human-readable text by default, or with --json exactly one JSON
// document on stdout and nothing else (messages for people go to stderr).

import { sheetDef } from '../shared/register/schema.ts';
import type { Issue, Lang, SheetId } from '../shared/register/types.ts';
import type { CliIo } from './io.ts';
import { MESSAGES } from './messages.ts';

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(io: CliIo, lines: string[]): void {
  io.stdout.write(`${lines.join('\n')}\n`);
}

export function sheetTitle(sheet: SheetId, lang: Lang): string {
  try {
    return sheetDef(sheet).title[lang];
  } catch {
    return sheet;
  }
}

export function columnTitle(sheet: SheetId, column: string | null, lang: Lang): string | null {
  if (!column) return null;
  try {
    return sheetDef(sheet).columns.find((c) => c.id === column)?.header[lang] ?? column;
  } catch {
    return column;
  }
}

/** One issue as two lines: where and what, then how to fix it. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const severity = MESSAGES.severity[issue.severity]?.[lang] ?? issue.severity;
  const where = MESSAGES.issueWhere(
    sheetTitle(issue.sheet, lang),
    issue.row,
    columnTitle(issue.sheet, issue.column, lang),
  )[lang];
  const lines = [`${severity} [${issue.code}] ${where}: ${issue.message}`];
  if (issue.hint) lines.push(`    ${MESSAGES.hintPrefix[lang]}: ${issue.hint}`);
  return lines.join('\n');
}

export interface IssueSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarise(issues: readonly Issue[]): IssueSummary {
  const summary = { errors: 0, warnings: 0, infos: 0 };
  for (const i of issues) {
    if (i.severity === 'error') summary.errors++;
    else if (i.severity === 'warning') summary.warnings++;
    else summary.infos++;
  }
  return summary;
}
