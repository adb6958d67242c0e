// Shapes of the controlled vocabularies. The vocabularies themselves are data files in this
// folder; adding an entry changes data, not logic.

import type { Localized } from '../register/types.ts';

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
  | 'language';

/** One entry of a vocabulary. Labels never contain a comma (multi-value cells are
 * comma-separated); `synonyms` are extra spellings recognised on input. */
export interface VocabularyEntry {
  id: string;
  label: Localized;
  synonyms?: string[];
  /** A citation such as "Art. 6(1)(a)" or "DBL § 8(3)". */
  ref?: string;
}
