// How a template is written, and how it becomes a RegisterDocument in Danish or English.
// A template is written once, bilingually: every text is a {da, en} pair and every controlled
// value is a vocabulary id. `renderTemplate` turns it into the sheet-shaped document of one
// language, with the vocabulary labels of that language in the cells and references written
// as the names they point to. Writing each template once is what keeps its Danish and English
// versions the same register; the tests check the rendered documents, not this source.

import { PLACEHOLDER, SCHEMA_VERSION, sheetDef } from '../shared/register/schema.ts';
import type {
  CellValue,
  DocumentRow,
  Lang,
  Localized,
  RegisterDocument,
  TableSheetId,
} from '../shared/register/types.ts';
import { countryByCode } from '../shared/vocabularies/countries.ts';
import { entryById, labelOf } from '../shared/vocabularies/index.ts';
import type { LegalSource } from '../shared/vocabularies/sources.ts';
import type { VocabularyId } from '../shared/vocabularies/types.ts';

/** The word a template writes where a recipients or third-country cell has nothing. */
export const NONE_WORD: Localized = { da: 'Ingen', en: 'None' };

export const L = (da: string, en: string): Localized => ({ da, en });

/** A placeholder cell: the user must fill it in (the validator warns until they do). */
export const FILL_IN = 'fillIn' as const;

export interface RecipientSource {
  /** Key used by the template's own references; the rendered row gets `${prefix}-rec-NN`. */
  key: string;
  name: Localized;
  /** recipientType id. */
  type: string;
  /** recipientCategory id. */
  category?: string;
  /** Country code (countries table). */
  country: string;
  /** transferMechanism id, for recipients outside the EU/EEA. */
  transferMechanism?: string;
  contact?: Localized;
}

export interface SystemSource {
  key: string;
  name: Localized;
  /** systemType id. */
  type: string;
  /** Recipient key of the supplier that processes data in the system. */
  processor?: string;
  country: string;
  notes?: Localized;
}

export interface MeasureSource {
  /** securityMeasure id (the name is its label). */
  measure: string;
  description: Localized;
}

export interface GroupSource {
  /** dataSubjectGroup id. */
  subjectGroup: string;
  /** dataCategory ids. */
  data: string[];
  /** Recipient keys that receive exactly this data (the activity's system suppliers are added). */
  recipients?: string[];
  /** Whether the suppliers of the activity's systems receive this row's data (default true). */
  viaSystems?: boolean;
  /** This row's own retention rule, where it differs from the activity's default. */
  retention?: Localized;
}

/** A statement of law a template makes, with where it was checked (docs/legal-sources.md). */
export interface SourcedStatement {
  statement: Localized;
  source: LegalSource;
}

/** One of several statutory periods an activity's retention can follow, e.g. per profession. */
export interface RetentionChoice {
  key: string;
  /** Who the period applies to, e.g. "Læger" / "Doctors". */
  label: Localized;
  retention: Localized;
  source: LegalSource;
}

export interface ActivitySource {
  /** Stable id, e.g. 'coach-act-01'. */
  id: string;
  name: Localized;
  purpose: Localized;
  /** legalBasis ids. */
  legalBases: string[];
  art9Conditions?: string[];
  art10Basis?: string[];
  cprBasis?: string[];
  consentRecord?: Localized;
  legitimateInterestAssessment?: Localized;
  dataSource: Localized;
  automatedDecisions?: boolean;
  /** dpiaStatus id. */
  dpiaStatus: string;
  /** System keys. */
  systems: string[];
  /** securityMeasure ids (must be on the template's security sheet). */
  securityMeasures: string[];
  retention: Localized;
  deletionRoutine?: Localized;
  /** cadence id. */
  routineCadence?: string;
  improvements?: Localized;
  groups: GroupSource[];
  /** The law the activity's cells rest on, with sources. */
  sources?: SourcedStatement[];
  /** Statutory retention periods to choose from; `retention` is the default choice's rule. */
  retentionChoices?: RetentionChoice[];
}

export interface ProcessorRecordSource {
  id: string;
  controllerName: Localized;
  processingCategories: Localized;
  /** Recipient keys (sub-processors). Third countries and the mechanism follow from them. */
  subProcessors: string[];
  securityMeasures: string[];
}

