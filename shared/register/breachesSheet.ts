// The Breaches sheet: the log of personal-data breaches that Art. 33(5) asks every controller
// to keep, notified or not, with the facts Art. 33(3) lists for a notification, the 72-hour
// clock's instants (ISO date-times with an explicit offset), and the Art. 34 communication to
// the data subjects. Registered in schema.ts's SHEETS; the rules are in
// shared/breaches/assess.ts and shared/validation/rules/breaches.ts.

import type { ColumnDef, ColumnType, SheetDef } from './schema.ts';
import type { Localized } from './types.ts';

const L = (da: string, en: string): Localized => ({ da, en });

function col(
  id: string,
  type: ColumnType,
  header: Localized,
  note: Localized,
  extra: Partial<ColumnDef> = {},
) {
  return { id, type, header, note, art30: null, required: false, width: 160, ...extra } satisfies ColumnDef;
}

const WHEN = L('Dato og klokkeslæt, fx 2026-03-27 09:00.', 'Date and time, e.g. 2026-03-27 09:00.');
const when = (da: string, en: string): Localized => L(`${da} ${WHEN.da}`, `${en} ${WHEN.en}`);

export const BREACHES: SheetDef = {
  id: 'breaches',
  title: L('Brud', 'Breaches'),
  kind: 'table',
  roles: ['controller', 'processor'],
  idColumn: 'id',
  nameColumn: 'reference',
  columns: [
    col('id', 'id', L('Id', 'Id'), L('Fast id. Må ikke ændres.', 'Stable id. Do not change.'), {
      hidden: true,
      width: 90,
    }),
    col(
      'reference',
      'text',
      L('Reference', 'Reference'),
      L(
        'Jeres egen reference til bruddet. Alle brud dokumenteres, også dem der ikke anmeldes. Art. 33(5).',
        'Your own reference for the breach. Every breach is documented, also those not notified. Art. 33(5).',
      ),
      { required: true, width: 120 },
    ),
    col(
      'startedAt',
      'dateTime',
      L('Bruddet startede', 'Breach started'),
      when('Hvornår bruddet begyndte, hvis det kendes.', 'When the breach began, if known.'),
    ),
    col(
      'awareAt',
      'dateTime',
      L('Kendskab til bruddet', 'Became aware'),
      when(
        'Hvornår organisationen fik kendskab til bruddet. De 72 timer løber herfra. Art. 33(1).',
        'When the organisation became aware of the breach. The 72 hours run from here. Art. 33(1).',
      ),
    ),
    col(
      'description',
      'text',
      L('Beskrivelse', 'Description'),
      L(
        'Hvad skete der? Bliver i regnearket. Art. 33(3)(a).',
        'What happened? Stays in the spreadsheet. Art. 33(3)(a).',
      ),
      { required: true, width: 260 },
    ),
    col(
      'dataCategories',
      'multiEnum',
      L('Personoplysninger', 'Personal data'),
      L(
        'Kategorierne af personoplysninger. Art. 33(3)(a).',
        'The categories of personal data. Art. 33(3)(a).',
      ),
      { vocabulary: 'dataCategory', allowCustom: true, width: 220 },
    ),
    col(
      'approxSubjects',
      'number',
      L('Antal registrerede (ca.)', 'Data subjects (approx.)'),
      L(
        'Omtrentligt antal berørte registrerede. Art. 33(3)(a).',
        'Approximate number of data subjects. Art. 33(3)(a).',
      ),
      { width: 110 },
    ),
    col(
      'approxRecords',
      'number',
      L('Antal registreringer (ca.)', 'Records (approx.)'),
      L(
        'Omtrentligt antal berørte registreringer. Art. 33(3)(a).',
        'Approximate number of records. Art. 33(3)(a).',
      ),
      { width: 110 },
    ),
    col(
      'consequences',
      'text',
      L('Sandsynlige konsekvenser', 'Likely consequences'),
      L('Art. 33(3)(c).', 'Art. 33(3)(c).'),
      { width: 220 },
    ),
    col(
      'measures',
      'text',
      L('Trufne foranstaltninger', 'Measures taken'),
      L(
        'Hvad er gjort for at håndtere bruddet og begrænse skaden. Art. 33(3)(d).',
        'What was done to address the breach and limit its effects. Art. 33(3)(d).',
      ),
      { width: 220 },
    ),
    col(
      'role',
      'enum',
      L('Vores rolle', 'Our role'),
      L(
        'Dataansvarlig anmelder til Datatilsynet (Art. 33(1)); databehandler underretter den dataansvarlige (Art. 33(2)). Tom = dataansvarlig.',
        'A controller notifies Datatilsynet (Art. 33(1)); a processor notifies its controller (Art. 33(2)). Blank = controller.',
      ),
      { vocabulary: 'breachRole', width: 130 },
    ),
    col(
      'risk',
      'enum',
      L('Risikovurdering', 'Risk assessment'),
      L(
        'Ingen risiko, risiko eller høj risiko. Ikke vurderet tæller som risiko. Art. 33(1) og 34(1).',
        'No risk, risk or high risk. Not yet assessed counts as a risk. Art. 33(1) and 34(1).',
      ),
      { vocabulary: 'breachRisk', width: 120 },
    ),
    col(
      'riskReasoning',
      'text',
      L('Begrundelse for vurderingen', 'Reasoning'),
      L('Hvorfor risikoen er vurderet sådan. Art. 33(5).', 'Why the risk was assessed so. Art. 33(5).'),
      { width: 220 },
    ),
    col(
      'authorityNotifiedAt',
      'dateTime',
      L('Anmeldt til Datatilsynet', 'Datatilsynet notified'),
      when('Hvornår Datatilsynet fik besked. Art. 33(1).', 'When Datatilsynet was notified. Art. 33(1).'),
    ),
    col(
      'authorityReference',
      'text',
      L('Datatilsynets reference', "Datatilsynet's reference"),
      L('Sagsnummer fra anmeldelsen.', 'Case number of the notification.'),
      { width: 120 },
    ),
    col(
      'delayReason',
      'text',
      L('Begrundelse for forsinkelse', 'Reason for delay'),
      L(
        'Kræves når anmeldelsen kom efter 72 timer. Art. 33(1).',
        'Required when the notification came after 72 hours. Art. 33(1).',
      ),
      { width: 220 },
    ),
    col(
      'controllerName',
      'text',
      L('Dataansvarlig underrettet', 'Controller notified'),
      L('For databehandlere: den dataansvarlige. Art. 33(2).', 'For processors: the controller. Art. 33(2).'),
    ),
    col(
      'controllerNotifiedAt',
      'dateTime',
      L('Dataansvarlig underrettet den', 'Controller notified at'),
      when('Uden unødig forsinkelse. Art. 33(2).', 'Without undue delay. Art. 33(2).'),
    ),
    col(
      'subjectsInformedAt',
      'dateTime',
      L('Registrerede underrettet', 'Data subjects informed'),
      when('Ved høj risiko. Art. 34(1).', 'On a high risk. Art. 34(1).'),
    ),
    col(
      'subjectsNotInformedGround',
      'enum',
      L('Ikke underrettet, fordi', 'Not informed because'),
      L(
        'Grunden i Art. 34(3) til ikke at underrette de registrerede.',
        'The Art. 34(3) ground for not informing the data subjects.',
      ),
      { vocabulary: 'art34Ground', width: 220 },
    ),
    col(
      'responsible',
      'email',
      L('Ansvarlig (e-mail)', 'Responsible (email)'),
      L(
        'Får påmindelser efter 24, 48 og 60 timer; eskaleringskontakten får dem også.',
        'Is reminded at 24, 48 and 60 hours; the escalation contact is told too.',
      ),
      { width: 200 },
    ),
  ],
};

