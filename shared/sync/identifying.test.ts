import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyReference, looksIdentifying } from './identifying.ts';

describe('looksIdentifying', () => {
  it.each([
    'K-2025-014',
    'AB',
    'client 2025-014',
    'JS-17',
    'Klient 2025-014',
    'KL/HR-3',
    'sag 14/2026',
    '2025-0142',
    '12345',
    '3213991234', // 32 December is no date
    '0113901234', // month 13
    '3002901234', // 30 February
    '12345678901', // eleven digits: an account number, not a CPR
    'A B',
    'AS JH',
    'kunde anne',
    'Case7 Q3',
    '',
    'V-2026-002',
    'K-014',
    'AB12',
    'KL AB',
    'CRM 2026-014',
    'SAG-2026_014',
    '2026.01.1234', // folded to 2026011234: day 20 of month 26 is no date
    'Mc',
  ])('lets the pseudonymous reference %j pass', (reference) => {
    expect(looksIdentifying(reference)).toBeNull();
  });

  it.each([
    ['010190-1234', 'cpr'],
    ['0101901234', 'cpr'],
    ['010190 1234', 'cpr'],
    ['290200-4321', 'cpr'],
    ['311299-0000', 'cpr'],
    ['klient 150385-2211', 'cpr'],
    ['ref:0101901234', 'cpr'],
    ['010190.1234', 'cpr'],
    ['01.01.90-1234', 'cpr'],
    ['01 01 90 1234', 'cpr'],
    ['010190/1234', 'cpr'],
  ])('refuses the CPR number in %j', (reference, kind) => {
    expect(looksIdentifying(reference)).toBe(kind);
  });

  it.each([
    ['anne@example.dk', 'email'],
    ['kunde: jens.hansen+crm@firma.co.uk', 'email'],
    ['ANNE@EXAMPLE.COM', 'email'],
  ])('refuses the email address in %j', (reference, kind) => {
    expect(looksIdentifying(reference)).toBe(kind);
  });

  it.each([
    'Anne Sofie Jensen',
    'Anne Jensen',
    'Søren Ørsted',
    'Émile Zola',
    'Jens P. Hansen',
    'Hans-Christian Ærø',
    'Klient Anne Jensen 2025',
    'Mette  Frederiksen',
    'Ida McKay',
    'Müller Jürgen',
    'ANNE SOFIE JENSEN',
    'ANNE JENSEN',
    'SØREN ØRSTED',
    'AnneJensen',
    'AnneSofieJensen',
    'Anne_Jensen',
    'Anne.Jensen',
    'klient/Anne/Jensen',
  ])('refuses what looks like the full name %j', (reference) => {
    expect(looksIdentifying(reference)).toBe('name');
  });

  it('reports a CPR number before anything else in the same reference', () => {
    expect(looksIdentifying('Anne Jensen 010190-1234')).toBe('cpr');
  });

  it('treats decomposed accents like composed ones', () => {
    expect(looksIdentifying('Rene\u0301 Dupont')).toBe('name');
  });
});

describe('the shortcut for plain codes', () => {
  it('answers exactly as the full check for any reference, codes and names alike', () => {
    const codeChar = fc.constantFrom(...'ABCDEFGHJKLMNØÆÅabcdeføæå0123456789-_ /.@'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: codeChar, maxLength: 24 })), (reference) => {
        expect(looksIdentifying(reference)).toBe(classifyReference(reference));
      }),
      { numRuns: 3000 },
    );
  });
});
