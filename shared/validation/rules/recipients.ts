// Recipients & processors: a processor needs a DPA date; a recipient is typed as what it is (an
// employee is never a joint controller; a tax authority, pension fund or bank is never our
// processor); and each recipient is linked to the data it receives (Datatilsynet's 2020 guidance).

import { cellText, isPlaceholder, nameKey } from '../../register/document.ts';
import { splitMulti } from '../../register/schema.ts';
import { findEntry, spellingsOf, VOCABULARIES } from '../../vocabularies/index.ts';
import type { ValidationContext } from '../context.ts';
import { mentionsAnyWord } from '../textMatch.ts';
import { isEmptyRow, isNoneWord } from './cells.ts';

/** Words in a recipient's name that say it is an organisation, not a person. */
const ORGANISATION_WORDS = [
  'a/s',
  'as',
  'aps',
  'i/s',
  'ivs',
  'p/s',
  'k/s',
  'amba',
  'fmba',
  'smba',
  'ltd',
  'limited',
  'inc',
  'llc',
  'gmbh',
  'ag',
  'ab',
  'oy',
  'bv',
  'nv',
  'sa',
  'sarl',
  'plc',
  'corp',
  'corporation',
  'company',
  'group',
  'kommune',
  'region',
  'styrelsen',
  'ministeriet',
  'fond',
  'forening',
  'foreningen',
  'klinik',
  'skole',
  'universitet',
  'hospital',
];

/** Words that say the recipient is someone inside the organisation. */
const INTERNAL_WORDS = [
  'medarbejder',
  'medarbejdere',
  'ansat',
  'ansatte',
  'employee',
  'employees',
  'staff',
  'kollega',
  'leder',
  'manager',
  'hr',
  'intern',
  'internal',
];

const PERSON_NAME = /^\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,3}$/u;

/** Whether a recipient name reads like a person's full name ("Mette Hansen"). */
export function looksLikePersonName(name: string): boolean {
  const trimmed = name.trim();
  if (!PERSON_NAME.test(trimmed)) return false;
  const words = trimmed
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[.,]/g, ''));
  return !words.some((w) => ORGANISATION_WORDS.includes(w));
}

const INDEPENDENT_CATEGORIES = VOCABULARIES.recipientCategory.filter((e) => e.independent);

export function checkRecipients(ctx: ValidationContext): void {
  const recipientRows = ctx.rows('recipients');
  if (recipientRows.length === 0) return;

  // Every name some other sheet links to a recipient (data it receives, systems it runs, …).
  const linked = new Set<string>();
  const link = (text: unknown) => {
    if (isPlaceholder(text)) return;
    for (const name of splitMulti(text)) if (!isNoneWord(name)) linked.add(nameKey(name));
  };
  for (const row of ctx.rows('dataCategories')) link(row['recipients']);
  for (const row of ctx.rows('processorRecord')) link(row['subProcessors']);
  for (const row of ctx.rows('systems')) link(row['processor']);
  for (const row of recipientRows) link(row['subProcessorOf']);
  const checkLinks = ctx.isController && ctx.rows('dataCategories').length > 0;

  recipientRows.forEach((row, index) => {
    if (isEmptyRow(row)) return;
    const name = cellText(row['name']);
    const type = isPlaceholder(row['type'])
      ? undefined
      : findEntry('recipientType', cellText(row['type']))?.id;
    const category = isPlaceholder(row['category'])
      ? undefined
      : findEntry('recipientCategory', cellText(row['category']));

    if ((type === 'processor' || type === 'subProcessor') && cellText(row['dpaDate']) === '') {
      ctx.addAt('error', 'dpaMissing', 'recipients', row, index, 'dpaDate', { name });
    }

    if (type === 'jointController' && name && !isPlaceholder(row['name'])) {
      const internal = category?.usualType === 'internal' || mentionsAnyWord(name, INTERNAL_WORDS) !== null;
      if (internal || looksLikePersonName(name)) {
        ctx.addAt('warning', 'personAsJointController', 'recipients', row, index, 'type', { name });
      }
    }

    if ((type === 'processor' || type === 'subProcessor') && name && !isPlaceholder(row['name'])) {
      const independent = category?.independent
        ? category
        : INDEPENDENT_CATEGORIES.find((c) => mentionsAnyWord(name, spellingsOf(c)) !== null);
      if (independent) {
        ctx.addAt('warning', 'independentAsProcessor', 'recipients', row, index, 'type', {
          name,
          category: independent.label,
        });
      }
    }

    if (checkLinks && name && !isPlaceholder(row['name']) && !linked.has(nameKey(name))) {
      ctx.addAt('warning', 'recipientNotLinked', 'recipients', row, index, 'name', { name });
    }
  });
}
