// Pieces several templates share, written once: the standard wording of common security measures,
// the recipients every Danish business has (the tax authority, an auditor), and the retention
// rules that statute fixes. Each template still lists exactly what it uses.

import { checked, unverified } from '../shared/vocabularies/sources.ts';
import { L, type MeasureSource, type RecipientSource, type SourcedStatement } from './model.ts';

/** Retention rules fixed by statute or chosen once for all templates (see templates/README.md). */
export const RULES = {
  /** Bogføringsloven (LOV nr. 700 af 24/05/2022) § 12, stk. 1; § 10 in the 2006 act. */
  bookkeeping: L('5 år fra udgangen af regnskabsåret', '5 years from the end of the financial year'),
  /** Arbejdstidsloven as amended from 1 July 2024: 5 years after the reference period (4 months by default). */
  workingTime: L('5 år og 4 måneder efter registreringen', '5 years and 4 months after recording'),
  /** Not statutory: Datatilsynet accepts up to 3 years after the recruitment; 6 months is our default. */
  rejectedApplicants: L('6 måneder efter afslag', '6 months after rejection'),
  /** Not statutory: the product's default for staff files, in line with common Danish practice. */
  formerEmployees: L('5 år efter fratrædelse', '5 years after the employee leaves'),
  /** The certificate itself is not kept: only a note that it was obtained and its outcome. */
  certificates: L('Slettes straks efter modtagelse', 'Deleted immediately after receipt'),
  newsletterList: L('Slettes straks ved afmelding', 'Deleted immediately on unsubscribing'),
  /** Not statutory: proof of the sign-up, kept while a complaint about the mailings is still likely. */
  newsletterProof: L('2 år efter afmelding', '2 years after unsubscribing'),
  /** Not statutory: a ceiling many cookie policies use for analytics identifiers. */
  analytics: L('max 13 måneder efter indsamling', 'max 13 months after collection'),
  caseByCase: L('Efter konkret vurdering', 'Case-by-case assessment'),
};

/**
 * Keeping a rejected applicant after the decision no longer rests on the contract steps (6(1)(b))
 * but on legitimate interests (6(1)(f)): the balancing note every recruitment activity carries.
 */
export const REJECTED_APPLICANTS_BALANCING = L(
  'Afvejning (art. 6, stk. 1, litra f): efter afslaget gemmes ansøgningen kun for at kunne dokumentere et sagligt forløb, hvis afslaget påklages (fx forskelsbehandling); det vejer tungere end ansøgerens interesse i sletning i 6 måneder, derefter ikke.',
  "Balancing test (Art. 6(1)(f)): after the rejection the application is kept only to document a fair process if the rejection is challenged (e.g. discrimination); that outweighs the applicant's interest in deletion for 6 months, not longer.",
);

/** Where the statutory RULES come from (docs/legal-sources.md). */
export const RULE_SOURCES: Record<'bookkeeping' | 'workingTime', SourcedStatement> = {
  bookkeeping: {
    statement: RULES.bookkeeping,
    source: checked(
      'Bogføringsloven (LBK nr 648 af 15/06/2006; replaced by LOV nr 700 af 24/05/2022)',
      '§ 10, stk. 1 (2006 act)',
      'consolidated 2006 text read 2026-12-04',
      'Accounting material is kept 5 years from the end of the financial year it concerns. The same period in the 2022 act (§ 12, stk. 1) was not read.',
    ),
  },
  workingTime: {
    statement: RULES.workingTime,
    source: unverified(
      'Arbejdstidsloven (lov om gennemførelse af dele af arbejdstidsdirektivet) as amended from 1 July 2024',
      'records of working time',
      'Five years after the end of the reference period (4 months by default) is taken from the earlier README; the amended act was not read.',
    ),
  },
};

export const RECIPIENTS = {
  taxAuthority: {
    key: 'tax',
    name: L('Skattestyrelsen', 'Danish Tax Agency (Skattestyrelsen)'),
    type: 'publicAuthority',
    category: 'taxAuthority',
    country: 'DK',
  },
  auditor: {
    key: 'auditor',
    name: L('Revisor', 'Auditor'),
    type: 'independentController',
    category: 'auditor',
    country: 'DK',
  },
  pensionFund: {
    key: 'pension',
    name: L('Pensionsselskab', 'Pension fund'),
    type: 'independentController',
    category: 'pensionFund',
    country: 'DK',
  },
  salaryBank: {
    key: 'bank',
    name: L('Bank (lønudbetaling)', 'Bank (salary payments)'),
    type: 'independentController',
    category: 'bank',
    country: 'DK',
  },
  benefitsMunicipality: {
    key: 'municipality',
    name: L('Bopælskommune (sygedagpengerefusion)', 'Home municipality (sickness benefit refunds)'),
    type: 'publicAuthority',
    category: 'municipality',
    country: 'DK',
  },
} satisfies Record<string, RecipientSource>;

/** Deletion routines several templates share. */
export const ROUTINES = {
  /** Goes with RULES.bookkeeping. */
  bookkeeping: L(
    'Slet bilag fra regnskabsår, der sluttede for mere end 5 år siden.',
    'Delete vouchers for financial years that ended more than 5 years ago.',
  ),
};

