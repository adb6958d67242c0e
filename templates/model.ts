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

/** Renders a template in one language. Throws on a template that refers to something it lacks. */
export function renderTemplate(source: TemplateSource, lang: Lang): RegisterDocument {
  const fill = PLACEHOLDER[lang];
  const text = (value: Localized | undefined) => (value ? value[lang] : '');
  const recipientIndex = new Map(
    source.recipients.map((r, i) => [r.key, { r, id: `${source.prefix}-rec-${pad(i + 1)}` }]),
  );
  const systemIndex = new Map(source.systems.map((s) => [s.key, s]));
  const measureIds = new Set(source.securityMeasures.map((m) => m.measure));

  const recipient = (key: string) => {
    const hit = recipientIndex.get(key);
    if (!hit) throw new Error(`Template ${source.id} refers to unknown recipient "${key}"`);
    return hit.r;
  };
  const system = (key: string) => {
    const hit = systemIndex.get(key);
    if (!hit) throw new Error(`Template ${source.id} refers to unknown system "${key}"`);
    return hit;
  };
  const measures = (ids: readonly string[]) => {
    for (const id of ids) {
      if (!measureIds.has(id)) throw new Error(`Template ${source.id} uses measure "${id}" it does not list`);
    }
    return labels('securityMeasure', ids, lang);
  };
  /** Countries outside the EU/EEA among these recipients, in first-seen order. */
  const thirdCountriesOf = (recipientKeys: readonly string[]) =>
    unique(recipientKeys.map((k) => recipient(k).country)).filter((code) => !countryByCode(code)?.eea);
  const noneOr = (items: string[]) => (items.length > 0 ? items.join(', ') : NONE_WORD[lang]);

  const activities: DocumentRow[] = [];
  const dataCategories: DocumentRow[] = [];
  for (const a of source.activities) {
    const activityName = text(a.name);
    const systemSuppliers = a.systems.map((k) => system(k).processor).filter((k): k is string => !!k);
    const systemCountries = a.systems.map((k) => system(k).country).filter((c) => !countryByCode(c)?.eea);
    activities.push(
      row('activities', {
        id: a.id,
        name: activityName,
        purpose: text(a.purpose),
        owner: fill,
        legalBases: labels('legalBasis', a.legalBases, lang),
        art9Conditions: labels('art9Condition', a.art9Conditions, lang),
        art10Basis: labels('art10Basis', a.art10Basis, lang),
        cprBasis: labels('cprBasis', a.cprBasis, lang),
        consentRecord: text(a.consentRecord),
        legitimateInterestAssessment: text(a.legitimateInterestAssessment),
        dataSource: text(a.dataSource),
        automatedDecisions: a.automatedDecisions ?? false,
        dpiaStatus: label('dpiaStatus', a.dpiaStatus, lang),
        systems: a.systems.map((k) => system(k).name[lang]).join(', '),
        securityMeasures: measures(a.securityMeasures),
        retention: text(a.retention),
        deletionRoutine: text(a.deletionRoutine),
        routineCadence: a.routineCadence ? label('cadence', a.routineCadence, lang) : '',
        improvements: text(a.improvements),
      }),
    );
    a.groups.forEach((g, i) => {
      const viaSystems = g.viaSystems ?? true;
      const recipientKeys = unique([...(g.recipients ?? []), ...(viaSystems ? systemSuppliers : [])]);
      const countries = unique([...thirdCountriesOf(recipientKeys), ...(viaSystems ? systemCountries : [])]);
      dataCategories.push(
        row('dataCategories', {
          id: `${a.id.replace('-act-', '-dc-')}-${i + 1}`,
          activityId: a.id,
          activity: activityName,
          subjectGroup: label('dataSubjectGroup', g.subjectGroup, lang),
          dataCategories: labels('dataCategory', g.data, lang),
          sensitivity: labels('sensitivity', sensitivitiesOf(g.data), lang),
          recipients: noneOr(recipientKeys.map((k) => recipient(k).name[lang])),
          thirdCountries: noneOr(countries.map((c) => countryLabel(c, lang))),
          retention: text(g.retention),
        }),
      );
    });
  }

  const recipients = source.recipients.map((r) =>
    row('recipients', {
      id: recipientIndex.get(r.key)!.id,
      name: r.name[lang],
      type: label('recipientType', r.type, lang),
      category: r.category ? label('recipientCategory', r.category, lang) : '',
      country: countryLabel(r.country, lang),
      transferMechanism: r.transferMechanism ? label('transferMechanism', r.transferMechanism, lang) : '',
      // Only a processor has a data processing agreement (Art. 28); its date is the user's to fill in.
      dpaDate: r.type === 'processor' || r.type === 'subProcessor' ? fill : '',
      contact: text(r.contact),
    }),
  );

  const systems = source.systems.map((s, i) =>
    row('systems', {
      id: `${source.prefix}-sys-${pad(i + 1)}`,
      name: s.name[lang],
      type: label('systemType', s.type, lang),
      processor: s.processor ? recipient(s.processor).name[lang] : '',
      country: countryLabel(s.country, lang),
      notes: text(s.notes),
    }),
  );

  const securityMeasures = source.securityMeasures.map((m, i) =>
    row('securityMeasures', {
      id: `${source.prefix}-sec-${pad(i + 1)}`,
      name: label('securityMeasure', m.measure, lang),
      type: label('measureType', entryById('securityMeasure', m.measure)?.measureType ?? 'technical', lang),
      description: text(m.description),
    }),
  );

  const processorRecord = (source.processorRecord ?? []).map((p) => {
    const countries = thirdCountriesOf(p.subProcessors);
    const mechanisms = unique(
      p.subProcessors
        .map((k) => recipient(k))
        .filter((r) => countries.includes(r.country) && r.transferMechanism),
    ).map((r) => r.transferMechanism!);
    if (unique(mechanisms).length > 1) {
      throw new Error(
        `Processor record ${p.id} mixes transfer mechanisms; split it into one row per mechanism`,
      );
    }
    return row('processorRecord', {
      id: p.id,
      controllerName: text(p.controllerName),
      controllerContact: fill,
      processingCategories: text(p.processingCategories),
      subProcessors: noneOr(p.subProcessors.map((k) => recipient(k).name[lang])),
      thirdCountries: noneOr(countries.map((c) => countryLabel(c, lang))),
      transferMechanism: mechanisms[0] ? label('transferMechanism', mechanisms[0], lang) : '',
      securityMeasures: measures(p.securityMeasures),
      dpaDate: fill,
    });
  });

  const sheets: RegisterDocument['sheets'] = {
    activities,
    dataCategories,
    recipients,
    systems,
    securityMeasures,
  };
  if (source.processorRecord) sheets.processorRecord = processorRecord;

  return {
    schemaVersion: SCHEMA_VERSION,
    lang,
    organisation: {
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
    },
    sheets,
  };
}
