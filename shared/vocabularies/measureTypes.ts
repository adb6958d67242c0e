// Whether a security measure is technical or organisational (Art. 32(1)).

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const MEASURE_TYPES: readonly VocabularyEntry[] = [
  entry('technical', 'Teknisk', 'Technical', { synonyms: ['tekniske'] }),
  entry('organisational', 'Organisatorisk', 'Organisational', {
    synonyms: ['organisatoriske', 'organizational'],
  }),
];
