// How a deletion was carried out (recorded in the deletion log).

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const DELETION_METHODS: readonly VocabularyEntry[] = [
  entry('deleted', 'Slettet', 'Deleted', { synonyms: ['sletning', 'erased'] }),
  entry('anonymised', 'Anonymiseret', 'Anonymised', { synonyms: ['anonymisering', 'anonymized'] }),
  entry('shredded', 'Makuleret', 'Shredded', { synonyms: ['makulering', 'shredding'] }),
  entry('returned', 'Tilbageleveret', 'Returned', { synonyms: ['returneret', 'given back'] }),
];
