// The two defects of issue 9, as they were reproduced: a register Validate passes must sync,
// and every address the payload carries must be one the planner can email. The planner's pure
// part is plain TypeScript, so it runs here in Node beside the builder and the checker.

import { describe, expect, it } from 'vitest';
import type { RegisterDocument } from '../../shared/register/types.ts';
import { buildSyncPayload, type SyncMeta } from '../../shared/sync/build.ts';
import { checkSyncPayload } from '../../shared/sync/check.ts';
import { validateRegister } from '../../shared/validation/validate.ts';
import { planRegister } from '../../worker/job/plan.ts';
import { everyoneConfirmed } from '../../worker/recipients/book.ts';

const META: SyncMeta = {
  version: 1,
  spreadsheetId: '1ReproSheet',
  timeZone: 'Europe/Copenhagen',
  sheetGids: { activities: 1, dataCategories: 2, retentionLog: 3 },
};

/** A one-activity payroll register; the data-category row and the holding name the activity. */
function payrollRegister(owner: string, spelling: string): RegisterDocument {
  return {
    schemaVersion: 1,
    lang: 'da',
    organisation: {
      role: 'Dataansvarlig',
      controllerName: 'Firma ApS',
      controllerAddress: 'Vej 1, 8000 Aarhus C',
      controllerEmail: 'kontakt@firma.dk',
      registerName: 'Firma ApS',
      adminEmail: 'admin@firma.dk',
      language: 'Dansk',
    },
    sheets: {
      activities: [
        {
          id: 'a1',
          name: 'Løn og personale',
          purpose: 'Lønudbetaling',
          securityMeasures: 'Adgangsstyring',
          owner,
          retention: '5 år efter fratræden',
        },
      ],
      dataCategories: [
        {
          id: 'd1',
          activityId: '',
          activity: spelling,
          subjectGroup: 'Medarbejdere',
          dataCategories: 'Navn',
          recipients: 'Ingen',
          thirdCountries: 'Ingen',
          retention: '1 år efter fratræden',
        },
      ],
      securityMeasures: [{ id: 's1', name: 'Adgangsstyring' }],
      retentionLog: [
        {
          id: 'h1',
          reference: 'MA-17',
          activityId: '',
          activity: spelling,
          subjectGroup: 'Medarbejdere',
          relationshipEnded: '2025-01-15',
        },
      ],
    },
  };
}

describe('issue 9, reproduction (a): names', () => {
  it('syncs a register whose rows spell the activity "Løn og  Personale" and uses the category rule', () => {
    const built = buildSyncPayload(payrollRegister('anne@firma.dk', 'Løn og  Personale'), META);
    expect('errors' in built ? built.errors.map((e) => e.code) : []).toEqual([]);
    if (!('payload' in built)) return;
    expect(built.payload.dataCategories[0].activityId).toBe('a1');
    expect(built.payload.holdings[0]).toMatchObject({ activityId: 'a1', dataCategoryId: 'd1' });
    // 1 year after the employment ended on 2025-01-15 (the category's rule, not the 5 years).
    const plan = planRegister({
      payload: built.payload,
      book: everyoneConfirmed(built.payload),
      runDate: '2026-01-15',
      lastSyncDate: '2026-01-15',
      recorded: new Set(),
    });
    const items = plan.messages.flatMap((m) => m.items.filter((i) => i.subject === 'holding'));
    expect(items.map((i) => [i.due, i.stage])).toEqual([['2026-01-15', 'due']]);
  });
});

describe('issue 9, reproduction (b): email addresses', () => {
  it('refuses the owner address "anne:hr@firma.dk" when building, naming the owner cell', () => {
    const built = buildSyncPayload(payrollRegister('anne:hr@firma.dk', 'Løn og personale'), META);
    expect('errors' in built ? built.errors.map((e) => [e.code, e.sheet, e.row, e.column]) : []).toEqual([
      ['sync.invalidEmail', 'activities', 2, 'owner'],
    ]);
  });

  it('has the worker checker refuse a payload whose owner is "anne:hr@firma.dk"', () => {
    const built = buildSyncPayload(payrollRegister('anne@firma.dk', 'Løn og personale'), META);
    if (!('payload' in built)) throw new Error('the valid register must build');
    const tampered = structuredClone(built.payload);
    tampered.activities[0].ownerEmail = 'anne:hr@firma.dk';
    const checked = checkSyncPayload(tampered);
    expect(checked.ok).toBe(false);
  });

  it('sends the owner of a valid address her own items, not the admin', () => {
    const built = buildSyncPayload(payrollRegister('Anne.HR@Firma.dk', 'Løn og personale'), META);
    if (!('payload' in built)) throw new Error('the valid register must build');
    const plan = planRegister({
      payload: built.payload,
      book: everyoneConfirmed(built.payload),
      runDate: '2026-01-15',
      lastSyncDate: '2026-01-15',
      recorded: new Set(),
    });
    const holdingRecipients = plan.messages.filter((m) => m.items.some((i) => i.subject === 'holding'));
    expect(holdingRecipients.map((m) => m.recipient)).toEqual(['anne.hr@firma.dk']);
  });

  it('is what Validate reports for the register with the double space: no error', () => {
    const issues = validateRegister(payrollRegister('anne@firma.dk', 'Løn og  Personale'), {
      today: '2026-01-15',
      lang: 'da',
    });
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
