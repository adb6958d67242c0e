// The one message formatter of Art30: every catalogue (validation, retention, sync, the add-on,
// its sidebars, the worker's emails, the CLI) fills its placeholders here, so a message reads
// the same wherever it is shown. Pure: no platform globals beyond the optional Intl.
//
// Syntax: `{name}` is the value itself (a `Localized` value in the message's language);
// `{name|one|other}` is a count, `one` when the language's plural rule says "one" and `other`
// otherwise, with `#` standing for the number ("{n|# registrering|# registreringer}"). Danish
// and English have just these two cardinal forms. A placeholder with no value stays visible.

import type { Lang, Localized } from '../register/types.ts';

export type MessageParam = string | number | Localized;
export type MessageParams = Readonly<Record<string, MessageParam>>;

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/**
 * The CLDR cardinal rule for Danish and English, for a runtime without `Intl.PluralRules`
 * (Apps Script's V8 has it today, but the bundle must not break if a locale is missing):
 * English "one" is exactly the integer 1; Danish "one" is n = 1, or a fraction whose integer
 * part is 0 or 1 ("0,5 time", "1,5 time").
 */
export function fallbackPluralCategory(lang: Lang, n: number): 'one' | 'other' {
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  const abs = Math.abs(n);
  if (abs === 1) return 'one';
  return !Number.isInteger(abs) && Math.trunc(abs) <= 1 ? 'one' : 'other';
}

type PluralSelect = (n: number) => string;
const selectors: Partial<Record<Lang, PluralSelect>> = {};

function intlSelect(lang: Lang): PluralSelect | null {
  const cached = selectors[lang];
  if (cached) return cached;
  const rules = typeof Intl === 'object' && typeof Intl.PluralRules === 'function' ? Intl.PluralRules : null;
  if (!rules || rules.supportedLocalesOf([lang]).length === 0) return null;
  const pluralRules = new rules(lang);
  selectors[lang] = (n) => pluralRules.select(n);
  return selectors[lang] ?? null;
}

/** "one" or "other" for `n` in `lang`, from `Intl.PluralRules` where the runtime has it. */
export function pluralCategory(lang: Lang, n: number): 'one' | 'other' {
  const select = intlSelect(lang);
  if (!select) return fallbackPluralCategory(lang, n);
  return select(n) === 'one' ? 'one' : 'other';
}

function text(value: MessageParam, lang: Lang): string {
  return typeof value === 'object' ? value[lang] : String(value);
}

/** `message` in `lang` with every placeholder whose value is given filled in. */
export function formatMessage(lang: Lang, message: string, params: MessageParams = {}): string {
  return message.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = text(params[name], lang);
    if (one === undefined || other === undefined) return value;
    return (pluralCategory(lang, Number(value)) === 'one' ? one : other).replace(/#/g, value);
  });
}

/** The lookup of one catalogue of da/en messages: `key` in `lang`, its placeholders filled. */
export function catalogueLookup<K extends string>(
  catalogue: Readonly<Record<K, Localized>>,
): (lang: Lang, key: K, params?: MessageParams) => string {
  return (lang, key, params = {}) => formatMessage(lang, catalogue[key][lang], params);
}

/** The names of a message's placeholders, sorted: both languages of an entry must have the same. */
export function placeholderNames(message: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}
