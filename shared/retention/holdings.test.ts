import { describe, expect, it } from 'vitest';
import type { DocumentRow, RegisterDocument } from '../register/types.ts';
import { evaluateRegister, ruleForHolding } from './holdings.ts';

function register(
  retentionLog: DocumentRow[],
  extra: Partial<RegisterDocument['sheets']> = {},
): RegisterDocument {
  return {
    schemaVersion: 1,
    lang: 'da',
    organisation: { dueSoonDays: 14, fiscalYearEnd: '30.06' },
    sheets: {
      activities: [
        {
          id: 'a1',
          name: 'Rekruttering',
          retention: '6 måneder efter at stillingen er besat',
          deletionRoutine: 'Slet ansøgninger i rekrutteringsmappen',
          routineCadence: 'Månedlig',
          routineLastRun: '2025-08-01',
        },
        { id: 'a2', name: 'Bogføring', retention: '5 år fra udgangen af regnskabsåret' },
        { id: 'a3', name: 'Klienter', retention: 'så længe formålet består', routineCadence: 'hver uge' },
      ],
      dataCategories: [
        { id: 'd1', activityId: 'a1', activity: 'Rekruttering', subjectGroup: 'Ansøgere', retention: '' },
        {
          id: 'd2',
          activityId: 'a1',
          activity: 'Rekruttering',
          subjectGroup: 'Uopfordrede ansøgere',
          retention: '3 mdr. efter modtagelse',
        },
        {
          id: 'd3',
          activity: 'klienter',
          subjectGroup: 'Klienter',
          retention: '3 år efter sidste konsultation',
        },
      ],
      retentionLog,
      ...extra,
    },
  };
}

describe('ruleForHolding', () => {
  it("uses the data-category row's own rule, else the activity's default", () => {
    const doc = register([]);
    const own = ruleForHolding(doc, { activity: 'Rekruttering', subjectGroup: 'uopfordrede ansøgere' });
    expect(own.source).toBe('dataCategory');
    expect(own.text).toBe('3 mdr. efter modtagelse');
    const fallback = ruleForHolding(doc, { activityId: 'a1', dataCategoryId: 'd1' });
    expect(fallback.source).toBe('activity');
    expect(fallback.text).toBe('6 måneder efter at stillingen er besat');
  });

  it('finds the activity by hidden id first, then by name in any case', () => {
    const doc = register([]);
    expect(ruleForHolding(doc, { activityId: 'a2', activity: 'Rekruttering' }).activityIndex).toBe(1);
    expect(ruleForHolding(doc, { activity: '  BOGFØRING ' }).activityIndex).toBe(1);
    expect(ruleForHolding(doc, { dataCategoryId: 'd3' }).text).toBe('3 år efter sidste konsultation');
  });

  it('reports an unknown activity or group instead of guessing a rule', () => {
    const doc = register([]);
    const unknown = ruleForHolding(doc, { activity: 'Nyhedsbrev' }, 4);
    expect(unknown.rule).toBeNull();
    expect(unknown.problems).toEqual([
      expect.objectContaining({ code: 'unknownActivity', row: 6, column: 'activity' }),
    ]);
    const group = ruleForHolding(doc, { activity: 'Rekruttering', subjectGroup: 'Praktikanter' });
    expect(group.source).toBe('activity');
    expect(group.problems[0].code).toBe('unknownDataCategory');
    expect(group.problems[0].message.da).toContain('Praktikanter');
  });
});

