// The sync payload, defined once: this valibot schema is the TypeScript type (types.ts infers
// it), the worker's and the add-on's runtime checker (check.ts) and the documented field list
// (fields.ts walks the `doc` metadata below into docs/privacy.md). Every level is strict (an
// unknown field is refused), texts and arrays are capped, dates are real ISO dates, addresses
// follow the one mailbox grammar (parseMailbox, not valibot's own email check), and references
// that look identifying are refused. Messages are short English developer text; check.ts puts
// the field's path in front of each.
//
// Versions: `payloadVersion` 4 is current (December 2026: data-subject requests, minimised to
// reference, type, date received, whether the deadline was extended, state and responsible
// address, and the Requests sheet's gid; personal-data breaches, minimised to reference,
// awareness and notification instants in UTC, risk, role and responsible address, never a
// description; and, issue 15, no `spreadsheetUrl`: the worker builds every link from the
// spreadsheet id the register was bound to at enrolment); 3 added custom events and their event
// date, calendar-year ends, minimum periods and the register's floorReviewDays; 2 had none of
// those. The worker accepts all three while add-ons update, and drops the URL that 3 and 2 sent
// on arrival; see check.ts. Version 1 (no `payloadVersion` field at all) is no longer accepted.

import * as v from 'valibot';
import { isIsoDate, isTimeZone } from '../calendar/civilDate.ts';
import { isIsoDateTime } from '../calendar/instant.ts';
import { isMailbox } from '../mailbox/mailbox.ts';
import { REQUEST_TYPE_IDS } from '../requests/deadline.ts';
import { CADENCE_IDS } from '../retention/status.ts';
import { ANCHORS, TRIGGER_EVENTS } from '../retention/types.ts';
import { type IdentifyingKind, looksIdentifying } from './identifying.ts';

/** The payload shape this code builds; the worker also accepts the two versions below. */
export const PAYLOAD_VERSION = 4;
/** Older versions the worker still accepts, lifted to the current shape by check.ts. */
export const PREVIOUS_PAYLOAD_VERSION = 3;
export const OLDEST_PAYLOAD_VERSION = 2;

/** Caps the worker enforces; the add-on refuses to send a payload that breaks them. */
export const SYNC_LIMITS = {
  activities: 10_000,
  dataCategories: 50_000,
  holdings: 200_000,
  breaches: 10_000,
  requests: 50_000,
  idLength: 64,
  nameLength: 200,
  ruleTextLength: 500,
  referenceLength: 64,
  emailLength: 254,
  urlLength: 500,
  sheetRow: 10_000_000,
} as const;

/** One documented field: its type as people read it, and what it is in both languages. */
export interface FieldDoc {
  type: string;
  en: string;
  da: string;
}

/** Attaches the field's documentation; fields.ts lists every leaf that carries one. */
function doc<S extends v.GenericSchema>(schema: S, type: string, en: string, da: string) {
  return v.pipe(schema, v.metadata<v.InferOutput<S>, { doc: FieldDoc }>({ doc: { type, en, da } }));
}

// ---- building blocks, each with the message the checker reports ----

const oneOf = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, `must be one of ${options.join(', ')}`);

const integer = (min: number, max: number) =>
  v.pipe(
    v.number('must be an integer'),
    v.safeInteger('must be an integer'),
    v.minValue(min, `must be between ${min} and ${max}`),
    v.maxValue(max, `must be between ${min} and ${max}`),
  );

const text = (max: number) =>
  v.pipe(v.string('must be a string'), v.maxLength(max, `is longer than ${max} characters`));

// C0 and C1 controls, DEL, and the bidirectional formatting marks, embeddings, overrides and
// isolates: a name holding one can forge an email header or display as other text.
const CONTROL_OR_BIDI = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** A name shown in reminders and the sidebar: text without control or bidi characters. */
const name = () =>
  v.pipe(
    text(SYNC_LIMITS.nameLength),
    v.check(
      (s: string) => !CONTROL_OR_BIDI.test(s),
      'must not hold control or bidirectional-formatting characters',
    ),
  );

