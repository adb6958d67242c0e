import { describe, expect, it } from 'vitest';
import { plainCell } from './xlsx.ts';

describe('Excel cell values', () => {
  it('become plain cells: formula results, rich text, hyperlinks, errors and dates', () => {
    expect(plainCell({ formula: 'A1+1', result: 3 })).toBe(3);
    expect(plainCell({ sharedFormula: 'A1', result: new Date(Date.UTC(2026, 1, 28)) })).toBe('2026-02-28');
    expect(plainCell({ formula: 'A1' })).toBeNull();
    expect(plainCell({ richText: [{ text: 'Navn, ' }, { text: 'adresse' }] })).toBe('Navn, adresse');
    expect(plainCell({ text: 'Politik', hyperlink: 'https://example.org' })).toBe('Politik');
    expect(plainCell({ error: '#N/A' })).toBe('#N/A');
    expect(plainCell(new Date(Date.UTC(2025, 11, 31)))).toBe('2025-12-31');
    expect(plainCell(null)).toBeNull();
    expect(plainCell(true)).toBe(true);
  });
});
