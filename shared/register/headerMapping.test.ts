import { describe, expect, it } from 'vitest';
import { findColumn, HEADER_SYNONYMS, headerKey, mapHeaders } from './headerMapping.ts';
import { SHEETS } from './schema.ts';

const col = (header: string, sheet: Parameters<typeof findColumn>[1] = 'activities') => {
  const ref = findColumn(header, sheet);
  return ref ? `${ref.sheet}.${ref.id}` : null;
};

describe('header mapping', () => {
  it('has a synonym entry for every column of every sheet, and only for real columns', () => {
    for (const sheet of SHEETS) {
      const ids = sheet.columns.map((c) => c.id).sort();
      expect(Object.keys(HEADER_SYNONYMS[sheet.id]).sort(), sheet.id).toEqual(ids);
    }
  });

  it('recognises the common Danish register-template headers', () => {
    expect(col('Formål med behandlingen')).toBe('activities.purpose');
    expect(col('Kategorier af registrerede')).toBe('dataCategories.subjectGroup');
    expect(col('Kategorier af personoplysninger')).toBe('dataCategories.dataCategories');
    expect(col('Modtagere')).toBe('dataCategories.recipients');
    expect(col('Overførsel til tredjelande')).toBe('dataCategories.thirdCountries');
    expect(col('Slettefrist')).toBe('activities.retention');
    expect(col('Tidsfrister for sletning')).toBe('activities.retention');
    expect(col('Sikkerhedsforanstaltninger')).toBe('activities.securityMeasures');
    expect(col('Behandlingsgrundlag')).toBe('activities.legalBases');
    expect(col('Databehandler')).toBe('dataCategories.recipients');
  });

  it('recognises the common English register-template headers', () => {
    expect(col('Purpose(s) of processing')).toBe('activities.purpose');
    expect(col('Categories of data subjects')).toBe('dataCategories.subjectGroup');
    expect(col('Time limits for erasure')).toBe('activities.retention');
    expect(col('Lawful basis')).toBe('activities.legalBases');
    expect(col('Name of processing activity')).toBe('activities.name');
    expect(col('Systems')).toBe('activities.systems');
    expect(col('Data processor')).toBe('dataCategories.recipients');
  });

  it('ignores case, accents, punctuation, whitespace and ASCII spellings of æ, ø and å', () => {
    expect(col('  FORMÅL MED  BEHANDLINGEN ')).toBe('activities.purpose');
    expect(col('Formaal med behandlingen')).toBe('activities.purpose');
    expect(col('formal-med-behandlingen:')).toBe('activities.purpose');
    expect(col('Følsomhed')).toBe('dataCategories.sensitivity');
    expect(col('Foelsomhed')).toBe('dataCategories.sensitivity');
    expect(col('Purposes of processing')).toBe('activities.purpose');
    expect(headerKey('Kategorier af  registrerede!')).toBe(headerKey('kategorier-af-registrerede'));
  });

  it("recognises every schema header in both languages and every column id on the column's own sheet", () => {
    for (const sheet of SHEETS) {
      for (const c of sheet.columns) {
        for (const text of [c.header.da, c.header.en, c.id]) {
          const ref = findColumn(text, sheet.id);
          // Some sheets repeat a header (e.g. the hidden "Id" columns): the column found must
          // then at least have the same header.
          const found = ref ? sheet.columns.find((x) => x.id === ref.id) : undefined;
          expect(found, `${sheet.id}.${c.id} ← "${text}"`).toBeDefined();
          if (found!.id !== c.id) {
            expect([found!.header.da, found!.header.en, found!.id].map(headerKey)).toContain(headerKey(text));
          }
        }
      }
    }
  });

  it('reads decorated headers: enumerations, parenthesised notes and longer wordings', () => {
    expect(col('b) Formål')).toBe('activities.purpose');
    expect(col('3. Kategorier af registrerede')).toBe('dataCategories.subjectGroup');
    expect(col('Modtagere (inkl. databehandlere)')).toBe('dataCategories.recipients');
    expect(col('Formål med behandlingen af kundernes oplysninger')).toBe('activities.purpose');
    expect(col('Behandlingsgrundlag (art. 9)')).toBe('activities.art9Conditions');
  });

  it('maps organisation field labels for a field/value block', () => {
    expect(col('Dataansvarlig', 'organisation')).toBe('organisation.controllerName');
    expect(col('Name of controller', 'organisation')).toBe('organisation.controllerName');
    expect(col('CVR-nr.', 'organisation')).toBe('organisation.controllerRegNo');
    expect(col('Databeskyttelsesrådgiver', 'organisation')).toBe('organisation.dpoName');
  });

  it('reports headers it does not know, keeping their positions', () => {
    const result = mapHeaders(['Behandling', 'Farve på mappen', 'Formål', '', 'Intern kode']);
    expect(result.unmapped).toEqual(['Farve på mappen', 'Intern kode']);
    expect(result.mapping.map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
    expect(result.mapping[0].column).toEqual({ sheet: 'activities', id: 'name' });
    expect(result.mapping[1].column).toBeNull();
    expect(result.mapping[3].column).toBeNull();
  });

  it('merges two headers of a multi-value column but reports a repeated single-value column', () => {
    const result = mapHeaders(['Formål', 'Modtagere', 'Databehandlere', 'Purpose']);
    expect(result.mapping[1].column).toEqual({ sheet: 'dataCategories', id: 'recipients' });
    expect(result.mapping[2].column).toEqual({ sheet: 'dataCategories', id: 'recipients' });
    expect(result.mapping[3].column).toBeNull();
    expect(result.unmapped).toEqual(['Purpose']);
  });

  it('maps the headers of other sheets onto their own columns', () => {
    const result = mapHeaders(['Navn', 'Type', 'Land', 'DPA date'], 'recipients');
    expect(result.mapping.map((m) => m.column?.id)).toEqual(['name', 'type', 'country', 'dpaDate']);
    expect(result.unmapped).toEqual([]);
  });
});
