// Categories of personal data (Art. 30(1)(c)). `sensitivity` decides which extra ground is needed:
// art9 → an Art. 9(2)/DBL § 7 condition, art10 → DBL § 8, cpr → DBL § 11.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

const ordinary = { sensitivity: 'ordinary' } as const;

export const DATA_CATEGORIES: readonly VocabularyEntry[] = [
  entry('name', 'Navn', 'Name', { ...ordinary, synonyms: ['navne', 'names', 'fulde navn', 'full name'] }),
  entry('contactDetails', 'Kontaktoplysninger', 'Contact details', {
    ...ordinary,
    synonyms: ['kontaktinfo', 'contact information', 'contact info', 'kontaktdata'],
  }),
  entry('address', 'Adresse', 'Address', { ...ordinary, synonyms: ['postadresse', 'postal address'] }),
  entry('email', 'E-mailadresse', 'Email address', { ...ordinary, synonyms: ['e-mail', 'email', 'mail'] }),
  entry('phone', 'Telefonnummer', 'Phone number', {
    ...ordinary,
    synonyms: ['telefon', 'phone', 'mobilnummer', 'mobile'],
  }),
  entry('dateOfBirth', 'Fødselsdato', 'Date of birth', {
    ...ordinary,
    synonyms: ['alder', 'age', 'birthday'],
  }),
  entry('gender', 'Køn', 'Gender', { ...ordinary, synonyms: ['sex'] }),
  entry('photo', 'Foto', 'Photo', {
    ...ordinary,
    synonyms: ['billede', 'billeder', 'photos', 'portrætfoto'],
  }),
  entry('cv', 'CV og ansøgning', 'CV and application', {
    ...ordinary,
    synonyms: ['cv', 'ansøgning', 'resume', 'application'],
  }),
  entry('education', 'Uddannelse', 'Education', {
    ...ordinary,
    synonyms: ['eksamensbeviser', 'qualifications'],
  }),
  entry('employmentHistory', 'Ansættelsesforhold', 'Employment details', {
    ...ordinary,
    synonyms: ['stilling', 'job title', 'ansættelseskontrakt', 'employment contract'],
  }),
  entry('salary', 'Løn', 'Salary', { ...ordinary, synonyms: ['lønoplysninger', 'payroll data', 'pay'] }),
  entry('bankAccount', 'Bankkonto', 'Bank account', {
    ...ordinary,
    synonyms: ['kontonummer', 'account number', 'bankoplysninger'],
  }),
  entry('taxData', 'Skatteoplysninger', 'Tax data', {
    ...ordinary,
    synonyms: ['skattekort', 'tax card', 'tax information'],
  }),
  entry('pension', 'Pensionsoplysninger', 'Pension details', { ...ordinary, synonyms: ['pension'] }),
  entry('workingHours', 'Arbejdstid og ferie', 'Working hours and holidays', {
    ...ordinary,
    synonyms: ['arbejdstid', 'ferie', 'working hours', 'holidays'],
  }),
  entry('performance', 'Medarbejderudvikling', 'Performance reviews', {
    ...ordinary,
    synonyms: ['mus', 'appraisals'],
  }),
  entry('purchaseHistory', 'Købshistorik', 'Purchase history', {
    ...ordinary,
    synonyms: ['ordrer', 'orders', 'køb'],
  }),
  entry('paymentDetails', 'Betalingsoplysninger', 'Payment details', {
    ...ordinary,
    synonyms: ['betalingskort', 'kortoplysninger', 'card details', 'fakturaer', 'invoices'],
  }),
  entry('correspondence', 'Korrespondance', 'Correspondence', {
    ...ordinary,
    synonyms: ['e-mails', 'emails', 'henvendelser'],
  }),
  entry('onlineIdentifiers', 'IP-adresse og cookie-id', 'IP address and cookie ids', {
    ...ordinary,
    synonyms: ['ip-adresse', 'ip address', 'cookies', 'cookie-id', 'online identifiers'],
  }),
  entry('usageData', 'Brugsdata', 'Usage data', {
    ...ordinary,
    synonyms: ['logdata', 'log data', 'statistik'],
  }),
  entry('location', 'Lokationsdata', 'Location data', {
    ...ordinary,
    synonyms: ['gps', 'position', 'lokation'],
  }),
  entry('cctv', 'Videooptagelser (tv-overvågning)', 'CCTV footage', {
    ...ordinary,
    synonyms: ['tv-overvågning', 'videoovervågning', 'video surveillance', 'cctv'],
  }),
  entry('grades', 'Karakterer og vurderinger', 'Grades and assessments', {
    ...ordinary,
    synonyms: ['karakterer', 'grades'],
  }),
  entry('familyRelations', 'Familieforhold', 'Family circumstances', {
    ...ordinary,
    synonyms: ['civilstand', 'marital status'],
  }),
  entry('nationality', 'Statsborgerskab', 'Nationality', {
    ...ordinary,
    synonyms: ['nationalitet', 'citizenship'],
  }),
  entry('workPermit', 'Arbejds- og opholdstilladelse', 'Work and residence permit', {
    ...ordinary,
    synonyms: ['opholdstilladelse', 'work permit', 'pas', 'passport'],
  }),
  entry('drivingLicence', 'Kørekort', 'Driving licence', {
    ...ordinary,
    synonyms: ["driver's license", 'driving license'],
  }),
  entry('caseNotes', 'Sagsnotater', 'Case notes', { ...ordinary, synonyms: ['notater', 'notes'] }),
  entry('health', 'Helbredsoplysninger', 'Health data', {
    sensitivity: 'art9',
    synonyms: [
      'helbred',
      'sundhedsoplysninger',
      'health',
      'health information',
      'diagnose',
      'diagnoser',
      'sygdom',
      'sygemelding',
      'sick notes',
    ],
  }),
  // Sick leave, medical certificates and work injuries are data concerning health (Art. 4(15)).
  entry('sickLeave', 'Sygefravær', 'Sick leave and absence', {
    sensitivity: 'art9',
    synonyms: ['fravær', 'sygedage', 'sick leave', 'absence', 'sickness absence'],
  }),
  entry('medicalCertificate', 'Lægeerklæring', 'Medical certificate', {
    sensitivity: 'art9',
    synonyms: ['lægeerklæringer', 'mulighedserklæring', 'medical certificates', 'doctor’s note'],
  }),
  entry('workInjury', 'Arbejdsskade', 'Work injury', {
    sensitivity: 'art9',
    synonyms: ['arbejdsskader', 'arbejdsulykke', 'work injuries', 'workplace accident'],
  }),
  entry('patientRecords', 'Journaloplysninger', 'Patient records', {
    sensitivity: 'art9',
    synonyms: ['journal', 'patientjournal', 'klientjournal', 'medical records', 'client records'],
  }),
  entry('ethnicOrigin', 'Race eller etnisk oprindelse', 'Racial or ethnic origin', {
    sensitivity: 'art9',
    synonyms: ['etnicitet', 'ethnicity', 'race'],
  }),
  entry('politicalOpinions', 'Politisk overbevisning', 'Political opinions', {
    sensitivity: 'art9',
    synonyms: ['politisk'],
  }),
  entry('religion', 'Religiøs eller filosofisk overbevisning', 'Religious or philosophical beliefs', {
    sensitivity: 'art9',
    synonyms: ['religion', 'tro', 'religious beliefs'],
  }),
  entry('tradeUnion', 'Fagforeningsmæssigt tilhørsforhold', 'Trade-union membership', {
    sensitivity: 'art9',
    synonyms: ['fagforening', 'trade union', 'union membership', 'fagforeningsmedlemskab'],
  }),
  entry('genetic', 'Genetiske data', 'Genetic data', { sensitivity: 'art9', synonyms: ['genetik', 'dna'] }),
  entry('biometric', 'Biometriske data til identifikation', 'Biometric data for identification', {
    sensitivity: 'art9',
    synonyms: [
      'biometri',
      'biometric',
      'fingeraftryk',
      'fingerprint',
      'ansigtsgenkendelse',
      'facial recognition',
    ],
  }),
  entry('sexLife', 'Seksuelle forhold eller orientering', 'Sex life or sexual orientation', {
    sensitivity: 'art9',
    synonyms: ['seksuel orientering', 'sexual orientation'],
  }),
  entry('criminalRecord', 'Straffeattest', 'Criminal-record certificate', {
    sensitivity: 'art10',
    synonyms: ['straffeattester', 'criminal record', 'criminal record certificate', 'police certificate'],
  }),
  entry('childProtectionCertificate', 'Børneattest', 'Child-protection certificate', {
    sensitivity: 'art10',
    synonyms: ['børneattester', 'child protection certificate', 'child certificate'],
  }),
  entry('offences', 'Strafbare forhold', 'Criminal offences', {
    sensitivity: 'art10',
    synonyms: ['straffedomme', 'criminal convictions', 'convictions', 'lovovertrædelser'],
  }),
  entry('cprNumber', 'CPR-nummer', 'CPR number', {
    sensitivity: 'cpr',
    synonyms: ['cpr', 'cpr-nr.', 'personnummer', 'personal identification number', 'national id number'],
  }),
];
