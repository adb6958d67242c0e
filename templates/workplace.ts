// Activities every sizeable workplace may have, written once for the templates that apply:
// the internal whistleblower scheme (whistleblowerloven § 9: employers with 50 or more employees),
// CCTV (tv-overvågningsloven with the GDPR), employee IT monitoring and GPS in company vehicles,
// and criminal-record and child-protection certificates for employees. Each states its law with
// its source; what could not be read is marked unverified (docs/legal-sources.md, "Not verified").

import { checked, DBL, GDPR, unverified } from '../shared/vocabularies/sources.ts';
import { CITED, RULES } from './common.ts';
import { type ActivitySource, L, type RecipientSource, type SystemSource } from './model.ts';

const READ = 'consolidated text read 2026-12-04';

export const WORKPLACE_RECIPIENTS = {
  whistleblowerPlatform: {
    key: 'whistle',
    name: L('Whistleblowerplatform (EU)', 'Whistleblower platform (EU)'),
    type: 'processor',
    category: 'hosting',
    country: 'EU',
  },
  police: {
    key: 'policeCctv',
    name: L('Politiet (ved anmeldelse)', 'The police (when a crime is reported)'),
    type: 'publicAuthority',
    category: 'courts',
    country: 'DK',
  },
} satisfies Record<string, RecipientSource>;

export const WORKPLACE_SYSTEMS = {
  whistleblowerPlatform: {
    key: 'whistleSystem',
    name: L('Whistleblowerordning', 'Whistleblower scheme'),
    type: 'cloud',
    processor: 'whistle',
    country: 'EU',
  },
  cctv: {
    key: 'cctvSystem',
    name: L('Tv-overvågning (optager)', 'CCTV recorder'),
    type: 'onPremises',
    country: 'DK',
  },
  itAdmin: {
    key: 'itAdminSystem',
    name: L('It-administration og logning', 'IT administration and logging'),
    type: 'onPremises',
    country: 'DK',
  },
  fleet: {
    key: 'fleetSystem',
    name: L('Flådestyring (GPS)', 'Fleet management (GPS)'),
    type: 'other',
    country: 'DK',
  },
} satisfies Record<string, SystemSource>;

const WHISTLEBLOWER_ACT = 'Whistleblowerloven (LOV nr 1436 af 29/06/2021)';

/** The internal whistleblower scheme; a public authority's criminal-data ground is DBL § 8(1). */
export function whistleblowerActivity(id: string, isPublic: boolean, measures: string[]): ActivitySource {
  return {
    id,
    name: L('Whistleblowerordning', 'Whistleblower scheme'),
    purpose: L(
      'At modtage og følge op på indberetninger om alvorlige lovovertrædelser og andre alvorlige forhold (whistleblowerloven; pligt ved 50 eller flere ansatte).',
      'To receive and follow up on reports of serious breaches of law and other serious matters (whistleblowerloven; required at 50 or more employees).',
    ),
    legalBases: ['art6c'],
    art10Basis: [isPublic ? 'dbl8_1' : 'dbl8_3interest'],
    dataSource: L('Whistlebloweren og sagens oplysninger.', 'The whistleblower and the case.'),
    dpiaStatus: 'needed',
    systems: ['whistleSystem'],
    securityMeasures: measures,
    retention: L('2 år efter sagens afslutning', '2 years after the case is closed'),
    routineCadence: 'quarterly',
    deletionRoutine: L(
      'Slet indberetninger og sager, der blev afsluttet for mere end 2 år siden, medmindre en retssag verserer.',
      'Delete reports and cases closed more than 2 years ago unless court proceedings are pending.',
    ),
    groups: [{ subjectGroup: 'employees', data: ['name', 'contactDetails', 'correspondence', 'offences'] }],
    sources: [
      {
        statement: L(
          'Arbejdsgivere med 50 eller flere ansatte skal have en intern whistleblowerordning',
          'Employers with 50 or more employees must have an internal whistleblower scheme',
        ),
        source: checked(WHISTLEBLOWER_ACT, '§ 9, stk. 1', 'text read 2026-12-04'),
      },
      {
        statement: L(
          'Loven giver selvstændig hjemmel til at behandle oplysninger i indberetninger, også om strafbare forhold',
          'The act itself provides a basis for processing data in reports, including criminal-offence data',
        ),
        source: unverified(
          WHISTLEBLOWER_ACT,
          '§ 22',
          'The processing provision was not read; the template relies on DBL § 8 instead. Retention (2 years after closing) is the template’s choice, not statute.',
        ),
      },
    ],
  };
}

