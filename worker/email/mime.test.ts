import { describe, expect, it } from 'vitest';
import {
  buildMimeMessage,
  encodeHeaderValue,
  formatAddress,
  quotedPrintable,
  rfc5322Date,
} from '../../email/mime.ts';

// Independent decoders, written from the RFCs, so the tests do not trust the encoder.
function decodeQuotedPrintable(qp: string): string {
  const joined = qp.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    if (joined[i] === '=') {
      bytes.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return new TextDecoder().decode(new Uint8Array(bytes)).replace(/\r\n/g, '\n');
}

function decodeEncodedWords(value: string): string {
  return value.replace(/\r\n /g, '').replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_, b64: string) => {
    const bin = atob(b64);
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  });
}

const base = {
  from: 'reminders@art30.example',
  fromName: 'Art30',
  to: 'owner@example.dk',
  subject: 'Sletning: 2 overskredet – Klinik Ærø',
  text: 'Hej\nSlettefrist: 31. mar. 2026\n',
  html: '<p>Hej æøå</p>',
  date: Date.UTC(2026, 2, 1, 2, 0, 0),
  messageId: '2026-03-01.reg1.1@art30.example',
};

describe('the MIME writer', () => {
  it('encodes a Danish subject as encoded words that decode back to the same text', () => {
    const encoded = encodeHeaderValue(base.subject);
    expect(encoded).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeEncodedWords(encoded)).toBe(base.subject);
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('keeps a plain ASCII header readable', () => {
    expect(encodeHeaderValue('Deletion: 3 overdue – x'.replace('–', '-'))).toBe('Deletion: 3 overdue - x');
  });

  it('cannot be made to inject a header through a line break in a register name', () => {
    const raw = buildMimeMessage({ ...base, subject: 'Hi\r\nBcc: victim@example.com' });
    expect(raw).not.toMatch(/^Bcc:/m);
    expect(raw).toContain('Subject: Hi Bcc: victim@example.com');
  });

  it('writes quoted-printable that round-trips UTF-8, "=", trailing spaces and long lines', () => {
    const text = `Slet ${'ø'.repeat(60)} = færdig   \n${'x'.repeat(200)}\nslut\t`;
    const qp = quotedPrintable(text);
    for (const line of qp.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(qp).not.toMatch(/[ \t]\r\n/);
    expect(decodeQuotedPrintable(qp)).toBe(text);
  });

  it('refuses an address with a second recipient or a line break in it', () => {
    expect(() => formatAddress('a@example.com, b@example.com')).toThrow(/Not an email address/);
    expect(() => formatAddress('a@example.com\r\nBcc: b@example.com')).toThrow(/Not an email address/);
    expect(formatAddress('a@example.com', 'Art30 "Påmindelser"')).toMatch(
      /^=\?UTF-8\?B\?.* <a@example\.com>$/,
    );
  });

  it.each([
    'anne:hr@firma.dk',
    'ida@firma',
    'ida..hansen@firma.dk',
    'ida@-firma.dk',
    'søren@firma.dk',
    'ida @firma.dk',
  ])('refuses %s, which the shared mailbox grammar refuses too', (address) => {
    expect(() => formatAddress(address)).toThrow(/Not an email address/);
  });

  it('writes an address the mailbox grammar accepts with its domain in lower case', () => {
    expect(formatAddress(' Ida.Hansen+hr@Firma.DK ')).toBe('<Ida.Hansen+hr@firma.dk>');
  });

  it('builds a multipart/alternative message with both bodies, a Message-ID and a date from the run', () => {
    const raw = buildMimeMessage(base);
    expect(raw).toContain('Message-ID: <2026-03-01.reg1.1@art30.example>');
    expect(raw).toContain(`Date: ${rfc5322Date(base.date)}`);
    expect(rfc5322Date(base.date)).toBe('Sun, 01 Mar 2026 02:00:00 +0000');
    expect(raw).toContain('MIME-Version: 1.0');
    const boundary = /boundary="([^"]+)"/.exec(raw)?.[1] ?? '';
    const parts = raw.split(`--${boundary}`);
    expect(parts).toHaveLength(4); // headers, text, html, closing
    expect(parts[1]).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(parts[2]).toContain('Content-Type: text/html; charset=UTF-8');
    const htmlBody = parts[2].split('\r\n\r\n')[1].replace(/\r\n$/, '');
    expect(decodeQuotedPrintable(htmlBody)).toBe(base.html);
    expect(raw.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toContain('\n');
  });
});
