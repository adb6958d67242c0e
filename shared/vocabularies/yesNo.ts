// Yes/no answers, as boolean cells may hold them in either language.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const YES_NO: readonly VocabularyEntry[] = [
  entry('yes', 'Ja', 'Yes', { synonyms: ['true', 'sand', 'x', '1'] }),
  entry('no', 'Nej', 'No', { synonyms: ['false', 'falsk', '0'] }),
];
