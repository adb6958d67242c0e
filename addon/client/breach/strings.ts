// The new-breach form's own words, in Danish and English. Errors from the server arrive
// already in the register's language; the deadline sentence is shared/breaches/describe.ts.

import { catalogueLookup } from '../../../shared/i18n/format.ts';

const catalogue = {
  title: { da: 'Nyt brud på persondatasikkerheden', en: 'New personal-data breach' },
  loading: { da: 'Henter …', en: 'Loading …' },
  saving: { da: 'Gemmer …', en: 'Saving …' },
  save: { da: 'Gem bruddet', en: 'Save the breach' },
  reference: { da: 'Reference', en: 'Reference' },
  referenceHelp: {
    da: 'Jeres egen reference, fx BRUD-2026-3. Aldrig navn, e-mail eller CPR-nr.',
    en: 'Your own reference, e.g. BREACH-2026-3. Never a name, email or CPR number.',
  },
  awareAt: { da: 'Kendskab til bruddet', en: 'Became aware' },
  awareAtHelp: {
    da: 'Hvornår I fik kendskab til bruddet. De 72 timer løber herfra (art. 33, stk. 1).',
    en: 'When you became aware of the breach. The 72 hours run from then (Art. 33(1)).',
  },
  startedAt: { da: 'Bruddet startede (hvis kendt)', en: 'Breach started (if known)' },
  description: { da: 'Hvad skete der?', en: 'What happened?' },
  descriptionHelp: {
    da: 'Bliver i regnearket; sendes aldrig til påmindelsestjenesten.',
    en: 'Stays in the spreadsheet; never sent to the reminder service.',
  },
  approxSubjects: { da: 'Antal berørte registrerede (ca.)', en: 'Data subjects affected (approx.)' },
  role: { da: 'Vores rolle', en: 'Our role' },
  risk: { da: 'Risikovurdering', en: 'Risk assessment' },
  notAssessed: { da: '– ikke vurderet endnu –', en: '– not assessed yet –' },
  riskReasoning: { da: 'Begrundelse for vurderingen', en: 'Reasoning' },
  responsible: { da: 'Ansvarlig (e-mail)', en: 'Responsible (email)' },
  responsibleHelp: {
    da: 'Får påmindelser efter 24, 48 og 60 timer. Tom = fortegnelsens administrator.',
    en: 'Reminded after 24, 48 and 60 hours. Blank = the register’s admin.',
  },
  noClock: {
    da: 'Skriv hvornår I fik kendskab til bruddet for at se fristen.',
    en: 'Enter when you became aware of the breach to see the deadline.',
  },
  hoursLate: {
    da: 'Fristen er overskredet med {n|# time|# timer}: anmeld straks, og begrund forsinkelsen (art. 33, stk. 1).',
    en: 'The deadline passed {n|# hour|# hours} ago: notify at once, with the reasons for the delay (Art. 33(1)).',
  },
  noRisk: {
    da: 'Vurderet som usandsynligt at medføre en risiko: ingen anmeldelse, men bruddet dokumenteres (art. 33, stk. 5).',
    en: 'Assessed as unlikely to result in a risk: no notification, but the breach is documented (Art. 33(5)).',
  },
  processor: {
    da: 'Som databehandler underretter I den dataansvarlige uden unødig forsinkelse (art. 33, stk. 2).',
    en: 'As a processor, you notify the controller without undue delay (Art. 33(2)).',
  },
  highRisk: {
    da: 'Høj risiko: de registrerede underrettes også uden unødig forsinkelse (art. 34, stk. 1).',
    en: 'High risk: the data subjects are also informed without undue delay (Art. 34(1)).',
  },
  saved: {
    da: 'Gemt i række {row} i arket Brud.',
    en: 'Saved in row {row} of the Breaches sheet.',
  },
  synced: {
    da: 'Sendt til påmindelsestjenesten: påmindelserne kommer til tiden.',
    en: 'Sent to the reminder service: the reminders will come on time.',
  },
  notSynced: {
    da: 'Ikke sendt til påmindelsestjenesten (ikke forbundet, eller den svarede ikke). Se Indstillinger og synkronisering.',
    en: 'Not sent to the reminder service (not connected, or it did not answer). See Settings & sync.',
  },
};

export type BreachStringKey = keyof typeof catalogue;

export const t = catalogueLookup<BreachStringKey>(catalogue);
