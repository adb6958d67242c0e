// art30 create makes, in one spreadsheets.create and one batchUpdate through googleapis, the
// same register as the add-on's Set up register plus Insert template make through SpreadsheetApp:
// both land in the in-memory grid model and their structures are compared cell by cell (values,
// notes, header formats, widths, hidden columns, frozen rows, number formats, validation,
// protections, named ranges and conditional formats). Generated ids differ by nature: they are
// compared by where they appear.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf, runCli } from '../../cli/testing/runCli.ts';
import { listTemplates } from '../../templates/index.ts';
import { isDate } from '../addon/fakes/base.ts';
import type { FakeRange, FakeSheet, FakeSpreadsheet } from '../addon/fakes/spreadsheet.ts';
import { isoInZone } from '../addon/fakes/time.ts';
import { loadAddon } from '../addon/harness.ts';
import { cliEnv, METTE, TOKEN } from './liveRegister.ts';
import { type SheetsServer, startSheetsServer } from './sheetsServer.ts';

let server: SheetsServer;
beforeAll(async () => {
  server = await startSheetsServer();
  server.tokens.set(TOKEN, { principal: METTE });
});
afterAll(() => server.close());

const where = (r: FakeRange) =>
  `${r.sheet.name}!R${r.rect.row}C${r.rect.col}:R${r.rect.row + r.rect.rows - 1}C${r.rect.col + r.rect.cols - 1}`;

/** Each generated id replaced by its order of first appearance (ids live in hidden columns). */
function idNames(ss: FakeSpreadsheet): Map<string, string> {
  const names = new Map<string, string>();
  for (const sheet of ss.sheets) {
    for (const row of sheet.dump()) {
      row.forEach((v, i) => {
        if (sheet.hiddenCols.has(i + 1) && typeof v === 'string' && v && !names.has(v))
          names.set(v, `#id${names.size}`);
      });
    }
  }
  return names;
}

function sheetStructure(sheet: FakeSheet, ids: Map<string, string>) {
  const value = (v: unknown) =>
    isDate(v) ? `date:${isoInZone(v, sheet.parent.timeZone)}` : typeof v === 'string' ? (ids.get(v) ?? v) : v;
  const cols = sheet.usedCols();
  const column = (fn: (row: number, col: number) => unknown, row: number) =>
    Array.from({ length: cols }, (_, i) => fn(row, i + 1));
  const validation = (row: number, col: number) => {
    const v = sheet.validations.get(row, col);
    if (!v) return null;
    const args = v.args.map((a) =>
      a && typeof a === 'object' && 'rect' in (a as object) ? where(a as FakeRange) : a,
    );
    return { criteria: v.criteria, args, allowInvalid: v.allowInvalid, helpText: v.helpText };
  };
  return {
    name: sheet.name,
    size: [sheet.maxRows, sheet.maxCols],
    frozenRows: sheet.frozenRows,
    values: sheet.dumpContent().map((r) => r.map(value)),
    headerNotes: column((r, c) => sheet.notes.get(r, c), 1),
    firstColumnNotes: Array.from({ length: sheet.usedRows() }, (_, r) => sheet.notes.get(r + 1, 1)),
    headerFormat: column((r, c) => [sheet.fontWeights.get(r, c), sheet.backgrounds.get(r, c)], 1),
    hidden: [...sheet.hiddenCols].sort((a, b) => a - b),
    widths: [...sheet.colWidths].sort((a, b) => a[0] - b[0]),
    numberFormats: column((r, c) => sheet.numberFormats.get(r, c), 2),
    validationRow2: column(validation, 2),
    validationLastRow: column(validation, sheet.maxRows),
    validationColumnB: Array.from({ length: sheet.usedRows() }, (_, r) => validation(r + 1, 2)),
    protections: sheet.protections.map((p) => ({
      range: p.range ? where(p.range) : 'sheet',
      warningOnly: p.warningOnly,
      description: p.description,
    })),
    conditional: sheet.conditionalRules.map((r) => ({
      condition: r.condition,
      background: r.format.background,
      ranges: r.ranges.map(where),
    })),
  };
}

function structure(ss: FakeSpreadsheet) {
  const ids = idNames(ss);
  return {
    timeZone: ss.timeZone,
    sheets: ss.sheets.map((s) => sheetStructure(s, ids)),
    namedRanges: [...ss.namedRanges]
      .map(([name, n]) => [name, where(n.range as unknown as FakeRange)])
      .sort(),
  };
}

function viaAddon(templateId: string, lang: 'da' | 'en'): FakeSpreadsheet {
  const addon = loadAddon({ locale: lang === 'da' ? 'da_DK' : 'en_GB' });
  const number = listTemplates().findIndex((t) => t.id === templateId) + 1;
  addon.fakes.ui.answer('OK', String(number));
  addon.ctx.insertTemplate();
  expect(addon.fakes.ui.alerts()).toEqual([]);
  return addon.ss;
}

describe('art30 create', () => {
  for (const [templateId, lang] of [
    ['psychologist', 'da'],
    ['it-hosting', 'en'],
  ] as const) {
    it(`makes the same ${templateId} register (${lang}) as Set up plus Insert template, in one create and one batchUpdate`, async () => {
      server.resetCalls();
      const run = await runCli(
        ['create', '--template', templateId, '--lang', lang, '--title', 'Ny fortegnelse', '--json'],
        {
          env: cliEnv(server),
        },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const { spreadsheetId, url } = jsonOf(run) as { spreadsheetId: string; url: string };
      expect(url).toBe(`https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`);
      expect(server.calls).toMatchObject({ create: 1, batchUpdate: 1, get: 0 });
      const created = server.spreadsheets.get(spreadsheetId) as FakeSpreadsheet;
      expect(created.name).toBe('Ny fortegnelse');
      expect(structure(created)).toEqual(structure(viaAddon(templateId, lang)));
    });
  }

  it('is read back by art30 validate --sheet as a register', async () => {
    const made = await runCli(['create', '--template', 'coach', '--lang', 'en', '--json'], {
      env: cliEnv(server),
    });
    const { spreadsheetId } = jsonOf(made) as { spreadsheetId: string };
    const run = await runCli(['validate', '--sheet', spreadsheetId, '--lang', 'en', '--json'], {
      env: cliEnv(server),
    });
    expect(run.status).toBe(0);
    expect(jsonOf(run)).toMatchObject({ summary: { errors: 0 } });
  });

  it('refuses an unknown template before calling Google', async () => {
    server.resetCalls();
    const run = await runCli(['create', '--template', 'bakery', '--lang', 'en'], { env: cliEnv(server) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('There is no template "bakery"');
    expect(server.calls.create).toBe(0);
  });
});
