// Windows-1252 (what Danish Excel writes for "CSV (semikolonsepareret)") is decoded with the
// platform's TextDecoder. These tests pin what it must give for the Danish letters and the
// euro sign, byte by byte as the code page defines them, and for the project's CSV fixture.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../testing/runCli.ts';

const decode = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

describe('TextDecoder for Windows-1252', () => {
  it('decodes æøå ÆØÅ and € from their code-page bytes', () => {
    // æ E6, ø F8, å E5, Æ C6, Ø D8, Å C5, space 20, € 80 (the byte Latin-1 leaves to a control).
    const bytes = new Uint8Array([0xe6, 0xf8, 0xe5, 0x20, 0xc6, 0xd8, 0xc5, 0x20, 0x80]);
    expect(decode(bytes)).toBe('æøå ÆØÅ €');
  });

  it('decodes every byte the code page defines as iconv-lite did', () => {
    const defined = [...Array(256).keys()].filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    const bytes = Uint8Array.from(defined);
    expect(decode(bytes)).toBe(iconv.decode(Buffer.from(bytes), 'win1252'));
  });

  it('decodes the Danish CSV fixture as iconv-lite did', () => {
    const bytes = readFileSync(`${FIXTURES}register-cp1252-semicolon.csv`);
    expect(decode(bytes)).toBe(iconv.decode(bytes, 'win1252'));
    expect(decode(bytes)).toContain('Løn');
  });
});
