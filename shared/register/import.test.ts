import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  findRegisterTable,
  isRegisterDocument,
  issuesAtFileRows,
  normaliseCell,
  splitSubjectGroups,
  tableToDocument,
} from './import.ts';
import type { CellValue } from './types.ts';

const HEADERS = [
  'Behandling',
  'Formål med behandlingen',
  'Kategorier af registrerede',
  'Kategorier af personoplysninger',
  'Modtagere',
  'Overførsel til tredjelande',
  'Slettefrist',
  'Senest gennemgået',
];

const ROWS: CellValue[][] = [
  [
    'Løn',
    'Lønudbetaling',
    'Ansatte og tidligere ansatte',
    'Navn\nCPR-nummer\nKontonummer',
    'Danløn; Skattestyrelsen',
    'Ingen',
    '5 år fra udgangen af regnskabsåret',
    '1.3.2026',
  ],
  ['', '', '', '', '', '', '', ''],
  ['Nyhedsbrev', 'Markedsføring', 'Abonnenter', 'Navn, e-mail', 'Mailchimp', 'USA', '', 'ikke endnu'],
];

describe('importing a register kept as one row per activity', () => {
  it('turns each row into an activity that keeps its file row and a generated stable id', () => {
    const { document } = tableToDocument({ headers: HEADERS, rows: ROWS, firstDataRow: 2 }, { lang: 'da' });
    const activities = document.sheets.activities!;
    expect(activities.map((a) => [a.id, a.name, a.$row])).toEqual([
      ['act-2', 'Løn', 2],
      ['act-4', 'Nyhedsbrev', 4],
    ]);
    expect(activities[0].purpose).toBe('Lønudbetaling');
    expect(activities[0].retention).toBe('5 år fra udgangen af regnskabsåret');
  });

  it('gives every data-subject group its own data-category row linked to the activity', () => {
    const { document } = tableToDocument({ headers: HEADERS, rows: ROWS, firstDataRow: 2 }, { lang: 'da' });
    const rows = document.sheets.dataCategories!;
    expect(rows.map((r) => [r.id, r.activityId, r.activity, r.subjectGroup, r.$row])).toEqual([
      ['dc-2-1', 'act-2', 'Løn', 'Ansatte', 2],
      ['dc-2-2', 'act-2', 'Løn', 'tidligere ansatte', 2],
      ['dc-4-1', 'act-4', 'Nyhedsbrev', 'Abonnenter', 4],
    ]);
    expect(rows[1].dataCategories).toBe('Navn, CPR-nummer, Kontonummer');
    expect(rows[1].recipients).toBe('Danløn, Skattestyrelsen');
    expect(rows[1].thirdCountries).toBe('Ingen');
    expect(rows[2].thirdCountries).toBe('USA');
  });

  it('names a recipient once on the Recipients sheet when rows spell it with other spacing or case', () => {
    const rows: CellValue[][] = [
      ['Løn', 'Lønudbetaling', 'Ansatte', 'Navn', 'Løn  Service ApS', 'Ingen', '5 år', ''],
      ['Pension', 'Pension', 'Ansatte', 'Navn', 'løn service aps', 'Ingen', '5 år', ''],
    ];
    const { document } = tableToDocument({ headers: HEADERS, rows, firstDataRow: 2 }, { lang: 'da' });
    expect(document.sheets.recipients?.map((r) => r.name)).toEqual(['Løn  Service ApS']);
  });

  it('writes recognisable dates as ISO dates and leaves other text for the validator to point at', () => {
    const { document } = tableToDocument({ headers: HEADERS, rows: ROWS, firstDataRow: 2 }, { lang: 'da' });
    expect(document.sheets.activities![0].lastReview).toBe('2026-03-01');
    expect(document.sheets.activities![1].lastReview).toBe('ikke endnu');
  });

  it('lists the recipients it names once each on the Recipients sheet, without "Ingen"', () => {
    const rows: CellValue[][] = [
      ['A', 'x', 'Kunder', 'Navn', 'Danløn, Ingen', 'Ingen'],
      ['B', 'y', 'Ansatte', 'Navn', 'danløn; e-conomic', 'Ingen'],
    ];
    const { document } = tableToDocument(
      { headers: HEADERS.slice(0, 6), rows, firstDataRow: 2 },
      { lang: 'da' },
    );
    expect(document.sheets.recipients!.map((r) => [r.name, r.$row])).toEqual([
      ['Danløn', 2],
      ['e-conomic', 3],
    ]);
  });

  it('reports unmapped columns and data under a blank header instead of dropping them', () => {
    const headers = ['Behandling', 'Formål', 'Farve på mappen', ''];
    const rows: CellValue[][] = [['A', 'x', 'blå', 'noget']];
    const result = tableToDocument({ headers, rows, firstDataRow: 2 }, { lang: 'en' });
    expect(result.unmappedColumns).toEqual(['Farve på mappen', 'column D']);
    expect(result.issues.map((i) => [i.code, i.severity, i.row])).toEqual([
      ['import.unmappedColumn', 'warning', 1],
      ['import.unmappedColumn', 'warning', 1],
    ]);
    expect(result.issues[0].message).toContain('Farve på mappen');
  });

  it('keeps a row whose groups are missing as one data-category row so its data is not lost', () => {
    const rows: CellValue[][] = [['A', 'x', '', 'Navn', 'Ingen', 'Ingen']];
    const { document } = tableToDocument(
      { headers: HEADERS.slice(0, 6), rows, firstDataRow: 7 },
      { lang: 'da' },
    );
    expect(document.sheets.dataCategories).toEqual([
      {
        id: 'dc-7-1',
        activityId: 'act-7',
        activity: 'A',
        dataCategories: 'Navn',
        recipients: 'Ingen',
        thirdCountries: 'Ingen',
        $row: 7,
      },
    ]);
  });

  it('uses the id column of the file when there is one', () => {
    const { document } = tableToDocument(
      { headers: ['Id', 'Behandling', 'Formål'], rows: [[17, 'A', 'x']], firstDataRow: 2 },
      { lang: 'da' },
    );
    expect(document.sheets.activities![0].id).toBe('17');
  });
});