const ID = /^[A-Za-z0-9._:-]+$/;
const id = () =>
  v.pipe(
    v.string('must be a string'),
    v.maxLength(SYNC_LIMITS.idLength, `is longer than ${SYNC_LIMITS.idLength} characters`),
    v.minLength(1, 'must not be empty'),
    v.regex(ID, 'may hold only letters, digits and . _ : -'),
  );

const DATE_MESSAGE = 'must be a date YYYY-MM-DD or null';
const dateOrNull = () =>
  v.nullable(
    v.pipe(
      v.string(DATE_MESSAGE),
      v.check((s: string) => isIsoDate(s), DATE_MESSAGE),
    ),
  );

const emailOrNull = () =>
  v.nullable(
    v.pipe(
      v.string('must be a string'),
      v.maxLength(SYNC_LIMITS.emailLength, `is longer than ${SYNC_LIMITS.emailLength} characters`),
      v.check(isMailbox, 'must be an email address or null'),
    ),
  );

const boolean = () => v.boolean('must be true or false');

const sheetRow = () => integer(1, SYNC_LIMITS.sheetRow);

/** An object refusing unknown fields, with messages for each way it can be wrong. */
function strict<E extends v.ObjectEntries>(entries: E) {
  return v.strictObject(entries, (issue) => {
    if (issue.expected === 'never') return 'is not a known field';
    if (issue.input === undefined && issue.expected?.startsWith('"')) return 'is missing';
    return 'must be an object';
  });
}

function list<S extends v.GenericSchema>(item: S, max: number) {
  return v.pipe(
    v.array(item, 'must be an array'),
    v.maxLength(max, (issue) => `holds ${issue.input.length} entries; at most ${max} are accepted`),
  );
}

const IDENTIFYING_WORDS: Record<IdentifyingKind, string> = {
  cpr: 'a CPR number',
  email: 'an email address',
  name: 'a full name',
};

const reference = () =>
  v.pipe(
    v.string('must be a string'),
    v.maxLength(SYNC_LIMITS.referenceLength, `is longer than ${SYNC_LIMITS.referenceLength} characters`),
    v.minLength(1, 'must not be empty'),
    v.rawCheck(({ dataset, addIssue }) => {
      const kind = dataset.typed ? looksIdentifying(dataset.value) : null;
      if (kind) {
        addIssue({
          message: `looks like ${IDENTIFYING_WORDS[kind]}; only pseudonymous references are accepted`,
        });
      }
    }),
  );

// ---- the retention rule (one leaf in the field list) ----

const PeriodSchema = strict({
  years: integer(0, 100_000),
  months: integer(0, 100_000),
  weeks: integer(0, 100_000),
  days: integer(0, 100_000),
});

const TermSchema = strict({
  period: PeriodSchema,
  trigger: oneOf(TRIGGER_EVENTS),
  anchor: oneOf(ANCHORS),
  // A custom event's name: a known key or the rule's own words ("projektstart").
  event: v.optional(text(100)),
});

const termList = (min: number) =>
  v.pipe(
    v.array(TermSchema, 'must be an array'),
    v.minLength(min, 'must hold at least one term'),
    v.maxLength(10, (issue) => `holds ${issue.input.length} entries; at most 10 are accepted`),
  );

export const MANUAL_REASONS = [
  'purposeBased',
  'caseByCase',
  'unknownTrigger',
  'notUnderstood',
  'empty',
] as const;

const ComputedRuleSchema = v.pipe(
  strict({
    kind: v.literal('computed'),
    // Empty only when the rule is a floor and nothing else ("mindst 5 år efter ophør").
    terms: termList(0),
    floor: v.optional(termList(1)),
    combine: oneOf(['earliest', 'latest'] as const),
    ceiling: boolean(),
    legalHoldExtends: boolean(),
  }),
  v.check(
    (rule) => rule.terms.length > 0 || (rule.floor?.length ?? 0) > 0,
    'must hold at least one term or a floor',
  ),
);

