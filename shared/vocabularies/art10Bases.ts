// Grounds for data about criminal convictions and offences: Art. 10 as applied in Denmark by DBL § 8
// (and § 10 for research). § 8(1)–(2) are for public authorities, § 8(3)–(4) for private bodies.

import { entry } from './entry.ts';
import { checked, DBL } from './sources.ts';
import type { VocabularyEntry } from './types.ts';

const READ = 'consolidated text read 2026-12-04';

export const ART10_BASES: readonly VocabularyEntry[] = [
  entry('dbl8_1', 'DBL § 8(1) offentlig myndighed', 'DBL § 8(1) public authority', {
    ref: 'DBL § 8(1)',
    sector: 'public',
    synonyms: ['dbl § 8(1)', 'databeskyttelsesloven § 8 stk. 1', '§ 8 stk. 1'],
    source: checked(
      DBL,
      '§ 8, stk. 1',
      READ,
      "Public administration: only where necessary for the authority's tasks.",
    ),
  }),
  entry(
    'dbl8_2',
    'DBL § 8(2) offentlig myndighed: videregivelse',
    'DBL § 8(2) public authority: disclosure',
    {
      ref: 'DBL § 8(2)',
      sector: 'public',
      synonyms: ['dbl § 8(2)', 'databeskyttelsesloven § 8 stk. 2', '§ 8 stk. 2'],
      source: checked(
        DBL,
        '§ 8, stk. 2',
        READ,
        'Public administration: disclosure only in the four listed cases.',
      ),
    },
  ),
  entry('dbl8_3consent', 'DBL § 8(3) udtrykkeligt samtykke', 'DBL § 8(3) explicit consent', {
    ref: 'DBL § 8(3)',
    sector: 'private',
    synonyms: ['dbl § 8(3) samtykke', '§ 8 stk. 3 samtykke'],
    consent: true,
    source: checked(DBL, '§ 8, stk. 3, 1. pkt.', READ, 'Private bodies: explicit consent.'),
  }),
  entry(
    'dbl8_3interest',
    'DBL § 8(3) klart overvejende legitim interesse',
    'DBL § 8(3) clearly overriding legitimate interest',
    {
      ref: 'DBL § 8(3)',
      sector: 'private',
      synonyms: ['dbl § 8(3)', 'databeskyttelsesloven § 8 stk. 3', '§ 8 stk. 3'],
      source: checked(
        DBL,
        '§ 8, stk. 3, 2. pkt.',
        READ,
        'Private bodies: a legitimate interest that clearly overrides.',
      ),
    },
  ),
  entry('dbl8_4', 'DBL § 8(4) videregivelse', 'DBL § 8(4) disclosure', {
    ref: 'DBL § 8(4)',
    sector: 'private',
    synonyms: ['dbl § 8(4)', 'databeskyttelsesloven § 8 stk. 4', '§ 8 stk. 4'],
    source: checked(
      DBL,
      '§ 8, stk. 4',
      READ,
      'Private bodies: disclosure on explicit consent or a clearly overriding interest.',
    ),
  }),
  entry('dbl8_5', 'DBL § 8(5) betingelser i § 7', 'DBL § 8(5) § 7 conditions', {
    ref: 'DBL § 8(5)',
    synonyms: ['dbl § 8(5)', 'databeskyttelsesloven § 8 stk. 5', '§ 8 stk. 5'],
    source: checked(DBL, '§ 8, stk. 5', READ, 'Processing also where the conditions in § 7 are met.'),
  }),
  entry('dbl10_art10', 'DBL § 10 forskning og statistik', 'DBL § 10 research and statistics', {
    ref: 'DBL § 10',
    synonyms: ['dbl § 10', 'databeskyttelsesloven § 10', '§ 10 stk. 1'],
    source: checked(
      DBL,
      '§ 10, stk. 1',
      READ,
      'Art. 9(1) and Art. 10 data solely for statistical or scientific studies of substantial public importance, where necessary.',
    ),
  }),
];