describe('finding the register table in a file', () => {
  it('skips a title, reads a field/value organisation block and finds the header row', () => {
    const grid: CellValue[][] = [
      ['Fortegnelse over behandlingsaktiviteter'],
      ['Dataansvarlig', 'Eksempel ApS'],
      ['Adresse', 'Vej 1, 1000 By'],
      ['Skostørrelse', '42'],
      [],
      ['Behandling', 'Formål', 'Kategorier af registrerede'],
      ['Løn', 'Lønudbetaling', 'Ansatte'],
    ];
    const table = findRegisterTable(grid)!;
    expect(table.headerRow).toBe(6);
    expect(table.firstDataRow).toBe(7);
    const { document, issues } = tableToDocument(table, { lang: 'da' });
    expect(document.organisation).toEqual({
      controllerName: 'Eksempel ApS',
      controllerAddress: 'Vej 1, 1000 By',
    });
    expect(document.sheets.activities![0].$row).toBe(7);
    expect(issues.map((i) => [i.code, i.sheet, i.row])).toEqual([
      ['import.unknownOrganisationField', 'organisation', 4],
    ]);
  });

  it('points findings about organisation fields at the file row they came from, or at no row', () => {
    const grid: CellValue[][] = [
      ['Dataansvarlig', 'Eksempel ApS'],
      ['Behandling', 'Formål'],
      ['Løn', 'Løn'],
    ];
    const { organisationRows } = tableToDocument(findRegisterTable(grid)!, { lang: 'da' });
    expect(organisationRows).toEqual({ controllerName: 1 });
    const found = [
      {
        severity: 'error',
        code: 'x',
        sheet: 'organisation',
        row: 4,
        column: 'controllerName',
        message: '',
        hint: '',
      },
      { severity: 'error', code: 'y', sheet: 'organisation', row: 3, column: 'role', message: '', hint: '' },
      { severity: 'error', code: 'z', sheet: 'activities', row: 3, column: 'purpose', message: '', hint: '' },
    ] as const;
    expect(issuesAtFileRows([...found], organisationRows).map((i) => i.row)).toEqual([1, null, 3]);
  });

  it('finds nothing in a file that is not a register', () => {
    expect(
      findRegisterTable([
        ['Dato', 'Beløb'],
        ['2026-01-01', '100'],
      ]),
    ).toBeNull();
    expect(findRegisterTable([])).toBeNull();
  });
});

