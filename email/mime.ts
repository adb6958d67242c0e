// A minimal RFC 5322 / MIME writer for our reminder emails: one multipart/alternative message
// with a plain-text and an HTML part, UTF-8 in quoted-printable, non-ASCII headers as RFC 2047
// encoded words, CRLF line ends. Hand-written because the `send_email` binding wants raw MIME
// and mimetext's Node build imports `node:os` and `mime-types`, which workerd lacks; the Node
// side (cli/outbox) reuses this file, so the .eml on disk is the message that was sent.
// Uses only TextEncoder and btoa, which workerd and Node both have (declared in web.d.ts).

import { parseMailbox } from '../shared/mailbox/mailbox.ts';

export interface MimeMessageInput {
  from: string;
  fromName?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Epoch milliseconds for the Date header: the run's scheduled time, not the wall clock. */
  date: number;
  /** Without angle brackets, e.g. `2026-03-01.reg1.3@art30.example`. */
  messageId: string;
  headers?: Record<string, string>;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Header values never carry a line break: a register name cannot inject a header. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').trim();
}

const PLAIN_HEADER = /^[\x20-\x7e]*$/;

/**
 * A header value as RFC 2047 encoded words when it is not plain ASCII: base64 chunks of at most
 * 45 bytes (60 characters, so each word stays under 75), never splitting a character.
 */
export function encodeHeaderValue(value: string): string {
  const text = oneLine(value);
  if (PLAIN_HEADER.test(text) && !text.includes('=?')) return text;
  const words: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  for (const ch of text) {
    const n = encoder.encode(ch).length;
    if (chunkBytes + n > 45) {
      words.push(chunk);
      chunk = '';
      chunkBytes = 0;
    }
    chunk += ch;
    chunkBytes += n;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(encoder.encode(w))}?=`).join(`${CRLF} `);
}

/** `"Name" <addr>` with the name encoded; refuses anything that is not one plain address. */
export function formatAddress(address: string, name?: string): string {
  const mailbox = parseMailbox(address);
  if (!mailbox.ok) throw new Error(`Not an email address (${mailbox.problem}): ${JSON.stringify(address)}`);
  const addr = mailbox.address;
  if (!name) return `<${addr}>`;
  const clean = oneLine(name);
  const display = PLAIN_HEADER.test(clean)
    ? `"${clean.replace(/["\\]/g, '\\$&')}"`
    : encodeHeaderValue(clean);
  return `${display} <${addr}>`;
}

const HEX = '0123456789ABCDEF';
// Every byte's quoted-printable token: printable ASCII but '=' stands for itself.
const QP_TOKENS: readonly string[] = Array.from({ length: 256 }, (_, b) =>
  b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${HEX[b >> 4]}${HEX[b & 15]}`,
);
const LF = 10;
const SPACE = 32;
const TAB = 9;

/**
 * Quoted-printable (RFC 2045 §6.7) of UTF-8 text, lines of at most 76 characters, CRLF. One
 * pass over the bytes with a token table: a digest of a few hundred items is half a megabyte
 * of HTML, and this runs on the Worker's CPU budget.
 */
export function quotedPrintable(text: string): string {
  const bytes = encoder.encode(text.replace(/\r\n?/g, '\n'));
  const out: string[] = [];
  let line = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === LF) {
      out.push(line);
      line = '';
      continue;
    }
    // Spaces and tabs stand for themselves except at the end of a line, where transports may
    // strip them.
    const next = i + 1 < bytes.length ? bytes[i + 1] : LF;
    const token = (b === SPACE || b === TAB) && next !== LF ? (b === SPACE ? ' ' : '\t') : QP_TOKENS[b];
    // Keep room for the soft break '=' on every line but the last.
    if (line.length + token.length > 75) {
      out.push(`${line}=`);
      line = '';
    }
    line += token;
  }
  out.push(line);
  return out.join(CRLF);
}

/** RFC 5322 date, e.g. `Sun, 01 Mar 2026 02:00:00 +0000`. */
export function rfc5322Date(epochMs: number): string {
  return new Date(epochMs).toUTCString().replace(/GMT$/, '+0000');
}

/** A boundary that quoted-printable output can never contain ('=' is always followed by
 * hex digits or a line end there). */
function boundaryFor(messageId: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < messageId.length; i++) {
    h ^= messageId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `=_art30_${h.toString(16).padStart(8, '0')}`;
}

/** The whole message as a string with CRLF line ends, ready for `new EmailMessage(...)`. */
export function buildMimeMessage(input: MimeMessageInput): string {
  if (!/^[^\s<>@]+@[^\s<>@]+$/.test(input.messageId)) {
    throw new Error(`Not a message id: ${JSON.stringify(input.messageId)}`);
  }
  const boundary = boundaryFor(input.messageId);
  const headers: string[] = [
    `From: ${formatAddress(input.from, input.fromName)}`,
    `To: ${formatAddress(input.to)}`,
    `Subject: ${encodeHeaderValue(input.subject)}`,
    `Date: ${rfc5322Date(input.date)}`,
    `Message-ID: <${input.messageId}>`,
    'MIME-Version: 1.0',
  ];
  for (const [name, value] of Object.entries(input.headers ?? {})) {
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) throw new Error(`Not a header name: ${name}`);
    headers.push(`${name}: ${encodeHeaderValue(value)}`);
  }
  headers.push(`Content-Type: multipart/alternative; boundary="${boundary}"`);
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=UTF-8`,
      'Content-Transfer-Encoding: quoted-printable',
      '',
      quotedPrintable(body),
    ].join(CRLF);
  return [
    ...headers,
    '',
    part('text/plain', input.text),
    part('text/html', input.html),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}

/** Size in bytes of the message as sent (the limit is 5 MiB). */
export function byteLength(raw: string): number {
  return encoder.encode(raw).length;
}
