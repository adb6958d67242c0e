// Sensitivity classes of a data-category row: which extra ground the data needs.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const SENSITIVITIES: readonly VocabularyEntry[] = [
  entry('ordinary', 'Almindelige', 'Ordinary', {
    synonyms: ['almindelige oplysninger', 'almindelig', 'normal'],
  }),
  entry('art9', 'Følsomme (art. 9)', 'Special category (Art. 9)', {
    ref: 'Art. 9(1)',
    synonyms: ['følsomme', 'art. 9', 'special category', 'sensitive', 'følsomme oplysninger'],
  }),
  entry('art10', 'Strafbare forhold (art. 10)', 'Criminal offences (Art. 10)', {
    ref: 'Art. 10',
    synonyms: ['art. 10', 'strafbare forhold', 'criminal', 'straffedomme'],
  }),
  entry('cpr', 'CPR-nummer (DBL § 11)', 'CPR number (DBL § 11)', {
    ref: 'DBL § 11',
    synonyms: ['cpr', 'cpr-nummer', 'cpr number', 'personnummer'],
  }),
];
