// Recognises retention-log references that would identify a person. A reference must be a
// pseudonym (client no., case id, initials): the retention log must not become a second
// copy of the personal data, and whatever travels to the worker is checked with this first.
// The check is deliberately cautious: a false alarm costs the user a rename, a miss leaks a
// CPR number or a name to a processor.

export type IdentifyingKind = 'cpr' | 'email' | 'name';

// Six digits (DDMMYY) and four more, not inside a longer number, once the separators people
// write between digits (space, '-', '.', '/', '_') are folded away: "010190.1234",
// "01.01.90-1234" and "01 01 90 1234" are all CPR numbers.
const CPR = /(?<!\d)(\d{2})(\d{2})\d{6}(?!\d)/g;
const DIGIT_SEPARATOR = /(?<=\d)[\s./_-]+(?=\d)/g;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;
// A capitalised word holding at least one lower-case letter ("Anne", "Hans-Christian",
// "McKay", "Ørsted"); all-capital codes such as "AB" or "KL" are initials, not names.
const NAME_WORD = /^\p{Lu}[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*$/u;
const LOWER = /\p{Ll}/u;
// A middle initial ("Jens P. Hansen") does not break a run of name words.
const INITIAL = /^\p{Lu}\.?$/u;
// Case folded: a name in capitals ("ANNE SOFIE JENSEN") is a run of all-capital words of three
// or more letters with a vowel; shorter ones ("AB", "KL") stay initials.
const CAPITAL_WORD = /^\p{Lu}{3,}(?:-\p{Lu}{2,})*$/u;
const VOWEL = /[AEIOUYÆØÅÄÖÜÉÈÁÀ]/u;
// Separators folded: words run together ("AnneJensen", at a lower-to-upper change after three
// letters or more) or joined by '_', '.', '/' ("Anne_Jensen") are split before the check.
const CAMEL_JOIN = /(?<=\p{Lu}\p{Ll}{2,})(?=\p{Lu})/gu;
const WORD_SEPARATOR = /[\s,;_./]+/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function hasCpr(text: string): boolean {
  for (const m of text.replace(DIGIT_SEPARATOR, '').matchAll(CPR)) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    // The century is not in the number, so 29 February is always possible.
    if (month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]) return true;
  }
  return false;
}

function isNameWord(word: string): boolean {
  return (NAME_WORD.test(word) && LOWER.test(word)) || (CAPITAL_WORD.test(word) && VOWEL.test(word));
}

function hasFullName(text: string): boolean {
  let run = 0;
  for (const word of text.replace(CAMEL_JOIN, ' ').split(WORD_SEPARATOR)) {
    if (isNameWord(word)) {
      run += 1;
      if (run >= 2) return true;
    } else if (!(run > 0 && INITIAL.test(word))) {
      run = 0;
    }
  }
  return false;
}

/**
 * True when `text` can be none of the three kinds: plain ASCII with no '@' (no email), no
 * lower-case letter and no three letters in a row (every name word has one or the other) and
 * fewer than ten digits (a CPR number has ten).
 * Most pseudonyms ("K-2025-014", "AB-17") are decided here, without the regular expressions:
 * validation runs this on every holding of the register.
 */
function isPlainCode(text: string): boolean {
  let digits = 0;
  let letterRun = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 || c === 64 || (c >= 97 && c <= 122)) return false;
    if (c >= 48 && c <= 57) digits++;
    letterRun = c >= 65 && c <= 90 ? letterRun + 1 : 0;
    if (letterRun >= 3) return false;
  }
  return digits < 10;
}

/** The full check, without the shortcut for plain codes. */
export function classifyReference(reference: string): IdentifyingKind | null {
  const text = reference.normalize('NFC').trim();
  if (hasCpr(text)) return 'cpr';
  if (EMAIL.test(text)) return 'email';
  if (hasFullName(text)) return 'name';
  return null;
}

/** What kind of identifying data `reference` looks like, or null when it looks pseudonymous. */
export function looksIdentifying(reference: string): IdentifyingKind | null {
  return isPlainCode(reference) ? null : classifyReference(reference);
}
