// The property that would have caught both defects of issue 9: any register Validate passes
// without errors is accepted by the payload builder and by the worker's checker; every owner
// it names gets their own items from the planner (none rerouted to the admin); and the sheet's
// evaluation (the retention overview and the CLI's `due`) agrees with the worker's assessment
// about every holding's due date and status. The two reproductions are named examples.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentRow, RegisterDocument } from '../../shared/register/types.ts';
import { evaluateRegister } from '../../shared/retention/holdings.ts';
import { assessPayload } from '../../shared/sync/assess.ts';
import { buildSyncPayload, type SyncMeta } from '../../shared/sync/build.ts';
import { checkSyncPayload } from '../../shared/sync/check.ts';
import { validateRegister } from '../../shared/validation/validate.ts';
import { planRegister } from '../../worker/job/plan.ts';
import { everyoneConfirmed } from '../../worker/recipients/book.ts';

const RUN_DATE = '2026-01-15';
const META: SyncMeta = {
  version: 1,
  spreadsheetId: '1PropertySheet',
  timeZone: 'Europe/Copenhagen',
  sheetGids: { activities: 1, dataCategories: 2, retentionLog: 3 },
};

const NAMES = ['Løn og personale', 'Kundeservice', 'Bogføring'];
/** Valid, oddly written and invalid owners; Validate must refuse what the planner cannot email. */
const OWNERS = [
  'anne@firma.dk',
  'Anne.HR@Firma.dk',
  ' kim@sub.firma.dk ',
  '',
  'anne:hr@firma.dk',
  'søren@firma.dk',
  'bo@firma',
  'ida@-firma.dk',
  'a,b@firma.dk',
];

interface ActivitySpec {
  owner: string;
  categoryRule: boolean;
  /** How the data-category row and the holding spell the activity's name. */
  spelling: { upper: boolean; doubleSpace: boolean };
  ended: string;
}

function spell(name: string, s: ActivitySpec['spelling']): string {
  const cased = s.upper ? name.replace(/(^|\s)(\p{L})/gu, (_, sp, c) => sp + c.toUpperCase()) : name;
  return s.doubleSpace ? cased.replace(' ', '  ') : cased;
}

function register(specs: ActivitySpec[]): RegisterDocument {
  const activities: DocumentRow[] = [];
  const dataCategories: DocumentRow[] = [];
  const retentionLog: DocumentRow[] = [];
  specs.forEach((spec, i) => {
    const name = NAMES[i];
    activities.push({
      id: `a${i}`,
      name,
      purpose: 'Drift',
      securityMeasures: 'Adgangsstyring',
      owner: spec.owner,
      retention: '5 år efter fratræden',
    });
    dataCategories.push({
      id: `d${i}`,
      activityId: '',
      activity: spell(name, spec.spelling),
      subjectGroup: 'Medarbejdere',
      dataCategories: 'Navn',
      recipients: 'Ingen',
      thirdCountries: 'Ingen',
      retention: spec.categoryRule ? '1 år efter fratræden' : '',
    });
    retentionLog.push({
      id: `h${i}`,
      reference: `MA-${i}`,
      activityId: '',
      activity: spell(name, spec.spelling),
      subjectGroup: 'Medarbejdere',
      relationshipEnded: spec.ended,
    });
  });
  return {
    schemaVersion: 1,
    lang: 'da',
    organisation: {
      role: 'Dataansvarlig',
      controllerName: 'Firma ApS',
      registerName: 'Firma ApS',
      controllerAddress: 'Vej 1, 8000 Aarhus C',
      controllerEmail: 'kontakt@firma.dk',
      adminEmail: 'admin@firma.dk',
      language: 'Dansk',
    },
    sheets: {
      activities,
      dataCategories,
      securityMeasures: [{ id: 's1', name: 'Adgangsstyring' }],
      retentionLog,
    },
  };
}