/** Extra header spellings the importer recognises (see HEADER_SYNONYMS in headerMapping.ts). */
export const BREACH_HEADER_SYNONYMS: Record<string, readonly string[]> = {
  id: ['Id'],
  reference: ['Reference', 'Ref', 'Sagsnummer', 'Brud nr.', 'Breach no.'],
  startedAt: ['Start', 'Started', 'Tidspunkt for bruddet', 'Time of breach'],
  awareAt: ['Kendskab', 'Opdaget', 'Discovered', 'Aware', 'Awareness'],
  description: ['Beskrivelse af bruddet', 'Description of the breach', 'Hvad skete der'],
  dataCategories: ['Kategorier af personoplysninger', 'Categories of personal data', 'Data categories'],
  approxSubjects: ['Antal registrerede', 'Number of data subjects'],
  approxRecords: ['Antal registreringer', 'Number of records'],
  consequences: ['Konsekvenser', 'Consequences'],
  measures: ['Foranstaltninger', 'Measures', 'Afhjælpning', 'Remedial action'],
  role: ['Rolle', 'Role'],
  risk: ['Risiko', 'Risk', 'Vurdering', 'Assessment'],
  riskReasoning: ['Begrundelse', 'Reasoning', 'Risk reasoning'],
  authorityNotifiedAt: ['Anmeldt', 'Notified', 'Anmeldt den', 'Notified at'],
  authorityReference: ['Datatilsynets sagsnummer', 'Authority reference'],
  delayReason: ['Forsinkelse', 'Delay', 'Reason for the delay'],
  controllerName: ['Dataansvarlig', 'Controller'],
  controllerNotifiedAt: ['Dataansvarlig underrettet', 'Controller notified on'],
  subjectsInformedAt: ['Registrerede underrettet den', 'Data subjects informed at'],
  subjectsNotInformedGround: ['Art. 34(3)', 'Grund til ikke at underrette', 'Ground for not informing'],
  responsible: ['Ansvarlig', 'Responsible', 'Owner'],
};
