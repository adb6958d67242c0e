// The register's own conditional formatting, as data: which formula colours which cells of a
// table sheet. Set up (addon/src/setup.ts) and `art30 create` (cli/sheets/createPlan.ts) both
// lay these rules over the table's body (row 2 to the last row, every column), so each rule
// needs the one range the caller already has rather than a range per column.

import type { SheetDef } from './schema.ts';

/** Marks the add-on's own rules, so that a re-run replaces them and keeps the user's. */
export const RULE_MARK = 'N("art30")=0';

/** The rule colours (a blank required cell; an overdue or soon-due row). */
export const RULE_COLOURS = { missing: '#fce8e6', overdue: '#f4c7c3', dueSoon: '#fce8b2' } as const;

/**
 * The retention log's status words that colour a row (written by the retention overview;
 * a test checks they match its STATUS_WORDS).
 */
export const HIGHLIGHTED_STATUS = {
  overdue: { da: 'overskredet', en: 'overdue' },
  dueSoon: { da: 'snart', en: 'due soon' },
} as const;

export interface ConditionalFormatSpec {
  /** A custom formula relative to A2, the top-left cell of the table's body. */
  formula: string;
  colour: string;
}

export function columnLetter(n: number): string {
  return (n > 26 ? columnLetter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
}

/**
 * The rules of a table sheet whose schema columns sit at `columns` (id → 1-based column) in a
 * table `width` columns wide: the status colours of the retention log and the activities, and
 * one rule for every blank required cell of a filled row (the required columns named by number).
 */
export function conditionalFormatSpecs(
  def: SheetDef,
  columns: ReadonlyMap<string, number>,
  width: number,
): ConditionalFormatSpec[] {
  const specs: ConditionalFormatSpec[] = [];
  const status = def.id === 'retentionLog' ? 'status' : def.id === 'activities' ? 'routineStatus' : null;
  const statusCol = status ? columns.get(status) : undefined;
  if (statusCol) {
    const at = `$${columnLetter(statusCol)}2`;
    for (const [word, colour] of [
      [HIGHLIGHTED_STATUS.overdue, RULE_COLOURS.overdue],
      [HIGHLIGHTED_STATUS.dueSoon, RULE_COLOURS.dueSoon],
    ] as const) {
      specs.push({ formula: `=AND(${RULE_MARK},OR(${at}="${word.da}",${at}="${word.en}"))`, colour });
    }
  }
  if (def.id === 'lists' || def.id === 'deletionLog') return specs;
  const required = def.columns
    .filter((c) => c.required && c.type !== 'id' && !c.computed)
    .map((c) => columns.get(c.id))
    .filter((col): col is number => col !== undefined)
    .sort((a, b) => a - b);
  if (required.length === 0) return specs;
  const isRequired = required.map((col) => `COLUMN(A2)=${col}`).join(',');
  specs.push({
    formula: `=AND(${RULE_MARK},COUNTA($A2:$${columnLetter(width)}2)>0,OR(${isRequired}),LEN(TRIM(A2))=0)`,
    colour: RULE_COLOURS.missing,
  });
  return specs;
}