const activitySpec: fc.Arbitrary<ActivitySpec> = fc.record({
  owner: fc.constantFrom(...OWNERS),
  categoryRule: fc.boolean(),
  spelling: fc.record({ upper: fc.boolean(), doubleSpace: fc.boolean() }),
  ended: fc
    .integer({ min: 0, max: 2500 })
    .map((d) => new Date(Date.UTC(2019, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)),
});

const plain = { upper: false, doubleSpace: false };
/** Reproduction (a): the rows spell "Løn og  Personale" for "Løn og personale". */
const NAMES_CASE: ActivitySpec[] = [
  {
    owner: 'anne@firma.dk',
    categoryRule: true,
    spelling: { upper: true, doubleSpace: true },
    ended: '2025-01-15',
  },
];
/** Reproduction (b): the owner "anne:hr@firma.dk". */
const EMAIL_CASE: ActivitySpec[] = [
  { owner: 'anne:hr@firma.dk', categoryRule: false, spelling: plain, ended: '2020-01-15' },
];

/** What each part makes of one register; throws (fails the property) where they disagree. */
function checkAgreement(specs: ActivitySpec[]): boolean {
  const doc = register(specs);
  const errors = validateRegister(doc, { today: RUN_DATE, lang: 'da' }).filter((i) => i.severity === 'error');
  if (errors.length > 0) return false;

  const built = buildSyncPayload(doc, META);
  expect('errors' in built ? built.errors.map((e) => `${e.code} ${e.sheet}:${e.row}`) : []).toEqual([]);
  if (!('payload' in built)) return true;
  expect(checkSyncPayload(JSON.parse(JSON.stringify(built.payload))).ok).toBe(true);

  // Every owner gets their own items: each activity is unreviewed, so each owner has a review.
  const plan = planRegister({
    payload: built.payload,
    book: everyoneConfirmed(built.payload),
    runDate: RUN_DATE,
    lastSyncDate: RUN_DATE,
    recorded: new Set(),
  });
  specs.forEach((spec, i) => {
    const owner = spec.owner.trim().toLowerCase() || 'admin@firma.dk';
    const items = plan.messages
      .filter((m) => m.recipient === owner && m.kind === 'digest')
      .flatMap((m) => m.items);
    expect(
      items.some((item) => item.subject === 'review' && item.activityId === `a${i}`),
      owner,
    ).toBe(true);
    for (const item of items.filter((it) => it.activityId === `a${i}`))
      expect(item.via).toBe(spec.owner.trim() ? 'owner' : 'admin');
  });

  // The sheet (and the CLI's `due`) and the worker agree about every holding.
  const sheet = evaluateRegister(doc, { today: RUN_DATE });
  const worker = assessPayload(built.payload, RUN_DATE);
  expect(worker.holdings.map((h) => [h.holding.id, h.assessment.status, h.assessment.due])).toEqual(
    sheet.holdings.map((h) => [h.id, h.assessment.status, h.assessment.due]),
  );
  return true;
}

describe('a register Validate passes syncs, and every part reads it the same way', () => {
  it('reproduction (a): rows spelling "Løn og  Personale" sync, and sheet and worker use the category rule', () => {
    expect(checkAgreement(NAMES_CASE)).toBe(true);
    const payload = buildSyncPayload(register(NAMES_CASE), META);
    if (!('payload' in payload)) throw new Error('must build');
    // 1 year after 2025-01-15 (the category's rule), not 5 years (the activity's).
    expect(assessPayload(payload.payload, RUN_DATE).holdings[0].assessment.due).toBe('2026-01-15');
  });

  it('reproduction (b): Validate refuses the owner "anne:hr@firma.dk" the planner could not email', () => {
    expect(checkAgreement(EMAIL_CASE)).toBe(false);
  });

  it('holds for any register of up to three activities with any owners and spellings', () => {
    fc.assert(
      fc.property(fc.array(activitySpec, { minLength: 1, maxLength: 3 }), (specs) => {
        checkAgreement(specs);
      }),
      { numRuns: 60, examples: [[NAMES_CASE], [EMAIL_CASE]] },
    );
  });
});
