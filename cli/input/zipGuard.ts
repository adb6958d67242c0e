// Checks an .xlsx file (a zip archive) before exceljs unpacks it, so a zip bomb or a sheet of
// millions of cells is refused instead of exhausting memory: the central directory's declared
// sizes are checked first, then every entry is inflated with Node's zlib under a hard output
// cap (a lying directory gains nothing), and the worksheets' XML is scanned for its rows, cells
// and last column. Only a file that passes is handed to exceljs, which then cannot unpack more
// than was checked.

import { inflateRawSync } from 'node:zlib';
import { columnLetter } from '../../shared/register/import.ts';
import { CliError } from '../args.ts';
import { LIMITS, limitExceeded } from './limits.ts';
import { INPUT_MESSAGES } from './messages.ts';

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

/** What the scan of the worksheets found (for the tests and the refusal messages). */
export interface WorkbookShape {
  entries: number;
  unpackedBytes: number;
  rows: number;
  cells: number;
  lastColumn: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function damaged(path: string, code = 'input.badXlsx'): CliError {
  return new CliError(INPUT_MESSAGES.xlsxDamaged(path), code);
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

/** The entries the central directory lists, with their declared sizes. */
function centralDirectory(path: string, bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length >= 22 ? findEndOfDirectory(bytes, view) : -1;
  if (end < 0) throw new CliError(INPUT_MESSAGES.notAZip(path), 'input.badXlsx');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  // Zip64 markers: no register workbook needs an archive over 4 GB or 65,535 entries.
  if (count === 0xffff || at === 0xffffffff) throw limitExceeded(path, 'unpackedBytes');
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw damaged(path);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + skip;
  }
  return entries;
}

/** An entry's contents, inflated under `cap` bytes of output. */
function unpack(path: string, bytes: Uint8Array, entry: ZipEntry, cap: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged(path);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.flags & 1) throw new CliError(INPUT_MESSAGES.xlsxEncrypted(path), 'input.encrypted');
  if (entry.method === 0) {
    if (data.length > cap) throw limitExceeded(path, 'unpackedBytes');
    return data;
  }
  if (entry.method !== 8) throw damaged(path);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw limitExceeded(path, 'unpackedBytes');
    throw damaged(path);
  }
}

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** The 1-based column of a cell reference's letters starting at `i` ("XFD1" → 16384), and where they end. */
function columnAt(xml: Uint8Array, i: number): { column: number; end: number } {
  let column = 0;
  let k = i;
  while (k < xml.length && xml[k] >= 0x41 && xml[k] <= 0x5a && column <= 1_000_000) {
    column = column * 26 + (xml[k] - 0x40);
    k++;
  }
  return { column, end: k };
}

/** The column an opening <c> tag's r="…" attribute names, or 0 when it has none. */
function referencedColumn(xml: Uint8Array, from: number): number {
  for (let k = from; k < xml.length && xml[k] !== 0x3e; k++) {
    if (xml[k] === 0x72 && isSpace(xml[k - 1]) && xml[k + 1] === 0x3d && xml[k + 2] === 0x22) {
      return columnAt(xml, k + 3).column;
    }
  }
  return 0;
}

/** Counts a worksheet's <row> and <c> elements (any namespace prefix) and its last column. */
function scanWorksheet(path: string, xml: Uint8Array, shape: WorkbookShape): void {
  let column = 0;
  for (let i = xml.indexOf(0x3c); i >= 0; i = xml.indexOf(0x3c, i + 1)) {
    let k = i + 1;
    let local = k;
    while (k < xml.length && !isSpace(xml[k]) && xml[k] !== 0x3e && xml[k] !== 0x2f) {
      if (xml[k] === 0x3a) local = k + 1;
      k++;
    }
    const length = k - local;
    if (length === 3 && xml[local] === 0x72 && xml[local + 1] === 0x6f && xml[local + 2] === 0x77) {
      column = 0;
      if (++shape.rows > LIMITS.rows) throw limitExceeded(path, 'rows');
    } else if (length === 1 && xml[local] === 0x63) {
      column = referencedColumn(xml, k) || column + 1;
      if (++shape.cells > LIMITS.cells) throw limitExceeded(path, 'cells');
      if (column > LIMITS.columns) throw limitExceeded(path, 'columns', columnLetter(column - 1));
      if (column > shape.lastColumn) shape.lastColumn = column;
    }
  }
}

/**
 * Refuses an .xlsx that would unpack beyond the limits or whose worksheets hold more rows,
 * cells or columns than the limits allow; returns what it found otherwise.
 */
export function checkWorkbookZip(path: string, bytes: Uint8Array): WorkbookShape {
  const entries = centralDirectory(path, bytes);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (declared > LIMITS.unpackedBytes) throw limitExceeded(path, 'unpackedBytes', String(declared));
  const shape: WorkbookShape = {
    entries: entries.length,
    unpackedBytes: 0,
    rows: 0,
    cells: 0,
    lastColumn: 0,
  };
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const contents = unpack(path, bytes, entry, LIMITS.unpackedBytes - shape.unpackedBytes);
    shape.unpackedBytes += contents.length;
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) scanWorksheet(path, contents, shape);
  }
  return shape;
}
