// Hostile register files: each is refused with a message naming the limit it hit (or, for
// escape codes, read with the codes taken out), by a CLI run given a 512 MB heap whose peak
// resident memory stays under 512 MB. The large files are generated in a temporary folder.

import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MEMORY_LIMIT_MB, type MeasuredRun, measuredRun } from './testing/measuredRun.ts';
import { spawnCli } from './testing/runCli.ts';
import { repeated, sheetXml, xlsxEntries, zipBytes } from './testing/zipFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'art30-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MB = 1024 * 1024;

function expectBounded(run: MeasuredRun): void {
  // ART30_FIGURES=1 prints the figures docs/performance.md quotes.
  if (process.env.ART30_FIGURES) {
    const name = expect.getState().currentTestName;
    console.info(`${name}: ${Math.round(run.wallMs)} ms, peak RSS ${Math.round((run.peakRss ?? 0) / MB)} MB`);
  }
  expect(run.peakRss, run.stderr).not.toBeNull();
  expect(run.peakRss!).toBeLessThan(MEMORY_LIMIT_MB * MB);
}

/** Refused with exit code 2, in English, with the limit named in the message. */
function expectRefused(run: MeasuredRun, limitWords: RegExp): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.stderr).toMatch(limitWords);
  expect(run.stderr).toMatch(/is not read/);
  expectBounded(run);
}

describe('hostile register files', () => {
  it('refuses an XLSX with one cell in the last column of 40,000 rows (204 KB that once took 4.3 GB)', async () => {
    const path = join(dir, 'last-column.xlsx');
    const rows = sheetXml(
      40_000,
      (n) => `<row r="${n}"><c r="XFD${n}" t="inlineStr"><is><t>x</t></is></c></row>`,
    );
    writeFileSync(path, await zipBytes(xlsxEntries(rows)));
    const run = measuredRun(['validate', path, '--lang', 'en']);
    expectRefused(run, /more than 200 columns \(column XFD\)/);
  });

  it('refuses a zip bomb by the sizes its directory declares, before unpacking it', async () => {
    const path = join(dir, 'bomb.xlsx');
    writeFileSync(path, await zipBytes(xlsxEntries(repeated(' ', MB, 400))));
    const run = measuredRun(['validate', path, '--lang', 'en']);
    expectRefused(run, /unpacks to more than 64 MB \(4194\d{5} bytes unpacked\)/);
  });

  it('refuses a zip bomb whose directory lies about its size, while unpacking it', async () => {
    const path = join(dir, 'lying-bomb.xlsx');
    writeFileSync(path, await zipBytes(xlsxEntries(repeated(' ', MB, 400), 1000)));
    const run = measuredRun(['validate', path, '--lang', 'en']);
    expectRefused(run, /unpacks to more than 64 MB/);
  });

  it('refuses a CSV of 5 million cells', () => {
    const path = join(dir, 'five-million.csv');
    const fd = openSync(path, 'w');
    writeSync(fd, 'Behandling;Formål;Kategorier af registrerede\n');
    const line = `${Array(100).fill('x').join(';')}\n`;
    for (let r = 0; r < 50_000; r++) writeSync(fd, line);
    closeSync(fd);
    const run = measuredRun(['validate', path, '--lang', 'en']);
    expectRefused(run, /more than 1,000,000 cells/);
  });

  it('refuses an XLSX of 5 million cells', async () => {
    const path = join(dir, 'five-million.xlsx');
    // Cells without a reference take their place in order: 5 million in 20 MB of XML.
    const cells = '<c/>'.repeat(100);
    writeFileSync(path, await zipBytes(xlsxEntries(sheetXml(50_000, (n) => `<row r="${n}">${cells}</row>`))));
    const run = measuredRun(['validate', path, '--lang', 'en']);
    expectRefused(run, /more than 1,000,000 cells/);
  });

  it('refuses a CSV holding a 200 MB cell by its size, without reading it', () => {
    const path = join(dir, 'huge-cell.csv');
    const fd = openSync(path, 'w');
    writeSync(fd, 'Behandling;Formål;Kategorier af registrerede\nLøn;');
    const chunk = Buffer.alloc(MB, 'a');
    for (let i = 0; i < 200; i++) writeSync(fd, chunk);
    writeSync(fd, ';Ansatte\n');
    closeSync(fd);
    const run = measuredRun(['validate', path, '--lang', 'en']);
    expectRefused(run, /larger than 20 MB \(2097152\d+ bytes\)/);
  });

  it('refuses more than 20 MB on standard input, read through the real bin', () => {
    const input = Buffer.alloc(21 * MB, 'a');
    const run = spawnCli(['validate', '-', '--lang', 'en'], { input });
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/- is not read: the file is larger than 20 MB\./);
  });

  it('refuses an XLSX holding a 200 MB cell, which zips to a few hundred kilobytes', async () => {
    const path = join(dir, 'huge-cell.xlsx');
    function* sheet(): Generator<Uint8Array> {
      yield Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>',
      );
      yield* repeated('a', MB, 200);
      yield Buffer.from('</t></is></c></row></sheetData></worksheet>');
    }
    writeFileSync(path, await zipBytes(xlsxEntries(sheet())));
    const run = measuredRun(['validate', path, '--lang', 'en']);
    expectRefused(run, /unpacks to more than 64 MB/);
  });

  it('refuses a cell longer than Excel allows, naming its row and column', () => {
    const path = join(dir, 'long-cell.csv');
    writeFileSync(path, `Behandling;Formål;Kategorier af registrerede\nLøn;${'a'.repeat(40_000)};Ansatte\n`);
    const run = measuredRun(['validate', path, '--lang', 'en']);
    expectRefused(run, /more than 32,767 characters .*\(row 2, column B\)/);
  });

  it('takes escape codes out of every cell text it prints', () => {
    const path = join(dir, 'escapes.csv');
    const title = '\u001b]0;pwned\u0007';
    const clear = '\u001b[2J\u001b[H';
    writeFileSync(
      path,
      `Behandling;Formål;Kategorier af registrerede;Ukendt${clear}kolonne\n` +
        `"Løn${title}";Udbetaling${clear} af løn;Ansatte og \u009b31mrøde\u202e;x\n`,
    );
    const run = measuredRun(['validate', path, '--lang', 'en', '--all']);
    expect(run.status).not.toBe(2);
    expect(run.stdout).toContain('Ansatte');
    expect(run.stdout).toContain('Ukendtkolonne');
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expectBounded(run);
  });
});
