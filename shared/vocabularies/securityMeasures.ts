// A catalogue of common security measures (Art. 32(1)), each technical or organisational.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

const technical = { measureType: 'technical' } as const;
const organisational = { measureType: 'organisational' } as const;

export const SECURITY_MEASURES: readonly VocabularyEntry[] = [
  entry('accessControl', 'Adgangsstyring', 'Access control', {
    ...technical,
    synonyms: ['rettighedsstyring', 'access rights'],
  }),
  entry('mfa', 'To-faktor-login', 'Multi-factor authentication', {
    ...technical,
    synonyms: ['mfa', '2fa', 'to-faktor', 'two-factor authentication', 'totrinsbekræftelse'],
  }),
  entry('passwordPolicy', 'Adgangskodepolitik', 'Password policy', {
    ...organisational,
    synonyms: ['password policy', 'kodeordspolitik'],
  }),
  entry('laptopEncryption', 'Kryptering af bærbare', 'Laptop encryption', {
    ...technical,
    synonyms: ['diskkryptering', 'disk encryption', 'bitlocker', 'filevault'],
  }),
  entry('encryptionInTransit', 'Kryptering under overførsel', 'Encryption in transit', {
    ...technical,
    synonyms: ['tls', 'https'],
  }),
  entry('encryptedEmail', 'Krypteret e-mail', 'Encrypted email', {
    ...technical,
    synonyms: ['sikker mail', 'secure email'],
  }),
  entry('backup', 'Sikkerhedskopiering', 'Backup', { ...technical, synonyms: ['backup', 'back-up'] }),
  entry('restoreTest', 'Test af gendannelse', 'Restore testing', {
    ...organisational,
    synonyms: ['restore test'],
  }),
  entry('antivirus', 'Antivirus og endpoint-beskyttelse', 'Antivirus and endpoint protection', {
    ...technical,
    synonyms: ['antivirus', 'endpoint protection', 'edr'],
  }),
  entry('firewall', 'Firewall', 'Firewall', { ...technical }),
  entry('patching', 'Opdatering af software', 'Software patching', {
    ...technical,
    synonyms: ['patching', 'opdateringer', 'updates'],
  }),
  entry('logging', 'Logning af adgang', 'Access logging', {
    ...technical,
    synonyms: ['logning', 'logging', 'audit log'],
  }),
  entry('pseudonymisation', 'Pseudonymisering', 'Pseudonymisation', {
    ...technical,
    synonyms: ['pseudonymization'],
  }),
  entry('screenLock', 'Automatisk skærmlås', 'Automatic screen lock', {
    ...technical,
    synonyms: ['skærmlås', 'screen lock'],
  }),
  entry('mobileDeviceManagement', 'Styring af mobile enheder', 'Mobile device management', {
    ...technical,
    synonyms: ['mdm', 'fjernsletning', 'remote wipe'],
  }),
  entry('physicalSecurity', 'Fysisk sikring og aflåsning', 'Physical security and locks', {
    ...organisational,
    synonyms: ['aflåst skab', 'låst skab', 'locked cabinet', 'adgangskort'],
  }),
  entry('cleanDesk', 'Ryddeligt skrivebord', 'Clean desk', {
    ...organisational,
    synonyms: ['clean desk policy'],
  }),
  entry('awarenessTraining', 'Awareness-træning', 'Awareness training', {
    ...organisational,
    synonyms: ['awareness', 'uddannelse af medarbejdere', 'staff training', 'phishing training'],
  }),
  entry('confidentiality', 'Tavshedspligt og fortrolighedserklæring', 'Confidentiality agreements', {
    ...organisational,
    synonyms: ['tavshedspligt', 'fortrolighedsaftale', 'nda'],
  }),
  entry('securityPolicy', 'Informationssikkerhedspolitik', 'Information security policy', {
    ...organisational,
    synonyms: ['sikkerhedspolitik', 'security policy', 'it-sikkerhedspolitik'],
  }),
  entry('incidentProcedure', 'Procedure for brud på persondatasikkerheden', 'Data breach procedure', {
    ...organisational,
    synonyms: ['brudprocedure', 'breach procedure', 'incident response'],
  }),
  entry('processorAudit', 'Tilsyn med databehandlere', 'Processor oversight', {
    ...organisational,
    synonyms: ['tilsyn', 'vendor audits', 'revisionserklæringer'],
  }),
  entry('deletionProcedure', 'Sletteprocedure', 'Deletion procedure', {
    ...organisational,
    synonyms: ['slettepolitik', 'deletion policy'],
  }),
  entry('offboarding', 'Lukning af adgange ved fratræden', 'Access removal at leaving', {
    ...organisational,
    synonyms: ['offboarding', 'fratrædelsesprocedure'],
  }),
  entry('riskAssessment', 'Risikovurdering', 'Risk assessment', {
    ...organisational,
    synonyms: ['risk assessment'],
  }),
  entry('secureShredding', 'Makulering', 'Secure shredding', {
    ...organisational,
    synonyms: ['makulering', 'shredding'],
  }),
];
