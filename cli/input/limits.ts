// The bounds every register import stays within, so a hostile or broken file is refused with a
// clear message instead of exhausting memory: the file's size, the unpacked size of an
// .xlsx's zip entries, and the rows, columns, cells and characters per cell that are read.
// A real register (a few hundred activities, a retention log of tens of thousands of
// holdings) sits far below every one of them.

import { CliError } from '../args.ts';
import { INPUT_MESSAGES } from './messages.ts';

export const LIMITS = {
  /** Bytes of the file (or standard input) itself. */
  fileBytes: 20 * 1024 * 1024,
  /** Bytes of all the entries of an .xlsx once unpacked, together. */
  unpackedBytes: 64 * 1024 * 1024,
  /** Rows of a CSV file, or of all the worksheets of a workbook together. */
  rows: 100_000,
  /** Columns: the last column a row may use (column GR). */
  columns: 200,
  /** Cells, filled or formatted, of a CSV file or of all worksheets together. */
  cells: 1_000_000,
  /** Characters in one cell: Excel's own limit. */
  cellChars: 32_767,
} as const;

export type LimitName = keyof typeof LIMITS;

/** The refusal when `limit` is exceeded; `found` says by how much, where it is known. */
export function limitExceeded(path: string, limit: LimitName, found?: string): CliError {
  return new CliError(
    INPUT_MESSAGES.limitExceeded(path, limit, LIMITS[limit], found),
    `input.limit.${limit}`,
  );
}

/** A limit a file's contents exceed, found while parsing (before the path is known to the
 * parser); readRegister turns it into the refusal. */
export class LimitHit extends Error {
  constructor(
    readonly limit: LimitName,
    readonly found?: string,
  ) {
    super(limit);
  }
}
