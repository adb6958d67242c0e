// The generated register of the core benchmark (issue 2, "Figures"): 2,000 processing
// activities with 3 data-category rows each, 40 recipients, 30 IT systems and 100,000
// retention-log holdings. Deterministic, so every run and every profile measures the same data.
// Kept apart from core.bench.ts so a profiling script can import it without running the bench.

import type { DocumentRow, RegisterDocument } from '../../shared/register/types.ts';

export const ACTIVITIES = 2_000;
export const GROUPS_PER_ACTIVITY = 3;
export const HOLDINGS = 100_000;

const RETENTION_TEXTS = [
  '6 måneder efter sidste session',
  '5 år fra udgangen af regnskabsåret',
  '24 måneder efter ophør af kundeforholdet',
  '3 mdr. efter modtagelse',
  'så længe formålet består',
  '1 år og 6 måneder efter ansættelsens ophør',
];
const GROUPS = ['Kunder', 'Medarbejdere', 'Jobansøgere', 'Leverandører', 'Klienter', 'Nyhedsbrevsmodtagere'];
const CATEGORIES = ['Navn, E-mailadresse, Telefonnummer', 'Navn, Adresse, Løn', 'CV og ansøgning, Navn'];

/** A deterministic date in 2019–2026 from a number. */
function dateFrom(n: number): string {
  const year = 2019 + (n % 8);
  const month = 1 + ((n * 7) % 12);
  const day = 1 + ((n * 13) % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function generateRegister(): RegisterDocument {
  const recipients: DocumentRow[] = Array.from({ length: 40 }, (_, i) => ({
    id: `rcp-${i}`,
    name: `Leverandør ${i} ApS`,
    type: i % 4 === 0 ? 'Selvstændig dataansvarlig' : 'Databehandler',
    country: i % 10 === 0 ? 'USA' : 'Danmark',
    transferMechanism: i % 10 === 0 ? 'EU-US Data Privacy Framework' : '',
    dpaDate: i % 4 === 0 ? '' : '2025-01-15',
  }));
  const systems: DocumentRow[] = Array.from({ length: 30 }, (_, i) => ({
    id: `sys-${i}`,
    name: `System ${i}`,
    type: 'Cloudtjeneste',
    processor: `Leverandør ${i + 1} ApS`,
    country: 'Danmark',
  }));
  const securityMeasures: DocumentRow[] = [
    { id: 'sec-1', name: 'Adgangsstyring', type: 'Teknisk', description: 'Roller og rettigheder' },
    { id: 'sec-2', name: 'To-faktor-login', type: 'Teknisk', description: 'På alle cloudtjenester' },
  ];
  const activities: DocumentRow[] = [];
  const dataCategories: DocumentRow[] = [];
  for (let a = 0; a < ACTIVITIES; a++) {
    const name = `Aktivitet ${a}`;
    activities.push({
      id: `act-${a}`,
      name,
      purpose: `Formål for aktivitet ${a}`,
      owner: `ejer${a % 50}@eksempel.example`,
      legalBases: a % 3 === 0 ? 'Samtykke (art. 6(1)(a))' : 'Kontrakt (art. 6(1)(b))',
      consentRecord: a % 3 === 0 ? 'Samtykke gemmes i CRM; tilbagekaldes pr. e-mail' : '',
      systems: `System ${a % 30}`,
      securityMeasures: 'Adgangsstyring, To-faktor-login',
      retention: RETENTION_TEXTS[a % RETENTION_TEXTS.length],
      deletionRoutine: a % 5 === 0 ? 'Slet udløbne sager' : '',
      routineCadence: a % 5 === 0 ? 'Månedlig' : '',
      routineLastRun: a % 5 === 0 ? dateFrom(a) : '',
      lastReview: dateFrom(a + 3),
    });
    for (let g = 0; g < GROUPS_PER_ACTIVITY; g++) {
      dataCategories.push({
        id: `dc-${a}-${g}`,
        activityId: `act-${a}`,
        activity: name,
        subjectGroup: GROUPS[(a + g) % GROUPS.length],
        dataCategories: CATEGORIES[(a + g) % CATEGORIES.length],
        sensitivity: 'Almindelige',
        recipients: `Leverandør ${(a + g) % 40} ApS`,
        thirdCountries: (a + g) % 40 === 0 ? 'USA' : 'Ingen',
        retention: g === 2 ? RETENTION_TEXTS[(a + 1) % RETENTION_TEXTS.length] : '',
      });
    }
  }
  const retentionLog: DocumentRow[] = [];
  for (let h = 0; h < HOLDINGS; h++) {
    const a = h % ACTIVITIES;
    retentionLog.push({
      id: `h-${h}`,
      reference: `K-${String(h).padStart(6, '0')}`,
      activityId: `act-${a}`,
      activity: `Aktivitet ${a}`,
      collected: dateFrom(h),
      lastContact: dateFrom(h + 1),
      relationshipEnded: h % 3 === 0 ? dateFrom(h + 2) : '',
      recordDate: dateFrom(h + 4),
      legalHold: h % 97 === 0,
      deletedOn: h % 11 === 0 ? dateFrom(h + 5) : '',
    });
  }
  return {
    schemaVersion: 1,
    lang: 'da',
    organisation: {
      role: 'Dataansvarlig',
      controllerName: 'Benchmark ApS',
      controllerAddress: 'Prøvevej 1, 8000 Aarhus C',
      controllerEmail: 'kontakt@benchmark.example',
      dpoName: 'Ingen',
      fiscalYearEnd: '12-31',
      dueSoonDays: 14,
    },
    sheets: { activities, dataCategories, recipients, systems, securityMeasures, retentionLog },
  };
}
