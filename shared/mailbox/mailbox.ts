// The one grammar that decides what an email address is, everywhere in Art30: Validate, the
// sync payload's builder and checker, the worker's planner and its MIME writer. An address
// that passes here can be put in a `To:` header as it is; one that fails is refused with a
// reason a person can act on, before anything is stored or sent.
//
// Deliberately narrower than RFC 5322: a plain ASCII addr-spec (dot-atom local part, DNS host
// name), no quoted strings, comments, IP literals or display names, and so no control, bidi,
// whitespace or header characters (`:`, `<`, `>`, `,`, `;`, `"`, `(`, `)`, CR, LF, NEL, DEL).

export type MailboxProblem = 'empty' | 'notAscii' | 'tooLong' | 'syntax';

export type MailboxResult =
  | { readonly ok: true; readonly address: string }
  | { readonly ok: false; readonly problem: MailboxProblem };

/** RFC 5321 § 4.5.3.1: 64 octets for the local part, 254 for a whole path without brackets. */
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;
const MAX_LABEL = 63;

/** RFC 5322 `atext`: letters, digits and ! # $ % & ' * + - / = ? ^ _ ` { | } ~ */
function isAtext(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x30 && code <= 0x39) || // 0-9
    "!#$%&'*+-/=?^_`{|}~".includes(String.fromCharCode(code))
  );
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

function isDotAtom(text: string): boolean {
  if (text === '' || text.startsWith('.') || text.endsWith('.') || text.includes('..')) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x2e && !isAtext(code)) return false;
  }
  return true;
}

function isHostLabel(label: string): boolean {
  if (label === '' || label.length > MAX_LABEL) return false;
  if (label.startsWith('-') || label.endsWith('-')) return false;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (code !== 0x2d && !isLetterOrDigit(code)) return false;
  }
  return true;
}

/** A top-level domain is letters only (`dk`, `org`) or an IDNA A-label (`xn--…`). */
function isTopLevel(label: string): boolean {
  if (label.toLowerCase().startsWith('xn--')) return label.length > 4;
  if (label.length < 2) return false;
  for (let i = 0; i < label.length; i++) {
    const code = label.charCodeAt(i);
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a))) return false;
  }
  return true;
}

function isHostName(domain: string): boolean {
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every(isHostLabel) && isTopLevel(labels[labels.length - 1]);
}

/**
 * Reads one address. Surrounding spaces (as a spreadsheet cell often has) are ignored; the
 * address returned has its domain in lower case, its local part as written.
 */
export function parseMailbox(text: string): MailboxResult {
  const trimmed = text.replace(/^[ \t]+|[ \t]+$/g, '');
  if (trimmed === '') return { ok: false, problem: 'empty' };
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code > 0x7f) return { ok: false, problem: 'notAscii' };
  }
  if (trimmed.length > MAX_ADDRESS) return { ok: false, problem: 'tooLong' };
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return { ok: false, problem: 'syntax' };
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1);
  if (local.length > MAX_LOCAL) return { ok: false, problem: 'tooLong' };
  if (!isDotAtom(local) || !isHostName(domain)) return { ok: false, problem: 'syntax' };
  return { ok: true, address: `${local}@${domain.toLowerCase()}` };
}

/** True when `text` is an address the product can send to. */
export function isMailbox(text: string): boolean {
  return parseMailbox(text).ok;
}
