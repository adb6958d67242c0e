// Grounds for processing CPR numbers: DBL § 11. Not an Art. 9 category, but protected nationally.
// § 11(1) is for public authorities, § 11(2) for private bodies; its four numbers are alternative
// grounds. Disclosure as a natural part of normal business is one of them, in § 11(2) no. 3.
// § 11(3) is not a ground: it forbids publishing CPR numbers without consent.

import { entry } from './entry.ts';
import { checked, DBL } from './sources.ts';
import type { VocabularyEntry } from './types.ts';

const READ = 'consolidated text read 2026-12-04';

export const CPR_BASES: readonly VocabularyEntry[] = [
  entry(
    'dbl11_1',
    'DBL § 11(1) offentlig myndighed: entydig identifikation',
    'DBL § 11(1) public authority: unique identification',
    {
      ref: 'DBL § 11(1)',
      sector: 'public',
      synonyms: ['dbl § 11(1)', 'databeskyttelsesloven § 11 stk. 1', '§ 11 stk. 1'],
      source: checked(DBL, '§ 11, stk. 1', READ, 'Public authorities: unique identification or file number.'),
    },
  ),
  entry('dbl11_2_1', 'DBL § 11(2)(1) lovhjemmel', 'DBL § 11(2)(1) provided by law', {
    ref: 'DBL § 11(2)(1)',
    sector: 'private',
    synonyms: ['dbl § 11(2)(1)', '§ 11 stk. 2 nr. 1', 'lovhjemmel', 'provided by law'],
    source: checked(DBL, '§ 11, stk. 2, nr. 1', READ, 'Private bodies: where legislation provides for it.'),
  }),
  entry('dbl11_2_2', 'DBL § 11(2)(2) samtykke', 'DBL § 11(2)(2) consent', {
    ref: 'DBL § 11(2)(2)',
    sector: 'private',
    synonyms: ['dbl § 11(2)(2)', '§ 11 stk. 2 nr. 2'],
    consent: true,
    source: checked(DBL, '§ 11, stk. 2, nr. 2', READ, 'Private bodies: consent under Art. 7 GDPR.'),
  }),
  entry(
    'dbl11_2_3',
    'DBL § 11(2)(3) alene forskning eller statistik',
    'DBL § 11(2)(3) solely research or statistics',
    {
      ref: 'DBL § 11(2)(3)',
      sector: 'private',
      synonyms: ['dbl § 11(2)(3)', '§ 11 stk. 2 nr. 3'],
      source: checked(
        DBL,
        '§ 11, stk. 2, nr. 3',
        READ,
        'Private bodies: solely scientific or statistical purposes.',
      ),
    },
  ),
  entry(
    'dbl11_2_3disclosure',
    'DBL § 11(2)(3) videregivelse som naturligt led i driften',
    'DBL § 11(2)(3) disclosure as a natural part of normal business',
    {
      ref: 'DBL § 11(2)(3)',
      sector: 'private',
      synonyms: ['dbl § 11(2)(3) videregivelse', '§ 11 stk. 2 nr. 3 videregivelse', 'cpr disclosure'],
      source: checked(
        DBL,
        '§ 11, stk. 2, nr. 3',
        READ,
        'Private bodies: disclosure that is a natural part of normal business of that kind and decisive for unique identification, or required by a public authority. An alternative ground, not a condition on top of another.',
      ),
    },
  ),
  entry('dbl11_2_4', 'DBL § 11(2)(4) betingelse i § 7', 'DBL § 11(2)(4) a § 7 condition', {
    ref: 'DBL § 11(2)(4)',
    sector: 'private',
    synonyms: ['dbl § 11(2)(4)', '§ 11 stk. 2 nr. 4'],
    source: checked(DBL, '§ 11, stk. 2, nr. 4', READ, 'Private bodies: where a condition in § 7 is met.'),
  }),
];

/** Citations people write as a ground that are not one, with what they should cite instead. */
export interface Miscitation {
  /** The citation key (citations.ts) of the wrong citation. */
  key: string;
  /** The entry id to use instead. */
  instead: string;
  why: { da: string; en: string };
}

export const CPR_MISCITATIONS: readonly Miscitation[] = [
  {
    key: 'dbl:11:3',
    instead: 'dbl11_2_3disclosure',
    why: {
      da: 'DBL § 11, stk. 3 forbyder offentliggørelse af CPR-numre uden samtykke og er ikke et grundlag',
      en: 'DBL § 11(3) forbids publishing CPR numbers without consent and is not a ground',
    },
  },
];
