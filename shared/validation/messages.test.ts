import { describe, expect, it } from 'vitest';
import { MESSAGES, PHRASES, renderMessage } from './messages.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogue', () => {
  it.each(Object.keys(MESSAGES))('%s has a message and a hint in Danish and English', (code) => {
    const entry = MESSAGES[code as keyof typeof MESSAGES];
    for (const lang of ['da', 'en'] as const) {
      expect(entry[lang].message.trim().length, `${code}.${lang}.message`).toBeGreaterThan(10);
      expect(entry[lang].hint.trim().length, `${code}.${lang}.hint`).toBeGreaterThan(10);
    }
  });

  it.each(Object.keys(MESSAGES))('%s uses the same placeholders in both languages', (code) => {
    const entry = MESSAGES[code as keyof typeof MESSAGES];
    expect(placeholders(entry.da.message + entry.da.hint)).toEqual(
      placeholders(entry.en.message + entry.en.hint),
    );
  });

  it('has every phrase in both languages', () => {
    for (const group of Object.values(PHRASES)) {
      for (const phrase of Object.values(group)) {
        expect(phrase.da.length).toBeGreaterThan(0);
        expect(phrase.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('fills placeholders in the requested language and leaves unknown ones visible', () => {
    const text = renderMessage('dpaMissing', 'en', { name: 'Løn A/S' });
    expect(text.message).toBe('The processor "Løn A/S" has no data processing agreement date.');
    const da = renderMessage('adequacyExpired', 'da', {
      country: { da: 'Storbritannien', en: 'United Kingdom' },
    });
    expect(da.message).toContain('Storbritannien');
    expect(da.message).toContain('{date}');
  });
});