const ManualRuleSchema = strict({
  kind: v.literal('manual'),
  reason: oneOf(MANUAL_REASONS),
  legalHoldExtends: boolean(),
});

const RuleSchema = v.nullable(
  v.variant('kind', [ComputedRuleSchema, ManualRuleSchema], (issue) =>
    issue.path?.at(-1)?.key === 'kind'
      ? 'must be "computed" or "manual"'
      : 'must be a retention rule object or null',
  ),
);

// ---- the register ----

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const isMonthDay = (s: string) => {
  const md = MONTH_DAY.exec(s);
  return md !== null && isIsoDate(`2000-${md[1]}-${md[2]}`);
};
const SPREADSHEET_ID = /^[A-Za-z0-9_-]{1,128}$/;
const gid = () => integer(0, 2 ** 31 - 1);

const REGISTER_ENTRIES = {
  name: doc(
    name(),
    'text ≤ 200',
    'The register name from the Organisation sheet.',
    'Fortegnelsens navn fra arket Organisation.',
  ),
  lang: doc(oneOf(['da', 'en'] as const), 'da | en', 'Language of reminders.', 'Sprog for påmindelser.'),
  timeZone: doc(
    v.pipe(
      v.string('must be a string'),
      v.maxLength(64, 'is longer than 64 characters'),
      v.minLength(1, 'must not be empty'),
      v.check((s: string) => isTimeZone(s), 'is not a known IANA time zone'),
    ),
    'IANA zone',
    "The spreadsheet's time zone, used for civil dates.",
    'Regnearkets tidszone, som datoer regnes i.',
  ),
  spreadsheetId: doc(
    v.pipe(
      v.string('must be a spreadsheet id (letters, digits, - and _)'),
      v.regex(SPREADSHEET_ID, 'must be a spreadsheet id (letters, digits, - and _)'),
    ),
    'text',
    'The spreadsheet id the register is bound to.',
    'Id på regnearket som fortegnelsen er bundet til.',
  ),
  sheetGids: strict({
    activities: doc(
      gid(),
      'integer',
      'Sheet id of Processing activities, for row links.',
      'Ark-id for Behandlingsaktiviteter, til links.',
    ),
    dataCategories: doc(
      gid(),
      'integer',
      'Sheet id of Data categories, for row links.',
      'Ark-id for Datakategorier, til links.',
    ),
    retentionLog: doc(
      gid(),
      'integer',
      'Sheet id of the Retention log, for row links.',
      'Ark-id for Slettelog, til links.',
    ),
    requests: v.optional(
      doc(gid(), 'integer', 'Sheet id of Requests, for row links.', 'Ark-id for Anmodninger, til links.'),
    ),
  }),
  fiscalYearEnd: doc(
    v.pipe(v.string('must be a month and day MM-DD'), v.check(isMonthDay, 'must be a month and day MM-DD')),
    'MM-DD',
    'End of the financial year.',
    'Regnskabsårets afslutning.',
  ),
  dueSoonDays: doc(
    integer(0, 365),
    'integer',
    'Days before a deadline that count as "due soon".',
    'Dage før en frist der tæller som "snart".',
  ),
  escalationAfterDays: doc(
    integer(0, 3650),
    'integer',
    'Days overdue before the escalation contact is told.',
    'Dage over fristen før eskaleringskontakten får besked.',
  ),
  adminEmail: doc(
    emailOrNull(),
    'email | null',
    'Administrator told about sync problems and failed sends.',
    'Administrator der får besked om synkronisering og fejl.',
  ),
  escalationEmail: doc(
    emailOrNull(),
    'email | null',
    'Contact told about items long overdue.',
    'Kontakt der får besked om elementer langt over fristen.',
  ),
};

const FLOOR_REVIEW_ENTRY = {
  floorReviewDays: doc(
    integer(0, 3650),
    'integer',
    'Days after a minimum period has run before an undecided item comes back for review.',
    'Dage efter en minimumsfrist før et element uden beslutning vises til gennemgang.',
  ),
};
/** Versions 2 and 3 sent the spreadsheet's URL; it is checked and then dropped (check.ts). */
const URL_ENTRY = {
  spreadsheetUrl: v.pipe(text(SYNC_LIMITS.urlLength), v.startsWith('https://', 'must be an https:// URL')),
};

