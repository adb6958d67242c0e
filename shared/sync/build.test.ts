import { describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../register/types.ts';
import { buildSyncPayload, type SyncMeta } from './build.ts';
import { checkSyncPayload } from './check.ts';

const META: SyncMeta = {
  version: 7,
  spreadsheetId: '1AbcSheet',
  timeZone: 'Europe/Copenhagen',
  sheetGids: { activities: 1, dataCategories: 2, retentionLog: 3 },
};

function register(lang: 'da' | 'en' = 'da'): RegisterDocument {
  return {
    schemaVersion: 1,
    lang,
    organisation: {
      registerName: 'Coach Hansen ApS',
      controllerName: 'Coach Hansen ApS',
      fiscalYearEnd: '06-30',
      dueSoonDays: 10,
      adminEmail: 'admin@coach.dk',
      language: lang === 'da' ? 'Dansk' : 'English',
    },
    sheets: {
      activities: [
        {
          id: 'a1',
          name: 'Klientforløb',
          purpose: 'Coaching af klienter — hemmelig formålstekst',
          owner: 'ejer@coach.dk',
          retention: '3 mdr. efter sidste konsultation',
          routineCadence: 'Månedlig',
          routineLastRun: '01.02.2026',
          lastReview: '2025-06-01',
          improvements: 'Intern note om svagheder',
        },
        { id: 'a2', name: 'Bogføring', owner: '', retention: '5 år fra udgangen af regnskabsåret' },
        { id: '', name: '', purpose: '', retention: '' },
      ],
      dataCategories: [
        { id: 'd1', activityId: 'a1', activity: 'Klientforløb', subjectGroup: 'Klienter', retention: '' },
        {
          id: 'd2',
          activityId: '',
          activity: 'Klientforløb',
          subjectGroup: 'Pårørende',
          retention: '1 måned efter modtagelse',
        },
      ],
      retentionLog: [
        {
          id: 'h1',
          reference: 'K-2025-014',
          activityId: 'a1',
          activity: 'Klientforløb',
          lastContact: '2026-03-03',
          extendedUntil: '2026-12-31',
          extensionReason: 'Verserende klage fra Anne Jensen',
        },
        {
          id: 'h2',
          reference: 'JS-17',
          activity: 'Klientforløb',
          subjectGroup: 'Pårørende',
          collected: '1-3-2026',
          legalHold: 'Ja',
        },
        {
          id: 'h3',
          reference: '2025-88',
          activity: 'Bogføring',
          recordDate: '2025-05-31',
          deletedOn: '2026-01-02',
        },
        { reference: '', activity: '' },
      ],
    },
  };
}

function built(doc: RegisterDocument) {
  const result = buildSyncPayload(doc, META);
  if ('errors' in result) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.payload;
}

describe('buildSyncPayload', () => {
  it('builds a payload the worker accepts, with rules parsed and the sheet rows for links', () => {
    const payload = built(register());
    expect(checkSyncPayload(payload).ok).toBe(true);
    expect(payload.version).toBe(7);
    expect(payload.register).toEqual({
      name: 'Coach Hansen ApS',
      lang: 'da',
      timeZone: 'Europe/Copenhagen',
      spreadsheetId: '1AbcSheet',
      sheetGids: { activities: 1, dataCategories: 2, retentionLog: 3 },
      fiscalYearEnd: '06-30',
      dueSoonDays: 10,
      escalationAfterDays: 14,
      floorReviewDays: 90,
      adminEmail: 'admin@coach.dk',
      escalationEmail: null,
    });
    const [coaching, books] = payload.activities;
    expect(coaching).toMatchObject({
      id: 'a1',
      name: 'Klientforløb',
      ownerEmail: 'ejer@coach.dk',
      ruleText: '3 mdr. efter sidste konsultation',
      routineCadence: 'monthly',
      routineLastRun: '2026-02-01',
      lastReview: '2025-06-01',
      sheetRow: 2,
    });
    expect(coaching.rule).toMatchObject({ kind: 'computed', terms: [{ trigger: 'lastContact' }] });
    expect(books).toMatchObject({ id: 'a2', ownerEmail: null, routineCadence: null, sheetRow: 3 });
    expect(books.rule).toMatchObject({ kind: 'computed', terms: [{ anchor: 'fiscalYearEnd' }] });
  });

  it('leaves out empty rows, purposes, notes, extension reasons and every other free text', () => {
    const payload = built(register());
    expect(payload.activities).toHaveLength(2);
    expect(payload.holdings).toHaveLength(3);
    const json = JSON.stringify(payload);
    for (const secret of ['hemmelig', 'Intern note', 'Anne Jensen', 'Klienter', 'Pårørende']) {
      expect(json).not.toContain(secret);
    }
  });

  it("gives a data-category row its own parsed rule, or null when the activity's default applies", () => {
    const payload = built(register());
    expect(payload.dataCategories).toEqual([
      { id: 'd1', activityId: 'a1', rule: null, ruleText: '', sheetRow: 2 },
      expect.objectContaining({
        id: 'd2',
        activityId: 'a1',
        ruleText: '1 måned efter modtagelse',
        sheetRow: 3,
      }),
    ]);
    expect(payload.dataCategories[1].rule).toMatchObject({
      kind: 'computed',
      terms: [{ trigger: 'collected' }],
    });
  });

  it('resolves holdings to activities and data-category rows by id or by name, and reads loose cells', () => {
    const [h1, h2, h3] = built(register()).holdings;
    expect(h1).toMatchObject({
      id: 'h1',
      activityId: 'a1',
      dataCategoryId: null,
      extendedUntil: '2026-12-31',
      legalHold: false,
      sheetRow: 2,
    });
    expect(h1.events.lastContact).toBe('2026-03-03');
    expect(h2).toMatchObject({ activityId: 'a1', dataCategoryId: 'd2', legalHold: true });
    expect(h2.events.collected).toBe('2026-03-01');
    expect(h3).toMatchObject({ activityId: 'a2', deletedOn: '2026-01-02' });
  });

  it.each([
    ['da', '010190-1234', 'Referencen "010190-1234" ligner et CPR-nummer og sendes ikke til serveren.'],
    [
      'en',
      'anne@example.dk',
      'The reference "anne@example.dk" looks like an email address and is not sent to the server.',
    ],
    [
      'en',
      'Anne Sofie Jensen',
      'The reference "Anne Sofie Jensen" looks like a full name and is not sent to the server.',
    ],
  ] as const)(
    'refuses an identifying reference with an issue naming its row (%s)',
    (lang, reference, message) => {
      const doc = register(lang);
      doc.sheets.retentionLog![1].reference = reference;
      const result = buildSyncPayload(doc, META);
      expect(result).toEqual({
        errors: [
          expect.objectContaining({
            severity: 'error',
            code: 'sync.identifyingReference',
            sheet: 'retentionLog',
            row: 3,
            column: 'reference',
            message,
          }),
        ],
      });
    },
  );

  it('stops on rows without ids, duplicate ids, unreadable dates, unknown cadences and invalid owner emails', () => {
    const doc = register('en');
    const acts = doc.sheets.activities!;
    acts[0].owner = 'ejer at coach';
    acts[0].routineCadence = 'every now and then';
    acts[1].id = 'a1';
    doc.sheets.retentionLog![2].id = '';
    doc.sheets.retentionLog![0].lastContact = '31/31/2026';
    const result = buildSyncPayload(doc, META);
    expect('errors' in result).toBe(true);
    const found = 'errors' in result ? result.errors.map((e) => [e.code, e.sheet, e.row, e.column]) : [];
    expect(found).toEqual(
      expect.arrayContaining([
        ['sync.invalidEmail', 'activities', 2, 'owner'],
        ['sync.unreadableCadence', 'activities', 2, 'routineCadence'],
        ['sync.duplicateId', 'activities', 3, 'id'],
        ['sync.missingId', 'retentionLog', 4, 'id'],
        ['sync.rowProblem', 'retentionLog', 2, 'lastContact'],
      ]),
    );
    if ('errors' in result) {
      for (const issue of result.errors) {
        expect(issue.message.length).toBeGreaterThan(5);
        expect(issue.hint.length).toBeGreaterThan(5);
      }
    }
  });

  it('refuses a holding whose activity does not exist', () => {
    const doc = register('en');
    doc.sheets.retentionLog![0] = { id: 'h1', reference: 'K-1', activity: 'No such activity' };
    const result = buildSyncPayload(doc, META);
    expect('errors' in result && result.errors.map((e) => [e.code, e.row])).toEqual([['sync.rowProblem', 2]]);
  });

  it('reports bad metadata from the add-on instead of sending a payload the worker would refuse', () => {
    const result = buildSyncPayload(register('en'), { ...META, timeZone: 'Nowhere/Atlantis' });
    expect('errors' in result && result.errors[0]).toMatchObject({
      code: 'sync.payloadInvalid',
      message: 'The data for the server is invalid: register.timeZone: is not a known IANA time zone',
    });
  });
});
