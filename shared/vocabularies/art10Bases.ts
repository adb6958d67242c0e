// Grounds for data about criminal convictions and offences: Art. 10 as applied in Denmark by DBL § 8.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const ART10_BASES: readonly VocabularyEntry[] = [
  entry('dbl8_1', 'DBL § 8(1) offentlig myndighed', 'DBL § 8(1) public authority', {
    ref: 'DBL § 8(1)',
    synonyms: ['dbl § 8(1)', 'databeskyttelsesloven § 8 stk. 1', '§ 8 stk. 1'],
  }),
  entry('dbl8_3consent', 'DBL § 8(3) udtrykkeligt samtykke', 'DBL § 8(3) explicit consent', {
    ref: 'DBL § 8(3)',
    synonyms: ['dbl § 8(3) samtykke', '§ 8 stk. 3 samtykke'],
    consent: true,
  }),
  entry(
    'dbl8_3interest',
    'DBL § 8(3) klart overvejende legitim interesse',
    'DBL § 8(3) clearly overriding legitimate interest',
    {
      ref: 'DBL § 8(3)',
      synonyms: ['dbl § 8(3)', 'databeskyttelsesloven § 8 stk. 3', '§ 8 stk. 3'],
    },
  ),
  entry('dbl8_4', 'DBL § 8(4) videregivelse', 'DBL § 8(4) disclosure', {
    ref: 'DBL § 8(4)',
    synonyms: ['dbl § 8(4)', 'databeskyttelsesloven § 8 stk. 4', '§ 8 stk. 4'],
  }),
  entry('dbl8_5', 'DBL § 8(5) betingelser i § 7', 'DBL § 8(5) § 7 conditions', {
    ref: 'DBL § 8(5)',
    synonyms: ['dbl § 8(5)', 'databeskyttelsesloven § 8 stk. 5', '§ 8 stk. 5'],
  }),
];
