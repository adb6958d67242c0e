// Template: a coach or therapist without a health authorisation. Client notes hold health data,
// and the health-care condition (Art. 9(2)(h) with DBL § 7(3)) covers only authorised health
// professionals with a statutory duty of confidentiality, so notes rest on explicit consent
// (Art. 9(2)(a)). No statutory duty to keep records: notes go some months after the last session.

import { measures, RECIPIENTS, RULES } from './common.ts';
import { L, type TemplateSource } from './model.ts';

const ALL_MEASURES = [
  'mfa',
  'laptopEncryption',
  'encryptionInTransit',
  'encryptedEmail',
  'backup',
  'screenLock',
  'mobileDeviceManagement',
  'physicalSecurity',
  'deletionProcedure',
  'secureShredding',
];

export const TEMPLATE: TemplateSource = {
  id: 'coach',
  prefix: 'coach',
  kind: 'health',
  title: L('Coach eller terapeut uden autorisation', 'Coach or therapist without a health authorisation'),
  organisation: { role: 'controller', isPublicAuthority: false, dpo: 'none' },
  recipients: [
    {
      key: 'booking',
      name: L('Booking- og journalsystem (EU)', 'Booking and notes system (EU)'),
      type: 'processor',
      category: 'booking',
      country: 'EU',
    },
    {
      key: 'suite',
      name: L('Kontorpakke i skyen (EU)', 'Cloud office suite (EU)'),
      type: 'processor',
      category: 'cloudSuite',
      country: 'EU',
    },
    {
      key: 'accounting',
      name: L('Regnskabsprogram (EU)', 'Accounting software (EU)'),
      type: 'processor',
      category: 'accountingSystem',
      country: 'EU',
    },
    {
      key: 'newsletter',
      name: L('Nyhedsbrevsværktøj (USA; DPF-certificeret)', 'Newsletter tool (USA; DPF-certified)'),
      type: 'processor',
      category: 'emailMarketing',
      country: 'US',
      transferMechanism: 'dpf',
    },
    {
      key: 'webhost',
      name: L('Webhotel (EU)', 'Web host (EU)'),
      type: 'processor',
      category: 'hosting',
      country: 'EU',
    },
    RECIPIENTS.auditor,
    RECIPIENTS.taxAuthority,
  ],
  systems: [
    {
      key: 'booking',
      name: L('Booking- og journalsystem', 'Booking and notes system'),
      type: 'cloud',
      processor: 'booking',
      country: 'EU',
      notes: L(
        'Onlinebooking, påmindelser og sessionsnoter pr. klient.',
        'Online booking, reminders and session notes per client.',
      ),
    },
    {
      key: 'suite',
      name: L('E-mail og dokumenter', 'Email and documents'),
      type: 'cloud',
      processor: 'suite',
      country: 'EU',
    },
    {
      key: 'phone',
      name: L('Arbejdstelefon', 'Work phone'),
      type: 'mobile',
      country: 'DK',
      notes: L(
        'SMS og opkald med klienter. Ingen noter på telefonen.',
        'Texts and calls with clients. No notes on the phone.',
      ),
    },
    {
      key: 'accounting',
      name: L('Regnskabsprogram', 'Accounting software'),
      type: 'cloud',
      processor: 'accounting',
      country: 'EU',
    },
    {
      key: 'newsletter',
      name: L('Nyhedsbrevsværktøj', 'Newsletter tool'),
      type: 'cloud',
      processor: 'newsletter',
      country: 'US',
    },
    {
      key: 'website',
      name: L('Hjemmeside med kontaktformular', 'Website with contact form'),
      type: 'cloud',
      processor: 'webhost',
      country: 'EU',
    },
    {
      key: 'binder',
      name: L('Aflåst skab med samtykkeerklæringer', 'Locked cabinet with consent forms'),
      type: 'paper',
      country: 'DK',
    },
  ],
  securityMeasures: measures(...ALL_MEASURES),
  activities: [
    {
      id: 'coach-act-01',
      name: L('Klientforløb og sessionsnoter', 'Client sessions and session notes'),
      purpose: L(
        'At gennemføre coaching- og terapiforløb og føre noter, så forløbet hænger sammen fra session til session.',
        'To run coaching and therapy sessions and keep notes so that each session builds on the last.',
      ),
      legalBases: ['art6b'],
      art9Conditions: ['art9a'],
      consentRecord: L(
        'Klienten giver udtrykkeligt skriftligt samtykke til noter om helbred ved første session; erklæringen gemmes i journalsystemet. Samtykket kan trækkes tilbage når som helst; derefter noteres ingen helbredsoplysninger, og de eksisterende slettes.',
        'The client gives explicit written consent to notes about health at the first session; the form is kept in the notes system. Consent can be withdrawn at any time; no health data is noted after that and existing notes are deleted.',
      ),
      dataSource: L('Klienten selv.', 'The client.'),
      dpiaStatus: 'notNeeded',
      systems: ['booking', 'binder'],
      securityMeasures: [
        'mfa',
        'laptopEncryption',
        'encryptionInTransit',
        'backup',
        'screenLock',
        'physicalSecurity',
      ],
      retention: L('6 mdr. efter sidste session', '6 months after the last session'),
      deletionRoutine: L(
        'Slet noter og samtykkeerklæringer for klienter uden session i 6 måneder; makulér papirerklæringer.',
        'Delete notes and consent forms of clients with no session for 6 months; shred paper forms.',
      ),
      routineCadence: 'monthly',
      improvements: L(
        'Skriv kun det i noterne, der er nødvendigt for forløbet.',
        'Write only what the sessions need into the notes.',
      ),
      groups: [
        { subjectGroup: 'clients', data: ['name', 'contactDetails', 'dateOfBirth', 'caseNotes', 'health'] },
      ],
    },
    {
      id: 'coach-act-02',
      name: L('Booking og påmindelser', 'Booking and reminders'),
      purpose: L(
        'At booke sessioner og sende påmindelser om aftaler.',
        'To book sessions and send appointment reminders.',
      ),
      legalBases: ['art6b'],
      art9Conditions: ['art9a'],
      consentRecord: L(
        'Det udtrykkelige samtykke fra forløbets start dækker også booking og fakturering, fordi de afslører et behandlingsforløb; det gemmes i klientmappen og kan trækkes tilbage ved at skrive til coachen.',
        'The explicit consent given at the start covers booking and invoicing too, as they reveal a treatment relationship; it is kept in the client file and withdrawn by writing to the coach.',
      ),
      dataSource: L(
        'Klienten selv via onlinebooking, e-mail eller telefon.',
        'The client, by online booking, email or phone.',
      ),
      dpiaStatus: 'notNeeded',
      systems: ['booking', 'phone'],
      securityMeasures: ['mfa', 'encryptionInTransit', 'mobileDeviceManagement'],
      retention: L('6 måneder efter sidste booking', '6 months after the last booking'),
      deletionRoutine: L(
        'Slet klientprofiler i bookingsystemet uden booking i 6 måneder, og ryd SMS-tråde på telefonen.',
        'Delete client profiles in the booking system with no booking for 6 months and clear text threads on the phone.',
      ),
      routineCadence: 'monthly',
      groups: [{ subjectGroup: 'clients', data: ['name', 'email', 'phone'] }],
    },
    {
      id: 'coach-act-03',
      name: L('Fakturering og bogføring', 'Invoicing and bookkeeping'),
      purpose: L(
        'At fakturere sessioner og opfylde bogføringslovens krav.',
        'To invoice sessions and meet the Bookkeeping Act.',
      ),
      legalBases: ['art6b', 'art6c'],
      art9Conditions: ['art9a'],
      consentRecord: L(
        'Det udtrykkelige samtykke fra forløbets start dækker også booking og fakturering, fordi de afslører et behandlingsforløb; det gemmes i klientmappen og kan trækkes tilbage ved at skrive til coachen.',
        'The explicit consent given at the start covers booking and invoicing too, as they reveal a treatment relationship; it is kept in the client file and withdrawn by writing to the coach.',
      ),
      dataSource: L('Klienten og bookingsystemet.', 'The client and the booking system.'),
      dpiaStatus: 'notNeeded',
      systems: ['accounting'],
      securityMeasures: ['mfa', 'backup'],
      retention: RULES.bookkeeping,
      deletionRoutine: L(
        'Slet bilag og klientoplysninger i regnskabsprogrammet fra regnskabsår, der sluttede for mere end 5 år siden.',
        'Delete vouchers and client details in the accounting software for financial years that ended more than 5 years ago.',
      ),
      routineCadence: 'yearly',
      improvements: L(
        'Fakturaer må ikke nævne helbred eller forløbets indhold, kun "coachingsession".',
        'Invoices must not mention health or what the sessions were about, only "coaching session".',
      ),
      groups: [
        {
          subjectGroup: 'clients',
          data: ['name', 'address', 'email', 'paymentDetails', 'purchaseHistory'],
          recipients: ['auditor', 'tax'],
        },
      ],
    },
    {
      id: 'coach-act-04',
      name: L('Nyhedsbrev', 'Newsletter'),
      purpose: L(
        'At sende nyhedsbrev til dem, der har tilmeldt sig, og kunne dokumentere tilmeldingen.',
        'To send the newsletter to those who signed up, and to be able to prove the sign-up.',
      ),
      legalBases: ['art6a'],
      consentRecord: L(
        'Dobbelt opt-in: nyhedsbrevsværktøjet gemmer tidspunkt, IP-adresse og tilmeldingsformularens tekst som bevis. Afmelding via link i hver udsendelse.',
        "Double opt-in: the newsletter tool keeps the time, IP address and the sign-up form's wording as proof. Unsubscribe link in every mailing.",
      ),
      dataSource: L('Den tilmeldte selv via hjemmesiden.', 'The subscriber, via the website.'),
      dpiaStatus: 'notNeeded',
      systems: ['newsletter'],
      securityMeasures: ['mfa', 'encryptionInTransit'],
      retention: RULES.newsletterList,
      deletionRoutine: L(
        'Slet afmeldte fra modtagerlisten; slet tilmeldingsbeviser for afmeldinger ældre end 2 år.',
        'Remove unsubscribed addresses from the list; delete sign-up proofs of unsubscriptions older than 2 years.',
      ),
      routineCadence: 'quarterly',
      groups: [
        { subjectGroup: 'newsletterSubscribers', data: ['name', 'email', 'usageData'] },
        {
          subjectGroup: 'newsletterSubscribers',
          data: ['email', 'onlineIdentifiers'],
          retention: RULES.newsletterProof,
        },
      ],
    },
    {
      id: 'coach-act-05',
      name: L('Henvendelser via hjemmeside og e-mail', 'Enquiries by website and email'),
      purpose: L(
        'At besvare spørgsmål fra potentielle klienter før et forløb. Formularen beder om ikke at skrive helbredsoplysninger.',
        'To answer questions from prospective clients before any sessions. The form asks people not to write about their health.',
      ),
      legalBases: ['art6b', 'art6f'],
      legitimateInterestAssessment: L(
        'Afvejning: den der skriver forventer et svar; kun kontaktoplysninger og beskeden behandles, og de slettes efter 3 måneder uden forløb.',
        'Balancing test: people who write expect an answer; only contact details and the message are processed, deleted after 3 months without sessions.',
      ),
      dataSource: L('Den der henvender sig.', 'The person who writes.'),
      dpiaStatus: 'notNeeded',
      systems: ['website', 'suite'],
      securityMeasures: ['mfa', 'encryptionInTransit'],
      retention: L('3 mdr. efter sidste kontakt', '3 months after the last contact'),
      deletionRoutine: L(
        'Slet formularbeskeder og e-mailtråde uden kontakt i 3 måneder, som ikke blev til et forløb.',
        'Delete form messages and email threads with no contact for 3 months that did not lead to sessions.',
      ),
      routineCadence: 'monthly',
      groups: [{ subjectGroup: 'prospects', data: ['name', 'email', 'phone', 'correspondence'] }],
    },
    {
      id: 'coach-act-06',
      name: L('Hjemmeside: cookies og besøgsstatistik', 'Website: cookies and visitor statistics'),
      purpose: L(
        'At måle brugen af hjemmesiden med statistikcookies, når den besøgende har sagt ja.',
        'To measure use of the website with statistics cookies when the visitor has agreed.',
      ),
      legalBases: ['art6a'],
      consentRecord: L(
        'Cookiebanneret gemmer samtykket med tidspunkt; samtykket trækkes tilbage via linket "Cookieindstillinger" nederst på hver side.',
        'The cookie banner records consent with a timestamp; it is withdrawn through the "Cookie settings" link at the bottom of every page.',
      ),
      dataSource: L('Den besøgendes browser.', "The visitor's browser."),
      dpiaStatus: 'notNeeded',
      systems: ['website'],
      securityMeasures: ['encryptionInTransit'],
      retention: RULES.analytics,
      deletionRoutine: L(
        'Kontrollér at statistikværktøjets opbevaringsindstilling står til højst 13 måneder.',
        "Check that the statistics tool's retention setting is 13 months or less.",
      ),
      routineCadence: 'yearly',
      groups: [{ subjectGroup: 'websiteVisitors', data: ['onlineIdentifiers', 'usageData'] }],
    },
  ],
};
