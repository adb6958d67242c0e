// A deterministic, valid sync payload of any size: the fixture for the payload tests, the
// worker's API tests and the ingest benchmark (100,000 holdings). Pure data, no randomness,
// so a given size always produces the same bytes and the same hash.

import type { ComputedRule } from '../retention/types.ts';
import type { SyncHolding, SyncPayload } from './types.ts';

export interface ExamplePayloadOptions {
  version?: number;
  spreadsheetId?: string;
  activities?: number;
  holdings?: number;
  /** Added to every activity name, so two payloads of one version can differ in content. */
  nameSuffix?: string;
}

const SIX_MONTHS_AFTER_COLLECTION: ComputedRule = {
  kind: 'computed',
  terms: [{ period: { years: 0, months: 6, weeks: 0, days: 0 }, trigger: 'collected', anchor: 'event' }],
  combine: 'earliest',
  ceiling: false,
  legalHoldExtends: true,
};

const FIVE_YEARS_FROM_FISCAL_YEAR_END: ComputedRule = {
  kind: 'computed',
  terms: [
    { period: { years: 5, months: 0, weeks: 0, days: 0 }, trigger: 'recordDate', anchor: 'fiscalYearEnd' },
  ],
  combine: 'earliest',
  ceiling: false,
  legalHoldExtends: false,
};

/** Date `i` days after 2024-01-01, cycling over roughly three years. */
function dateFor(i: number): string {
  const day = i % 1000;
  const ms = Date.UTC(2024, 0, 1) + day * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

export function examplePayload(options: ExamplePayloadOptions = {}): SyncPayload {
  const activityCount = options.activities ?? 3;
  const holdingCount = options.holdings ?? 5;
  const suffix = options.nameSuffix ?? '';
  const activities = Array.from({ length: activityCount }, (_, i) => ({
    id: `act-${i + 1}`,
    name: `${['Rekruttering', 'Bogføring', 'Klientforløb'][i % 3]} ${i + 1}${suffix}`,
    ownerEmail: `owner${(i % 4) + 1}@example.dk`,
    rule: i % 3 === 1 ? FIVE_YEARS_FROM_FISCAL_YEAR_END : SIX_MONTHS_AFTER_COLLECTION,
    ruleText: i % 3 === 1 ? '5 år fra udgangen af regnskabsåret' : '6 måneder efter modtagelse',
    routineCadence: i % 2 === 0 ? ('monthly' as const) : null,
    routineLastRun: i % 2 === 0 ? '2025-12-01' : null,
    lastReview: '2025-06-15',
    sheetRow: i + 2,
  }));
  const dataCategories = activities.slice(0, Math.min(activityCount, 2)).map((a, i) => ({
    id: `dc-${i + 1}`,
    activityId: a.id,
    rule: i === 0 ? SIX_MONTHS_AFTER_COLLECTION : null,
    ruleText: i === 0 ? '6 mdr. efter modtagelse' : '',
    sheetRow: i + 2,
  }));
  const holdings: SyncHolding[] = Array.from({ length: holdingCount }, (_, i) => {
    const activity = activities[i % activityCount];
    return {
      id: `h-${i + 1}`,
      reference: `K-${2024 + (i % 3)}-${String(i + 1).padStart(6, '0')}`,
      activityId: activity.id,
      dataCategoryId: i % 7 === 0 && dataCategories.length > 0 ? dataCategories[0].id : null,
      events: { collected: dateFor(i), recordDate: dateFor(i * 3) },
      deletedOn: i % 11 === 0 ? dateFor(i + 200) : null,
      legalHold: i % 13 === 0,
      extendedUntil: i % 17 === 0 ? '2027-01-31' : null,
      sheetRow: i + 2,
    };
  });
  return {
    version: options.version ?? 1,
    register: {
      name: 'Vikarbureau Eksempel ApS',
      lang: 'da',
      timeZone: 'Europe/Copenhagen',
      spreadsheetId: options.spreadsheetId ?? '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${options.spreadsheetId ?? '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'}/edit`,
      sheetGids: { activities: 11, dataCategories: 22, retentionLog: 33 },
      fiscalYearEnd: '06-30',
      dueSoonDays: 14,
      escalationAfterDays: 14,
      adminEmail: 'admin@example.dk',
      escalationEmail: null,
    },
    activities,
    dataCategories,
    holdings,
  };
}
