// The demo's summary: one line per reminder written (recipient, kind, number of items,
// subject, file), as a plain-text table that lines up in a terminal. Columns are measured in
// code points, so Danish letters do not shift them; a long subject is cut with an ellipsis.

import type { Lang } from '../../shared/register/types.ts';
import { DEMO_TEXT } from './messages.ts';

export interface SummaryRow {
  recipient: string;
  kind: string;
  items: number;
  subject: string;
  file: string;
}

const MAX_SUBJECT = 84;

const width = (s: string): number => [...s].length;
const pad = (s: string, n: number, right = false): string => {
  const fill = ' '.repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
};
const cut = (s: string, n: number): string =>
  [...s].length <= n ? s : `${[...s].slice(0, n - 1).join('')}…`;

/** The table as lines: a header, a rule, one line per row. */
export function summaryTable(rows: readonly SummaryRow[], lang: Lang): string[] {
  const t = DEMO_TEXT.table;
  const header = [t.recipient[lang], t.kind[lang], t.items[lang], t.subject[lang], t.file[lang]];
  const cells = rows.map((r) => [
    r.recipient,
    DEMO_TEXT.kinds[r.kind]?.[lang] ?? r.kind,
    String(r.items),
    cut(r.subject, MAX_SUBJECT),
    r.file,
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i]))));
  const line = (c: string[]) =>
    c
      .map((v, i) => pad(v, widths[i], i === 2))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)];
}
