// Conditions for special-category data: Art. 9(2)(a)–(j) and the Danish rules in DBL § 7 and § 12.
// § 7(3) covers only health professionals with a statutory duty of confidentiality (an unregistered
// coach relies on explicit consent); § 7(4) needs the authority's permission for a private body.

import { entry } from './entry.ts';
import { checked, DBL, GDPR } from './sources.ts';
import type { VocabularyEntry } from './types.ts';

const READ = 'consolidated text read 2026-12-04';
const gdpr = (point: string) =>
  checked(
    GDPR,
    `Art. 9(2)(${point})`,
    'OJ L 119, 4.5.2016; the letter confirmed against reference texts 2026-12-04',
  );

export const ART9_CONDITIONS: readonly VocabularyEntry[] = [
  entry('art9a', 'Udtrykkeligt samtykke (art. 9(2)(a))', 'Explicit consent (Art. 9(2)(a))', {
    ref: 'Art. 9(2)(a)',
    source: gdpr('a'),
    synonyms: ['udtrykkeligt samtykke', 'explicit consent', 'art. 9(2)(a)', '9.2.a'],
    consent: true,
  }),
  entry(
    'art9b',
    'Arbejds- og socialret (art. 9(2)(b))',
    'Employment and social security law (Art. 9(2)(b))',
    {
      ref: 'Art. 9(2)(b)',
      source: gdpr('b'),
      synonyms: ['arbejdsret', 'employment law', 'art. 9(2)(b)', '9.2.b'],
    },
  ),
  entry('art9c', 'Vitale interesser (art. 9(2)(c))', 'Vital interests (Art. 9(2)(c))', {
    ref: 'Art. 9(2)(c)',
    source: gdpr('c'),
    synonyms: ['art. 9(2)(c)', '9.2.c'],
  }),
  entry('art9d', 'Foreninger og stiftelser (art. 9(2)(d))', 'Not-for-profit bodies (Art. 9(2)(d))', {
    ref: 'Art. 9(2)(d)',
    source: gdpr('d'),
    synonyms: ['art. 9(2)(d)', '9.2.d', 'non-profit'],
  }),
  entry(
    'art9e',
    'Offentliggjort af den registrerede (art. 9(2)(e))',
    'Made public by the data subject (Art. 9(2)(e))',
    {
      ref: 'Art. 9(2)(e)',
      source: gdpr('e'),
      synonyms: ['art. 9(2)(e)', '9.2.e', 'manifestly made public'],
    },
  ),
  entry('art9f', 'Retskrav (art. 9(2)(f))', 'Legal claims (Art. 9(2)(f))', {
    erasureExceptions: ['e'],
    ref: 'Art. 9(2)(f)',
    source: gdpr('f'),
    synonyms: ['retskrav', 'legal claims', 'art. 9(2)(f)', '9.2.f'],
  }),
  entry('art9g', 'Væsentlig samfundsinteresse (art. 9(2)(g))', 'Substantial public interest (Art. 9(2)(g))', {
    ref: 'Art. 9(2)(g)',
    source: gdpr('g'),
    synonyms: ['væsentlig samfundsinteresse', 'substantial public interest', 'art. 9(2)(g)', '9.2.g'],
  }),
  entry('art9h', 'Sundhed og social behandling (art. 9(2)(h))', 'Health or social care (Art. 9(2)(h))', {
    erasureExceptions: ['c'],
    ref: 'Art. 9(2)(h)',
    source: gdpr('h'),
    synonyms: ['sundhed', 'health care', 'social care', 'art. 9(2)(h)', '9.2.h'],
  }),
  entry('art9i', 'Folkesundhed (art. 9(2)(i))', 'Public health (Art. 9(2)(i))', {
    erasureExceptions: ['c'],
    ref: 'Art. 9(2)(i)',
    source: gdpr('i'),
    synonyms: ['folkesundhed', 'public health', 'art. 9(2)(i)', '9.2.i'],
  }),
  entry(
    'art9j',
    'Arkiv forskning og statistik (art. 9(2)(j))',
    'Archiving research and statistics (Art. 9(2)(j))',
    {
      erasureExceptions: ['d'],
      ref: 'Art. 9(2)(j)',
      source: gdpr('j'),
      synonyms: ['forskning', 'statistik', 'research', 'statistics', 'art. 9(2)(j)', '9.2.j'],
    },
  ),
  entry('dbl7_1', 'DBL § 7(1) (art. 9(2)(a/c/d/e/f))', 'DBL § 7(1) (Art. 9(2)(a/c/d/e/f))', {
    ref: 'DBL § 7(1)',
    source: checked(
      DBL,
      '§ 7, stk. 1',
      READ,
      'Art. 9(1) data where Art. 9(2)(a), (c), (d), (e) or (f) applies.',
    ),
    synonyms: ['dbl § 7(1)', 'databeskyttelsesloven § 7 stk. 1', '§ 7 stk. 1'],
  }),
  entry('dbl7_2', 'DBL § 7(2) arbejdsretlige forpligtelser', 'DBL § 7(2) employment obligations', {
    ref: 'DBL § 7(2)',
    source: checked(
      DBL,
      '§ 7, stk. 2',
      READ,
      'Employment, social security and social protection law (Art. 9(2)(b)).',
    ),
    synonyms: ['dbl § 7(2)', 'databeskyttelsesloven § 7 stk. 2', '§ 7 stk. 2'],
  }),
  entry(
    'dbl7_3',
    'DBL § 7(3) sundhedsperson med tavshedspligt',
    'DBL § 7(3) health professional with statutory confidentiality',
    {
      erasureExceptions: ['c'],
      ref: 'DBL § 7(3)',
      source: checked(
        DBL,
        '§ 7, stk. 3',
        READ,
        'Health care by a health professional under a statutory duty of confidentiality (Art. 9(2)(h)).',
      ),
      synonyms: ['dbl § 7(3)', 'databeskyttelsesloven § 7 stk. 3', '§ 7 stk. 3'],
    },
  ),
  entry(
    'dbl7_4',
    'DBL § 7(4) samfundsinteresse (private: Datatilsynets tilladelse)',
    "DBL § 7(4) public interest (private bodies: the authority's permission)",
    {
      ref: 'DBL § 7(4)',
      needsPermission: true,
      source: checked(
        DBL,
        '§ 7, stk. 4',
        READ,
        "Substantial public interest (Art. 9(2)(g)); processing not done for a public authority needs the supervisory authority's permission.",
      ),
      synonyms: ['dbl § 7(4)', 'databeskyttelsesloven § 7 stk. 4', '§ 7 stk. 4'],
    },
  ),
  entry('dbl12_1', 'DBL § 12(1) ansættelsesretlige forpligtelser', 'DBL § 12(1) employment-law obligations', {
    ref: 'DBL § 12(1)',
    source: checked(
      DBL,
      '§ 12, stk. 1',
      READ,
      'Art. 9(1) and Art. 10 data where necessary for employment-law obligations or rights.',
    ),
    synonyms: ['dbl § 12(1)', 'databeskyttelsesloven § 12 stk. 1', '§ 12 stk. 1'],
  }),
  entry('dbl12_2', 'DBL § 12(2) samtykke i ansættelsesforhold', 'DBL § 12(2) employee consent', {
    ref: 'DBL § 12(2)',
    source: checked(
      DBL,
      '§ 12, stk. 2',
      READ,
      'Processing about people in employment on consent under Art. 7 GDPR.',
    ),
    synonyms: ['dbl § 12(2)', 'databeskyttelsesloven § 12 stk. 2', '§ 12 stk. 2'],
    consent: true,
  }),
  entry(
    'dbl10',
    'DBL § 10 forskning og statistik (art. 9(2)(j))',
    'DBL § 10 research and statistics (Art. 9(2)(j))',
    {
      erasureExceptions: ['d'],
      ref: 'DBL § 10',
      synonyms: ['dbl § 10', 'databeskyttelsesloven § 10', '§ 10 stk. 1'],
      source: checked(
        DBL,
        '§ 10, stk. 1',
        READ,
        'Art. 9(1) and Art. 10 data solely for statistical or scientific studies of substantial public importance, where necessary.',
      ),
    },
  ),
];
