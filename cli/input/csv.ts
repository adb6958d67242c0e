// Reading a CSV export of someone's register: decode the bytes (UTF-8 with or without a BOM,
// UTF-16 from Excel's "Unicode text", otherwise Windows-1252 as Danish Excel writes it), find
// the delimiter (semicolon, comma or tab) and parse with csv-parse into a grid of cells.

import { parse } from 'csv-parse/sync';
import type { CellValue } from '../../shared/register/types.ts';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'windows-1252';

/** Decodes CSV bytes. Valid UTF-8 is taken as UTF-8; anything else is Windows-1252, the
 * encoding Danish Excel uses for "CSV (semikolonsepareret)". */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export const CSV_DELIMITERS = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Parses CSV text with one delimiter into rows of trimmed-later string cells. Throws
 * csv-parse's error when the text is not CSV with that delimiter. */
export function parseCsv(text: string, delimiter: CsvDelimiter): CellValue[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
  }) as CellValue[][];
}

/** The delimiters worth trying, most likely first: the one that splits the first lines into
 * the most cells leads, so a comma inside Danish text does not win over the semicolons. */
export function likelyDelimiters(text: string): CsvDelimiter[] {
  const sample = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 20);
  const count = (d: string) => sample.reduce((n, line) => n + line.split(d).length - 1, 0);
  return [...CSV_DELIMITERS].sort((a, b) => count(b) - count(a));
}
