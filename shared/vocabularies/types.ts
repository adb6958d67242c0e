// Shapes of the controlled vocabularies. The vocabularies themselves are data files in this
// folder; adding an entry changes data, not logic.

import type { Localized } from '../register/types.ts';
import type { LegalSource } from './sources.ts';

export type VocabularyId =
  | 'legalBasis' // Art. 6(1)
  | 'art9Condition' // Art. 9(2) with DBL § 7 and § 12
  | 'art10Basis' // Art. 10 / DBL § 8
  | 'cprBasis' // DBL § 11
  | 'dataSubjectGroup'
  | 'dataCategory' // personal-data categories, each with a sensitivity class
  | 'sensitivity' // ordinary / art9 / art10 / cpr
  | 'recipientType' // processor, sub-processor, independent controller, ...
  | 'recipientCategory'
  | 'transferMechanism'
  | 'triggerEvent'
  | 'securityMeasure'
  | 'measureType' // technical / organisational
  | 'country'
  | 'role' // controller / processor / both
  | 'dpiaStatus'
  | 'cadence' // deletion-routine cadence
  | 'systemType'
  | 'deletionMethod'
  | 'yesNo'
  | 'language'
  | 'breachRisk' // Art. 33(1), 34(1)
  | 'art34Ground' // Art. 34(3)(a)-(c)
  | 'breachRole' // Art. 33(1) controller, 33(2) processor
  | 'requestType' // the right exercised, Arts. 15-21
  | 'requestChannel'
  | 'identityCheck'
  | 'requestOutcome'
  | 'refusalReason' // the reason Art. 12(4) asks for
  | 'erasureException'; // Art. 17(3)(b)-(e)

/** One entry of a vocabulary. Labels never contain a comma (multi-value cells are
 * comma-separated); `synonyms` are extra spellings recognised on input. */
export interface VocabularyEntry extends VocabularyEntryFacts {
  id: string;
  label: Localized;
  synonyms?: string[];
  /** A citation such as "Art. 6(1)(a)" or "DBL § 8(3)". */
  ref?: string;
  /** Where the citation was checked (act, provision, version, date). */
  source?: LegalSource;
}

/** The sensitivity class of a personal-data category: it decides which extra legal ground is needed. */
export type SensitivityClass = 'ordinary' | 'art9' | 'art10' | 'cpr';

/** Whether a security measure is technical or organisational (Art. 32(1)). */
export type MeasureKind = 'technical' | 'organisational';

/**
 * Extra facts some vocabularies carry (all optional, so every vocabulary shares one entry type).
 * Logic reads these flags instead of hard-coding entry ids.
 */
export interface VocabularyEntryFacts {
  /** dataCategory: the class that decides the extra ground needed (Art. 9, Art. 10, DBL § 11). */
  sensitivity?: SensitivityClass;
  /** securityMeasure: technical or organisational. */
  measureType?: MeasureKind;
  /** transferMechanism: no longer a valid basis for a transfer. */
  outdated?: boolean;
  /** transferMechanism: the date from which an outdated basis could no longer be relied on. */
  invalidSince?: string;
  /** legalBasis/art9Condition/art10Basis/cprBasis: the ground is consent (needs a consent record). */
  consent?: boolean;
  /** dataSubjectGroup: the group is (or includes) children. */
  children?: boolean;
  /** recipientCategory: the recipient type such a recipient normally has (a recipientType id). */
  usualType?: string;
  /** recipientCategory: such recipients decide their own purposes, so they are never our processor. */
  independent?: boolean;
  /** art9Condition/art10Basis/cprBasis: the ground is for public authorities only, or private bodies only. */
  sector?: 'public' | 'private';
  /** art9Condition: a private body needs the supervisory authority's permission (its reference). */
  needsPermission?: boolean;
  /** transferMechanism (outdated): the mechanism ids that replace it. */
  replacedBy?: string[];
  /** dataSubjectGroup: the group is the organisation's staff (consent is rarely free, EDPB 05/2020). */
  staff?: boolean;
  /** legalBasis/art9Condition: the Art. 17(3) exceptions to erasure the ground points to
   * (erasureException ids), shown on an erasure request for the activity. */
  erasureExceptions?: string[];
}