const RegisterSchema = strict({ ...REGISTER_ENTRIES, ...FLOOR_REVIEW_ENTRY });
/** The register of payloadVersion 3: with the spreadsheet URL. */
const RegisterV3Schema = strict({ ...REGISTER_ENTRIES, ...FLOOR_REVIEW_ENTRY, ...URL_ENTRY });
/** The register of payloadVersion 2: with the URL, before floorReviewDays. */
const RegisterV2Schema = strict({ ...REGISTER_ENTRIES, ...URL_ENTRY });

// ---- the rows ----

const ActivitySchema = strict({
  id: doc(id(), 'id', 'Stable id of the processing activity.', 'Behandlingsaktivitetens faste id.'),
  name: doc(name(), 'text ≤ 200', 'Name of the processing activity.', 'Behandlingsaktivitetens navn.'),
  ownerEmail: doc(
    emailOrNull(),
    'email | null',
    'The owner who receives deletion reminders.',
    'Den ansvarlige der får påmindelser om sletning.',
  ),
  rule: doc(
    RuleSchema,
    'retention rule | null',
    'The default retention rule, parsed (periods, trigger events, flags; no free text).',
    'Standardslettefristen, fortolket (perioder, hændelser, flag; ingen fritekst).',
  ),
  ruleText: doc(
    text(SYNC_LIMITS.ruleTextLength),
    'text ≤ 500',
    'The retention text as written in the sheet, for display.',
    'Slettefristen som skrevet i arket, til visning.',
  ),
  routineCadence: doc(
    v.nullable(oneOf(CADENCE_IDS)),
    'cadence | null',
    'How often the deletion routine runs.',
    'Hvor ofte sletterutinen køres.',
  ),
  routineLastRun: doc(
    dateOrNull(),
    'date | null',
    'When the deletion routine was last carried out.',
    'Hvornår sletterutinen sidst blev kørt.',
  ),
  lastReview: doc(
    dateOrNull(),
    'date | null',
    'When the activity was last reviewed.',
    'Hvornår aktiviteten sidst blev gennemgået.',
  ),
  sheetRow: doc(
    sheetRow(),
    'integer',
    'Row of the activity in the sheet, for links.',
    'Aktivitetens række i arket, til links.',
  ),
});

const DataCategorySchema = strict({
  id: doc(id(), 'id', 'Stable id of the data-category row.', 'Datakategori-rækkens faste id.'),
  activityId: doc(id(), 'id', 'The activity the row belongs to.', 'Aktiviteten rækken hører til.'),
  rule: doc(
    RuleSchema,
    'retention rule | null',
    "The row's own parsed rule, or null for the activity default.",
    'Rækkens egen fortolkede frist, eller null for aktivitetens standard.',
  ),
  ruleText: doc(
    text(SYNC_LIMITS.ruleTextLength),
    'text ≤ 500',
    "The row's retention text, for display.",
    'Rækkens slettefrist som tekst, til visning.',
  ),
  sheetRow: doc(sheetRow(), 'integer', 'Row in the sheet, for links.', 'Række i arket, til links.'),
});

/** What each trigger event's date is; a new event in TRIGGER_EVENTS must say it here. */
const EVENT_DOCS: Record<(typeof TRIGGER_EVENTS)[number], { en: string; da: string }> = {
  collected: {
    en: 'Date the data was received or created.',
    da: 'Dato oplysningerne blev modtaget eller oprettet.',
  },
  lastContact: { en: 'Last session, purchase or activity.', da: 'Seneste session, køb eller aktivitet.' },
  relationshipEnded: { en: 'Date the relationship ended.', da: 'Dato forholdet ophørte.' },
  purposeFulfilled: { en: 'Date the purpose was fulfilled.', da: 'Dato formålet blev opfyldt.' },
  recordDate: { en: 'Date the material relates to.', da: 'Datoen materialet vedrører.' },
  customEvent: {
    en: 'Date of the named event the rule counts from when no other column fits (Event date).',
    da: 'Dato for den navngivne hændelse fristen regnes fra, når ingen anden kolonne passer (Hændelsesdato).',
  },
};