/** Standard descriptions of the measures most templates use (Art. 32(1)). */
export const MEASURES: Record<string, MeasureSource> = {
  accessControl: {
    measure: 'accessControl',
    description: L(
      'Kun medarbejdere der skal bruge oplysningerne har adgang; rettigheder gennemgås hvert halve år.',
      'Only staff who need the data have access; rights are reviewed every six months.',
    ),
  },
  mfa: {
    measure: 'mfa',
    description: L(
      'To-faktor-login på alle cloudtjenester og e-mail.',
      'Multi-factor authentication on every cloud service and on email.',
    ),
  },
  laptopEncryption: {
    measure: 'laptopEncryption',
    description: L('Fuld diskkryptering på alle bærbare computere.', 'Full-disk encryption on every laptop.'),
  },
  encryptionInTransit: {
    measure: 'encryptionInTransit',
    description: L(
      'Hjemmeside, formularer og systemer bruger kun krypterede forbindelser (HTTPS/TLS).',
      'Website, forms and systems use encrypted connections only (HTTPS/TLS).',
    ),
  },
  encryptedEmail: {
    measure: 'encryptedEmail',
    description: L(
      'Fortrolige og følsomme oplysninger, herunder CPR-numre, sendes kun med krypteret e-mail.',
      'Confidential and sensitive data, including CPR numbers, is sent only by encrypted email.',
    ),
  },
  backup: {
    measure: 'backup',
    description: L(
      'Daglig sikkerhedskopi hos leverandøren; sletning slår igennem i kopierne inden for deres levetid.',
      "Daily backup at the supplier; deletions reach the copies within the backups' lifetime.",
    ),
  },
  screenLock: {
    measure: 'screenLock',
    description: L(
      'Skærmen låses automatisk efter 5 minutter uden brug.',
      'Screens lock automatically after 5 minutes without use.',
    ),
  },
  mobileDeviceManagement: {
    measure: 'mobileDeviceManagement',
    description: L(
      'Telefoner med arbejdsmail har kode og kan fjernslettes ved tab.',
      'Phones with work email have a passcode and can be wiped remotely if lost.',
    ),
  },
  physicalSecurity: {
    measure: 'physicalSecurity',
    description: L(
      'Papirer med personoplysninger opbevares i aflåst skab; kontoret er låst uden for åbningstid.',
      'Paper with personal data is kept in a locked cabinet; the office is locked outside opening hours.',
    ),
  },
  confidentiality: {
    measure: 'confidentiality',
    description: L(
      'Alle med adgang har skrevet under på tavshedspligt.',
      'Everyone with access has signed a confidentiality undertaking.',
    ),
  },
  awarenessTraining: {
    measure: 'awarenessTraining',
    description: L(
      'Årlig gennemgang af regler for databeskyttelse og phishing for alle medarbejdere.',
      'Yearly data protection and phishing training for all staff.',
    ),
  },
  incidentProcedure: {
    measure: 'incidentProcedure',
    description: L(
      'Brud registreres og vurderes straks; anmeldelse til Datatilsynet inden 72 timer når der er en risiko (art. 33).',
      'Breaches are logged and assessed at once; notified to the Danish authority within 72 hours where there is a risk (Art. 33).',
    ),
  },
  processorAudit: {
    measure: 'processorAudit',
    description: L(
      'Databehandlernes revisionserklæringer eller egenkontrol gennemgås en gang om året.',
      "Processors' audit reports or self-assessments are reviewed once a year.",
    ),
  },
  deletionProcedure: {
    measure: 'deletionProcedure',
    description: L(
      'Sletterutinerne i denne fortegnelse køres efter deres interval, og sletninger logges.',
      'The deletion routines in this register run at their cadence and deletions are logged.',
    ),
  },
  offboarding: {
    measure: 'offboarding',
    description: L(
      'Adgange lukkes senest på sidste arbejdsdag.',
      'Access is removed on the last working day at the latest.',
    ),
  },
  secureShredding: {
    measure: 'secureShredding',
    description: L(
      'Papir med personoplysninger makuleres eller bortskaffes i aflåst makuleringscontainer.',
      'Paper with personal data is shredded or put in a locked shredding bin.',
    ),
  },
  logging: {
    measure: 'logging',
    description: L(
      'Adgang til følsomme oplysninger logges, og loggen kontrolleres stikprøvevis.',
      'Access to sensitive data is logged and the log is spot-checked.',
    ),
  },
  patching: {
    measure: 'patching',
    description: L(
      'Styresystemer og programmer opdateres automatisk; kritiske rettelser inden for 14 dage.',
      'Operating systems and software update automatically; critical fixes within 14 days.',
    ),
  },
  antivirus: {
    measure: 'antivirus',
    description: L('Endpoint-beskyttelse på alle computere.', 'Endpoint protection on every computer.'),
  },
  firewall: {
    measure: 'firewall',
    description: L(
      'Firewall foran alle servere; kun nødvendige porte er åbne.',
      'A firewall in front of every server; only the ports needed are open.',
    ),
  },
  restoreTest: {
    measure: 'restoreTest',
    description: L(
      'Gendannelse fra sikkerhedskopi testes hvert kvartal.',
      'Restoring from backup is tested every quarter.',
    ),
  },
  securityPolicy: {
    measure: 'securityPolicy',
    description: L(
      'Skriftlig informationssikkerhedspolitik godkendt af ledelsen og gennemgået årligt.',
      'A written information security policy approved by management and reviewed yearly.',
    ),
  },
  riskAssessment: {
    measure: 'riskAssessment',
    description: L(
      'Risikovurdering af behandlingerne en gang om året og ved nye systemer.',
      'Risk assessment of the processing once a year and for every new system.',
    ),
  },
  pseudonymisation: {
    measure: 'pseudonymisation',
    description: L(
      'Forskningsdata pseudonymiseres; nøglen opbevares adskilt med begrænset adgang.',
      'Research data is pseudonymised; the key is kept apart with restricted access.',
    ),
  },
};

/** The measures picked by id, in the order given. */
export function measures(...ids: string[]): MeasureSource[] {
  return ids.map((id) => {
    const m = MEASURES[id];
    if (!m) throw new Error(`No standard description for measure "${id}"`);
    return m;
  });
}
