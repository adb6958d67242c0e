// Template: a public school (folkeskole) or educational institution. For a folkeskole the
// municipality is the controller, not the school. It is a public authority: its tasks rest
// on Art. 6(1)(e) (and (c) where a law imposes a duty), never on legitimate interests; CPR
// numbers on DBL § 11(1); special categories on Art. 9(2)(g) with DBL § 7(4), which needs no
// permission for a public authority. It must designate a DPO (Art. 37(1)(a)). Where consent is
// used (photos), a parent consents for a child under 15: that age is Datatilsynet's practice for
// consent in general, not DBL § 6, which covers only information-society services offered directly
// to children. A US office suite for pupils needs a DPIA and, after Datatilsynet's Chromebook
// decision of 30 January 2024, no disclosure to the supplier for its own purposes without a legal
// basis. Records that are archival material may
// be deleted only under the archive rules, so several rules here are reviewed case by case.

import { checked, unverified } from '../shared/vocabularies/sources.ts';
import { measures, RECIPIENTS, RULES } from './common.ts';
import { L, type TemplateSource } from './model.ts';
import { WORKPLACE_RECIPIENTS, WORKPLACE_SYSTEMS, whistleblowerActivity } from './workplace.ts';

const ARCHIVE_REVIEW = L(
  'Efter konkret vurdering efter arkivlovens regler om bevaring og kassation',
  'Case-by-case assessment under the archive rules on preservation and disposal',
);

