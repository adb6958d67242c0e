// Art30's own processing, added to every template: keeping this register is itself processing
// (Art. 30 GDPR), and so is the reminder service. The add-on runs in the organisation's Google
// Sheets (Google as processor); the worker that emails deletion reminders is hosted on
// Cloudflare (processor, database in the EU, a US company: transfers on the Data Privacy
// Framework). What the worker holds is listed in docs/privacy.md: owners' names and emails,
// activity names, retention rules and pseudonymous references, never data subjects' names.

import { checked, unverified } from '../shared/vocabularies/sources.ts';
import type { ActivitySource, RecipientSource, SystemSource, TemplateSource } from './model.ts';
import { L } from './model.ts';

const RECIPIENTS: RecipientSource[] = [
  {
    key: 'art30Sheets',
    name: L('Google (Art30-regnearket)', 'Google (Art30 spreadsheet)'),
    type: 'processor',
    category: 'cloudSuite',
    country: 'US',
    transferMechanism: 'dpf',
  },
  {
    key: 'art30Host',
    name: L('Cloudflare (Art30-påmindelser)', 'Cloudflare (Art30 reminders)'),
    type: 'processor',
    category: 'hosting',
    country: 'US',
    transferMechanism: 'dpf',
  },
];

const SYSTEMS: SystemSource[] = [
  {
    key: 'art30Addon',
    name: L('Art30-tilføjelse i Google Sheets', 'Art30 add-on in Google Sheets'),
    type: 'cloud',
    processor: 'art30Sheets',
    country: 'US',
    notes: L(
      'Fortegnelsen og slettelogen ligger i organisationens eget regneark.',
      "The register and the retention log live in the organisation's own spreadsheet.",
    ),
  },
  {
    key: 'art30Worker',
    name: L('Art30-påmindelsestjeneste', 'Art30 reminder service'),
    type: 'cloud',
    processor: 'art30Host',
    country: 'EU',
    notes: L(
      'Database med EU-jurisdiktion; holder kun pseudonyme referencer, frister og ejeres e-mails.',
      "Database under EU jurisdiction; holds only pseudonymous references, deadlines and owners' emails.",
    ),
  },
];

function activity(id: string, measures: string[]): ActivitySource {
  return {
    id,
    name: L(
      'Fortegnelse og slettepåmindelser (Art30)',
      'Record of processing and deletion reminders (Art30)',
    ),
    purpose: L(
      'At føre fortegnelsen over behandlingsaktiviteter (art. 30) og minde aktivitetsejere om slettefrister (art. 5, stk. 1, litra e).',
      'To keep the record of processing activities (Art. 30) and remind activity owners of deletion deadlines (Art. 5(1)(e)).',
    ),
    legalBases: ['art6c'],
    dataSource: L('Organisationens egne medarbejdere.', "The organisation's own staff."),
    dpiaStatus: 'notNeeded',
    systems: ['art30Addon', 'art30Worker'],
    securityMeasures: measures,
    retention: L('12 måneder efter ophør af aftalen', '12 months after the agreement ends'),
    groups: [{ subjectGroup: 'employees', data: ['name', 'email'] }],
    sources: [
      {
        statement: L(
          'Fortegnelsen er en retlig forpligtelse (art. 30, jf. art. 6, stk. 1, litra c)',
          'The record is a legal obligation (Art. 30 with Art. 6(1)(c))',
        ),
        source: checked(
          'Regulation (EU) 2016/679 (GDPR)',
          'Art. 30(1) and Art. 6(1)(c)',
          'OJ L 119, 4.5.2016',
        ),
      },
      {
        statement: L(
          'Cloudflare er certificeret under EU-US Data Privacy Framework',
          'Cloudflare is certified under the EU-US Data Privacy Framework',
        ),
        source: unverified(
          'Data Privacy Framework List (US Department of Commerce)',
          'Cloudflare, Inc.',
          "The certification could not be looked up here; check it on the DPF list before relying on it, or use the 2021 standard contractual clauses in Cloudflare's agreement.",
        ),
      },
    ],
  };
}

/** The template with Art30's own processing appended: two processors, two systems, one activity. */
export function withArt30(template: TemplateSource): TemplateSource {
  const listed = new Set(template.securityMeasures.map((m) => m.measure));
  const measures = ['accessControl', 'mfa', 'deletionProcedure'].filter((m) => listed.has(m));
  const next = String(template.activities.length + 1).padStart(2, '0');
  return {
    ...template,
    recipients: [...template.recipients, ...RECIPIENTS],
    systems: [...template.systems, ...SYSTEMS],
    activities: [...template.activities, activity(`${template.prefix}-act-${next}`, measures)],
  };
}
