// Recipient types: they decide what the register needs (a processor needs a DPA; a person employed
// by us is never a joint controller).

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const RECIPIENT_TYPES: readonly VocabularyEntry[] = [
  entry('processor', 'Databehandler', 'Processor', {
    ref: 'Art. 28',
    synonyms: ['data processor', 'leverandør'],
  }),
  entry('subProcessor', 'Underdatabehandler', 'Sub-processor', {
    ref: 'Art. 28(2)',
    synonyms: ['sub processor', 'underleverandør'],
  }),
  entry('independentController', 'Selvstændig dataansvarlig', 'Independent controller', {
    synonyms: ['dataansvarlig', 'controller', 'separate controller'],
  }),
  entry('jointController', 'Fælles dataansvarlig', 'Joint controller', {
    ref: 'Art. 26',
    synonyms: ['joint controllers'],
  }),
  entry('publicAuthority', 'Offentlig myndighed', 'Public authority', {
    synonyms: ['myndighed', 'authority', 'public body'],
  }),
  entry('internal', 'Intern modtager', 'Internal recipient', {
    synonyms: ['intern', 'internal', 'intern afdeling', 'internal department'],
  }),
];
