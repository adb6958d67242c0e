// Categories of recipients (Art. 30(1)(d)). `independent` marks recipients that decide their own
// purposes (a tax authority, a pension fund, a bank): typed as our processor they are wrongly typed.
// Their synonyms include well-known names so that a recipient's name alone can reveal its category.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const RECIPIENT_CATEGORIES: readonly VocabularyEntry[] = [
  entry('payroll', 'Lønsystem', 'Payroll provider', {
    usualType: 'processor',
    synonyms: ['lønbureau', 'payroll', 'løn'],
  }),
  entry('accountingSystem', 'Regnskabssystem', 'Accounting system', {
    usualType: 'processor',
    synonyms: ['bogføringssystem', 'bookkeeping system', 'e-conomic', 'dinero', 'billy'],
  }),
  entry('cloudSuite', 'Kontorpakke i skyen', 'Cloud office suite', {
    usualType: 'processor',
    synonyms: ['google workspace', 'microsoft 365', 'office 365', 'gmail'],
  }),
  entry('hosting', 'Hosting og drift', 'Hosting and operations', {
    usualType: 'processor',
    synonyms: ['hosting', 'webhotel', 'cloud hosting'],
  }),
  entry('itSupport', 'It-support', 'IT support', {
    usualType: 'processor',
    synonyms: ['it-leverandør', 'it supplier'],
  }),
  entry('crm', 'CRM-system', 'CRM system', {
    usualType: 'processor',
    synonyms: ['crm', 'hubspot', 'salesforce', 'pipedrive'],
  }),
  entry('emailMarketing', 'Nyhedsbrevssystem', 'Email marketing', {
    usualType: 'processor',
    synonyms: ['mailchimp', 'newsletter tool'],
  }),
  entry('eSignature', 'E-signatur', 'E-signature', {
    usualType: 'processor',
    synonyms: ['penneo', 'docusign', 'e-signature'],
  }),
  entry('booking', 'Bookingsystem', 'Booking system', {
    usualType: 'processor',
    synonyms: ['booking', 'online booking'],
  }),
  entry('automation', 'Automatiseringsværktøj', 'Automation tool', {
    usualType: 'processor',
    synonyms: ['zapier', 'make', 'integration'],
  }),
  entry('projectManagement', 'Projektstyring', 'Project management', {
    usualType: 'processor',
    synonyms: ['monday.com', 'asana', 'trello'],
  }),
  entry('recruitment', 'Rekrutteringssystem', 'Recruitment system', {
    usualType: 'processor',
    synonyms: ['ats', 'recruiting system'],
  }),
  entry('taxAuthority', 'Skattemyndighed', 'Tax authority', {
    usualType: 'publicAuthority',
    independent: true,
    synonyms: ['skat', 'skattestyrelsen', 'tax agency', 'tax authorities', 'told og skat'],
  }),
  entry('municipality', 'Kommune', 'Municipality', {
    usualType: 'publicAuthority',
    independent: true,
    synonyms: ['kommunen', 'municipal', 'jobcenter', 'udbetaling danmark'],
  }),
  entry('courts', 'Domstole og politi', 'Courts and police', {
    usualType: 'publicAuthority',
    independent: true,
    synonyms: ['domstol', 'politi', 'police', 'court', 'rigspolitiet'],
  }),
  entry('pensionFund', 'Pensionsselskab', 'Pension fund', {
    usualType: 'independentController',
    independent: true,
    synonyms: [
      'pension',
      'pensionskasse',
      'pension fund',
      'pfa',
      'pensiondanmark',
      'velliv',
      'ap pension',
      'danica',
      'atp',
    ],
  }),
  entry('bank', 'Bank', 'Bank', {
    usualType: 'independentController',
    independent: true,
    synonyms: ['pengeinstitut', 'sparekasse', 'danske bank', 'nordea', 'jyske bank', 'nykredit'],
  }),
  entry('insurance', 'Forsikringsselskab', 'Insurance company', {
    usualType: 'independentController',
    independent: true,
    synonyms: ['forsikring', 'insurance', 'insurer'],
  }),
  entry('unemploymentFund', 'A-kasse', 'Unemployment fund', {
    usualType: 'independentController',
    independent: true,
    synonyms: ['a-kasse', 'arbejdsløshedskasse', 'unemployment insurance fund'],
  }),
  entry('auditor', 'Revisor', 'Auditor', {
    usualType: 'independentController',
    independent: true,
    synonyms: ['revision', 'audit'],
  }),
  entry('lawyer', 'Advokat', 'Lawyer', {
    usualType: 'independentController',
    independent: true,
    synonyms: ['advokatfirma', 'law firm'],
  }),
  entry('customers', 'Kunder', 'Customers', {
    usualType: 'independentController',
    synonyms: ['kunde', 'client organisations'],
  }),
  entry('groupCompanies', 'Koncernselskaber', 'Group companies', {
    synonyms: ['koncern', 'group company', 'datterselskab'],
  }),
  entry('internalDepartment', 'Intern afdeling', 'Internal department', {
    usualType: 'internal',
    synonyms: ['hr', 'ledelsen', 'management', 'økonomi', 'finance'],
  }),
];
