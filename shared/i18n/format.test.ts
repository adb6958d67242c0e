// The one message formatter: placeholders, counts in Danish and English, and the plural rule
// it falls back on where the runtime has no Intl.PluralRules.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fallbackPluralCategory, formatMessage, placeholderNames, pluralCategory } from './format.ts';

describe('the message formatter', () => {
  const table: ['da' | 'en', string, Record<string, string | number>, string][] = [
    ['da', '{n|# registrering|# registreringer}', { n: 1 }, '1 registrering'],
    ['da', '{n|# registrering|# registreringer}', { n: 0 }, '0 registreringer'],
    ['da', '{n|# registrering|# registreringer}', { n: 2 }, '2 registreringer'],
    ['en', '{n|# entry|# entries}', { n: '1' }, '1 entry'],
    ['en', '{n|# entry|# entries}', { n: 11 }, '11 entries'],
    ['en', '{n|one row|# rows}', { n: 1 }, 'one row'],
    ['en', '{a} and {n|# row|# rows}', { a: 'x', n: 3 }, 'x and 3 rows'],
    ['en', '{missing|# row|# rows} stays', {}, '{missing|# row|# rows} stays'],
    ['da', '{plain}', { plain: 'value' }, 'value'],
    ['en', '{n|# day|# days} overdue, {n|# day|# days}', { n: 1 }, '1 day overdue, 1 day'],
  ];
  it.each(table)('in %s fills "%s" with %j as "%s"', (lang, text, params, expected) => {
    expect(formatMessage(lang, text, params)).toBe(expected);
  });

  it('fills a value given in both languages with the message language', () => {
    const country = { da: 'Storbritannien', en: 'United Kingdom' };
    expect(formatMessage('da', 'Overførsel til {country}', { country })).toBe(
      'Overførsel til Storbritannien',
    );
    expect(formatMessage('en', 'Transfer to {country}', { country })).toBe('Transfer to United Kingdom');
  });

  it('does not take a placeholder name from the object prototype as a value', () => {
    expect(formatMessage('en', '{toString} {constructor}', {})).toBe('{toString} {constructor}');
  });

  it('lists placeholders, counts included, by name', () => {
    expect(placeholderNames('{b} {a|# x|# y} {c}')).toEqual(['a', 'b', 'c']);
  });
});

describe('the plural rule without Intl.PluralRules', () => {
  afterEach(() => vi.unstubAllGlobals());

  // CLDR cardinal rules, written by hand: en one = "i = 1 and v = 0"; da one = "n = 1 or t != 0 and i = 0,1".
  it.each([
    ['en', 1, 'one'],
    ['en', 0, 'other'],
    ['en', 2, 'other'],
    ['en', 1.5, 'other'],
    ['en', 21, 'other'],
    ['da', 1, 'one'],
    ['da', 0, 'other'],
    ['da', 2, 'other'],
    ['da', 0.5, 'one'],
    ['da', 1.5, 'one'],
    ['da', 2.5, 'other'],
    ['da', 101, 'other'],
  ] as const)('in %s calls %d "%s"', (lang, n, expected) => {
    expect(fallbackPluralCategory(lang, n)).toBe(expected);
  });

  it('agrees with Intl.PluralRules for whole and half counts up to 200', () => {
    for (const lang of ['da', 'en'] as const) {
      const intl = new Intl.PluralRules(lang);
      for (let i = 0; i <= 400; i++) {
        const n = i / 2;
        expect(fallbackPluralCategory(lang, n), `${lang} ${n}`).toBe(
          intl.select(n) === 'one' ? 'one' : 'other',
        );
      }
    }
  });

  it('is what the formatter uses when the runtime has no Intl at all', async () => {
    vi.stubGlobal('Intl', undefined);
    vi.resetModules();
    const fresh = await import('./format.ts');
    expect(fresh.pluralCategory('da', 1)).toBe('one');
    expect(fresh.formatMessage('da', '{n|# række|# rækker}', { n: 2 })).toBe('2 rækker');
    expect(fresh.formatMessage('en', '{n|# row|# rows}', { n: 1 })).toBe('1 row');
  });

  it('uses Intl.PluralRules where the runtime has it', () => {
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('da', 0.5)).toBe('one');
    expect(pluralCategory('en', 0.5)).toBe('other');
  });
});
