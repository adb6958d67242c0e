// Grounds for processing CPR numbers: DBL § 11. Not an Art. 9 category, but protected nationally.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const CPR_BASES: readonly VocabularyEntry[] = [
  entry(
    'dbl11_1',
    'DBL § 11(1) offentlig myndighed: entydig identifikation',
    'DBL § 11(1) public authority: unique identification',
    {
      ref: 'DBL § 11(1)',
      synonyms: ['dbl § 11(1)', 'databeskyttelsesloven § 11 stk. 1', '§ 11 stk. 1'],
    },
  ),
  entry('dbl11_2_1', 'DBL § 11(2)(1) lovhjemmel', 'DBL § 11(2)(1) provided by law', {
    ref: 'DBL § 11(2)(1)',
    synonyms: ['dbl § 11(2)(1)', '§ 11 stk. 2 nr. 1', 'lovhjemmel', 'provided by law'],
  }),
  entry('dbl11_2_2', 'DBL § 11(2)(2) samtykke', 'DBL § 11(2)(2) consent', {
    ref: 'DBL § 11(2)(2)',
    synonyms: ['dbl § 11(2)(2)', '§ 11 stk. 2 nr. 2'],
    consent: true,
  }),
  entry(
    'dbl11_2_3',
    'DBL § 11(2)(3) alene forskning eller statistik',
    'DBL § 11(2)(3) solely research or statistics',
    {
      ref: 'DBL § 11(2)(3)',
      synonyms: ['dbl § 11(2)(3)', '§ 11 stk. 2 nr. 3'],
    },
  ),
  entry('dbl11_2_4', 'DBL § 11(2)(4) betingelse i § 7', 'DBL § 11(2)(4) a § 7 condition', {
    ref: 'DBL § 11(2)(4)',
    synonyms: ['dbl § 11(2)(4)', '§ 11 stk. 2 nr. 4'],
  }),
  entry('dbl11_3', 'DBL § 11(3) videregivelse', 'DBL § 11(3) disclosure', {
    ref: 'DBL § 11(3)',
    synonyms: ['dbl § 11(3)', 'databeskyttelsesloven § 11 stk. 3', '§ 11 stk. 3'],
  }),
];
