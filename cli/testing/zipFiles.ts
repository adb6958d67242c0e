// Builds .xlsx files byte by byte for the import tests, including the hostile ones no
// spreadsheet program writes: a sheet whose cells sit in the last column, a zip bomb (with an
// honest or a lying central directory), a cell of hundreds of megabytes. Entries are deflated
// with Node's zlib in chunks, so a 400 MB entry never exists in memory.

import { constants, crc32, createDeflateRaw } from 'node:zlib';

export interface ZipEntryInput {
  name: string;
  /** The entry's contents, as chunks (a generator keeps huge entries out of memory). */
  chunks: Iterable<Uint8Array>;
  /** A size to write in the central directory instead of the true one (a lying zip). */
  declaredSize?: number;
}

/** Deflates chunks into one raw deflate stream, returning it with the true size and CRC. */
async function deflateChunks(
  chunks: Iterable<Uint8Array>,
): Promise<{ data: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let size = 0;
  let crc = 0;
  for (const chunk of chunks) {
    size += chunk.length;
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

/** A zip archive of the entries (deflated, no data descriptors). */
export async function zipBytes(entries: ZipEntryInput[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data, size, crc } = await deflateChunks(entry.chunks);
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.declaredSize ?? size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.declaredSize ?? size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const text = (s: string) => [Buffer.from(s, 'utf8')];

/** The parts every .xlsx needs around one worksheet, whose XML comes in chunks. */
export function xlsxEntries(sheetXml: Iterable<Uint8Array>, declaredSheetSize?: number): ZipEntryInput[] {
  return [
    {
      name: '[Content_Types].xml',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Fortegnelse" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: text(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', chunks: sheetXml, declaredSize: declaredSheetSize },
  ];
}

const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';
const HEADER_ROW =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Behandling</t></is></c><c r="B1" t="inlineStr"><is><t>Formål</t></is></c><c r="C1" t="inlineStr"><is><t>Kategorier af registrerede</t></is></c></row>';

/** Worksheet XML: a register header, then `rows` rows made by `row(n)` (n is the sheet row). */
export function* sheetXml(rows: number, row: (n: number) => string): Generator<Uint8Array> {
  yield Buffer.from(SHEET_START + HEADER_ROW);
  let batch = '';
  for (let n = 2; n < rows + 2; n++) {
    batch += row(n);
    if (batch.length > 1 << 20) {
      yield Buffer.from(batch);
      batch = '';
    }
  }
  yield Buffer.from(batch + SHEET_END);
}

/** `count` chunks of `size` bytes of one character: the blanks of a zip bomb or a huge cell. */
export function* repeated(char: string, size: number, count: number): Generator<Uint8Array> {
  const chunk = Buffer.alloc(size, char);
  for (let i = 0; i < count; i++) yield chunk;
}