/** CCTV of the premises (private bodies: tv-overvågningsloven limits where, and requires signs). */
export function cctvActivity(id: string, measures: string[]): ActivitySource {
  return {
    id,
    name: L('Tv-overvågning', 'CCTV'),
    purpose: L(
      'At forebygge og opklare tyveri og hærværk på egne lokaler og indgange, med skiltning.',
      'To prevent and investigate theft and vandalism on our own premises and entrances, with signs.',
    ),
    legalBases: ['art6f'],
    legitimateInterestAssessment: L(
      'Afvejning: kameraer dækker kun indgange, lager og kasse, ikke pauserum eller arbejdspladser; optagelser ses kun ved en hændelse; medarbejdere og besøgende informeres ved skilte.',
      'Balancing test: cameras cover only entrances, stock and tills, not break rooms or workstations; footage is viewed only after an incident; staff and visitors are told by signs.',
    ),
    dataSource: L('Kameraerne.', 'The cameras.'),
    dpiaStatus: 'needed',
    systems: ['cctvSystem'],
    securityMeasures: measures,
    retention: L('30 dage efter optagelsen', '30 days after recording'),
    routineCadence: 'monthly',
    deletionRoutine: L(
      'Kontrollér at optageren overskriver efter 30 dage; gem kun udsnit, der er udleveret til politiet.',
      'Check that the recorder overwrites after 30 days; keep only clips handed to the police.',
    ),
    groups: [
      { subjectGroup: 'employees', data: ['cctv'], recipients: ['policeCctv'] },
      { subjectGroup: 'guests', data: ['cctv'], recipients: ['policeCctv'] },
    ],
    sources: [
      {
        statement: L(
          'Private må tv-overvåge egne lokaler og indgange, men skal skilte med overvågningen',
          'Private bodies may film their own premises and entrances but must put up signs',
        ),
        source: unverified(
          'Tv-overvågningsloven (LBK nr 1190 af 11/10/2007 as amended)',
          '§ 1–3',
          "Summarised from Datatilsynet's guidance page on CCTV; the act's text was not read.",
        ),
      },
      {
        statement: L('Optagelser slettes senest efter 30 dage', 'Recordings are deleted within 30 days'),
        source: unverified(
          'Tv-overvågningsloven / databeskyttelsesloven',
          '30-day deletion rule',
          'The provision fixing 30 days for private CCTV could not be found in the texts searched.',
        ),
      },
    ],
  };
}

/** Monitoring of employees' IT use and of company vehicles by GPS, each on a balancing test. */
export function monitoringActivities(ids: [string, string], measures: string[]): ActivitySource[] {
  const notice = unverified(
    'Kontrolaftalen (DA/LO, 1 January 2007) and EDPB/WP29 Opinion 2/2017 on data processing at work',
    'notice before control measures',
    'Employees must be told in advance about control measures; the agreement and the opinion were not read.',
  );
  return [
    {
      id: ids[0],
      name: L('Kontrol af medarbejdernes it-brug', "Monitoring of employees' IT use"),
      purpose: L(
        'At beskytte systemer og data mod misbrug og angreb gennem logning af login, netværk og e-mail-trafik.',
        'To protect systems and data from misuse and attack by logging sign-ins, network and email traffic.',
      ),
      legalBases: ['art6f'],
      legitimateInterestAssessment: L(
        'Afvejning: kun logdata, ikke indholdet af e-mails; opslag kun ved mistanke om sikkerhedshændelse; medarbejderne er informeret på forhånd i it-politikken.',
        'Balancing test: log data only, not the content of emails; looked at only when a security incident is suspected; staff are told in advance in the IT policy.',
      ),
      dataSource: L('Systemernes logfiler.', "The systems' log files."),
      dpiaStatus: 'needed',
      systems: ['itAdminSystem'],
      securityMeasures: measures,
      retention: L('6 måneder efter indsamling', '6 months after collection'),
      routineCadence: 'monthly',
      deletionRoutine: L(
        'Kontrollér at logfiler ældre end 6 måneder slettes.',
        'Check that logs older than 6 months are deleted.',
      ),
      groups: [{ subjectGroup: 'employees', data: ['usageData', 'onlineIdentifiers'] }],
      sources: [
        {
          statement: L('Medarbejdere informeres før kontrol', 'Employees are told before control measures'),
          source: notice,
        },
      ],
    },
    {
      id: ids[1],
      name: L('GPS i firmabiler', 'GPS in company vehicles'),
      purpose: L(
        'At planlægge kørsel og dokumentere kørte kilometer i firmabiler.',
        'To plan routes and document mileage in company vehicles.',
      ),
      legalBases: ['art6f'],
      legitimateInterestAssessment: L(
        'Afvejning: kun i arbejdstiden og kun i firmabiler; privat kørsel kan slås fra; ingen løbende overvågning af den enkelte.',
        'Balancing test: during working hours and in company vehicles only; private trips can be switched off; no live monitoring of individuals.',
      ),
      dataSource: L('GPS-enheden i bilen.', 'The GPS unit in the vehicle.'),
      dpiaStatus: 'needed',
      systems: ['fleetSystem'],
      securityMeasures: measures,
      retention: L('3 måneder efter indsamling', '3 months after collection'),
      routineCadence: 'monthly',
      deletionRoutine: L(
        'Slet positionsdata ældre end 3 måneder.',
        'Delete location data older than 3 months.',
      ),
      groups: [{ subjectGroup: 'employees', data: ['name', 'location'] }],
      sources: [
        {
          statement: L('Medarbejdere informeres før kontrol', 'Employees are told before control measures'),
          source: notice,
        },
      ],
    },
  ];
}

