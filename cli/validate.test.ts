import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../shared/register/types.ts';
import { FIXTURES, jsonOf, runCli } from './testing/runCli.ts';

interface ValidateJson {
  issues: Issue[];
  summary: { errors: number; warnings: number; infos: number };
  unmappedColumns: string[];
}

const validate = (file: string, ...args: string[]) =>
  runCli(['validate', `test/fixtures/${file}`, '--today', '2026-11-25', ...args]);

describe('art30 validate', () => {
  it('accepts the complete sample register: no errors, exit code 0', async () => {
    const run = await validate('sample-register.json', '--json');
    expect(run.status).toBe(0);
    const result = jsonOf(run) as ValidateJson;
    expect(result.summary.errors).toBe(0);
    expect(result.unmappedColumns).toEqual([]);
  });

  it('exits 1 when a register has an error, and the summary counts what the issues say', async () => {
    const doc = JSON.parse(readFileSync(`${FIXTURES}sample-register.json`, 'utf8'));
    doc.sheets.activities[1].purpose = '';
    const run = await runCli(['validate', '-', '--json', '--today', '2026-11-25'], {
      input: JSON.stringify(doc),
    });
    expect(run.status).toBe(1);
    const result = jsonOf(run) as ValidateJson;
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(result.summary.errors).toBe(errors.length);
    expect(errors.some((i) => i.sheet === 'activities' && i.row === 3 && i.column === 'purpose')).toBe(true);
  });

  it('reads a Windows-1252 semicolon CSV and reports issues at the rows of the file', async () => {
    const run = await validate('register-cp1252-semicolon.csv', '--json', '--lang', 'en');
    expect(run.status).toBe(1);
    const result = jsonOf(run) as ValidateJson;
    // The header is on row 7 of this file (an organisation block sits above it): data rows are 8 and 9.
    const rows = new Set(result.issues.filter((i) => i.sheet !== 'organisation').map((i) => i.row));
    expect([...rows].every((r) => r === 8 || r === 9)).toBe(true);
    // Row 9 recruits temps with a criminal-record certificate and no Art. 10 ground.
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', sheet: 'activities', row: 9, column: 'art10Basis' }),
    );
    // The organisation block gave the controller; the missing role has no row in the file.
    const role = result.issues.find((i) => i.sheet === 'organisation' && i.column === 'role');
    expect(role?.row).toBeNull();
    expect(result.issues.some((i) => i.sheet === 'organisation' && i.column === 'controllerName')).toBe(
      false,
    );
  });

  it('reads a UTF-8 comma CSV with English headers, issue rows counting the header as row 1', async () => {
    const run = await validate('register-utf8-comma.csv', '--json', '--lang', 'en');
    expect(run.status).toBe(1);
    const result = jsonOf(run) as ValidateJson;
    const purpose = result.issues.find((i) => i.sheet === 'activities' && i.column === 'purpose');
    expect(purpose?.row).toBe(4);
    const rows = result.issues.filter((i) => i.sheet !== 'organisation').map((i) => i.row);
    expect(rows.every((r) => r === null || (r >= 2 && r <= 4))).toBe(true);
  });

  it('reads an Excel workbook and reports its unrecognised column', async () => {
    const run = await validate('register.xlsx', '--json');
    expect(run.status).toBe(1);
    const result = jsonOf(run) as ValidateJson;
    expect(result.unmappedColumns).toEqual(['Antal registrerede']);
    const rows = result.issues.filter((i) => i.sheet !== 'organisation').map((i) => i.row);
    expect(rows.every((r) => r === 3 || r === 4 || r === 5)).toBe(true);
  });

  it('reports unmapped columns, including data under a blank header, and as warnings on the header row', async () => {
    const run = await validate('register-unmapped-columns.csv', '--json', '--lang', 'da');
    const result = jsonOf(run) as ValidateJson;
    expect(result.unmappedColumns).toEqual(['Mappefarve', 'Intern kode', 'kolonne F']);
    const warnings = result.issues.filter((i) => i.code === 'import.unmappedColumn');
    expect(warnings.map((i) => i.row)).toEqual([1, 1, 1]);
    expect(warnings[0].message).toContain('Mappefarve');
  });

  it('prints findings for people by default, in the language asked for', async () => {
    const run = await validate('register-cp1252-semicolon.csv', '--lang', 'da');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('FEJL');
    expect(run.stdout).toContain('række 9');
    expect(run.stdout).toMatch(/\d+ fejl, \d+ advarsl/);
    expect(() => JSON.parse(run.stdout)).toThrow();
  });

  it('reads a register from standard input', async () => {
    const bytes = readFileSync(`${FIXTURES}register-cp1252-semicolon.csv`);
    expect(new TextDecoder('windows-1252').decode(bytes)).toContain('Formål');
    const run = await runCli(['validate', '-', '--json', '--today', '2026-11-25'], { input: bytes });
    expect(run.status).toBe(1);
    expect((jsonOf(run) as ValidateJson).issues.length).toBeGreaterThan(0);
  });

  it('exits 2 with a clear message for input it cannot use, and --json still prints one document', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['test/fixtures/missing.csv'], /File not found: test\/fixtures\/missing.csv/],
      [['test/fixtures/malformed/empty.csv'], /The file is empty/],
      [['test/fixtures/malformed/not-a-register.csv'], /Found no register/],
      [['test/fixtures/malformed/not-a-register.json'], /is JSON but not a register/],
      [['test/fixtures/malformed/broken.json'], /is not valid JSON/],
      [['test/fixtures/malformed/broken.xlsx'], /cannot be read as an Excel workbook/],
      [['test/fixtures/sample-register.json', '--today', '2026-13-01'], /--today must be a date/],
      [[], /Give a register/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(['validate', ...args, '--lang', 'en', '--json']);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(jsonOf(run), args.join(' ')).toMatchObject({
        error: { message: expect.stringMatching(message) },
      });
    }
  });

  it('prints its help and exits 0', async () => {
    const run = await runCli(['validate', '--help', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: art30 validate');
  });
});