export const TEMPLATE: TemplateSource = {
  id: 'school',
  prefix: 'school',
  kind: 'publicSector',
  title: L(
    'Folkeskole eller uddannelsesinstitution (offentlig myndighed; for en folkeskole er kommunen dataansvarlig)',
    'Public school or educational institution (public authority; for a folkeskole the municipality is the controller)',
  ),
  organisation: { role: 'controller', isPublicAuthority: true, dpo: 'fillIn' },
  recipients: [
    {
      key: 'admin',
      name: L('Elevadministrationssystem (EU)', 'Student administration system (EU)'),
      type: 'processor',
      category: 'hosting',
      country: 'EU',
    },
    {
      key: 'platform',
      name: L('Læringsplatform (EU)', 'Learning platform (EU)'),
      type: 'processor',
      category: 'hosting',
      country: 'EU',
    },
    {
      key: 'suite',
      name: L(
        'Kontorpakke til elever og ansatte (USA; DPF-certificeret)',
        'Office suite for pupils and staff (USA; DPF-certified)',
      ),
      type: 'processor',
      category: 'cloudSuite',
      country: 'US',
      transferMechanism: 'dpf',
    },
    {
      key: 'messaging',
      name: L('Skole-hjem-platform (EU)', 'School-home messaging platform (EU)'),
      type: 'processor',
      category: 'hosting',
      country: 'EU',
    },
    {
      key: 'payroll',
      name: L('Lønsystem (EU)', 'Payroll system (EU)'),
      type: 'processor',
      category: 'payroll',
      country: 'EU',
    },
    {
      key: 'ministry',
      name: L(
        'Ministeriets styrelse (indberetninger og prøver)',
        "The ministry's agency (reporting and exams)",
      ),
      type: 'publicAuthority',
      country: 'DK',
    },
    {
      key: 'ppr',
      name: L('Pædagogisk psykologisk rådgivning (PPR)', 'Educational psychology service (PPR)'),
      type: 'internal',
      category: 'internalDepartment',
      country: 'DK',
    },
    {
      key: 'family',
      name: L(
        'Kommunens børne- og familieafdeling (underretninger)',
        "The municipality's children and family services (notifications)",
      ),
      type: 'publicAuthority',
      category: 'municipality',
      country: 'DK',
    },
    {
      key: 'police',
      name: L('Rigspolitiet (børneattester)', 'Danish National Police (child-protection certificates)'),
      type: 'publicAuthority',
      category: 'courts',
      country: 'DK',
    },
    {
      key: 'tax',
      name: L('Skattestyrelsen', 'Danish Tax Agency (Skattestyrelsen)'),
      type: 'publicAuthority',
      category: 'taxAuthority',
      country: 'DK',
    },
    RECIPIENTS.pensionFund,
    {
      key: 'university',
      name: L('Forskningspartner (universitet)', 'Research partner (university)'),
      type: 'independentController',
      country: 'DK',
    },
    WORKPLACE_RECIPIENTS.whistleblowerPlatform,
  ],
  systems: [
    {
      key: 'admin',
      name: L('Elevadministration', 'Student administration'),
      type: 'cloud',
      processor: 'admin',
      country: 'EU',
    },
    {
      key: 'platform',
      name: L('Læringsplatform', 'Learning platform'),
      type: 'cloud',
      processor: 'platform',
      country: 'EU',
    },
    {
      key: 'suite',
      name: L('Kontorpakke', 'Office suite'),
      type: 'cloud',
      processor: 'suite',
      country: 'US',
    },
    {
      key: 'messaging',
      name: L('Skole-hjem-platform', 'School-home messaging'),
      type: 'cloud',
      processor: 'messaging',
      country: 'EU',
    },
    {
      key: 'payroll',
      name: L('Lønsystem', 'Payroll system'),
      type: 'cloud',
      processor: 'payroll',
      country: 'EU',
    },
    {
      key: 'records',
      name: L('Elektronisk sags- og dokumenthåndtering (ESDH)', 'Electronic case and records management'),
      type: 'onPremises',
      country: 'DK',
      notes: L(
        'Journalisering efter offentlighedslovens § 15.',
        'Case records kept as the Access to Public Administration Files Act § 15 requires.',
      ),
    },
    {
      key: 'research',
      name: L('Aflåst forskningsdrev', 'Locked research drive'),
      type: 'sharedDrive',
      country: 'DK',
      notes: L('Pseudonymiserede data; nøglen ligger adskilt.', 'Pseudonymised data; the key is kept apart.'),
    },
    WORKPLACE_SYSTEMS.whistleblowerPlatform,
  ],
  securityMeasures: measures(
    'accessControl',
    'mfa',
    'laptopEncryption',
    'encryptedEmail',
    'logging',
    'backup',
    'screenLock',
    'awarenessTraining',
    'confidentiality',
    'incidentProcedure',
    'processorAudit',
    'securityPolicy',
    'riskAssessment',
    'pseudonymisation',
    'offboarding',
    'deletionProcedure',
  ),
  activities: [
    {
      id: 'school-act-01',
      name: L('Indskrivning og elevadministration', 'Enrolment and student administration'),
      purpose: L(
        'At indskrive elever, føre elevregister, klasser og fravær og indberette til ministeriet.',
        'To enrol pupils, keep the register of pupils, classes and absence, and report to the ministry.',
      ),
      legalBases: ['art6e', 'art6c'],
      cprBasis: ['dbl11_1'],
      dataSource: L(
        'Forældre, eleven og den tidligere skole.',
        'Parents, the pupil and the previous school.',
      ),
      dpiaStatus: 'notNeeded',
      systems: ['admin', 'records'],
      securityMeasures: ['accessControl', 'mfa', 'logging', 'backup'],
      retention: ARCHIVE_REVIEW,
      deletionRoutine: L(
        'Gennemgå udmeldte elever efter arkivets bevarings- og kassationsregler; kassér det, der må kasseres.',
        "Review pupils who have left under the archive's preservation and disposal rules; dispose of what may be disposed of.",
      ),
      routineCadence: 'yearly',
      groups: [
        {
          subjectGroup: 'pupils',
          data: ['name', 'cprNumber', 'address', 'dateOfBirth', 'workingHours'],
          recipients: ['ministry'],
        },
        { subjectGroup: 'parents', data: ['name', 'contactDetails', 'familyRelations'] },
      ],
    },
    {
      id: 'school-act-02',
      name: L('Undervisning og elevplaner', 'Teaching and learning plans'),
      purpose: L(
        'At tilrettelægge undervisning, give feedback og føre elevplaner.',
        'To plan teaching, give feedback and keep learning plans.',
      ),
      legalBases: ['art6e'],
      dataSource: L('Lærere og eleven selv.', 'Teachers and the pupil.'),
      dpiaStatus: 'needed',
      systems: ['platform', 'suite'],
      improvements: L(
        'Kontorpakken fra en amerikansk leverandør kræver en konsekvensanalyse, og leverandørens behandling af elevernes oplysninger til egne formål skal være slået fra, medmindre der er lovhjemmel til videregivelsen (Datatilsynets afgørelse af 30.01.2024 i Chromebook-sagen, j.nr. 2023-431-0001).',
        "The office suite from a US supplier needs a DPIA, and the supplier's processing of pupils' data for its own purposes must be switched off unless a legal basis for that disclosure exists (Datatilsynet's Chromebook decision of 30 January 2024, case 2023-431-0001).",
      ),
      sources: [
        {
          statement: L(
            'Videregivelse af elevers oplysninger til leverandørens egne formål kræver hjemmel',
            "Disclosing pupils' data for the supplier's own purposes needs a legal basis",
          ),
          source: checked(
            'Datatilsynet, afgørelse af 30.01.2024 (Chromebook-sagen), j.nr. 2023-431-0001',
            'order to the 53 municipalities',
            'decision published 30 January 2024',
            'No legal basis for disclosing personal data to Google for all the purposes it was disclosed for; the municipalities were ordered to bring the processing into line.',
          ),
        },
      ],
      securityMeasures: ['accessControl', 'mfa', 'processorAudit'],
      retention: L('1 år efter udmeldelse', '1 year after the end of enrolment'),
      deletionRoutine: L(
        'Luk konti og slet opgaver og feedback for elever, der blev udmeldt for mere end 1 år siden; elevplaner journaliseres først, hvis de skal bevares.',
        'Close accounts and delete assignments and feedback of pupils who left more than a year ago; learning plans to be preserved are filed first.',
      ),
      routineCadence: 'yearly',
      groups: [
        { subjectGroup: 'pupils', data: ['name', 'email', 'grades', 'usageData'] },
        { subjectGroup: 'employees', data: ['name', 'email'] },
      ],
    },
    {
      id: 'school-act-03',
      name: L('Prøver og eksamen', 'Tests and exams'),
      purpose: L(
        'At afholde prøver, bedømme besvarelser og behandle klager over bedømmelsen.',
        'To hold exams, assess the answers and handle complaints about the assessment.',
      ),
      legalBases: ['art6e', 'art6c'],
      cprBasis: ['dbl11_1'],
      dataSource: L('Eleven, lærere og censorer.', 'The pupil, teachers and external examiners.'),
      dpiaStatus: 'notNeeded',
      systems: ['platform', 'admin'],
      securityMeasures: ['accessControl', 'mfa', 'logging'],
      retention: L('Indtil en eventuel klagesag er afgjort', 'Until any complaint is resolved'),
      deletionRoutine: L(
        'Slet besvarelser og bedømmelsesnotater fra prøveterminer, hvor klagefristen er udløbet og ingen klage verserer. Karakterer bevares i elevadministrationen.',
        'Delete answers and assessment notes from exam terms whose complaint deadline has passed with no complaint pending. Grades stay in student administration.',
      ),
      routineCadence: 'halfYearly',
      groups: [
        {
          subjectGroup: 'pupils',
          data: ['name', 'cprNumber', 'grades', 'caseNotes'],
          recipients: ['ministry'],
        },
      ],
    },
    {
      id: 'school-act-04',
      name: L('Specialpædagogisk støtte og trivsel', 'Special needs support and wellbeing'),
      purpose: L(
        'At vurdere og give specialpædagogisk støtte og at underrette kommunen, når loven kræver det.',
        'To assess and give special needs support and to notify the municipality where the law requires it.',
      ),
      legalBases: ['art6e', 'art6c'],
      art9Conditions: ['art9g', 'dbl7_4'],
      cprBasis: ['dbl11_1'],
      dataSource: L(
        'Forældre, lærere, PPR og eleven selv.',
        'Parents, teachers, the psychology service and the pupil.',
      ),
      dpiaStatus: 'needed',
      systems: ['records', 'messaging'],
      securityMeasures: ['accessControl', 'mfa', 'encryptedEmail', 'logging', 'confidentiality'],
      retention: ARCHIVE_REVIEW,
      deletionRoutine: L(
        'Gennemgå afsluttede støttesager efter arkivets bevarings- og kassationsregler.',
        "Review closed support cases under the archive's preservation and disposal rules.",
      ),
      routineCadence: 'yearly',
      groups: [
        {
          subjectGroup: 'pupils',
          data: ['name', 'cprNumber', 'health', 'caseNotes', 'familyRelations'],
          recipients: ['ppr', 'family'],
        },
        { subjectGroup: 'parents', data: ['name', 'contactDetails', 'correspondence'], recipients: ['ppr'] },
      ],
    },
    {
      id: 'school-act-05',
      name: L('Skole-hjem-samarbejde', 'Communication with parents'),
      purpose: L(
        'At kommunikere med forældre og elever om skolegang, fravær og arrangementer.',
        'To communicate with parents and pupils about schooling, absence and events.',
      ),
      legalBases: ['art6e'],
      dataSource: L('Forældre, elever og ansatte.', 'Parents, pupils and staff.'),
      dpiaStatus: 'notNeeded',
      systems: ['messaging'],
      securityMeasures: ['accessControl', 'mfa'],
      retention: L('1 år efter udmeldelse', '1 year after the end of enrolment'),
      deletionRoutine: L(
        'Beskeder med betydning for en sag journaliseres i ESDH; resten slettes 1 år efter elevens udmeldelse.',
        'Messages that matter to a case are filed in the records system; the rest is deleted a year after the pupil leaves.',
      ),
      routineCadence: 'yearly',
      groups: [
        { subjectGroup: 'parents', data: ['name', 'contactDetails', 'correspondence'] },
        { subjectGroup: 'pupils', data: ['name', 'correspondence'] },
      ],
    },
    {
      id: 'school-act-06',
      name: L(
        'Fotos og video af elever på hjemmeside og sociale medier',
        'Photos and video of pupils on the website and social media',
      ),
      purpose: L(
        'At vise skolens hverdag med billeder af elever, kun med samtykke.',
        "To show the school's daily life with pictures of pupils, only with consent.",
      ),
      legalBases: ['art6a'],
      consentRecord: L(
        'Under 15 år giver forældremyndighedens indehaver samtykket, fra 15 år eleven selv (Datatilsynets praksis; DBL § 6 gælder kun informationssamfundstjenester); samtykket indhentes og trækkes tilbage på skole-hjem-platformen, og billedet fjernes senest en uge efter tilbagetrækning.',
        "Below 15 the holder of parental responsibility consents, from 15 the pupil (Datatilsynet's practice; DBL § 6 covers only information-society services); consent is given and withdrawn on the school-home platform, and the picture is removed within a week of withdrawal.",
      ),
      sources: [
        {
          statement: L(
            'Fra 15 år kan en elev normalt selv give samtykke (Datatilsynets praksis)',
            "From 15 a pupil can normally consent alone (Datatilsynet's practice)",
          ),
          source: unverified(
            'Datatilsynet, guidance on consent from children',
            'age of consent outside information-society services',
            "The 15-year practice could not be found in Datatilsynet's own text. Datatilsynet's news of 25 August 2022 says schools may take pictures for a legitimate purpose without consent and does not recommend consent as the basis; publication is assessed picture by picture.",
          ),
        },
        {
          statement: L(
            'DBL § 6 sætter alderen 15 år kun for informationssamfundstjenester',
            'DBL § 6 sets the age of 15 only for information-society services',
          ),
          source: checked(
            'Databeskyttelsesloven (LOV nr 502 af 23/05/2018 as amended)',
            '§ 6, stk. 2',
            'as amended with effect from 1 January 2024 (13 → 15 years)',
          ),
        },
      ],
      dataSource: L('Skolens ansatte tager billederne.', 'School staff take the pictures.'),
      dpiaStatus: 'notNeeded',
      systems: ['messaging', 'suite'],
      securityMeasures: ['accessControl', 'mfa'],
      retention: L('Slettes straks ved udmeldelse', 'Deleted immediately at the end of enrolment'),
      deletionRoutine: L(
        'Fjern billeder af udmeldte elever og elever, hvis samtykke er trukket tilbage.',
        'Remove pictures of pupils who have left and of pupils whose consent was withdrawn.',
      ),
      routineCadence: 'monthly',
      groups: [{ subjectGroup: 'pupils', data: ['name', 'photo'] }],
    },
    {
      id: 'school-act-07',
      name: L('Personaleadministration og løn', 'Staff administration and payroll'),
      purpose: L(
        'At ansætte og lønne personale, registrere fravær og indhente børneattest, som loven kræver for ansatte, der arbejder med børn under 15.',
        'To employ and pay staff, record absence and obtain the child-protection certificates the law requires for staff working with children under 15.',
      ),
      legalBases: ['art6b', 'art6c', 'art6e'],
      art9Conditions: ['art9b', 'dbl12_1'],
      art10Basis: ['dbl8_1'],
      cprBasis: ['dbl11_1'],
      dataSource: L(
        'Medarbejderen, Skattestyrelsen og Rigspolitiet.',
        'The employee, the Danish Tax Agency and the Danish National Police.',
      ),
      dpiaStatus: 'notNeeded',
      systems: ['payroll', 'records'],
      securityMeasures: ['accessControl', 'mfa', 'encryptedEmail', 'logging', 'offboarding'],
      retention: RULES.formerEmployees,
      deletionRoutine: L(
        'Gennemgå personalesager for fratrådte efter 5 år efter arkivets regler; slet modtagne børneattester, når resultatet er noteret.',
        "Review the files of staff who left 5 years ago under the archive's rules; delete received certificates once the outcome is noted.",
      ),
      routineCadence: 'yearly',
      groups: [
        {
          subjectGroup: 'employees',
          data: [
            'name',
            'address',
            'cprNumber',
            'salary',
            'bankAccount',
            'taxData',
            'pension',
            'workingHours',
            'health',
          ],
          recipients: ['tax', 'pension'],
        },
        {
          subjectGroup: 'employees',
          data: ['name', 'cprNumber', 'childProtectionCertificate'],
          recipients: ['police'],
          viaSystems: false,
          retention: RULES.certificates,
        },
      ],
    },
    {
      id: 'school-act-08',
      name: L('Forskningsprojekter', 'Research projects'),
      purpose: L(
        'At deltage i forskningsprojekter om læring og trivsel, hvor data om elever kan omfatte helbred.',
        'To take part in research projects on learning and wellbeing, where data about pupils can include health.',
      ),
      legalBases: ['art6e'],
      art9Conditions: ['art9j', 'dbl10'],
      cprBasis: ['dbl11_1'],
      dataSource: L('Elever, forældre og skolens registre.', "Pupils, parents and the school's records."),
      dpiaStatus: 'needed',
      systems: ['research'],
      securityMeasures: ['accessControl', 'pseudonymisation', 'logging', 'encryptedEmail'],
      retention: RULES.caseByCase,
      deletionRoutine: L(
        'Ved projektets afslutning: slet eller anonymisér data efter protokollen, og slet nøglen.',
        'When a project ends: delete or anonymise the data as the protocol says, and delete the key.',
      ),
      routineCadence: 'yearly',
      groups: [
        {
          subjectGroup: 'researchParticipants',
          data: ['name', 'cprNumber', 'grades', 'health'],
          recipients: ['university'],
        },
        { subjectGroup: 'parents', data: ['name', 'contactDetails'] },
      ],
    },
    whistleblowerActivity('school-act-09', true, ['accessControl', 'logging', 'confidentiality']),
  ],
};
