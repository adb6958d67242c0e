// Legal bases for processing, Art. 6(1)(a)–(f). Public authorities cannot rely on (f) for their tasks.

import { entry } from './entry.ts';
import { checked, GDPR } from './sources.ts';
import type { VocabularyEntry } from './types.ts';

const gdpr = (point: string) =>
  checked(
    GDPR,
    `Art. 6(1)(${point})`,
    'OJ L 119, 4.5.2016; the letter confirmed against reference texts 2026-12-04',
  );

export const LEGAL_BASES: readonly VocabularyEntry[] = [
  entry('art6a', 'Samtykke (art. 6(1)(a))', 'Consent (Art. 6(1)(a))', {
    ref: 'Art. 6(1)(a)',
    source: gdpr('a'),
    synonyms: ['samtykke', 'consent', 'art. 6(1)(a)', '6.1.a', 'art. 6 stk. 1 litra a'],
    consent: true,
  }),
  entry('art6b', 'Kontrakt (art. 6(1)(b))', 'Contract (Art. 6(1)(b))', {
    ref: 'Art. 6(1)(b)',
    source: gdpr('b'),
    synonyms: ['kontrakt', 'aftale', 'contract', 'art. 6(1)(b)', '6.1.b', 'art. 6 stk. 1 litra b'],
  }),
  entry('art6c', 'Retlig forpligtelse (art. 6(1)(c))', 'Legal obligation (Art. 6(1)(c))', {
    erasureExceptions: ['b'],
    ref: 'Art. 6(1)(c)',
    source: gdpr('c'),
    synonyms: [
      'retlig forpligtelse',
      'lovkrav',
      'legal obligation',
      'art. 6(1)(c)',
      '6.1.c',
      'art. 6 stk. 1 litra c',
    ],
  }),
  entry('art6d', 'Vitale interesser (art. 6(1)(d))', 'Vital interests (Art. 6(1)(d))', {
    ref: 'Art. 6(1)(d)',
    source: gdpr('d'),
    synonyms: ['vitale interesser', 'vital interests', 'art. 6(1)(d)', '6.1.d', 'art. 6 stk. 1 litra d'],
  }),
  entry('art6e', 'Offentlig myndighedsudøvelse (art. 6(1)(e))', 'Public task (Art. 6(1)(e))', {
    erasureExceptions: ['b'],
    ref: 'Art. 6(1)(e)',
    source: gdpr('e'),
    synonyms: [
      'myndighedsudøvelse',
      'opgave i samfundets interesse',
      'public task',
      'official authority',
      'art. 6(1)(e)',
      '6.1.e',
      'art. 6 stk. 1 litra e',
    ],
  }),
  entry('art6f', 'Legitime interesser (art. 6(1)(f))', 'Legitimate interests (Art. 6(1)(f))', {
    ref: 'Art. 6(1)(f)',
    source: gdpr('f'),
    synonyms: [
      'legitime interesser',
      'legitim interesse',
      'interesseafvejning',
      'legitimate interests',
      'legitimate interest',
      'art. 6(1)(f)',
      '6.1.f',
      'art. 6 stk. 1 litra f',
    ],
  }),
];