describe('cell normalisation', () => {
  it('splits data-subject groups on commas, semicolons, new lines and "og"/"and"', () => {
    expect(splitSubjectGroups('Kunder, leverandører og ansatte; elever\nforældre and guardians')).toEqual([
      'Kunder',
      'leverandører',
      'ansatte',
      'elever',
      'forældre',
      'guardians',
    ]);
  });

  it('reads numbers, yes/no and dates by the column type', () => {
    expect(normaliseCell({ sheet: 'organisation', id: 'dueSoonDays' }, ' 21 ')).toBe(21);
    expect(normaliseCell({ sheet: 'organisation', id: 'dueSoonDays' }, 'tre uger')).toBe('tre uger');
    expect(normaliseCell({ sheet: 'organisation', id: 'isPublicAuthority' }, 'Ja')).toBe(true);
    expect(normaliseCell({ sheet: 'activities', id: 'automatedDecisions' }, 'no')).toBe(false);
    expect(normaliseCell({ sheet: 'activities', id: 'routineLastRun' }, '31/12/2025')).toBe('2025-12-31');
    expect(normaliseCell({ sheet: 'activities', id: 'purpose' }, '  ')).toBeUndefined();
    expect(normaliseCell({ sheet: 'organisation', id: 'controllerRegNo' }, 12345678)).toBe('12345678');
  });

  it('names columns the way a spreadsheet does', () => {
    expect([0, 25, 26, 27, 701].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ']);
  });
});

describe('a JSON register', () => {
  it('is recognised by its outline and anything else is not', () => {
    expect(
      isRegisterDocument({ schemaVersion: 1, lang: 'da', organisation: {}, sheets: { activities: [] } }),
    ).toBe(true);
    expect(isRegisterDocument({ schemaVersion: 1, lang: 'de', organisation: {}, sheets: {} })).toBe(false);
    expect(isRegisterDocument({ schemaVersion: 1, lang: 'da', organisation: {}, sheets: { pets: [] } })).toBe(
      false,
    );
    expect(isRegisterDocument([1, 2])).toBe(false);
    expect(isRegisterDocument('register')).toBe(false);
  });
});

describe('importing any grid', () => {
  const cell = fc.oneof(
    fc.constantFrom(
      'Behandling',
      'Formål',
      'Kategorier af registrerede',
      'Modtagere',
      'Slettefrist',
      'Ingen',
      '',
      ' og ',
    ),
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.constant(null),
  );
  const grid = fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 12 });

  it('never throws, and every imported row points at a data row of the file', () => {
    let imported = 0;
    fc.assert(
      fc.property(grid, (g) => {
        const table = findRegisterTable(g);
        if (!table) return;
        imported++;
        const { document, issues } = tableToDocument(table, { lang: 'da' });
        const dataRows = new Set(g.map((_, i) => i + 1).filter((r) => r >= table.firstDataRow));
        for (const rows of Object.values(document.sheets)) {
          for (const row of rows ?? []) expect(dataRows.has(row.$row!)).toBe(true);
        }
        for (const issue of issues)
          expect(issue.row === null || (issue.row >= 1 && issue.row <= g.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // The generator must reach the importer often enough for the property to mean something.
    expect(imported).toBeGreaterThan(30);
  });
});
