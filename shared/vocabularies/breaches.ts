// The vocabularies of the Breaches sheet: the risk assessment (Art. 33(1), 34(1)), the
// grounds of Art. 34(3) for not communicating a high-risk breach to the data subjects, and the
// organisation's role in the processing the breach hit (Art. 33(1) controller, 33(2) processor).
// The ids are the core's (BreachRisk, ART34_3_GROUNDS in shared/breaches/assess.ts); a test
// checks that they agree.

import { entry } from './entry.ts';
import type { VocabularyEntry } from './types.ts';

export const BREACH_RISKS: readonly VocabularyEntry[] = [
  entry('noRisk', 'Ingen risiko', 'No risk', {
    ref: 'Art. 33(1)',
    synonyms: ['usandsynligt at medføre en risiko', 'unlikely to result in a risk'],
  }),
  entry('risk', 'Risiko', 'Risk', { ref: 'Art. 33(1)' }),
  entry('highRisk', 'Høj risiko', 'High risk', { ref: 'Art. 34(1)' }),
];

export const ART34_GROUNDS: readonly VocabularyEntry[] = [
  entry(
    'unintelligible',
    'Uforståelige for andre (fx krypteret)',
    'Unintelligible to others (e.g. encrypted)',
    {
      ref: 'Art. 34(3)(a)',
    },
  ),
  entry('riskNoLongerLikely', 'Høj risiko ikke længere sandsynlig', 'High risk no longer likely', {
    ref: 'Art. 34(3)(b)',
  }),
  entry('publicCommunication', 'Offentlig meddelelse i stedet', 'Public communication instead', {
    ref: 'Art. 34(3)(c)',
  }),
];

export const BREACH_ROLES: readonly VocabularyEntry[] = [
  entry('controller', 'Dataansvarlig', 'Controller', {
    ref: 'Art. 33(1)',
    synonyms: ['data controller'],
  }),
  entry('processor', 'Databehandler', 'Processor', {
    ref: 'Art. 33(2)',
    synonyms: ['data processor'],
  }),
];