const eventDate = (event: (typeof TRIGGER_EVENTS)[number]) =>
  v.optional(doc(dateOrNull(), 'date | null', EVENT_DOCS[event].en, EVENT_DOCS[event].da));

const EventsSchema = v.strictObject(
  Object.fromEntries(TRIGGER_EVENTS.map((event) => [event, eventDate(event)])) as unknown as Record<
    (typeof TRIGGER_EVENTS)[number],
    ReturnType<typeof eventDate>
  >,
  (issue) => (issue.expected === 'never' ? 'is not a known field' : 'must be an object'),
);

const HoldingSchema = strict({
  id: doc(id(), 'id', 'Stable id of the retention-log entry.', 'Slettelog-registreringens faste id.'),
  reference: doc(
    reference(),
    'pseudonym ≤ 64',
    'Pseudonymous reference; CPR numbers, emails and names are refused.',
    'Pseudonym reference; CPR-numre, e-mails og navne afvises.',
  ),
  activityId: doc(id(), 'id', 'The activity the entry belongs to.', 'Aktiviteten registreringen hører til.'),
  dataCategoryId: doc(
    v.nullable(id()),
    'id | null',
    'The data-category row whose rule applies, if any.',
    'Datakategori-rækken hvis frist gælder, hvis nogen.',
  ),
  events: EventsSchema,
  deletedOn: doc(
    dateOrNull(),
    'date | null',
    'Date the data was deleted.',
    'Dato oplysningerne blev slettet.',
  ),
  legalHold: doc(boolean(), 'boolean', 'A legal hold stops the clock.', 'Tilbageholdelse stopper fristen.'),
  extendedUntil: doc(
    dateOrNull(),
    'date | null',
    'Extended deadline (the reason stays in the sheet).',
    'Forlænget frist (begrundelsen bliver i arket).',
  ),
  sheetRow: doc(
    sheetRow(),
    'integer',
    'Row in the retention log, for links.',
    'Række i slettelogen, til links.',
  ),
});

const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const INSTANT_MESSAGE = 'must be a UTC instant YYYY-MM-DDThh:mm:ssZ or null';
const instantOrNull = () =>
  v.nullable(
    v.pipe(
      v.string(INSTANT_MESSAGE),
      v.check((s: string) => UTC_INSTANT.test(s) && isIsoDateTime(s), INSTANT_MESSAGE),
    ),
  );

const BreachSchema = strict({
  id: doc(id(), 'id', 'Stable id of the breach.', 'Bruddets faste id.'),
  reference: doc(
    reference(),
    'pseudonym ≤ 64',
    "The breach's own reference; CPR numbers, emails and names are refused.",
    'Bruddets egen reference; CPR-numre, e-mails og navne afvises.',
  ),
  awareAt: doc(
    instantOrNull(),
    'UTC instant | null',
    'When the organisation became aware of the breach; the 72 hours run from it.',
    'Hvornår organisationen fik kendskab til bruddet; de 72 timer løber herfra.',
  ),
  risk: doc(
    v.nullable(oneOf(['noRisk', 'risk', 'highRisk'] as const)),
    'noRisk | risk | highRisk | null',
    'The risk assessment (null: not yet assessed). The description stays in the sheet.',
    'Risikovurderingen (null: ikke vurderet endnu). Beskrivelsen bliver i arket.',
  ),
  role: doc(
    oneOf(['controller', 'processor'] as const),
    'controller | processor',
    'Whether the organisation notifies Datatilsynet (controller) or its controller (processor).',
    'Om organisationen anmelder til Datatilsynet (dataansvarlig) eller underretter sin dataansvarlige (databehandler).',
  ),
  authorityNotifiedAt: doc(
    instantOrNull(),
    'UTC instant | null',
    'When Datatilsynet was notified.',
    'Hvornår Datatilsynet fik besked.',
  ),
  controllerNotifiedAt: doc(
    instantOrNull(),
    'UTC instant | null',
    'When the controller was notified (processors).',
    'Hvornår den dataansvarlige fik besked (databehandlere).',
  ),
  responsibleEmail: doc(
    emailOrNull(),
    'email | null',
    'Who handles the breach and receives its reminders.',
    'Hvem der håndterer bruddet og får påmindelserne.',
  ),
  sheetRow: doc(
    sheetRow(),
    'integer',
    'Row in the Breaches sheet, for links.',
    'Række i arket Brud, til links.',
  ),
});

