// Template: an employer's HR. Employee data rests on the contract and on the employer's legal
// obligations; special-category data (sick leave, trade union) on DBL § 12(1); CPR numbers on
// DBL § 11(2)(1) (payroll and tax reporting are provided by law). Applications are deleted some
// months after a rejection; keeping an unsolicited application longer needs the applicant's
// consent. Working time is recorded and kept as the Working Time Act requires.

import { measures, RECIPIENTS, RULES } from './common.ts';
import { L, type TemplateSource } from './model.ts';

export const TEMPLATE: TemplateSource = {
  id: 'employer',
  prefix: 'hr',
  kind: 'employer',
  title: L('Arbejdsgiver: personaleadministration', 'Employer: HR and payroll'),
  organisation: { role: 'controller', isPublicAuthority: false, dpo: 'none' },
  recipients: [
    {
      key: 'recruiting',
      name: L('Rekrutteringssystem (EU)', 'Recruitment system (EU)'),
      type: 'processor',
      category: 'recruitment',
      country: 'EU',
    },
    {
      key: 'hr',
      name: L('HR-system (EU)', 'HR system (EU)'),
      type: 'processor',
      category: 'hosting',
      country: 'EU',
    },
    {
      key: 'payroll',
      name: L('Lønudbyder (EU)', 'Payroll provider (EU)'),
      type: 'processor',
      category: 'payroll',
      country: 'EU',
    },
    {
      key: 'esign',
      name: L('E-signaturtjeneste (EU)', 'E-signature service (EU)'),
      type: 'processor',
      category: 'eSignature',
      country: 'EU',
    },
    {
      key: 'time',
      name: L('Tidsregistreringssystem (EU)', 'Time recording system (EU)'),
      type: 'processor',
      category: 'hosting',
      country: 'EU',
    },
    {
      key: 'webhost',
      name: L('Webhotel (EU)', 'Web host (EU)'),
      type: 'processor',
      category: 'hosting',
      country: 'EU',
    },
    RECIPIENTS.taxAuthority,
    RECIPIENTS.pensionFund,
    RECIPIENTS.salaryBank,
    RECIPIENTS.benefitsMunicipality,
    {
      key: 'union',
      name: L('Fagforening (kontingenttræk)', 'Trade union (dues deduction)'),
      type: 'independentController',
      country: 'DK',
    },
  ],
  systems: [
    {
      key: 'recruiting',
      name: L('Rekrutteringssystem', 'Recruitment system'),
      type: 'cloud',
      processor: 'recruiting',
      country: 'EU',
    },
    {
      key: 'hr',
      name: L('HR-system med personalemapper', 'HR system with staff files'),
      type: 'cloud',
      processor: 'hr',
      country: 'EU',
    },
    {
      key: 'payroll',
      name: L('Lønsystem', 'Payroll system'),
      type: 'cloud',
      processor: 'payroll',
      country: 'EU',
    },
    { key: 'esign', name: L('E-signatur', 'E-signature'), type: 'cloud', processor: 'esign', country: 'EU' },
    {
      key: 'time',
      name: L('Tidsregistrering', 'Time recording'),
      type: 'cloud',
      processor: 'time',
      country: 'EU',
    },
    {
      key: 'website',
      name: L('Hjemmeside og intranet', 'Website and intranet'),
      type: 'cloud',
      processor: 'webhost',
      country: 'EU',
    },
  ],
  securityMeasures: measures(
    'accessControl',
    'mfa',
    'laptopEncryption',
    'encryptedEmail',
    'backup',
    'logging',
    'awarenessTraining',
    'confidentiality',
    'incidentProcedure',
    'processorAudit',
    'deletionProcedure',
    'offboarding',
  ),
  activities: [
    {
      id: 'hr-act-01',
      name: L('Rekruttering: opslåede stillinger', 'Recruitment: advertised positions'),
      purpose: L(
        'At vurdere ansøgere til en opslået stilling og kunne dokumentere forløbet ved en klage.',
        'To assess applicants for an advertised position and document the process if there is a complaint.',
      ),
      legalBases: ['art6b', 'art6f'],
      legitimateInterestAssessment: L(
        'Afvejning: ansøgninger gemmes efter afslaget for at kunne dokumentere et sagligt forløb ved en klage over forskelsbehandling; kun i 6 måneder.',
        'Balancing test: applications are kept after a rejection to document a fair process if discrimination is alleged; for 6 months only.',
      ),
      dataSource: L(
        'Ansøgeren selv og referencer ansøgeren har oplyst.',
        'The applicant and references the applicant named.',
      ),
      dpiaStatus: 'notNeeded',
      systems: ['recruiting'],
      securityMeasures: ['accessControl', 'mfa'],
      retention: RULES.rejectedApplicants,
      deletionRoutine: L(
        'Slet ansøgere i rekrutteringssystemet og i indbakken, der fik afslag for mere end 6 måneder siden.',
        'Delete applicants rejected more than 6 months ago, in the recruitment system and in the inbox.',
      ),
      routineCadence: 'monthly',
      groups: [
        {
          subjectGroup: 'applicants',
          data: ['name', 'contactDetails', 'cv', 'education', 'employmentHistory'],
        },
      ],
    },
    {
      id: 'hr-act-02',
      name: L('Uopfordrede ansøgninger og kandidatbank', 'Unsolicited applications and talent pool'),
      purpose: L(
        'At gemme ansøgninger til senere stillinger, når ansøgeren har sagt ja til det.',
        'To keep applications for later positions when the applicant has agreed.',
      ),
      legalBases: ['art6a'],
      consentRecord: L(
        'Ansøgeren krydser af i rekrutteringssystemet, at ansøgningen må gemmes i 12 måneder; samtykket trækkes tilbage via linket i kvitteringsmailen eller ved en e-mail til HR.',
        'The applicant ticks a box in the recruitment system to have the application kept for 12 months; consent is withdrawn by the link in the receipt email or by emailing HR.',
      ),
      dataSource: L('Ansøgeren selv.', 'The applicant.'),
      dpiaStatus: 'notNeeded',
      systems: ['recruiting'],
      securityMeasures: ['accessControl', 'mfa'],
      retention: L('12 måneder efter modtagelse', '12 months after receipt'),
      deletionRoutine: L(
        'Slet ansøgninger i kandidatbanken, der er modtaget for mere end 12 måneder siden, og dem hvor samtykket er trukket tilbage.',
        'Delete applications in the talent pool received more than 12 months ago and those whose consent was withdrawn.',
      ),
      routineCadence: 'monthly',
      groups: [{ subjectGroup: 'applicants', data: ['name', 'contactDetails', 'cv', 'education'] }],
    },
    {
      id: 'hr-act-03',
      name: L('Ansættelse og personalemappe', 'Employment and staff files'),
      purpose: L(
        'At indgå og administrere ansættelsesforhold: kontrakt, stilling, uddannelse, medarbejdersamtaler og nærmeste pårørende.',
        'To enter into and manage employment: contract, position, training, appraisals and next of kin.',
      ),
      legalBases: ['art6b', 'art6c', 'art6f'],
      legitimateInterestAssessment: L(
        'Afvejning for pårørende: navn og telefonnummer gemmes, så de kan kontaktes ved ulykke; medarbejderen oplyser dem selv.',
        'Balancing test for next of kin: name and phone are kept so they can be called in an accident; the employee provides them.',
      ),
      dataSource: L('Medarbejderen selv og ledere.', 'The employee and managers.'),
      dpiaStatus: 'notNeeded',
      systems: ['hr', 'esign'],
      securityMeasures: ['accessControl', 'mfa', 'logging', 'confidentiality', 'offboarding'],
      retention: RULES.formerEmployees,
      deletionRoutine: L(
        'Slet personalemapper for medarbejdere, der fratrådte for mere end 5 år siden, medmindre der verserer et krav.',
        'Delete staff files of employees who left more than 5 years ago, unless a claim is pending.',
      ),
      routineCadence: 'halfYearly',
      groups: [
        {
          subjectGroup: 'employees',
          data: [
            'name',
            'address',
            'contactDetails',
            'dateOfBirth',
            'employmentHistory',
            'education',
            'performance',
          ],
        },
        {
          subjectGroup: 'relatives',
          data: ['name', 'phone'],
          retention: L('Slettes straks ved fratrædelse', 'Deleted immediately when the employee leaves'),
        },
      ],
    },
    {
      id: 'hr-act-04',
      name: L('Løn og pension', 'Payroll and pension'),
      purpose: L(
        'At beregne og udbetale løn, indberette skat og indbetale pension og fagforeningskontingent.',
        'To calculate and pay salaries, report tax and pay pension contributions and union dues.',
      ),
      legalBases: ['art6b', 'art6c'],
      art9Conditions: ['dbl12_1'],
      cprBasis: ['dbl11_2_1', 'dbl11_2_3disclosure'],
      dataSource: L(
        'Medarbejderen og Skattestyrelsen (skattekort).',
        'The employee and the Danish Tax Agency (tax card).',
      ),
      dpiaStatus: 'notNeeded',
      systems: ['payroll'],
      securityMeasures: ['accessControl', 'mfa', 'encryptedEmail', 'backup'],
      retention: RULES.bookkeeping,
      deletionRoutine: L(
        'Slet lønbilag fra regnskabsår, der sluttede for mere end 5 år siden.',
        'Delete payroll vouchers for financial years that ended more than 5 years ago.',
      ),
      routineCadence: 'yearly',
      groups: [
        {
          subjectGroup: 'employees',
          data: ['name', 'cprNumber', 'bankAccount', 'taxData', 'salary', 'pension', 'tradeUnion'],
          recipients: ['tax', 'pension', 'bank', 'union'],
        },
      ],
    },
    {
      id: 'hr-act-05',
      name: L('Sygefravær', 'Sick leave'),
      purpose: L(
        'At registrere sygefravær, holde sygefraværssamtaler og søge sygedagpengerefusion.',
        'To record sick leave, hold absence meetings and claim sickness-benefit refunds.',
      ),
      legalBases: ['art6b', 'art6c'],
      art9Conditions: ['art9b', 'dbl12_1'],
      cprBasis: ['dbl11_2_1', 'dbl11_2_3disclosure'],
      dataSource: L('Medarbejderen selv.', 'The employee.'),
      dpiaStatus: 'notNeeded',
      systems: ['hr', 'payroll'],
      securityMeasures: ['accessControl', 'mfa', 'encryptedEmail', 'confidentiality'],
      retention: L('3 år efter fratrædelse', '3 years after the employee leaves'),
      deletionRoutine: L(
        'Slet fraværsoplysninger og samtalenotater for medarbejdere, der fratrådte for mere end 3 år siden.',
        'Delete absence records and meeting notes of employees who left more than 3 years ago.',
      ),
      routineCadence: 'halfYearly',
      improvements: L(
        'Notér aldrig diagnoser, kun fraværsdage og aftaler.',
        'Never note diagnoses, only days of absence and agreements.',
      ),
      groups: [
        {
          subjectGroup: 'employees',
          data: ['name', 'cprNumber', 'workingHours', 'health'],
          recipients: ['municipality'],
        },
      ],
    },
    {
      id: 'hr-act-06',
      name: L('Registrering af arbejdstid', 'Working time records'),
      purpose: L(
        'At registrere den daglige arbejdstid, som arbejdstidsloven kræver, og give medarbejderen adgang til egne registreringer.',
        'To record daily working time as the Working Time Act requires and give each employee access to their records.',
      ),
      legalBases: ['art6c'],
      dataSource: L('Medarbejderen selv.', 'The employee.'),
      dpiaStatus: 'notNeeded',
      systems: ['time'],
      securityMeasures: ['accessControl', 'mfa'],
      retention: RULES.workingTime,
      deletionRoutine: L(
        'Slet registreringer ældre end 5 år og 4 måneder.',
        'Delete records older than 5 years and 4 months.',
      ),
      routineCadence: 'quarterly',
      groups: [{ subjectGroup: 'employees', data: ['name', 'workingHours'] }],
    },
    {
      id: 'hr-act-07',
      name: L('Medarbejderfotos', 'Staff photos'),
      purpose: L(
        'At vise medarbejdere med foto på intranettet og, med samtykke, på hjemmesiden.',
        'To show staff with a photo on the intranet and, with consent, on the website.',
      ),
      legalBases: ['art6a', 'art6f'],
      consentRecord: L(
        'Samtykke til foto på hjemmesiden gives skriftligt i HR-systemet og kan trækkes tilbage til HR; fotoet fjernes inden for en uge.',
        'Consent to a photo on the website is given in writing in the HR system and can be withdrawn with HR; the photo is removed within a week.',
      ),
      legitimateInterestAssessment: L(
        'Afvejning for intranettet: kolleger skal kunne genkende hinanden; kun portrætfoto, intet offentligt.',
        'Balancing test for the intranet: colleagues need to recognise each other; portrait only, nothing public.',
      ),
      dataSource: L('Medarbejderen selv.', 'The employee.'),
      dpiaStatus: 'notNeeded',
      systems: ['website', 'hr'],
      securityMeasures: ['accessControl'],
      retention: L('Slettes straks ved fratrædelse', 'Deleted immediately when the employee leaves'),
      deletionRoutine: L(
        'Fjern fotos af fratrådte og af medarbejdere, der har trukket samtykket tilbage.',
        'Remove photos of staff who left and of staff who withdrew consent.',
      ),
      routineCadence: 'monthly',
      groups: [{ subjectGroup: 'employees', data: ['name', 'photo'] }],
    },
    {
      id: 'hr-act-08',
      name: L('Tidligere medarbejdere', 'Former employees'),
      purpose: L(
        'At kunne dokumentere ansættelsen ved krav og udstede udtalelser, når den tidligere medarbejder beder om det.',
        'To document the employment if a claim is made and to give references when the former employee asks.',
      ),
      legalBases: ['art6c', 'art6f'],
      legitimateInterestAssessment: L(
        'Afvejning: oplysninger om ansættelsen kan få betydning for krav, indtil de er forældede; kun det nødvendige bevares.',
        'Balancing test: employment details can matter for claims until they are time-barred; only what is needed is kept.',
      ),
      dataSource: L('Personalemappen.', 'The staff file.'),
      dpiaStatus: 'notNeeded',
      systems: ['hr'],
      securityMeasures: ['accessControl', 'logging'],
      retention: RULES.formerEmployees,
      deletionRoutine: L(
        'Slet personalemapper for dem, der fratrådte for mere end 5 år siden; tilbagehold ved verserende krav.',
        'Delete the files of those who left more than 5 years ago; hold them while a claim is pending.',
      ),
      routineCadence: 'halfYearly',
      groups: [
        { subjectGroup: 'formerEmployees', data: ['name', 'contactDetails', 'employmentHistory', 'salary'] },
      ],
    },
  ],
};
