// Windows-1252 (what Danish Excel writes for "CSV (semikolonsepareret)") is decoded with the
// platform's TextDecoder. These tests pin what it must give for the Danish letters and the
// euro sign, byte by byte as the code page defines them, and for the project's CSV fixture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../test/fixtures/windows1252.ts';
import { FIXTURES } from '../testing/runCli.ts';
import { decodeCsv } from './csv.ts';

const decode = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

describe('TextDecoder for Windows-1252', () => {
  it('decodes æøå ÆØÅ and € from their code-page bytes', () => {
    // æ E6, ø F8, å E5, Æ C6, Ø D8, Å C5, space 20, € 80 (the byte Latin-1 leaves to a control).
    const bytes = new Uint8Array([0xe6, 0xf8, 0xe5, 0x20, 0xc6, 0xd8, 0xc5, 0x20, 0x80]);
    expect(decode(bytes)).toBe('æøå ÆØÅ €');
    expect(decodeCsv(bytes)).toEqual({ text: 'æøå ÆØÅ €', encoding: 'windows-1252' });
    expect(encodeWindows1252('æøå ÆØÅ €')).toEqual(bytes);
  });

  it('decodes the Danish CSV fixture to its Danish words, with no replacement character', () => {
    const text = decode(readFileSync(`${FIXTURES}register-cp1252-semicolon.csv`));
    expect(text).toContain('Adresse;Prøvevej 2, 5000 Odense C');
    expect(text).toContain('Behandling;Formål med behandlingen;Kategorier af registrerede');
    expect(text).toContain('Lønadministration;Udbetaling af løn til vikarer');
    expect(text).not.toContain('\uFFFD');
  });
});
