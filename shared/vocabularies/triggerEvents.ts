// The events a retention period counts from. Each is a date column of the retention log.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const TRIGGER_EVENT_ENTRIES: readonly VocabularyEntry[] = [
  entry('collected', 'Modtaget', 'Collected', {
    synonyms: ['modtagelse', 'oprettet', 'indsamlet', 'received', 'created'],
  }),
  entry('lastContact', 'Seneste kontakt', 'Last contact', {
    synonyms: [
      'sidste kontakt',
      'seneste session',
      'sidste køb',
      'inaktivitet',
      'last activity',
      'last purchase',
    ],
  }),
  entry('relationshipEnded', 'Forhold ophørt', 'Relationship ended', {
    synonyms: ['ophør', 'fratrædelse', 'kontraktens ophør', 'end of contract', 'employment ended'],
  }),
  entry('purposeFulfilled', 'Formål opfyldt', 'Purpose fulfilled', {
    synonyms: ['stilling besat', 'sag lukket', 'case closed'],
  }),
  entry('recordDate', 'Bilagsdato', 'Record date', { synonyms: ['regnskabsår', 'financial year', 'bilag'] }),
];
