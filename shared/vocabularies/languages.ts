// The register's languages.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const LANGUAGES: readonly VocabularyEntry[] = [
  entry('da', 'Dansk', 'Danish', { synonyms: ['da', 'danish', 'dansk'] }),
  entry('en', 'Engelsk', 'English', { synonyms: ['en', 'english', 'engelsk'] }),
];
