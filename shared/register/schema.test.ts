import { describe, expect, it } from 'vitest';
import { SHEETS, sheetDef } from './schema.ts';

describe('register schema', () => {
  it('gives every column of every sheet a unique id and headers in both languages', () => {
    for (const sheet of SHEETS) {
      const ids = sheet.columns.map((c) => c.id);
      expect(new Set(ids).size, sheet.id).toBe(ids.length);
      for (const c of sheet.columns) {
        expect(c.header.da.trim(), `${sheet.id}.${c.id}`).not.toBe('');
        expect(c.header.en.trim(), `${sheet.id}.${c.id}`).not.toBe('');
        expect(c.note.da.trim()).not.toBe('');
        expect(c.note.en.trim()).not.toBe('');
      }
    }
  });

  it('points every reference column at a sheet that has a name column', () => {
    for (const sheet of SHEETS) {
      for (const c of sheet.columns) {
        if (c.type === 'reference' || c.type === 'multiReference') {
          expect(c.references, `${sheet.id}.${c.id}`).toBeDefined();
          expect(sheetDef(c.references!).nameColumn, `${sheet.id}.${c.id}`).toBeDefined();
        }
      }
    }
  });
});
