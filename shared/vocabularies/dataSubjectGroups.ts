// Categories of data subjects (Art. 30(1)(c)). `children` marks groups that are or include children,
// whose consent needs a parent below 15 (DBL § 6 for information-society services; Datatilsynet's
// practice otherwise), and `staff` marks the organisation's own workers (consent is rarely free).

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const DATA_SUBJECT_GROUPS: readonly VocabularyEntry[] = [
  entry('employees', 'Medarbejdere', 'Employees', {
    staff: true,
    synonyms: ['ansatte', 'personale', 'staff', 'medarbejder', 'employee'],
  }),
  entry('applicants', 'Jobansøgere', 'Job applicants', {
    synonyms: ['ansøgere', 'applicants', 'kandidater', 'candidates'],
  }),
  entry('formerEmployees', 'Tidligere medarbejdere', 'Former employees', {
    synonyms: ['fratrådte', 'former staff'],
  }),
  entry('temps', 'Vikarer', 'Temporary workers', {
    staff: true,
    synonyms: ['vikar', 'temps', 'temp workers', 'konsulenter'],
  }),
  entry('customers', 'Kunder', 'Customers', { synonyms: ['kunde', 'customer', 'private kunder'] }),
  entry('prospects', 'Potentielle kunder', 'Prospective customers', { synonyms: ['leads', 'prospects'] }),
  entry('customerContacts', 'Kontaktpersoner hos kunder', 'Customer contacts', {
    synonyms: ['erhvervskunder', 'business contacts'],
  }),
  entry('clients', 'Klienter', 'Clients', { synonyms: ['klient', 'client'] }),
  entry('patients', 'Patienter', 'Patients', { synonyms: ['patient'] }),
  entry('pupils', 'Elever', 'Pupils', {
    synonyms: ['elev', 'pupil', 'skoleelever', 'school pupils'],
    children: true,
  }),
  entry('students', 'Studerende', 'Students', { synonyms: ['studerende', 'student', 'kursister'] }),
  entry('children', 'Børn', 'Children', {
    synonyms: ['barn', 'child', 'børn under 15', 'minors', 'mindreårige'],
    children: true,
  }),
  entry('parents', 'Forældre og værger', 'Parents and guardians', {
    synonyms: ['forældre', 'parents', 'værger', 'guardians'],
  }),
  entry('relatives', 'Pårørende', 'Next of kin', {
    synonyms: ['relatives', 'nærmeste pårørende', 'emergency contacts'],
  }),
  entry('supplierContacts', 'Kontaktpersoner hos leverandører', "Suppliers' contacts", {
    synonyms: ['leverandører', 'suppliers', 'supplier contacts'],
  }),
  entry('newsletterSubscribers', 'Nyhedsbrevsmodtagere', 'Newsletter subscribers', {
    synonyms: ['nyhedsbrev', 'newsletter', 'abonnenter', 'subscribers'],
  }),
  entry('websiteVisitors', 'Besøgende på hjemmesiden', 'Website visitors', {
    synonyms: ['besøgende', 'visitors', 'hjemmesidebesøgende', 'web visitors'],
  }),
  entry('members', 'Medlemmer', 'Members', { synonyms: ['medlem', 'member'] }),
  entry('volunteers', 'Frivillige', 'Volunteers', { synonyms: ['frivillig', 'volunteer'] }),
  entry('boardMembers', 'Bestyrelsesmedlemmer', 'Board members', { synonyms: ['bestyrelse', 'board'] }),
  entry('researchParticipants', 'Forsøgspersoner', 'Research participants', {
    synonyms: ['deltagere i forskning', 'research subjects', 'respondenter', 'respondents'],
  }),
  entry('citizens', 'Borgere', 'Citizens', { synonyms: ['borger', 'citizen'] }),
  entry('users', 'Brugere', 'Users', { synonyms: ['bruger', 'user', 'app users'] }),
  entry('guests', 'Gæster og besøgende', 'Guests and visitors', { synonyms: ['gæster', 'guests'] }),
  entry('shareholders', 'Aktionærer og ejere', 'Shareholders and owners', {
    synonyms: ['aktionærer', 'shareholders'],
  }),
  entry('complainants', 'Klagere', 'Complainants', { synonyms: ['klager', 'complainant'] }),
];