/** Criminal-record and child-protection certificates for employees: the police are the source. */
export function certificateActivity(id: string, measures: string[]): ActivitySource {
  return {
    id,
    name: L(
      'Straffeattest og børneattest for medarbejdere',
      'Criminal-record and child-protection certificates for staff',
    ),
    purpose: L(
      'At indhente børneattest, hvor loven kræver det (arbejde med børn under 15), og straffeattest til betroede stillinger, og kun notere resultatet.',
      'To obtain a child-protection certificate where the law requires one (work with children under 15) and a criminal-record certificate for positions of trust, noting only the outcome.',
    ),
    legalBases: ['art6c', 'art6f'],
    legitimateInterestAssessment: L(
      'Afvejning: straffeattest kun til stillinger med adgang til penge, værdier eller fortrolige data; interessen er klart overvejende (DBL § 8, stk. 3), og kun resultatet gemmes.',
      'Balancing test: criminal-record certificates only for positions with access to money, valuables or confidential data; the interest clearly overrides (DBL § 8(3)), and only the outcome is kept.',
    ),
    art10Basis: ['dbl8_3interest'],
    dataSource: L(
      'Rigspolitiet udsteder attesterne (kilden); medarbejderen bestiller straffeattesten selv.',
      'The Danish National Police issue the certificates (the source); the employee orders the criminal-record certificate.',
    ),
    dpiaStatus: 'notNeeded',
    systems: ['hr'],
    securityMeasures: measures,
    retention: RULES.certificates,
    routineCadence: 'weekly',
    deletionRoutine: L(
      'Slet modtagne attester samme dag, når resultatet er noteret i personalemappen.',
      'Delete received certificates the same day, once the outcome is noted in the staff file.',
    ),
    groups: [
      {
        subjectGroup: 'employees',
        data: ['name', 'criminalRecord', 'childProtectionCertificate'],
        viaSystems: false,
      },
    ],
    sources: [
      {
        statement: L(
          'En privat arbejdsgiver kan behandle oplysninger om strafbare forhold, når interessen klart overstiger den registreredes',
          "A private employer may process criminal-offence data where its interest clearly overrides the data subject's",
        ),
        source: checked(DBL, '§ 8, stk. 3, 2. pkt.', READ),
      },
      {
        statement: L(
          'Børneattest er påkrævet ved ansættelse til arbejde med børn under 15 år',
          'A child-protection certificate is required when hiring for work with children under 15',
        ),
        source: unverified(
          'Bekendtgørelse om indhentelse af børneattest',
          '§ 1',
          'The executive order was not read; the duty is summarised from general knowledge.',
        ),
      },
      CITED.childCertificate,
    ],
  };
}

/** What a case file (a request's, a breach's) holds on each group: name, contact details, letters. */
function caseFileGroups(subjectGroups: string[]): ActivitySource['groups'] {
  return subjectGroups.map((subjectGroup) => ({
    subjectGroup,
    data: ['name', 'contactDetails', 'correspondence'],
  }));
}

/** Handling data-subject requests (access, erasure and the other rights, Arts. 15-21): the case
 * file of each request, answered within one month (Art. 12(3)); the Requests sheet is its log. */