export interface TemplateSource {
  /** Template id, e.g. 'coach'. */
  id: string;
  /** Prefix of the rows' stable ids, e.g. 'coach' gives 'coach-act-01'. */
  prefix: string;
  /** The kind of organisation, e.g. 'health', 'staffing', 'publicSector'. */
  kind: string;
  title: Localized;
  organisation: {
    /** role id: controller or both. */
    role: 'controller' | 'processor' | 'both';
    isPublicAuthority: boolean;
    /** 'none' when the template's organisation normally needs no DPO (Art. 37(1)). */
    dpo: 'none' | typeof FILL_IN;
  };
  recipients: RecipientSource[];
  systems: SystemSource[];
  securityMeasures: MeasureSource[];
  activities: ActivitySource[];
  processorRecord?: ProcessorRecordSource[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function labels(vocab: VocabularyId, ids: readonly string[] | undefined, lang: Lang): string {
  return (ids ?? []).map((id) => label(vocab, id, lang)).join(', ');
}

function label(vocab: VocabularyId, id: string, lang: Lang): string {
  if (!entryById(vocab, id)) throw new Error(`Template uses unknown ${vocab} id "${id}"`);
  return labelOf(vocab, id, lang);
}

function countryLabel(code: string, lang: Lang): string {
  const country = countryByCode(code);
  if (!country) throw new Error(`Template uses unknown country "${code}"`);
  return country.name[lang];
}

/** A row with every non-computed column of `sheet`, blanks as ''. */
function row(sheet: TableSheetId, values: Record<string, CellValue | undefined>): DocumentRow {
  const out: DocumentRow = {};
  for (const column of sheetDef(sheet).columns) {
    if (column.computed) continue;
    out[column.id] = values[column.id] ?? '';
  }
  return out;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** The sensitivity classes of a set of data categories, in vocabulary order. */
function sensitivitiesOf(data: readonly string[]): string[] {
  const classes = new Set(data.map((id) => entryById('dataCategory', id)?.sensitivity ?? 'ordinary'));
  return ['ordinary', 'art9', 'art10', 'cpr'].filter((c) => classes.has(c as never));
}

/** What every part of a rendering needs: the language, and lookups that refuse unknown keys. */
interface Rendering {
  source: TemplateSource;
  lang: Lang;
  fill: string;
  text(value: Localized | undefined): string;
  recipientId(key: string): string;
  recipient(key: string): RecipientSource;
  system(key: string): SystemSource;
  measures(ids: readonly string[]): string;
  /** Countries outside the EU/EEA among these recipients, in first-seen order. */
  thirdCountriesOf(recipientKeys: readonly string[]): string[];
  noneOr(items: string[]): string;
  /** The chosen statutory retention period per activity id (RetentionChoice keys). */
  choices: Readonly<Record<string, string>>;
}

function rendering(
  source: TemplateSource,
  lang: Lang,
  choices: Readonly<Record<string, string>> = {},
): Rendering {
  const recipientIndex = new Map(
    source.recipients.map((r, i) => [r.key, { r, id: `${source.prefix}-rec-${pad(i + 1)}` }]),
  );
  const systemIndex = new Map(source.systems.map((s) => [s.key, s]));
  const measureIds = new Set(source.securityMeasures.map((m) => m.measure));
  const recipientHit = (key: string) => {
    const hit = recipientIndex.get(key);
    if (!hit) throw new Error(`Template ${source.id} refers to unknown recipient "${key}"`);
    return hit;
  };
  const recipient = (key: string) => recipientHit(key).r;
  return {
    source,
    lang,
    fill: PLACEHOLDER[lang],
    text: (value) => (value ? value[lang] : ''),
    recipientId: (key) => recipientHit(key).id,
    recipient,
    system: (key) => {
      const hit = systemIndex.get(key);
      if (!hit) throw new Error(`Template ${source.id} refers to unknown system "${key}"`);
      return hit;
    },
    measures: (ids) => {
      for (const id of ids) {
        if (!measureIds.has(id))
          throw new Error(`Template ${source.id} uses measure "${id}" it does not list`);
      }
      return labels('securityMeasure', ids, lang);
    },
    thirdCountriesOf: (recipientKeys) =>
      unique(recipientKeys.map((k) => recipient(k).country)).filter((code) => !countryByCode(code)?.eea),
    noneOr: (items) => (items.length > 0 ? items.join(', ') : NONE_WORD[lang]),
    choices,
  };
}

/** The retention rule of an activity, or of the choice `key` among its statutory periods. */
function chosenRetention(a: ActivitySource, key: string | undefined): Localized {
  if (key === undefined) return a.retention;
  const choice = a.retentionChoices?.find((c) => c.key === key);
  if (!choice) {
    const known = (a.retentionChoices ?? []).map((c) => c.key).join(', ') || 'none';
    throw new Error(`Activity ${a.id} has no retention choice "${key}" (choices: ${known})`);
  }
  return choice.retention;
}

function activityRow(r: Rendering, a: ActivitySource): DocumentRow {
  const { lang, text } = r;
  return row('activities', {
    id: a.id,
    name: text(a.name),
    purpose: text(a.purpose),
    owner: r.fill,
    legalBases: labels('legalBasis', a.legalBases, lang),
    art9Conditions: labels('art9Condition', a.art9Conditions, lang),
    art10Basis: labels('art10Basis', a.art10Basis, lang),
    cprBasis: labels('cprBasis', a.cprBasis, lang),
    consentRecord: text(a.consentRecord),
    legitimateInterestAssessment: text(a.legitimateInterestAssessment),
    dataSource: text(a.dataSource),
    automatedDecisions: a.automatedDecisions ?? false,
    dpiaStatus: label('dpiaStatus', a.dpiaStatus, lang),
    systems: a.systems.map((k) => r.system(k).name[lang]).join(', '),
    securityMeasures: r.measures(a.securityMeasures),
    retention: text(chosenRetention(a, r.choices[a.id])),
    deletionRoutine: text(a.deletionRoutine),
    routineCadence: a.routineCadence ? label('cadence', a.routineCadence, lang) : '',
    improvements: text(a.improvements),
  });
}

/** One data-category row per group; a group's systems' suppliers are its recipients unless it says not. */
function dataCategoryRows(r: Rendering, a: ActivitySource): DocumentRow[] {
  const { lang } = r;
  const systemSuppliers = a.systems.map((k) => r.system(k).processor).filter((k): k is string => !!k);
  const systemCountries = a.systems.map((k) => r.system(k).country).filter((c) => !countryByCode(c)?.eea);
  return a.groups.map((g, i) => {
    const viaSystems = g.viaSystems ?? true;
    const recipientKeys = unique([...(g.recipients ?? []), ...(viaSystems ? systemSuppliers : [])]);
    const countries = unique([...r.thirdCountriesOf(recipientKeys), ...(viaSystems ? systemCountries : [])]);
    return row('dataCategories', {
      id: `${a.id.replace('-act-', '-dc-')}-${i + 1}`,
      activityId: a.id,
      activity: r.text(a.name),
      subjectGroup: label('dataSubjectGroup', g.subjectGroup, lang),
      dataCategories: labels('dataCategory', g.data, lang),
      sensitivity: labels('sensitivity', sensitivitiesOf(g.data), lang),
      recipients: r.noneOr(recipientKeys.map((k) => r.recipient(k).name[lang])),
      thirdCountries: r.noneOr(countries.map((c) => countryLabel(c, lang))),
      retention: r.text(g.retention),
    });
  });
}

function recipientRows(r: Rendering): DocumentRow[] {
  const { lang } = r;
  return r.source.recipients.map((rec) =>
    row('recipients', {
      id: r.recipientId(rec.key),
      name: rec.name[lang],
      type: label('recipientType', rec.type, lang),
      category: rec.category ? label('recipientCategory', rec.category, lang) : '',
      country: countryLabel(rec.country, lang),
      transferMechanism: rec.transferMechanism ? label('transferMechanism', rec.transferMechanism, lang) : '',
      // Only a processor has a data processing agreement (Art. 28); its date is the user's to fill in.
      dpaDate: rec.type === 'processor' || rec.type === 'subProcessor' ? r.fill : '',
      contact: r.text(rec.contact),
    }),
  );
}

function systemRows(r: Rendering): DocumentRow[] {
  const { lang, source } = r;
  return source.systems.map((s, i) =>
    row('systems', {
      id: `${source.prefix}-sys-${pad(i + 1)}`,
      name: s.name[lang],
      type: label('systemType', s.type, lang),
      processor: s.processor ? r.recipient(s.processor).name[lang] : '',
      country: countryLabel(s.country, lang),
      notes: r.text(s.notes),
    }),
  );
}

function securityMeasureRows(r: Rendering): DocumentRow[] {
  const { lang, source } = r;
  return source.securityMeasures.map((m, i) =>
    row('securityMeasures', {
      id: `${source.prefix}-sec-${pad(i + 1)}`,
      name: label('securityMeasure', m.measure, lang),
      type: label('measureType', entryById('securityMeasure', m.measure)?.measureType ?? 'technical', lang),
      description: r.text(m.description),
    }),
  );
}

/** The Art. 30(2) rows; one row states one transfer mechanism, so a row that would mix them is refused. */
function processorRecordRows(
  r: Rendering,
  records: NonNullable<TemplateSource['processorRecord']>,
): DocumentRow[] {
  const { lang } = r;
  return records.map((p) => {
    const countries = r.thirdCountriesOf(p.subProcessors);
    const mechanisms = unique(
      p.subProcessors
        .map((k) => r.recipient(k))
        .filter((rec) => countries.includes(rec.country) && rec.transferMechanism),
    ).map((rec) => rec.transferMechanism!);
    if (unique(mechanisms).length > 1) {
      throw new Error(
        `Processor record ${p.id} mixes transfer mechanisms; split it into one row per mechanism`,
      );
    }
    return row('processorRecord', {
      id: p.id,
      controllerName: r.text(p.controllerName),
      controllerContact: r.fill,
      processingCategories: r.text(p.processingCategories),
      subProcessors: r.noneOr(p.subProcessors.map((k) => r.recipient(k).name[lang])),
      thirdCountries: r.noneOr(countries.map((c) => countryLabel(c, lang))),
      transferMechanism: mechanisms[0] ? label('transferMechanism', mechanisms[0], lang) : '',
      securityMeasures: r.measures(p.securityMeasures),
      dpaDate: r.fill,
    });
  });
}

/** The Organisation sheet: the template's title and role; everything about the user is a placeholder. */
function organisationFields(r: Rendering): RegisterDocument['organisation'] {
  const { lang, source, fill } = r;
  return {
    registerName: source.title[lang],
    role: label('role', source.organisation.role, lang),
    controllerName: fill,
    controllerAddress: fill,
    controllerRegNo: fill,
    controllerEmail: fill,
    controllerPhone: fill,
    isPublicAuthority: source.organisation.isPublicAuthority,
    jointControllerName: '',
    jointControllerContact: '',
    representativeName: '',
    representativeContact: '',
    dpoName: source.organisation.dpo === 'none' ? NONE_WORD[lang] : fill,
    dpoContact: source.organisation.dpo === 'none' ? '' : fill,
    fiscalYearEnd: '12-31',
    language: label('language', lang, lang),
    dueSoonDays: 14,
    escalationAfterDays: 14,
    adminEmail: fill,
    escalationEmail: fill,
  };
}

/** Renders a template in one language. Throws on a template that refers to something it lacks. */
export function renderTemplate(
  source: TemplateSource,
  lang: Lang,
  options: { choices?: Readonly<Record<string, string>> } = {},
): RegisterDocument {
  const r = rendering(source, lang, options.choices);
  const activities: DocumentRow[] = [];
  const dataCategories: DocumentRow[] = [];
  for (const a of source.activities) {
    activities.push(activityRow(r, a));
    dataCategories.push(...dataCategoryRows(r, a));
  }
  const sheets: RegisterDocument['sheets'] = {
    activities,
    dataCategories,
    recipients: recipientRows(r),
    systems: systemRows(r),
    securityMeasures: securityMeasureRows(r),
  };
  if (source.processorRecord) sheets.processorRecord = processorRecordRows(r, source.processorRecord);
  return { schemaVersion: SCHEMA_VERSION, lang, organisation: organisationFields(r), sheets };
}
