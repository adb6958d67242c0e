// The register's role: controller (Art. 30(1)), processor (Art. 30(2)) or both.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const ROLES: readonly VocabularyEntry[] = [
  entry('controller', 'Dataansvarlig', 'Controller', { ref: 'Art. 30(1)', synonyms: ['data controller'] }),
  entry('processor', 'Databehandler', 'Processor', { ref: 'Art. 30(2)', synonyms: ['data processor'] }),
  entry('both', 'Både dataansvarlig og databehandler', 'Both controller and processor', {
    ref: 'Art. 30(1)/(2)',
    synonyms: ['begge', 'both'],
  }),
];
