// Recognising terms in free text: both sides are normalised word by word (normaliseTerm), and a
// term matches at the start of a word of the text (short terms) or anywhere (terms of 6+ letters,
// so Danish compounds like "medarbejderhelbred" are caught).

import { normaliseTerm } from '../vocabularies/index.ts';
import type { SensitivityClass } from '../vocabularies/types.ts';
import { MONITORING_TERMS, SENSITIVE_TERMS } from './sensitiveTerms.ts';

interface PreparedTerm {
  key: string;
  anywhere: boolean;
}

function prepare(terms: readonly string[]): PreparedTerm[] {
  return terms
    .map((t) => t.split(/\s+/).map(normaliseTerm).join(' '))
    .filter((k) => k.length > 0)
    .map((key) => ({ key, anywhere: key.replace(/ /g, '').length >= 6 }));
}

/** Text as normalised words joined by single spaces, with a leading space to anchor word starts. */
export function wordsOf(text: string): string {
  return ` ${text
    .split(/[\s,;/()]+/)
    .map(normaliseTerm)
    .filter((w) => w.length > 0)
    .join(' ')}`;
}

function matches(words: string, terms: PreparedTerm[]): string | null {
  for (const term of terms) {
    if (term.anywhere ? words.includes(term.key) : words.includes(` ${term.key}`)) return term.key;
  }
  return null;
}

const SENSITIVE = Object.fromEntries(
  Object.entries(SENSITIVE_TERMS).map(([cls, terms]) => [cls, prepare(terms)]),
) as Record<Exclude<SensitivityClass, 'ordinary'>, PreparedTerm[]>;
const MONITORING = prepare(MONITORING_TERMS);

/** The sensitivity classes free text reveals (e.g. "helbredsoplysninger" → art9). */
export function sensitivityInText(text: string): Exclude<SensitivityClass, 'ordinary'>[] {
  const known = SENSITIVITY_MEMO.get(text);
  if (known) return known;
  const words = wordsOf(text);
  const found = (['art9', 'art10', 'cpr'] as const).filter((cls) => matches(words, SENSITIVE[cls]) !== null);
  if (SENSITIVITY_MEMO.size > 20_000) SENSITIVITY_MEMO.clear();
  SENSITIVITY_MEMO.set(text, found);
  return found;
}

// Data-category labels repeat across thousands of rows: read each distinct label once.
const SENSITIVITY_MEMO = new Map<string, Exclude<SensitivityClass, 'ordinary'>[]>();

/** Whether free text mentions systematic monitoring. */
export function mentionsMonitoring(text: string): boolean {
  return matches(wordsOf(text), MONITORING) !== null;
}

/** Whether any of `spellings` occurs in `text` as a whole word or run of words. */
export function mentionsAnyWord(text: string, spellings: readonly string[]): string | null {
  const words = `${wordsOf(text)} `;
  for (const s of spellings) {
    const key = s
      .split(/[\s,;/()]+/)
      .map(normaliseTerm)
      .filter(Boolean)
      .join(' ');
    if (key && words.includes(` ${key} `)) return s;
  }
  return null;
}
