import { describe, expect, it } from 'vitest';
import { parseFiscalYearEnd, registerSettings } from './settings.ts';
import type { RegisterDocument } from './types.ts';

const doc = (organisation: RegisterDocument['organisation'], lang: 'da' | 'en' = 'da'): RegisterDocument => ({
  schemaVersion: 1,
  lang,
  organisation,
  sheets: {},
});

describe('registerSettings', () => {
  it('falls back to the documented defaults for an empty Organisation sheet', () => {
    expect(registerSettings(doc({}))).toEqual({
      lang: 'da',
      roles: ['controller'],
      fiscalYearEnd: '12-31',
      dueSoonDays: 14,
      escalationAfterDays: 14,
      floorReviewDays: 90,
      maxExtensionMonths: 12,
      isPublicAuthority: false,
      adminEmail: null,
      escalationEmail: null,
    });
    expect(registerSettings(doc({}, 'en')).lang).toBe('en');
  });

  it('reads the days a minimum period waits for a decision, falling back to 90 for nonsense', () => {
    expect(registerSettings(doc({ floorReviewDays: '30' })).floorReviewDays).toBe(30);
    expect(registerSettings(doc({ floorReviewDays: 60 })).floorReviewDays).toBe(60);
    expect(registerSettings(doc({ floorReviewDays: 'snart' })).floorReviewDays).toBe(90);
    expect(registerSettings(doc({ floorReviewDays: '-5' })).floorReviewDays).toBe(90);
  });

  it('reads the longest extension an email answer may grant, from 1 to 120 months, else 12', () => {
    expect(registerSettings(doc({ maxExtensionMonths: '6' })).maxExtensionMonths).toBe(6);
    expect(registerSettings(doc({ maxExtensionMonths: 24 })).maxExtensionMonths).toBe(24);
    expect(registerSettings(doc({ maxExtensionMonths: 120 })).maxExtensionMonths).toBe(120);
    for (const nonsense of [0, 121, '1,5', 'et år', '-3']) {
      expect(registerSettings(doc({ maxExtensionMonths: nonsense })).maxExtensionMonths).toBe(12);
    }
  });

  it('reads the role from its label in either language', () => {
    expect(registerSettings(doc({ role: 'Databehandler' })).roles).toEqual(['processor']);
    expect(registerSettings(doc({ role: 'Both controller and processor' })).roles).toEqual([
      'controller',
      'processor',
    ]);
    expect(registerSettings(doc({ role: 'begge' })).roles).toEqual(['controller', 'processor']);
    expect(registerSettings(doc({ role: 'controller' })).roles).toEqual(['controller']);
  });

  it('reads the window, escalation, public-authority flag, language and contacts', () => {
    const s = registerSettings(
      doc({
        dueSoonDays: '30',
        escalationAfterDays: 7,
        isPublicAuthority: 'Ja',
        language: 'English',
        adminEmail: ' it@example.dk ',
        escalationEmail: 'dpo@example.dk',
      }),
    );
    expect(s).toMatchObject({
      dueSoonDays: 30,
      escalationAfterDays: 7,
      isPublicAuthority: true,
      lang: 'en',
      adminEmail: 'it@example.dk',
      escalationEmail: 'dpo@example.dk',
    });
  });

  it('keeps the default window when the cell is not a sensible number of days', () => {
    for (const bad of ['fjorten', '-3', '2.5', '1000', '']) {
      expect(registerSettings(doc({ dueSoonDays: bad })).dueSoonDays, bad).toBe(14);
    }
    expect(registerSettings(doc({ dueSoonDays: 0 })).dueSoonDays).toBe(0);
  });

  it('reads the financial-year end as people write it, and falls back to 31 December', () => {
    expect(parseFiscalYearEnd('06-30')).toBe('06-30');
    expect(parseFiscalYearEnd('31-12')).toBe('12-31');
    expect(parseFiscalYearEnd('31/12')).toBe('12-31');
    expect(parseFiscalYearEnd('30.06')).toBe('06-30');
    expect(parseFiscalYearEnd('30.06.')).toBe('06-30');
    expect(parseFiscalYearEnd('30.06.2025')).toBe('06-30');
    expect(parseFiscalYearEnd('2025-03-31')).toBe('03-31');
    expect(parseFiscalYearEnd('30. juni')).toBe('06-30');
    expect(parseFiscalYearEnd('June 30')).toBe('06-30');
    expect(parseFiscalYearEnd('29.02')).toBe('02-29');
    expect(parseFiscalYearEnd('31.06')).toBeNull();
    expect(registerSettings(doc({ fiscalYearEnd: 'end of year' })).fiscalYearEnd).toBe('12-31');
    expect(registerSettings(doc({ fiscalYearEnd: '30.09' })).fiscalYearEnd).toBe('09-30');
  });
});