const RequestSchema = strict({
  id: doc(id(), 'id', 'Stable id of the data-subject request.', 'Anmodningens faste id.'),
  reference: doc(
    reference(),
    'pseudonym ≤ 64',
    'Case number of the request; CPR numbers, emails and names are refused.',
    'Anmodningens sagsnummer; CPR-numre, e-mails og navne afvises.',
  ),
  type: doc(
    oneOf(REQUEST_TYPE_IDS),
    'right',
    'The right exercised (access, rectification, erasure, restriction, portability, objection).',
    'Rettigheden (indsigt, berigtigelse, sletning, begrænsning, dataportabilitet, indsigelse).',
  ),
  received: doc(
    v.pipe(
      v.string(DATE_MESSAGE),
      v.check((s: string) => isIsoDate(s), 'must be a date YYYY-MM-DD'),
    ),
    'date',
    'Date the request was received; the deadline runs from it.',
    'Dato anmodningen blev modtaget; fristen regnes herfra.',
  ),
  extended: doc(
    boolean(),
    'boolean',
    'The deadline is three months: a reason was given within the first month (the reason stays in the sheet).',
    'Fristen er tre måneder: der blev givet en begrundelse inden for den første måned (begrundelsen bliver i arket).',
  ),
  state: doc(
    oneOf(['open', 'answered'] as const),
    'open | answered',
    'Whether the request has been answered.',
    'Om anmodningen er besvaret.',
  ),
  responsibleEmail: doc(
    emailOrNull(),
    'email | null',
    'Who answers the request and receives its reminders.',
    'Hvem der besvarer anmodningen og får påmindelserne.',
  ),
  sheetRow: doc(
    sheetRow(),
    'integer',
    'Row in the Requests sheet, for links.',
    'Række i arket Anmodninger, til links.',
  ),
});

// ---- the payload, and how its rows refer to each other ----

const body = {
  version: doc(
    integer(1, Number.MAX_SAFE_INTEGER),
    'integer',
    'Snapshot version; a newer snapshot has a larger one.',
    'Øjebliksbilledets version; et nyere har et større tal.',
  ),
  register: RegisterSchema,
  activities: list(ActivitySchema, SYNC_LIMITS.activities),
  dataCategories: list(DataCategorySchema, SYNC_LIMITS.dataCategories),
  holdings: list(HoldingSchema, SYNC_LIMITS.holdings),
};

/** Version 4 adds the requests and the breaches. */
const bodyV4 = {
  ...body,
  requests: list(RequestSchema, SYNC_LIMITS.requests),
  breaches: list(BreachSchema, SYNC_LIMITS.breaches),
};

type Rows = { id: string }[];
type Body = {
  activities: Rows;
  breaches?: Rows;
  requests?: Rows;
  dataCategories: (Rows[number] & { activityId: string })[];
  holdings: (Rows[number] & { activityId: string; dataCategoryId: string | null })[];
};

