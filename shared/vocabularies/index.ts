// Every controlled vocabulary by id, and tolerant look-up of what people type: a label in either
// language, a synonym or the id, regardless of case, accents, spacing and punctuation.

import type { Lang } from '../register/types.ts';
import { ART9_CONDITIONS } from './art9Conditions.ts';
import { ART10_BASES } from './art10Bases.ts';
import { ART34_GROUNDS, BREACH_RISKS, BREACH_ROLES } from './breaches.ts';
import { CADENCES } from './cadences.ts';
import { citationKey } from './citations.ts';
import { COUNTRIES } from './countries.ts';
import { CPR_BASES } from './cprBases.ts';
import { DATA_CATEGORIES } from './dataCategories.ts';
import { DATA_SUBJECT_GROUPS } from './dataSubjectGroups.ts';
import { DELETION_METHODS } from './deletionMethods.ts';
import { DPIA_STATUSES } from './dpiaStatuses.ts';
import { LANGUAGES } from './languages.ts';
import { LEGAL_BASES } from './legalBases.ts';
import { MEASURE_TYPES } from './measureTypes.ts';
import { RECIPIENT_CATEGORIES } from './recipientCategories.ts';
import { RECIPIENT_TYPES } from './recipientTypes.ts';
import {
  ERASURE_EXCEPTIONS,
  IDENTITY_CHECKS,
  REFUSAL_REASONS,
  REQUEST_CHANNELS,
  REQUEST_OUTCOMES,
  REQUEST_TYPES,
} from './requests.ts';
import { ROLES } from './roles.ts';
import { SECURITY_MEASURES } from './securityMeasures.ts';
import { SENSITIVITIES } from './sensitivities.ts';
import { SYSTEM_TYPES } from './systemTypes.ts';
import { TRANSFER_MECHANISMS } from './transferMechanisms.ts';
import { TRIGGER_EVENT_ENTRIES } from './triggerEvents.ts';
import type { VocabularyEntry, VocabularyId } from './types.ts';
import { YES_NO } from './yesNo.ts';

/** The country table as a vocabulary: the ISO code is the id and is recognised as typed. */
const COUNTRY_ENTRIES: readonly VocabularyEntry[] = COUNTRIES.map((c) => ({
  id: c.code,
  label: c.name,
  synonyms: [c.code, ...(c.synonyms ?? [])],
  ...(c.adequacy ? { ref: c.adequacy.reference } : {}),
}));

export const VOCABULARIES: Readonly<Record<VocabularyId, readonly VocabularyEntry[]>> = {
  legalBasis: LEGAL_BASES,
  art9Condition: ART9_CONDITIONS,
  art10Basis: ART10_BASES,
  cprBasis: CPR_BASES,
  dataSubjectGroup: DATA_SUBJECT_GROUPS,
  dataCategory: DATA_CATEGORIES,
  sensitivity: SENSITIVITIES,
  recipientType: RECIPIENT_TYPES,
  recipientCategory: RECIPIENT_CATEGORIES,
  transferMechanism: TRANSFER_MECHANISMS,
  triggerEvent: TRIGGER_EVENT_ENTRIES,
  securityMeasure: SECURITY_MEASURES,
  measureType: MEASURE_TYPES,
  country: COUNTRY_ENTRIES,
  role: ROLES,
  dpiaStatus: DPIA_STATUSES,
  cadence: CADENCES,
  systemType: SYSTEM_TYPES,
  deletionMethod: DELETION_METHODS,
  yesNo: YES_NO,
  language: LANGUAGES,
  breachRisk: BREACH_RISKS,
  art34Ground: ART34_GROUNDS,
  breachRole: BREACH_ROLES,
  requestType: REQUEST_TYPES,
  requestChannel: REQUEST_CHANNELS,
  identityCheck: IDENTITY_CHECKS,
  requestOutcome: REQUEST_OUTCOMES,
  refusalReason: REFUSAL_REASONS,
  erasureException: ERASURE_EXCEPTIONS,
};

