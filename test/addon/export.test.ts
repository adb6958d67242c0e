import { describe, expect, it } from 'vitest';
import { putDocument, sampleRegister } from './fixtures.ts';
import { loadAddon } from './harness.ts';

function registerWith(locale: string, lang: 'da' | 'en', role = '1') {
  const addon = loadAddon({ locale });
  addon.ss.locale = locale;
  addon.fakes.ui.answer('OK', role);
  addon.ctx.setUpRegister();
  const doc = sampleRegister(2, 0, lang);
  doc.sheets.dataCategories![0].dataCategories = '=HYPERLINK("http://evil")';
  putDocument(addon.ss, doc, lang);
  return addon;
}

describe('Export for inspection', () => {
  it("writes the Danish authority's structure: controller block, one section per activity, warning-protected", () => {
    const addon = registerWith('da_DK', 'da');
    addon.ctx.exportDatatilsynet();
    expect(addon.fakes.ui.alerts()).toEqual([]);
    const sheet = addon.ss.sheet('Eksport – Datatilsynet');
    const text = sheet.dump().map((r) => r.join(' | '));
    expect(text[0]).toContain('Fortegnelse over behandlingsaktiviteter');
    expect(text.some((l) => l.startsWith('Dataansvarlig (art. 30(1)(a))'))).toBe(true);
    expect(text.filter((l) => l.startsWith('Behandlingsaktivitet: Aktivitet'))).toHaveLength(2);
    expect(text.some((l) => l.includes('Ansatte | Kontaktoplysninger'))).toBe(true);
    expect(sheet.protections.some((p) => p.warningOnly && p.type === 'SHEET')).toBe(true);
    // User text that looks like a formula is written as text, never as a formula.
    expect(sheet.formulas.rows.flat().filter((f) => f)).toEqual([]);
    expect(text.some((l) => l.includes('=HYPERLINK("http://evil")'))).toBe(true);
  });

  it('writes the ICO controller layout in English with one row per activity and data-subject group', () => {
    const addon = registerWith('en_GB', 'en');
    addon.ctx.exportIcoController();
    const rows = addon.ss.sheet('Export – ICO controller').dump();
    const header = rows.findIndex((r) => r[0] === 'Business function');
    expect(header).toBeGreaterThan(0);
    expect(rows[header]).toContain('Article 6 lawful basis');
    expect(rows.slice(header + 1).map((r) => r[0])).toEqual(['Activity 1', 'Activity 2']);
  });

  it('writes the ICO processor layout from the processor record, and a second export replaces the first', () => {
    const addon = registerWith('en_GB', 'en', '3');
    const sheet = addon.ss.sheet('Processor record');
    sheet.put(2, 2, [['Customer A/S', 'dpo@customer.example', 'Hosting and backup']]);
    addon.ctx.exportIcoProcessor();
    addon.ctx.exportIcoProcessor();
    const rows = addon.ss.sheet('Export – ICO processor').dump();
    expect(rows.filter((r) => String(r[0]).startsWith('Customer A/S'))).toHaveLength(1);
    expect(addon.ss.sheets.filter((s) => s.name === 'Export – ICO processor')).toHaveLength(1);
  });
});