/** Ids are unique per sheet and every reference names a row of this snapshot. */
function referencesHold(payload: Body, fail: (path: (string | number)[], message: string) => void): void {
  const ids = (rows: Rows, sheet: string) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.id)) fail([sheet, i, 'id'], `repeats the id "${row.id}"`);
      seen.add(row.id);
    });
    return seen;
  };
  const activityIds = ids(payload.activities, 'activities');
  const categoryIds = ids(payload.dataCategories, 'dataCategories');
  ids(payload.holdings, 'holdings');
  if (payload.breaches) ids(payload.breaches, 'breaches');
  if (payload.requests) ids(payload.requests, 'requests');
  payload.dataCategories.forEach((d, i) => {
    if (!activityIds.has(d.activityId))
      fail(['dataCategories', i, 'activityId'], `names no activity in this snapshot ("${d.activityId}")`);
  });
  payload.holdings.forEach((h, i) => {
    if (!activityIds.has(h.activityId))
      fail(['holdings', i, 'activityId'], `names no activity in this snapshot ("${h.activityId}")`);
    if (h.dataCategoryId !== null && !categoryIds.has(h.dataCategoryId))
      fail(
        ['holdings', i, 'dataCategoryId'],
        `names no data-category row in this snapshot ("${h.dataCategoryId}")`,
      );
  });
}

/** The references check as a valibot action; the path travels in the message (check.ts). */
function withReferences<S extends v.GenericSchema<unknown, Body>>(schema: S) {
  return v.pipe(
    schema,
    v.rawCheck<v.InferOutput<S>>(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      referencesHold(dataset.value, (path, message) =>
        addIssue({ message, path: path.map(pathItem) as unknown as [v.IssuePathItem] }),
      );
    }),
  );
}

function pathItem(key: string | number): v.IssuePathItem {
  return { type: 'unknown', origin: 'value', input: undefined, key, value: undefined };
}

/** What payloadVersion 2 could not say: a custom event, a calendar-year end, a floor. */
function previousVersionHolds(
  payload: v.InferOutput<v.ObjectSchema<typeof bodyV2, undefined>>,
  fail: (path: (string | number)[], message: string) => void,
): void {
  const message = `needs payloadVersion ${PREVIOUS_PAYLOAD_VERSION}`;
  const rule = (r: v.InferOutput<typeof RuleSchema>, path: (string | number)[]) => {
    if (r?.kind !== 'computed') return;
    if (r.floor !== undefined) fail([...path, 'floor'], message);
    r.terms.forEach((t, i) => {
      if (t.trigger === 'customEvent' || t.anchor === 'calendarYearEnd' || t.event !== undefined)
        fail([...path, 'terms', i], message);
    });
  };
  payload.activities.forEach((a, i) => {
    rule(a.rule, ['activities', i, 'rule']);
  });
  payload.dataCategories.forEach((d, i) => {
    rule(d.rule, ['dataCategories', i, 'rule']);
  });
  payload.holdings.forEach((h, i) => {
    if (h.events.customEvent !== undefined) fail(['holdings', i, 'events', 'customEvent'], message);
  });
}

/** The current payload (payloadVersion 4). */
export const SyncPayloadSchema = withReferences(
  strict({
    payloadVersion: doc(
      v.literal(PAYLOAD_VERSION, `must be ${PAYLOAD_VERSION}`),
      'integer',
      'Shape of this payload; the worker accepts the current one and the two before it.',
      'Denne datapakkes format; serveren tager imod det nuværende og de to forrige.',
    ),
    ...bodyV4,
  }),
);

/** The previous payload (payloadVersion 3: no requests or breaches, and the spreadsheet's URL). */
export const SyncPayloadPreviousSchema = withReferences(
  strict({
    payloadVersion: v.literal(PREVIOUS_PAYLOAD_VERSION, `must be ${PREVIOUS_PAYLOAD_VERSION}`),
    ...body,
    register: RegisterV3Schema,
  }),
);

const bodyV2 = { ...body, register: RegisterV2Schema };

/** The oldest payload accepted (payloadVersion 2: the URL, no custom events, calendar-year
 * ends or floors). */
export const SyncPayloadOldestSchema = v.pipe(
  withReferences(
    strict({
      payloadVersion: v.literal(OLDEST_PAYLOAD_VERSION, `must be ${OLDEST_PAYLOAD_VERSION}`),
      ...bodyV2,
    }),
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    previousVersionHolds(dataset.value, (path, message) =>
      addIssue({ message, path: path.map(pathItem) as unknown as [v.IssuePathItem] }),
    );
  }),
);
