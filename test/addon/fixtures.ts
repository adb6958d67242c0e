// Registers for the add-on tests: a RegisterDocument of any size, and a helper that puts a
// document into the fake spreadsheet the way a user would have typed it (not counted).

import { sheetDef } from '../../shared/register/schema.ts';
import type { DocumentRow, Lang, RegisterDocument, TableSheetId } from '../../shared/register/types.ts';
import type { FakeSheet, FakeSpreadsheet } from './fakes/index.ts';
import { zonedMidnight } from './fakes/time.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A complete controller register with `activities` activities and `holdings` retention-log entries. */
export function sampleRegister(activities: number, holdings: number, lang: Lang = 'da'): RegisterDocument {
  const da = lang === 'da';
  const acts: DocumentRow[] = [];
  const cats: DocumentRow[] = [];
  for (let i = 1; i <= activities; i++) {
    acts.push({
      name: `${da ? 'Aktivitet' : 'Activity'} ${i}`,
      purpose: da ? 'Lønudbetaling til ansatte' : 'Paying staff salaries',
      owner: `owner${i % 7}@example.org`,
      legalBases: da ? 'Retlig forpligtelse' : 'Legal obligation',
      securityMeasures: da ? 'Adgangsstyring' : 'Access control',
      retention: da ? '5 år fra udgangen af regnskabsåret' : '5 years from the end of the financial year',
      lastReview: '2026-01-15',
    });
    cats.push({
      activity: `${da ? 'Aktivitet' : 'Activity'} ${i}`,
      subjectGroup: da ? 'Ansatte' : 'Employees',
      dataCategories: da ? 'Kontaktoplysninger' : 'Contact details',
      recipients: da ? 'Ingen' : 'None',
      thirdCountries: da ? 'Ingen' : 'None',
    });
  }
  const log: DocumentRow[] = [];
  for (let i = 1; i <= holdings; i++) {
    log.push({
      reference: `K-${String(i).padStart(5, '0')}`,
      activity: `${da ? 'Aktivitet' : 'Activity'} ${1 + (i % Math.max(activities, 1))}`,
      collected: `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      recordDate: '2025-06-30',
    });
  }
  return {
    schemaVersion: 1,
    lang,
    organisation: {
      registerName: da ? 'Eksempel ApS' : 'Example Ltd',
      controllerName: da ? 'Eksempel ApS' : 'Example Ltd',
      controllerAddress: da ? 'Vestergade 1, 8000 Aarhus C' : '1 High Street, London',
      controllerEmail: 'privacy@example.org',
      dpoName: da ? 'Ingen' : 'None',
    },
    sheets: {
      activities: acts,
      dataCategories: cats,
      recipients: [],
      systems: [],
      securityMeasures: [
        { name: da ? 'Adgangsstyring' : 'Access control', type: da ? 'Teknisk' : 'Technical' },
      ],
      retentionLog: log,
    },
  };
}

function headerPositions(sheet: FakeSheet): Map<string, number[]> {
  const header = sheet.dump()[0] ?? [];
  const byText = new Map<string, number[]>();
  header.forEach((h, i) => {
    const key = String(h);
    byText.set(key, [...(byText.get(key) ?? []), i + 1]);
  });
  return byText;
}

/**
 * Types a document into a set-up register: each row below the last used one, each value
 * under the header of its column (dates as date cells). Organisation values go next to
 * their labels.
 */
export function putDocument(ss: FakeSpreadsheet, doc: RegisterDocument, lang: Lang): void {
  const orgDef = sheetDef('organisation');
  const org = ss.sheet(orgDef.title[lang]);
  const labels = org.dump().map((r) => String(r[0]));
  for (const [field, value] of Object.entries(doc.organisation)) {
    const header = orgDef.columns.find((c) => c.id === field)?.header[lang];
    const row = labels.indexOf(header ?? '\u0000') + 1;
    if (row > 0) org.put(row, 2, [[value ?? '']]);
  }
  for (const [sheetId, rows] of Object.entries(doc.sheets) as [TableSheetId, DocumentRow[]][]) {
    if (!rows?.length) continue;
    const def = sheetDef(sheetId);
    const sheet = ss.sheet(def.title[lang]);
    const positions = headerPositions(sheet);
    // Typed into the first empty rows (unticked checkboxes below the data do not count).
    const start = Math.max(sheet.contentRows(), 1) + 1;
    const width = sheet.usedCols();
    const grid = rows.map((row) => {
      const line: unknown[] = new Array(width).fill('');
      for (const c of def.columns) {
        if (c.type === 'id') continue;
        const col = positions.get(c.header[lang])?.[0];
        const v = row[c.id];
        if (!col || v === undefined || v === null) continue;
        const m = typeof v === 'string' ? ISO.exec(v) : null;
        line[col - 1] = m
          ? zonedMidnight(+m[1], +m[2], +m[3], ss.timeZone)
          : typeof v === 'string'
            ? `'${v}`
            : v;
      }
      return line;
    });
    sheet.put(start, 1, grid);
  }
}

/** Every cell of every sheet as display text, for "nothing was lost" comparisons. */
export function snapshot(ss: FakeSpreadsheet): Record<string, string[][]> {
  return Object.fromEntries(
    ss.sheets.map((s) => [s.name, s.dump().map((r) => r.map((v) => s.displayOf(v)))]),
  );
}