describe('evaluateRegister', () => {
  it('assesses every holding with the register settings and reports unreadable cells with their row', () => {
    const doc = register([
      { id: 'h1', reference: 'ANS-001', activityId: 'a1', purposeFulfilled: '2025-03-01' },
      {
        id: 'h2',
        reference: 'ANS-002',
        activity: 'Rekruttering',
        subjectGroup: 'Uopfordrede ansøgere',
        collected: '01.08.2025',
      },
      { id: 'h3', reference: 'BIL-7', activity: 'Bogføring', recordDate: '2019-05-01' },
      {
        id: 'h4',
        reference: 'BIL-8',
        activity: 'Bogføring',
        recordDate: '2019-05-01',
        legalHold: 'Ja, tvist',
      },
      { id: 'h5', reference: 'BIL-9', activity: 'Bogføring', recordDate: 'sidste år', $row: 40 },
      {
        id: 'h6',
        reference: 'K-12',
        activity: 'Klienter',
        lastContact: '2025-01-01',
        deletedOn: '2025-06-01',
      },
      { id: 'h7', reference: 'K-13', activityId: 'a3', subjectGroup: 'Pårørende' },
      {
        id: 'h8',
        reference: 'ANS-003',
        activityId: 'a1',
        purposeFulfilled: '2025-03-01',
        extendedUntil: '2025-12-31',
        legalHold: 'måske',
      },
    ]);
    const r = evaluateRegister(doc, { today: '2025-09-10' });
    const status = Object.fromEntries(r.holdings.map((h) => [h.reference, h.assessment.status]));
    expect(status).toEqual({
      'ANS-001': 'overdue',
      'ANS-002': 'ok',
      'BIL-7': 'overdue',
      'BIL-8': 'legalHold',
      'BIL-9': 'missingDate',
      'K-12': 'deleted',
      'K-13': 'manual',
      'ANS-003': 'ok',
    });
    // Financial year ends 30 June (from "30.06"): 2019-05-01 → 2019-06-30 + 5 years.
    expect(r.holdings[2].assessment).toMatchObject({ due: '2024-06-30', daysOverdue: 437 });
    expect(r.holdings[0].assessment).toMatchObject({ due: '2025-09-01', daysOverdue: 9 });
    expect(r.holdings[1].assessment.due).toBe('2025-11-01');
    expect(r.holdings[4].problems).toEqual([
      expect.objectContaining({ code: 'unreadableDate', row: 40, column: 'recordDate' }),
    ]);
    expect(r.holdings[4].problems[0].message.en).toContain('sidste år');
    expect(r.holdings[7].problems.map((p) => p.code)).toEqual(['unreadableBoolean']);
    expect(r.holdings[6].problems.map((p) => p.code)).toEqual(['unknownDataCategory']);
    expect(r.counts.holdings).toEqual({
      deleted: 1,
      legalHold: 1,
      manual: 1,
      missingDate: 1,
      overdue: 2,
      dueSoon: 0,
      mayDelete: 0,
      floorReview: 0,
      ok: 2,
    });
  });

  it('assesses deletion routines by cadence and last run', () => {
    const r = evaluateRegister(register([]), { today: '2025-09-10' });
    expect(r.routines.map((x) => [x.activity, x.cadence, x.assessment.status, x.assessment.due])).toEqual([
      ['Rekruttering', 'monthly', 'overdue', '2025-09-01'],
      ['Klienter', 'weekly', 'never', null],
    ]);
    expect(r.counts.routines).toMatchObject({ overdue: 1, never: 1 });
  });

  it('reports an unreadable cadence on the activity row', () => {
    const doc = register([]);
    doc.sheets.activities![1].routineCadence = 'når der er tid';
    const r = evaluateRegister(doc, { today: '2025-09-10' });
    expect(r.routines[1].problems).toEqual([
      expect.objectContaining({
        code: 'unreadableCadence',
        sheet: 'activities',
        row: 3,
        column: 'routineCadence',
      }),
    ]);
    expect(r.routines[1].assessment.status).toBe('none');
  });

  it('skips rows that are not rows without shifting the rows the user sees', () => {
    const doc = register([
      null as never,
      { reference: 'X-1', activity: 'Rekruttering', purposeFulfilled: 'maybe' },
    ]);
    doc.sheets.activities!.unshift(42 as never);
    const r = evaluateRegister(doc, { today: '2025-09-10' });
    expect(r.holdings).toHaveLength(1);
    expect(r.holdings[0].row).toBe(3);
    expect(r.holdings[0].problems[0]).toMatchObject({ code: 'unreadableDate', row: 3 });
    expect(r.routines[0].row).toBe(3);
  });

  it('lets the caller override the window and the financial-year end', () => {
    const doc = register([{ reference: 'BIL-1', activity: 'Bogføring', recordDate: '2021-05-01' }]);
    const r = evaluateRegister(doc, { today: '2026-06-01', dueSoonDays: 30, fiscalYearEnd: '12-31' });
    expect(r.holdings[0].assessment).toMatchObject({ due: '2026-12-31', status: 'ok' });
  });

  // CPU time, not wall time: the test machine is shared, and the target is about our work.
  it('evaluates 2,000 activities and 100,000 holdings in well under 2.5 s of CPU time', () => {
    const activities: DocumentRow[] = [];
    const rules = [
      '6 mdr. efter modtagelse',
      '5 år fra udgangen af regnskabsåret',
      '3 år efter sidste kontakt',
      'så længe formålet består',
      '24 måneder efter ophør af kundeforholdet',
    ];
    for (let i = 0; i < 2000; i++) {
      activities.push({
        id: `a${i}`,
        name: `Aktivitet ${i}`,
        retention: rules[i % rules.length],
        routineCadence: 'Månedlig',
        routineLastRun: '2025-08-01',
      });
    }
    const log: DocumentRow[] = [];
    for (let i = 0; i < 100_000; i++) {
      const d = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      log.push({
        id: `h${i}`,
        reference: `R-${i}`,
        activityId: `a${i % 2000}`,
        activity: `Aktivitet ${i % 2000}`,
        collected: d,
        lastContact: d,
        relationshipEnded: d,
        recordDate: d,
        legalHold: i % 50 === 0 ? 'x' : '',
      });
    }
    const doc: RegisterDocument = {
      schemaVersion: 1,
      lang: 'da',
      organisation: {},
      sheets: { activities, retentionLog: log },
    };
    const started = process.cpuUsage();
    const r = evaluateRegister(doc, { today: '2025-09-10' });
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    expect(r.holdings).toHaveLength(100_000);
    expect(r.routines).toHaveLength(2000);
    expect(r.counts.holdings.legalHold).toBe(2000);
    expect(ms).toBeLessThan(2500);
  });
});
