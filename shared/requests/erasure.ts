// The exceptions to the right to erasure (GDPR Art. 17(3)) that an activity's own legal bases
// point to: an activity run to comply with a legal obligation or a public task (6(1)(c) and
// (e)) may keep data under point (b), health care and public health under (c), research under
// (d), legal claims under (e). Which basis points where is data on the vocabulary entries
// (`erasureExceptions`); this only collects it. A hint for the person answering, not a decision:
// the exception applies only "to the extent that processing is necessary".

import { cellText } from '../register/document.ts';
import { splitMulti } from '../register/schema.ts';
import type { DocumentRow } from '../register/types.ts';
import { findEntry, VOCABULARIES } from '../vocabularies/index.ts';
import type { VocabularyEntry } from '../vocabularies/types.ts';

const GROUND_COLUMNS = [
  ['legalBases', 'legalBasis'],
  ['art9Conditions', 'art9Condition'],
] as const;

/** The Art. 17(3) exceptions an activity row's legal bases point to, in the order of Art. 17(3). */
export function erasureExceptionsOf(activity: DocumentRow): VocabularyEntry[] {
  const ids = new Set<string>();
  for (const [column, vocabulary] of GROUND_COLUMNS) {
    for (const label of splitMulti(cellText(activity[column]))) {
      for (const id of findEntry(vocabulary, label)?.erasureExceptions ?? []) ids.add(id);
    }
  }
  return VOCABULARIES.erasureException.filter((e) => ids.has(e.id));
}
