import { describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../test/fixtures/windows1252.ts';
import { decodeCsv, likelyDelimiters, parseCsv } from './csv.ts';

describe('decoding and splitting CSV', () => {
  it('tells UTF-8 from Windows-1252 by whether the bytes are valid UTF-8', () => {
    const text = 'Formål;Følsomhed;Slettefrist\r\nLøn;Almindelige;5 år\r\n';
    expect(decodeCsv(encodeWindows1252(text))).toEqual({ text, encoding: 'windows-1252' });
    expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({
      text,
      encoding: 'utf-8',
    });
  });

  it('prefers the semicolon in a Danish export even when the text holds commas', () => {
    const text = 'Behandling;Kategorier af personoplysninger\nLøn;Navn, adresse, CPR-nummer\n';
    expect(likelyDelimiters(text)[0]).toBe(';');
    expect(parseCsv(text, ';')[1]).toEqual(['Løn', 'Navn, adresse, CPR-nummer']);
    expect(likelyDelimiters('a,b,c\n1,2,3\n')[0]).toBe(',');
    expect(likelyDelimiters('a\tb\tc\n1\t2\t3\n')[0]).toBe('\t');
  });

  it('keeps quoted cells with new lines and delimiters whole', () => {
    expect(parseCsv('a;b\n"x;y";"line 1\nline 2"\n', ';')).toEqual([
      ['a', 'b'],
      ['x;y', 'line 1\nline 2'],
    ]);
  });
});
