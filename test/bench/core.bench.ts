// Benchmark of the register core (issue 2, "Figures"): validate and compute due dates for a
// generated register of 2,000 processing activities (3 data-category rows each) and 100,000
// retention-log holdings. Prints the median of several runs after a warm-up, and its ratio to
// a bare loop that reads every cell of the document once. Target: under 1 s, ratio under 20×.
// Run with `npm run bench` (a plain script, not a test); results go in docs/performance.md.

import { cpus, loadavg } from 'node:os';
import type { DocumentRow, RegisterDocument } from '../../shared/register/types.ts';
import { evaluateRegister } from '../../shared/retention/holdings.ts';
import { validateRegister } from '../../shared/validation/validate.ts';

const ACTIVITIES = 2_000;
const GROUPS_PER_ACTIVITY = 3;
const HOLDINGS = 100_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TODAY = '2026-11-25';

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

/** The floor: read every cell of the document once. */
function bareLoop(doc: RegisterDocument): number {
  let n = 0;
  for (const value of Object.values(doc.organisation)) if (value !== undefined && value !== null) n++;
  for (const rows of Object.values(doc.sheets)) {
    for (const row of rows ?? []) {
      for (const key in row) {
        const value = row[key];
        if (value !== undefined && value !== null && value !== '') n++;
      }
    }
  }
  return n;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const doc = generateRegister();
let sink = 0;
const core = () => {
  const issues = validateRegister(doc, { today: TODAY, lang: 'da' });
  const evaluation = evaluateRegister(doc, { today: TODAY });
  sink += issues.length + (evaluation ? 1 : 0);
};
const bare = () => {
  sink += bareLoop(doc);
};

// Warm-up: let the JIT compile both before measuring.
core();
bare();
bare();

const coreTimes: number[] = [];
const validateTimes: number[] = [];
const dueTimes: number[] = [];
const bareTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  validateTimes.push(time(() => (sink += validateRegister(doc, { today: TODAY, lang: 'da' }).length)));
  dueTimes.push(time(() => (sink += evaluateRegister(doc, { today: TODAY }) ? 1 : 0)));
  coreTimes.push(time(core));
  bareTimes.push(time(bare));
}

const cells = bareLoop(doc);
const coreMedian = median(coreTimes);
const bareMedian = median(bareTimes);
const ratio = coreMedian / bareMedian;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(
  `art30 core benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores)`,
);
// Other processes compete for the cores; the load average says how much the figures suffered.
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1 / 5 / 15 min)`,
);
console.log(
  `register: ${ACTIVITIES} activities, ${ACTIVITIES * GROUPS_PER_ACTIVITY} data-category rows, ${HOLDINGS} holdings, ${cells} filled cells`,
);
console.log(`runs: ${RUNS} after a warm-up; medians:`);
console.log(`  validateRegister                  ${fmt(median(validateTimes))}`);
console.log(`  evaluateRegister (due dates)      ${fmt(median(dueTimes))}`);
console.log(
  `  validate + due dates              ${fmt(coreMedian)}   (target < 1000 ms: ${coreMedian < 1000 ? 'met' : 'NOT met'})`,
);
console.log(`  bare loop reading every cell once ${fmt(bareMedian)}`);
console.log(
  `  ratio                             ${ratio.toFixed(1)}×   (target < 20×: ${ratio < 20 ? 'met' : 'NOT met'})`,
);
if (sink === -1) console.log(sink);
