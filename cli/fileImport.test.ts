// The register from a file, as a user of Excel meets it: findings told in the file's terms,
// the organisation's details from the file or --org, due refusing a file with no retention
// log, a workbook downloaded from the register sheet read whole, repeated findings grouped,
// UTF-16 without a byte-order mark, old .xls files, title and group-header rows, the sheet
// read named, the XLSX library's errors translated, and starter files from the templates.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { validateRegister } from '../shared/validation/validate.ts';
import { loadTemplate } from '../templates/index.ts';
import { readOrgFile } from './input/org.ts';
import { readRegister } from './input/readRegister.ts';
import { measuredRun } from './testing/measuredRun.ts';
import { FIXTURES, jsonOf, runCli } from './testing/runCli.ts';
import { xlsxEntries, zipBytes } from './testing/zipFiles.ts';

const dir = mkdtempSync(join(tmpdir(), 'art30-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const temp = (name: string) => join(dir, name);
const CP1252 = `${FIXTURES}register-cp1252-semicolon.csv`;

interface IssueJson {
  code: string;
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
  hint: string;
}

async function writeXlsx(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

describe('findings on a CSV or XLSX speak of the file', () => {
  it('name the file row and its own column, and never dropdowns, the Lists sheet or an Organisation sheet', async () => {
    for (const lang of ['da', 'en'] as const) {
      const run = await runCli(['validate', CP1252, '--today', '2026-11-25', '--lang', lang, '--all']);
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(
        /dropdown|rulleliste|Lists sheet|arket Lister|Organisation,|Behandlingsaktiviteter,|Processing activities,/i,
      );
      const header =
        lang === 'da'
          ? 'række 8, kolonne "Kategorier af registrerede" (C)'
          : 'row 8, column "Kategorier af registrerede" (C)';
      expect(run.stdout).toContain(header);
      expect(run.stdout).toContain(
        lang === 'da'
          ? 'organisationsblokken (ingen linje "Rolle")'
          : 'the organisation block (no "Role" line)',
      );
    }
    const json = jsonOf(
      await runCli(['validate', CP1252, '--today', '2026-11-25', '--lang', 'en', '--json']),
    ) as {
      issues: IssueJson[];
    };
    const unknown = json.issues.find((i) => i.code === 'unknownValue')!;
    expect(unknown.hint).not.toMatch(/dropdown|Lists/);
    expect(unknown.hint).toMatch(/in the cell/);
  });
});

describe('the organisation details', () => {
  it('come from --org org.json when the file has no block, labels in either language', async () => {
    const csv = temp('no-block.csv');
    writeFileSync(csv, 'Behandling;Formål;Kategorier af registrerede\nLøn;Udbetaling af løn;Ansatte\n');
    const org = temp('org.json');
    writeFileSync(
      org,
      JSON.stringify({
        'Dataansvarlig: navn': 'Eksempel ApS',
        'Controller: address': 'Prøvevej 1, 8000 Aarhus C',
        role: 'Dataansvarlig',
      }),
    );
    const codesAt = async (args: string[]) =>
      (
        jsonOf(await runCli(['validate', csv, '--today', '2026-11-25', '--json', ...args])) as {
          issues: IssueJson[];
        }
      ).issues
        .filter((i) => i.sheet === 'organisation')
        .map((i) => i.column);
    expect(await codesAt([])).toEqual(
      expect.arrayContaining(['role', 'controllerName', 'controllerAddress']),
    );
    const withOrg = await codesAt(['--org', org]);
    expect(withOrg).not.toContain('controllerName');
    expect(withOrg).not.toContain('controllerAddress');
    expect(withOrg).not.toContain('role');
    expect(withOrg).toContain('controllerEmail');
  });

  it('refuse an --org file with a field that is not an organisation detail', async () => {
    const org = temp('bad-org.json');
    writeFileSync(org, JSON.stringify({ Yndlingsfarve: 'blå' }));
    const run = await runCli(['validate', CP1252, '--org', org, '--lang', 'da']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('feltet "Yndlingsfarve"');
  });
});

describe('art30 due on a file', () => {
  it('says it cannot tell what is due in a file without a retention log, and exits 2', async () => {
    const run = await runCli(['due', CP1252, '--today', '2026-11-25', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stdout).not.toMatch(/Nothing is overdue/);
    expect(run.stderr).toMatch(/cannot tell what is due/);
    expect(run.stderr).toMatch(/no retention log/);
  });

  it('reads a workbook downloaded from the register sheet whole, retention log included', async () => {
    const path = temp('downloaded.xlsx');
    await writeXlsx(path, (wb) => {
      const org = wb.addWorksheet('Organisation');
      org.addRows([
        ['Felt', 'Værdi'],
        ['Dataansvarlig: navn', 'Eksempel Coaching ApS'],
        ['Varsel (dage)', 30],
      ]);
      const acts = wb.addWorksheet('Behandlingsaktiviteter');
      acts.addRows([
        ['Id', 'Behandlingsaktivitet', 'Formål', 'Slettefrist (standard)'],
        ['act-1', 'Klientforløb', 'Coaching', '6 måneder efter modtagelse'],
      ]);
      wb.addWorksheet('Lister').addRow(['Roller']);
      const log = wb.addWorksheet('Slettelog');
      log.addRows([
        ['Id', 'Reference (pseudonym)', 'Id', 'Behandlingsaktivitet', 'Modtaget'],
        ['h-1', 'K-1', 'act-1', 'Klientforløb', new Date(Date.UTC(2026, 0, 10))],
        ['h-2', 'K-2', 'act-1', 'Klientforløb', new Date(Date.UTC(2026, 5, 1))],
        ['h-3', 'K-3', 'act-1', 'Klientforløb', new Date(Date.UTC(2026, 4, 10))],
      ]);
    });
    const run = await runCli(['due', path, '--today', '2026-11-25', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const result = jsonOf(run) as {
      dueSoonDays: number;
      holdings: Array<{ reference: string; status: string; due: string; row: number }>;
    };
    // 6 months after 10 January is 10 July (overdue); after 1 June, 1 December (within 30
    // days: due soon); after 10 May, 10 November (overdue).
    expect(result.dueSoonDays).toBe(30);
    expect(result.holdings.map((h) => [h.reference, h.status, h.due, h.row])).toEqual([
      ['K-1', 'overdue', '2026-07-10', 2],
      ['K-3', 'overdue', '2026-11-10', 4],
      ['K-2', 'dueSoon', '2026-12-01', 3],
    ]);
    const text = await runCli(['due', path, '--today', '2026-11-25', '--lang', 'en']);
    expect(text.stdout).toContain(
      'Read the whole register, the sheets "Organisation", "Behandlingsaktiviteter", "Lister", "Slettelog".',
    );
  });
});

describe('a large file', () => {
  it('prints the first few findings of each kind with a count, and every one with --all', async () => {
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `Aktivitet ${i + 1};Formål ${i + 1};Kunder;Navn\n`,
    ).join('');
    const path = temp('large.csv');
    writeFileSync(
      path,
      `Behandling;Formål;Kategorier af registrerede;Kategorier af personoplysninger\n${rows}`,
    );
    // A child process under the hostile-file tests' 512 MB heap limit: 50,000 rows must fit it.
    const run = measuredRun(['validate', path, '--today', '2026-11-25', '--lang', 'en']);
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines.length).toBeLessThan(200);
    expect(run.stdout).toMatch(
      /… and 49,997 more of the same kind \[reviewMissing\] \(--all shows every one\)/,
    );
    const small = temp('small.csv');
    writeFileSync(
      small,
      `Behandling;Formål;Kategorier af registrerede;Kategorier af personoplysninger\n${rows.split('\n').slice(0, 5).join('\n')}\n`,
    );
    const all = await runCli(['validate', small, '--today', '2026-11-25', '--lang', 'en', '--all']);
    expect(all.stdout.match(/\[reviewMissing\]/g)).toHaveLength(5);
    const grouped = await runCli(['validate', small, '--today', '2026-11-25', '--lang', 'en']);
    expect(grouped.stdout.match(/WARNING \[reviewMissing\]/g)).toHaveLength(3);
  });
});

describe('reading files as Excel writes them', () => {
  it('detects UTF-16 without a byte-order mark, little- and big-endian', async () => {
    const text = readFileSync(`${FIXTURES}register-utf8-comma.csv`, 'utf8');
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    for (const [name, bytes] of [
      ['le.csv', le],
      ['be.csv', be],
    ] as const) {
      writeFileSync(temp(name), bytes);
      const run = await runCli(['validate', temp(name), '--today', '2026-11-25', '--lang', 'en', '--all']);
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toMatch(/Read the file as utf-16(le|be), separated by ","/);
      const loaded = await readRegister(temp(name), 'en');
      expect(loaded.document.sheets.activities!.map((a) => a.name)).toEqual([
        'Customer orders',
        'Newsletter',
        'Job applications',
      ]);
    }
  });

  it('refuses an old .xls workbook with advice to save it as .xlsx', async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    for (const name of ['old.xls', 'renamed.xlsx']) {
      writeFileSync(temp(name), ole);
      const run = await runCli(['validate', temp(name), '--lang', 'en']);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/old Excel 97-2003 workbook \(\.xls\).*save it as \.xlsx/);
    }
  });

  it('skips a merged title row and a group-header row above the real header, and names the sheet read', async () => {
    const path = temp('grouped.xlsx');
    await writeXlsx(path, (wb) => {
      wb.addWorksheet('Vejledning').addRow(['Sådan udfylder du fortegnelsen']);
      const ws = wb.addWorksheet('Fortegnelse 2026');
      ws.addRow(['Fortegnelse over behandlingsaktiviteter']);
      ws.mergeCells('A1:F1');
      ws.addRow(['Behandling', null, 'Personoplysninger', null, 'Sletning', null]);
      ws.mergeCells('A2:B2');
      ws.mergeCells('C2:D2');
      ws.mergeCells('E2:F2');
      ws.addRow([
        'Behandling',
        'Formål',
        'Kategorier af registrerede',
        'Kategorier af personoplysninger',
        'Slettefrist',
        'Senest gennemgået',
      ]);
      ws.addRow([
        'Løn',
        'Udbetaling af løn',
        'Ansatte',
        'Navn',
        '5 år fra udgangen af regnskabsåret',
        '2026-03-01',
      ]);
      ws.addRow([
        'Rekruttering',
        'Ansættelse',
        'Jobansøgere',
        'Navn',
        '6 måneder efter modtagelse',
        '2026-03-01',
      ]);
    });
    const json = jsonOf(await runCli(['validate', path, '--today', '2026-11-25', '--json'])) as {
      issues: IssueJson[];
    };
    expect(json.issues.filter((i) => i.code.startsWith('import.'))).toEqual([]);
    expect(json.issues.filter((i) => i.code === 'retentionMissing' || i.code === 'reviewMissing')).toEqual(
      [],
    );
    const rows = json.issues.filter((i) => i.sheet === 'activities').map((i) => i.row);
    expect(rows.every((r) => r === 4 || r === 5)).toBe(true);
    const text = await runCli(['validate', path, '--today', '2026-11-25', '--lang', 'da']);
    expect(text.stdout).toContain('Læste arket "Fortegnelse 2026".');
  });

  it("translates the XLSX library's errors instead of showing them raw", async () => {
    const notAWorkbook = temp('not-a-workbook.xlsx');
    const entries = xlsxEntries([Buffer.from('<worksheet/>')]).map((e) =>
      e.name === 'xl/workbook.xml' ? { ...e, chunks: [Buffer.from('<workbook><sheets><sheet name=')] } : e,
    );
    writeFileSync(notAWorkbook, await zipBytes(entries));
    const truncated = temp('truncated.xlsx');
    const whole = await zipBytes(xlsxEntries([Buffer.from('<worksheet/>')]));
    writeFileSync(truncated, whole.subarray(0, whole.length - 30));
    for (const path of [notAWorkbook, truncated, `${FIXTURES}malformed/broken.xlsx`]) {
      const da = await runCli(['validate', path, '--lang', 'da']);
      const en = await runCli(['validate', path, '--lang', 'en']);
      for (const run of [da, en]) {
        expect(run.status, path).toBe(2);
        expect(run.stderr, path).not.toMatch(
          /undefined|Cannot read|central directory|Corrupted|TypeError|is this a zip/i,
        );
      }
      expect(da.stderr, path).toMatch(/kan ikke læses|er ikke en Excel-projektmappe/);
      expect(en.stderr, path).toMatch(/cannot be read|is not an Excel workbook/);
    }
  });
});

describe('starter files from a template', () => {
  it('write an XLSX workbook that reads back whole and validates like the template itself', async () => {
    const path = temp('coach.xlsx');
    const run = await runCli([
      'template',
      'show',
      'coach',
      '--lang',
      'da',
      '--format',
      'xlsx',
      '--out',
      path,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`art30 validate ${path}`);
    const template = loadTemplate('coach', 'da');
    const expected = validateRegister(template, { today: '2026-11-25', lang: 'da' }).map((i) => [
      i.code,
      i.sheet,
      i.row,
      i.column,
    ]);
    const back = jsonOf(await runCli(['validate', path, '--today', '2026-11-25', '--json'])) as {
      issues: IssueJson[];
    };
    expect(back.issues.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual(expected);
    const due = await runCli(['due', path, '--today', '2026-11-25', '--json']);
    expect(due.status).toBe(0);
  });

  it('write a CSV with the organisation block and one row per activity that reads back', async () => {
    const path = temp('webshop.csv');
    const run = await runCli([
      'template',
      'show',
      'webshop',
      '--lang',
      'en',
      '--format',
      'csv',
      '--out',
      path,
    ]);
    expect(run.status, run.stderr).toBe(0);
    const template = loadTemplate('webshop', 'en');
    const loaded = await readRegister(path, 'en');
    expect(loaded.unmappedColumns).toEqual([]);
    expect(loaded.issues).toEqual([]);
    expect(loaded.document.sheets.activities!.map((a) => a.name)).toEqual(
      template.sheets.activities!.map((a) => a.name),
    );
    expect(loaded.document.organisation.controllerName).toBe(template.organisation.controllerName);
    const groups = (id: unknown) =>
      template.sheets.dataCategories!.filter((r) => r.activityId === id).map((r) => String(r.subjectGroup));
    const first = template.sheets.activities![0];
    const readGroups = loaded.document.sheets.dataCategories!.filter(
      (r) => r.$row === loaded.document.sheets.activities![0].$row,
    );
    expect(readGroups.map((r) => r.subjectGroup)).toEqual([...new Set(groups(first.id))]);
    const validated = await runCli(['validate', path, '--today', '2026-11-25', '--lang', 'en']);
    expect(validated.status).not.toBe(2);
  });

  it('refuses an unknown format', async () => {
    const run = await runCli(['template', 'show', 'coach', '--format', 'pdf', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format must be xlsx or csv, not "pdf"');
  });
});

describe('the README', () => {
  it('shows an organisation block and an --org file that the CLI reads as it says', async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Registers kept in Excel or CSV'));
    const block = /```text\n([\s\S]*?)```/.exec(section)![1];
    writeFileSync(temp('readme.csv'), block);
    const loaded = await readRegister(temp('readme.csv'), 'da');
    expect(loaded.document.organisation).toMatchObject({
      controllerName: 'Eksempel Vikarservice ApS',
      controllerAddress: 'Prøvevej 2, 5000 Odense C',
      controllerEmail: 'gdpr@eksempel-vikar.example',
      role: 'Dataansvarlig',
    });
    expect(loaded.document.sheets.activities!.map((a) => a.name)).toEqual(['Lønadministration']);
    expect(loaded.issues).toEqual([]);
    const orgJson = /<<'JSON'\n([\s\S]*?)\nJSON/.exec(section)![1];
    writeFileSync(temp('readme-org.json'), orgJson);
    expect(readOrgFile(temp('readme-org.json'), 'en')).toEqual({
      controllerName: 'Example Ltd',
      controllerAddress: '1 Sample Road',
      role: 'Controller',
    });
  });
});
