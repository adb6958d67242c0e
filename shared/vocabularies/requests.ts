// The vocabularies of the Requests sheet (data-subject requests, GDPR Arts. 12 and 15-21): the
// right exercised, how the request came in, the identity check, the outcome, and the reason
// for not acting on it that Art. 12(4) obliges the controller to give.

import { entry } from './entry.ts';
import { checked, GDPR } from './sources.ts';
import type { VocabularyEntry } from './types.ts';

const READ = 'OJ L 119, 4.5.2016; the text confirmed against reference texts 2026-12-04';
const gdpr = (provision: string, note?: string) => checked(GDPR, provision, READ, note);

export const REQUEST_TYPES: readonly VocabularyEntry[] = [
  entry('access', 'Indsigt (art. 15)', 'Access (Art. 15)', {
    ref: 'Art. 15',
    synonyms: ['indsigt', 'indsigtsanmodning', 'access', 'subject access', 'dsar'],
  }),
  entry('rectification', 'Berigtigelse (art. 16)', 'Rectification (Art. 16)', {
    ref: 'Art. 16',
    synonyms: ['berigtigelse', 'rettelse', 'rectification', 'correction'],
  }),
  entry('erasure', 'Sletning (art. 17)', 'Erasure (Art. 17)', {
    ref: 'Art. 17',
    synonyms: [
      'sletning',
      'slet',
      'erasure',
      'deletion',
      'right to be forgotten',
      'retten til at blive glemt',
    ],
  }),
  entry('restriction', 'Begrænsning (art. 18)', 'Restriction (Art. 18)', {
    ref: 'Art. 18',
    synonyms: ['begrænsning', 'restriction'],
  }),
  entry('portability', 'Dataportabilitet (art. 20)', 'Portability (Art. 20)', {
    ref: 'Art. 20',
    synonyms: ['dataportabilitet', 'portabilitet', 'portability', 'data portability'],
  }),
  entry('objection', 'Indsigelse (art. 21)', 'Objection (Art. 21)', {
    ref: 'Art. 21',
    synonyms: ['indsigelse', 'objection'],
  }),
];

export const REQUEST_CHANNELS: readonly VocabularyEntry[] = [
  entry('email', 'E-mail', 'Email', { synonyms: ['mail', 'e-mail', 'email'] }),
  entry('letter', 'Brev', 'Letter', { synonyms: ['brev', 'post', 'letter', 'mail (post)'] }),
  entry('phone', 'Telefon', 'Phone', { synonyms: ['telefon', 'tlf', 'phone', 'telephone'] }),
  entry('inPerson', 'Personligt fremmøde', 'In person', {
    synonyms: ['personligt', 'in person', 'fremmøde'],
  }),
  entry('webForm', 'Webformular', 'Web form', { synonyms: ['formular', 'web form', 'website'] }),
  entry('otherChannel', 'Andet', 'Other', { synonyms: ['andet', 'other'] }),
];

export const IDENTITY_CHECKS: readonly VocabularyEntry[] = [
  entry('verified', 'Bekræftet', 'Verified', { synonyms: ['bekræftet', 'ok', 'verified', 'checked'] }),
  entry('pending', 'Afventer', 'Pending', { synonyms: ['afventer', 'pending', 'waiting'] }),
  entry('notNeeded', 'Ikke nødvendig', 'Not needed', { synonyms: ['ikke nødvendig', 'not needed', 'n/a'] }),
  entry('failed', 'Kunne ikke bekræftes', 'Could not be verified', {
    ref: 'Art. 12(6)',
    synonyms: ['afvist', 'failed', 'not verified'],
    source: gdpr(
      'Art. 12(6)',
      'Reasonable doubts about identity: the controller may ask for more information.',
    ),
  }),
];