export const VOCABULARY_IDS = Object.keys(VOCABULARIES) as VocabularyId[];

/**
 * The form two spellings share when they mean the same: lower case, Danish letters spelled out
 * (æ→ae, ø→oe, å→aa, so "Færøerne" and "Faeroeerne" match while "å" never matches a bare "a"),
 * other accents dropped (é→e), and only letters and digits kept ("Art. 6(1)(a)" = "art 6 1 a").
 */
export function normaliseTerm(text: string): string {
  const known = NORMALISED.get(text);
  if (known !== undefined) return known;
  // Registers repeat the same few labels thousands of times; a bounded memo keeps them cheap.
  if (NORMALISED.size > 20_000) NORMALISED.clear();
  const key = spell(text);
  NORMALISED.set(text, key);
  return key;
}

const NORMALISED = new Map<string, string>();

function spell(text: string): string {
  const spelled = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ß/g, 'ss');
  return spelled
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** Every spelling an entry is recognised by: its id, both labels and its synonyms. */
export function spellingsOf(entry: VocabularyEntry): string[] {
  return [entry.id, entry.label.da, entry.label.en, ...(entry.synonyms ?? [])];
}

const INDEXES = new Map<VocabularyId, Map<string, VocabularyEntry>>();

function indexOf(vocab: VocabularyId): Map<string, VocabularyEntry> {
  let index = INDEXES.get(vocab);
  if (!index) {
    index = new Map();
    for (const entry of VOCABULARIES[vocab]) {
      for (const spelling of spellingsOf(entry)) {
        const key = normaliseTerm(spelling);
        // The first entry to claim a spelling keeps it; a test proves no two entries compete.
        if (key && !index.has(key)) index.set(key, entry);
      }
    }
    INDEXES.set(vocab, index);
  }
  return index;
}

/** Vocabularies of legal grounds, whose entries are also found by the citation they carry. */
const CITED: ReadonlySet<VocabularyId> = new Set(['legalBasis', 'art9Condition', 'art10Basis', 'cprBasis']);
const CITATION_INDEXES = new Map<VocabularyId, Map<string, VocabularyEntry>>();

/**
 * Entries by the citation key of their `ref`. Where one provision holds two grounds (DBL § 8(3):
 * consent or an overriding interest), a bare citation names the one that is not consent.
 */
function citationIndexOf(vocab: VocabularyId): Map<string, VocabularyEntry> {
  let index = CITATION_INDEXES.get(vocab);
  if (!index) {
    index = new Map();
    for (const entry of VOCABULARIES[vocab]) {
      const key = entry.ref ? citationKey(entry.ref) : null;
      if (!key) continue;
      const held = index.get(key);
      if (!held || (held.consent && !entry.consent)) index.set(key, entry);
    }
    CITATION_INDEXES.set(vocab, index);
  }
  return index;
}

/** The entry `text` names in either language, or undefined when the vocabulary has no such entry. */
export function findEntry(vocab: VocabularyId, text: string): VocabularyEntry | undefined {
  if (typeof text !== 'string') return undefined;
  const key = normaliseTerm(text);
  const hit = key ? indexOf(vocab).get(key) : undefined;
  if (hit || !key || !CITED.has(vocab)) return hit;
  const cited = citationKey(text);
  return cited ? citationIndexOf(vocab).get(cited) : undefined;
}

/** The entry with this id. */
export function entryById(vocab: VocabularyId, id: string): VocabularyEntry | undefined {
  return VOCABULARIES[vocab].find((e) => e.id === id);
}

/** The label of entry `id` in `lang`, or the id itself when the vocabulary has no such entry. */
export function labelOf(vocab: VocabularyId, id: string, lang: Lang): string {
  return entryById(vocab, id)?.label[lang] ?? id;
}

/** All labels of a vocabulary in `lang`, in the vocabulary's order (what a dropdown shows). */
export function labels(vocab: VocabularyId, lang: Lang): string[] {
  return VOCABULARIES[vocab].map((e) => e.label[lang]);
}

export type { VocabularyEntry, VocabularyId } from './types.ts';