export function requestHandlingActivity(
  id: string,
  subjectGroups: string[],
  systems: string[],
  measures: string[],
): ActivitySource {
  return {
    id,
    name: L('Anmodninger fra registrerede', 'Data-subject requests'),
    purpose: L(
      'At besvare anmodninger om indsigt, berigtigelse, sletning, begrænsning, dataportabilitet og indsigelse inden for fristen i art. 12(3), og at kunne dokumentere det.',
      'To answer requests for access, rectification, erasure, restriction, portability and objection within the deadline of Art. 12(3), and to be able to show it.',
    ),
    legalBases: ['art6c'],
    dataSource: L('Den registrerede selv.', 'The data subject.'),
    dpiaStatus: 'notNeeded',
    systems,
    securityMeasures: measures,
    retention: L('3 år efter sagens afslutning', '3 years after the case is closed'),
    routineCadence: 'yearly',
    deletionRoutine: L(
      'Slet sager om anmodninger, der blev afsluttet for mere end 3 år siden.',
      'Delete request cases closed more than 3 years ago.',
    ),
    groups: caseFileGroups(subjectGroups),
    sources: [
      {
        statement: L(
          'Anmodninger efter art. 15-22 besvares uden unødig forsinkelse og senest en måned efter modtagelsen; fristen kan forlænges med to måneder, hvis den registrerede får besked med begrundelse inden for den første måned',
          'Requests under Arts. 15-22 are answered without undue delay and within one month of receipt; the deadline may be extended by two months if the data subject is told why within the first month',
        ),
        source: checked(
          GDPR,
          'Art. 12(3)',
          'OJ L 119, 4.5.2016; read 2026-12-04',
          'Retention (3 years after closing) is the template’s choice, not statute.',
        ),
      },
    ],
  };
}

/** Handling personal-data breaches (Arts. 33-34): the case of each breach and the breach log
 * Art. 33(5) asks for, notified or not; the Breaches sheet is that log. */
export function breachHandlingActivity(
  id: string,
  subjectGroups: string[],
  systems: string[],
  measures: string[],
): ActivitySource {
  return {
    id,
    name: L('Brud på persondatasikkerheden', 'Personal-data breaches'),
    purpose: L(
      'At håndtere brud på persondatasikkerheden: vurdere risikoen, anmelde til Datatilsynet inden for 72 timer (art. 33, stk. 1), underrette de registrerede ved høj risiko (art. 34), underrette den dataansvarlige, når vi er databehandler (art. 33, stk. 2), og dokumentere hvert brud.',
      'To handle personal-data breaches: assess the risk, notify Datatilsynet within 72 hours (Art. 33(1)), inform the data subjects of a high risk (Art. 34), notify the controller where we are its processor (Art. 33(2)), and document every breach.',
    ),
    legalBases: ['art6c'],
    dataSource: L(
      'Egne systemer og medarbejdere, databehandlere og de registrerede selv.',
      'Own systems and staff, processors and the data subjects themselves.',
    ),
    dpiaStatus: 'notNeeded',
    systems,
    securityMeasures: measures,
    retention: L('5 år efter sagens afslutning', '5 years after the case is closed'),
    routineCadence: 'yearly',
    deletionRoutine: L(
      'Slet sager om brud, der blev afsluttet for mere end 5 år siden; loggen i arket Brud beholder kun reference, tidspunkter og vurdering.',
      'Delete breach cases closed more than 5 years ago; the log in the Breaches sheet keeps only the reference, times and assessment.',
    ),
    groups: caseFileGroups(subjectGroups),
    sources: [
      {
        statement: L(
          'Den dataansvarlige dokumenterer ethvert brud på persondatasikkerheden – hvad der skete, virkningerne og hvad der blev gjort for at afhjælpe det – så tilsynsmyndigheden kan kontrollere, at art. 33 er overholdt, også når bruddet ikke anmeldes',
          'The controller documents every personal-data breach – what happened, its effects and the remedial action – so that the supervisory authority can check compliance with Art. 33, also when the breach is not notified',
        ),
        source: checked(
          GDPR,
          'Art. 33(5)',
          'OJ L 119, 4.5.2016; read 2026-12-04',
          'Legal basis Art. 6(1)(c): the duties of Arts. 33 and 34. Retention (5 years after closing) is the template’s choice, not statute.',
        ),
      },
    ],
  };
}
