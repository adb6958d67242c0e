import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CliError } from '../args.ts';
import { FIXTURES } from '../testing/runCli.ts';
import { detectFormat, readRegister } from './readRegister.ts';

const fixture = (name: string) => `${FIXTURES}${name}`;

describe('reading a register file', () => {
  it('reads a Windows-1252 semicolon CSV with Danish headers and an organisation block', async () => {
    const loaded = await readRegister(fixture('register-cp1252-semicolon.csv'), 'da');
    expect(loaded.encoding).toBe('windows-1252');
    expect(loaded.delimiter).toBe(';');
    expect(loaded.document.organisation.controllerName).toBe('Eksempel Vikarservice ApS');
    expect(loaded.document.organisation.controllerAddress).toBe('Prøvevej 2, 5000 Odense C');
    const activities = loaded.document.sheets.activities!;
    expect(activities.map((a) => [a.name, a.$row])).toEqual([
      ['Lønadministration', 8],
      ['Rekruttering af vikarer', 9],
    ]);
    expect(activities[1].lastReview).toBe('2026-02-01');
    const groups = loaded.document.sheets.dataCategories!.map((r) => [r.subjectGroup, r.$row]);
    expect(groups).toEqual([
      ['Vikarer', 8],
      ['tidligere vikarer', 8],
      ['Jobansøgere', 9],
    ]);
    // "Modtagere" and "Databehandlere" both name recipients: merged, not dropped.
    expect(loaded.document.sheets.dataCategories![0].recipients).toBe('Skattestyrelsen, Lønbureau ApS');
    expect(loaded.unmappedColumns).toEqual([]);
  });

  it('reads a UTF-8 comma CSV with English headers, and a UTF-8 BOM tab CSV', async () => {
    const english = await readRegister(fixture('register-utf8-comma.csv'), 'en');
    expect([english.encoding, english.delimiter]).toEqual(['utf-8', ',']);
    expect(english.document.sheets.activities!.map((a) => a.name)).toEqual([
      'Customer orders',
      'Newsletter',
      'Job applications',
    ]);
    expect(english.document.sheets.activities![1].lastReview).toBe('2026-01-15');
    expect(english.document.sheets.activities![2].lastReview).toBe('last year');
    const bom = await readRegister(fixture('register-utf8-bom-tab.csv'), 'da');
    expect([bom.encoding, bom.delimiter]).toEqual(['utf-8', '\t']);
    expect(bom.document.sheets.activities![0].name).toBe('Lønadministration');
  });

  it('reads an Excel workbook: the sheet with the register, formulas as results, rich text as text, dates as ISO', async () => {
    const loaded = await readRegister(fixture('register.xlsx'), 'da');
    expect(loaded.worksheet).toBe('Fortegnelse');
    const [first, second] = loaded.document.sheets.activities!;
    expect(first.$row).toBe(4);
    expect(first.purpose).toBe('Undervisning og elevadministration');
    expect(first.lastReview).toBe('2026-03-01');
    expect(second.lastReview).toBe('2026-03-15');
    expect(loaded.document.organisation.controllerName).toBe('Eksempel Skole');
    expect(loaded.unmappedColumns).toEqual(['Antal registrerede']);
  });

  it('takes a JSON register as it is', async () => {
    const loaded = await readRegister(fixture('sample-register.json'), null);
    const original = JSON.parse(readFileSync(fixture('sample-register.json'), 'utf8'));
    expect(loaded.document).toEqual(original);
  });

  it('refuses unusable input with a clear error', async () => {
    const cases: Array<[string, string]> = [
      ['does-not-exist.csv', 'input.notFound'],
      ['malformed/empty.csv', 'input.empty'],
      ['malformed/not-a-register.csv', 'input.notARegister'],
      ['malformed/not-a-register.json', 'input.notARegister'],
      ['malformed/broken.json', 'input.badJson'],
      ['malformed/broken.xlsx', 'input.badXlsx'],
    ];
    for (const [name, code] of cases) {
      const error = await readRegister(fixture(name), 'en').catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(CliError);
      expect((error as CliError).code, name).toBe(code);
      expect((error as CliError).text.da.length, name).toBeGreaterThan(10);
    }
  });

  it('tells the format by extension, or for standard input by content', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(detectFormat('-', bytes('  {"schemaVersion":1}'))).toBe('json');
    expect(detectFormat('-', bytes('PK\u0003\u0004'))).toBe('xlsx');
    expect(detectFormat('-', bytes('Behandling;Formål'))).toBe('csv');
    expect(detectFormat('x.JSON', bytes('Behandling'))).toBe('json');
  });
});
