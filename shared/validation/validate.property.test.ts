import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORGANISATION, PLACEHOLDER, SHEETS } from '../register/schema.ts';
import type { CellValue, DocumentRow, RegisterDocument, TableSheetId } from '../register/types.ts';
import { userRow } from '../register/types.ts';
import { validateRegister } from './validate.ts';

// Values that reach deep into the rules: real labels, names shared across sheets, the
// placeholder, none words, formulas, dates in several shapes, countries and mechanisms.
const interesting = fc.constantFrom<CellValue>(
  PLACEHOLDER.da,
  PLACEHOLDER.en,
  'Ingen',
  'None',
  '=SUM(A1:A3)',
  '2026-03-01',
  '1/3-2026',
  '2025-02-30',
  'A',
  'B',
  'Løn A/S',
  'a, b, , B',
  'USA',
  'Indien',
  'Danmark',
  'UK',
  'Databehandler',
  'Joint controller',
  'Privacy Shield',
  'SCC',
  'Helbredsoplysninger, Straffeattest, CPR-nummer',
  'Samtykke, Legitime interesser',
  'Elever',
  '010190-1234',
  'Mette Hansen',
  'ida@firma.dk',
  '5 år fra udgangen af regnskabsåret',
  'Dataansvarlig',
  'Both',
  true,
  0,
  'x'.repeat(6000),
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: interesting },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
);

const tableSheets = SHEETS.filter((s) => s.kind === 'table');

const row = (columns: string[]): fc.Arbitrary<DocumentRow> =>
  fc.dictionary(fc.constantFrom(...columns), cell, { maxKeys: columns.length }) as fc.Arbitrary<DocumentRow>;

const documentArb: fc.Arbitrary<RegisterDocument> = fc.record({
  schemaVersion: fc.constant(1),
  lang: fc.constantFrom('da' as const, 'en' as const),
  organisation: fc.dictionary(
    fc.constantFrom(...ORGANISATION.columns.map((c) => c.id)),
    cell,
  ) as fc.Arbitrary<RegisterDocument['organisation']>,
  sheets: fc.record(
    Object.fromEntries(
      tableSheets.map((s) => [s.id, fc.array(row(s.columns.map((c) => c.id)), { maxLength: 5 })]),
    ) as Record<TableSheetId, fc.Arbitrary<DocumentRow[]>>,
    { requiredKeys: [] },
  ),
});

const run = (doc: RegisterDocument, lang: 'da' | 'en' = 'da') =>
  validateRegister(doc, { today: '2026-11-25', lang });

describe('validateRegister on arbitrary documents', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        run(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('reports only rows that exist in the document', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        for (const issue of run(doc)) {
          if (issue.row === null) continue;
          if (issue.sheet === 'organisation') {
            expect(issue.row).toBeGreaterThanOrEqual(2);
            expect(issue.row).toBeLessThanOrEqual(ORGANISATION.columns.length + 1);
          } else {
            const rows = doc.sheets[issue.sheet] ?? [];
            expect(rows.map(userRow)).toContain(issue.row);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and gives every issue a message and hint', () => {
    fc.assert(
      fc.property(documentArb, fc.constantFrom('da' as const, 'en' as const), (doc, lang) => {
        const a = run(doc, lang);
        expect(run(structuredClone(doc), lang)).toEqual(a);
        for (const issue of a) {
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.hint.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('survives documents that are not even shaped like a register', () => {
    for (const junk of [
      null,
      {},
      { sheets: null },
      { sheets: { activities: 'nope' } },
      { organisation: 7, sheets: { activities: [null, 3] } },
    ]) {
      expect(() => run(junk as unknown as RegisterDocument)).not.toThrow();
    }
  });
});
