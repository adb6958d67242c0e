// The hours left before a breach deadline, in the words the form and the overview both show.

import { describe, expect, it } from 'vitest';
import { hoursLeftText } from './describe.ts';

describe('The hours left before the 72-hour deadline, in words', () => {
  it('counts whole hours in the singular and the plural, in Danish and English', () => {
    expect(hoursLeftText(1, 'da')).toBe('1 time tilbage');
    expect(hoursLeftText(44, 'da')).toBe('44 timer tilbage');
    expect(hoursLeftText(1, 'en')).toBe('1 hour left');
    expect(hoursLeftText(44, 'en')).toBe('44 hours left');
  });

  it('says less than an hour is left once no whole hour remains', () => {
    expect(hoursLeftText(0, 'da')).toBe('Under en time tilbage');
    expect(hoursLeftText(0, 'en')).toBe('Less than an hour left');
  });
});
