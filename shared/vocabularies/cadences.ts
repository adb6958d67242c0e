// How often a deletion routine runs.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const CADENCES: readonly VocabularyEntry[] = [
  entry('weekly', 'Ugentlig', 'Weekly', { synonyms: ['hver uge', 'every week'] }),
  entry('monthly', 'Månedlig', 'Monthly', { synonyms: ['hver måned', 'every month', 'månedligt'] }),
  entry('quarterly', 'Kvartalsvis', 'Quarterly', { synonyms: ['hvert kvartal', 'every quarter'] }),
  entry('halfYearly', 'Halvårlig', 'Half-yearly', {
    synonyms: ['hvert halve år', 'every six months', 'semi-annually'],
  }),
  entry('yearly', 'Årlig', 'Yearly', { synonyms: ['hvert år', 'every year', 'annually', 'årligt'] }),
];