export const REQUEST_OUTCOMES: readonly VocabularyEntry[] = [
  entry('granted', 'Imødekommet', 'Granted', { synonyms: ['imødekommet', 'granted', 'done', 'udført'] }),
  entry('partly', 'Delvist imødekommet', 'Partly granted', { synonyms: ['delvist', 'partly', 'partial'] }),
  entry('refused', 'Afvist', 'Refused', {
    ref: 'Art. 12(4)',
    synonyms: ['afvist', 'afslag', 'refused', 'rejected'],
    source: gdpr(
      'Art. 12(4)',
      'Not acting on a request: tell the data subject within one month why, and that a complaint and a judicial remedy are possible.',
    ),
  }),
  entry('noData', 'Ingen oplysninger', 'No data held', { synonyms: ['ingen data', 'no data', 'none held'] }),
];

/** Why a request was not acted on (the reason Art. 12(4) says the data subject must be given). */
export const REFUSAL_REASONS: readonly VocabularyEntry[] = [
  entry(
    'unfounded',
    'Åbenbart grundløs eller overdreven (art. 12(5))',
    'Manifestly unfounded or excessive (Art. 12(5))',
    {
      ref: 'Art. 12(5)',
      synonyms: ['grundløs', 'overdreven', 'unfounded', 'excessive'],
      source: gdpr(
        'Art. 12(5)(b)',
        'The controller may refuse to act on a manifestly unfounded or excessive request.',
      ),
    },
  ),
  entry(
    'notIdentified',
    'Kan ikke identificere den registrerede (art. 11(2) og 12(2))',
    'Cannot identify the data subject (Art. 11(2) and 12(2))',
    {
      ref: 'Art. 12(2)',
      synonyms: ['ikke identificeret', 'not identified', 'cannot identify'],
      source: gdpr('Art. 11(2), Art. 12(2)', 'Not in a position to identify the data subject.'),
    },
  ),
  entry('erasureException', 'Undtagelse fra sletning (art. 17(3))', 'Exception to erasure (Art. 17(3))', {
    ref: 'Art. 17(3)',
    synonyms: ['17(3)', 'undtagelse', 'exception'],
    source: gdpr('Art. 17(3)', 'Erasure does not apply to the extent processing is necessary for (a)-(e).'),
  }),
  entry('othersRights', 'Andres rettigheder (art. 15(4))', 'Rights of others (Art. 15(4))', {
    ref: 'Art. 15(4)',
    synonyms: ['andres rettigheder', 'rights of others', 'third parties'],
    source: gdpr('Art. 15(4)', 'A copy must not adversely affect the rights and freedoms of others.'),
  }),
  entry(
    'nationalRestriction',
    'Begrænsning i national ret (art. 23)',
    'Restriction in national law (Art. 23)',
    {
      ref: 'Art. 23',
      synonyms: ['national ret', 'national law', 'art. 23'],
      source: gdpr('Art. 23', 'Union or Member State law may restrict Arts. 12-22 by a legislative measure.'),
    },
  ),
];

/** The exceptions of Art. 17(3) that a legal basis points to; point (a), freedom of expression,
 * never follows from a basis, so it is not listed. */
export const ERASURE_EXCEPTIONS: readonly VocabularyEntry[] = [
  entry(
    'b',
    'Retlig forpligtelse eller offentlig opgave (art. 17(3)(b))',
    'Legal obligation or public task (Art. 17(3)(b))',
    {
      ref: 'Art. 17(3)(b)',
      source: gdpr('Art. 17(3)(b)'),
    },
  ),
  entry('c', 'Folkesundhed (art. 17(3)(c))', 'Public health (Art. 17(3)(c))', {
    ref: 'Art. 17(3)(c)',
    source: gdpr('Art. 17(3)(c)', 'Public interest in public health under Art. 9(2)(h) and (i) and 9(3).'),
  }),
  entry(
    'd',
    'Arkiv forskning og statistik (art. 17(3)(d))',
    'Archiving research and statistics (Art. 17(3)(d))',
    {
      ref: 'Art. 17(3)(d)',
      source: gdpr(
        'Art. 17(3)(d)',
        'Only in so far as erasure would render impossible or seriously impair the objectives.',
      ),
    },
  ),
  entry('e', 'Retskrav (art. 17(3)(e))', 'Legal claims (Art. 17(3)(e))', {
    ref: 'Art. 17(3)(e)',
    source: gdpr('Art. 17(3)(e)'),
  }),
];
