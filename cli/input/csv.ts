// Reading a CSV export of someone's register: decode the bytes (UTF-8 with or without a BOM,
// UTF-16 from Excel's "Unicode text", with or without its BOM, otherwise Windows-1252 as
// Danish Excel writes it), find the delimiter (semicolon, comma or tab) and parse with
// csv-parse into a grid of cells, within the import's limits on rows, columns, cells and
// characters per cell. Trailing blank cells of a row are dropped, never padded.

import { parse } from 'csv-parse/sync';
import { columnLetter } from '../../shared/register/import.ts';
import type { CellValue } from '../../shared/register/types.ts';
import { LIMITS, LimitHit } from './limits.ts';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: text of Latin letters in UTF-16
 * has a zero in every other byte (the high byte, second in little-endian, first in
 * big-endian), which UTF-8 and Windows-1252 text never has.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = sample / 2;
  if (zeroOdd > pairs * 0.3 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.3 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Decodes CSV bytes: by a byte-order mark, else UTF-16 by its zero bytes, else valid UTF-8 as
 * UTF-8, and anything else as Windows-1252, the encoding Danish Excel uses for "CSV
 * (semikolonsepareret)". */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

export const CSV_DELIMITERS = [';', ',', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** A record without its trailing blank cells, checked against the limits (`seen` counts). */
function boundedRecord(record: string[], seen: { rows: number; cells: number }): string[] {
  let end = record.length;
  while (end > 0 && record[end - 1].trim() === '') end--;
  if (++seen.rows > LIMITS.rows) throw new LimitHit('rows');
  if (end > LIMITS.columns) throw new LimitHit('columns', columnLetter(end - 1));
  seen.cells += end;
  if (seen.cells > LIMITS.cells) throw new LimitHit('cells');
  for (let c = 0; c < end; c++) {
    if (record[c].length > LIMITS.cellChars) {
      throw new LimitHit('cellChars', `${seen.rows}, ${columnLetter(c)}`);
    }
  }
  return end === record.length ? record : record.slice(0, end);
}

/** Parses CSV text with one delimiter into rows of trimmed-later string cells. Throws
 * csv-parse's error when the text is not CSV with that delimiter, and LimitHit when it
 * exceeds a limit. */
export function parseCsv(text: string, delimiter: CsvDelimiter): CellValue[][] {
  const seen = { rows: 0, cells: 0 };
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: true,
    on_record: (record: string[]) => boundedRecord(record, seen),
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
