// Whether an activity needs a data protection impact assessment (Art. 35), and how far it is.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const DPIA_STATUSES: readonly VocabularyEntry[] = [
  entry('notNeeded', 'Ikke nødvendig', 'Not needed', { synonyms: ['nej', 'no', 'not required'] }),
  entry('needed', 'Nødvendig', 'Needed', { synonyms: ['ja', 'yes', 'required', 'påkrævet'] }),
  entry('inProgress', 'I gang', 'In progress', { synonyms: ['igangværende', 'started'] }),
  entry('done', 'Gennemført', 'Done', { synonyms: ['udført', 'completed', 'færdig'] }),
  entry('unclear', 'Uafklaret', 'Unclear', { synonyms: ['ved ikke', "don't know", 'unknown'] }),
];
