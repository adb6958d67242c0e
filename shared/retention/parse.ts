// Reads a retention rule written as free text in Danish or English ("6 mdr. efter modtagelse",
// "5 years from the end of the financial year") into a structured `RetentionRule`, or says
// plainly what it did not understand. It never guesses silently: a period whose starting
// event is unknown or missing becomes a manual rule with understood=false, and every
// assumption it does make is named in the explanation. It never throws, for any string.
//
// How it reads: the text is lower-cased and cleaned, then remarks that change no date are
// recognised and blanked out (legal-hold clauses, "whichever is later", ceilings such as
// "op til", manual phrases such as "så længe formålet består"), keeping every other
// character's position. What remains is scanned for periods ("1 år og 6 måneder", "straks")
// and each period takes the event named after it in the same clause (or, for the first
// period, an event introduced before it: "Efter ophør: 5 år"). The words are data in
// phrases.ts.

import type { Localized } from '../register/types.ts';
import { describePeriodBoth } from './describe.ts';
import { retentionMessages } from './messages.ts';
import {
  CASE_BY_CASE,
  CEILING,
  CLAUSE_WORDS,
  CONNECTORS,
  DANISH_TENS,
  DANISH_UNITS,
  EARLIEST,
  ENGLISH_TENS,
  ENGLISH_UNITS,
  FISCAL_YEAR_PHRASES,
  IMMEDIATELY,
  LATEST,
  LEGAL_HOLD,
  NO_RULE,
  NUMBER_WORDS,
  PERMANENT,
  PURPOSE_BASED,
  TRIGGER_PHRASES,
  UNIT_WORDS,
  UNTIL,
  WHILE,
  WHILE_SUBJECTS,
} from './phrases.ts';
import type { ManualReason, Period, RetentionRule, RetentionTerm, TriggerEvent } from './types.ts';

export interface ParsedRetention {
  rule: RetentionRule;
  /** False when the text was not understood: the rule is then manual 'notUnderstood',
   * 'unknownTrigger' or 'empty', and the explanation says why. */
  understood: boolean;
  explanation: Localized | null;
}

/** Longer texts are not read: a retention rule is a sentence or two, not a policy document. */
export const MAX_RETENTION_TEXT = 2000;

/** Periods over this many years are taken to be typing errors. */
const MAX_YEARS = 200;

// ---------------------------------------------------------------------------------------
// Regular expressions, built once from the phrase lists.

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** A phrase fragment as a regex source: `~` is the rest of the word, a space any whitespace. */
function fragment(text: string): string {
  return text.replace(/~/g, '\\p{L}*').replace(/ /g, '\\s+');
}

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function byLengthDesc(a: string, b: string): number {
  return b.length - a.length;
}

/** One regex matching any of the phrases as whole words, longest first. */
function anyOf(phrases: readonly string[], flags = 'gu'): RegExp {
  const source = [...phrases].sort(byLengthDesc).map(fragment).join('|');
  return new RegExp(`${NOT_WORD_BEFORE}(?:${source})${NOT_WORD_AFTER}`, flags);
}

const NUMBER_WORD_SOURCE = Object.keys(NUMBER_WORDS)
  .sort(byLengthDesc)
  .map((w) => escapeRegex(w).replace(/ /g, '\\s+'))
  .join('|');
const DANISH_COMPOUND_SOURCE = `(?:${Object.keys(DANISH_UNITS).join('|')})og(?:${Object.keys(DANISH_TENS).join('|')})`;
const DIGIT_SOURCE =
  '\\d{1,6}\\s+(?:og\\s+en\\s+halv|og\\s+et\\s+halvt|and\\s+a\\s+half)|\\d{1,6}(?:[.,]\\d{1,3})?½?';
const ENGLISH_COMPOUND_SOURCE = `(?:${Object.keys(ENGLISH_TENS).join('|')})[-\\s](?:${Object.keys(ENGLISH_UNITS).join('|')})`;
const WORD_NUMBER_SOURCE = `${DANISH_COMPOUND_SOURCE}|${ENGLISH_COMPOUND_SOURCE}|${NUMBER_WORD_SOURCE}`;

type Unit = keyof Period;
const UNIT_OF = new Map<string, Unit>();
for (const unit of Object.keys(UNIT_WORDS) as Unit[]) for (const w of UNIT_WORDS[unit]) UNIT_OF.set(w, unit);
const UNIT_SOURCE = [...UNIT_OF.keys()].sort(byLengthDesc).map(escapeRegex).join('|');

// "6 måneder", "6mdr", "5-års", "1,5 år", "halvandet år", "fireogtyve mdr.". A spelled-out
// number needs a space or hyphen before its unit (else "end" would read as "en d", one day).
// A unit ending in a full stop keeps it, so "3 mdr. efter …" does not end the clause there.
const PERIOD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.,])(?:(${DIGIT_SOURCE})\\s*-?\\s*|(${WORD_NUMBER_SOURCE})(?:\\s*-\\s*|\\s+))(${UNIT_SOURCE})(?:(?<=\\.)|${NOT_WORD_AFTER})`,
  'gu',
);
const IMMEDIATELY_RE = anyOf(IMMEDIATELY);
const UNTIL_RE = anyOf(UNTIL);
const WHILE_RES: Array<[TriggerEvent, RegExp]> = WHILE_SUBJECTS.map(([trigger, subjects]) => [
  trigger,
  new RegExp(
    `${NOT_WORD_BEFORE}(?:${WHILE.map(fragment).join('|')})\\s+(?:(?:den|det|the|their|vores|our|jeres|your)\\s+)?(?:${subjects
      .map(fragment)
      .join('|')})${NOT_WORD_AFTER}`,
    'gu',
  ),
]);

const TRIGGER_RES: Array<[TriggerEvent, RegExp]> = TRIGGER_PHRASES.map(([t, phrases]) => [t, anyOf(phrases)]);
const FISCAL_YEAR_RE = anyOf(FISCAL_YEAR_PHRASES);
const CONNECTOR_RE = anyOf(CONNECTORS);
const LEGAL_HOLD_RE = anyOf(LEGAL_HOLD);
const CLAUSE_RE = new RegExp(
  `[;:!?\\n()\\[\\]]|\\.(?=\\s|$)|,(?=\\s)|\\s-\\s|${NOT_WORD_BEFORE}(?:${[...CLAUSE_WORDS]
    .sort(byLengthDesc)
    .map(fragment)
    .join('|')})${NOT_WORD_AFTER}`,
  'gu',
);
const CLAUSE_END_RE = /[;!?\n]|\.(?=\s|$)/;
const CEILING_RE = anyOf(CEILING);
const LATEST_RE = anyOf(LATEST);
const EARLIEST_RE = anyOf(EARLIEST);
const PURPOSE_BASED_RE = anyOf(PURPOSE_BASED);
const CASE_BY_CASE_RE = anyOf(CASE_BY_CASE);
const PERMANENT_RE = anyOf(PERMANENT);
const NO_RULE_SET = new Set(NO_RULE);
const MANUAL_REVIEW_TEXTS = Object.values(retentionMessages.manualReviewText()).map((s) => s.toLowerCase());
// What follows "efter"/"after" when the event named is not one we know, for the explanation.
const STATED_EVENT_RE = new RegExp(
  `^\\s*[,:]?\\s*(?:${[...CONNECTORS].sort(byLengthDesc).map(fragment).join('|')})${NOT_WORD_AFTER}\\s*([^,;.!?\\n]{1,60}?)\\s*(?=$|[,;.!?\\n]|\\s(?:eller|or|og|and)\\s)`,
  'u',
);
const ABBREVIATION_RE =
  /(?<![\p{L}])(jf|ca|evt|inkl|ekskl|nr|stk|pkt|art|cf|dvs|mv|osv|bl\.a|f\.eks|e\.g|i\.e|vs|approx)\./gu;

// ---------------------------------------------------------------------------------------

interface Token {
  start: number;
  end: number;
  kind: 'period' | 'immediately' | 'until' | 'while';
  period: Period;
  /** Set for a "while" token, and for any token once its event is found. */
  trigger?: TriggerEvent;
  anchor?: RetentionTerm['anchor'];
  /** A number and unit that do not make whole units ("1,5 måned"). */
  fractional?: string;
}

const ZERO: Period = { years: 0, months: 0, weeks: 0, days: 0 };

function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(
      /[\u0000-\u001f\u007f-\u009f\u00a0\u00ad\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g,
      (c) => (c === '\n' ? '\n' : ' '),
    )
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u2032`´]/g, "'")
    .replace(ABBREVIATION_RE, (_m, word: string) => `${word} `);
}

function blank(text: string, re: RegExp): { text: string; found: boolean } {
  let found = false;
  const out = text.replace(re, (m) => {
    found = true;
    return ' '.repeat(m.length);
  });
  return { text: out, found };
}

function numberValue(raw: string): number {
  const text = raw.replace(/\s+/g, ' ');
  let m = /^(\d+) (?:og en halv|og et halvt|and a half)$/.exec(text);
  if (m) return Number(m[1]) + 0.5;
  m = /^(\d+)(?:([.,])(\d+))?(½)?$/.exec(text);
  if (m) {
    // "1.000 dage" is a thousands separator, "1,5 år" a decimal comma.
    const value =
      m[3] === undefined ? Number(m[1]) : m[3].length === 3 ? Number(m[1] + m[3]) : Number(`${m[1]}.${m[3]}`);
    return value + (m[4] ? 0.5 : 0);
  }
  if (NUMBER_VALUES.has(text)) return NUMBER_VALUES.get(text)!;
  m = /^(\p{L}+)og(\p{L}+)$/u.exec(text);
  if (m && DANISH_UNIT_VALUES.has(m[1]) && DANISH_TEN_VALUES.has(m[2])) {
    return DANISH_UNIT_VALUES.get(m[1])! + DANISH_TEN_VALUES.get(m[2])!;
  }
  m = /^(\p{L}+)[- ](\p{L}+)$/u.exec(text);
  if (m && ENGLISH_TEN_VALUES.has(m[1]) && ENGLISH_UNIT_VALUES.has(m[2]))
    return ENGLISH_TEN_VALUES.get(m[1])! + ENGLISH_UNIT_VALUES.get(m[2])!;
  return Number.NaN;
}

// Lookup tables as Maps: a plain object would also answer "constructor".
const NUMBER_VALUES = new Map(Object.entries(NUMBER_WORDS));
const DANISH_UNIT_VALUES = new Map(Object.entries(DANISH_UNITS));
const DANISH_TEN_VALUES = new Map(Object.entries(DANISH_TENS));
const ENGLISH_UNIT_VALUES = new Map(Object.entries(ENGLISH_UNITS));
const ENGLISH_TEN_VALUES = new Map(Object.entries(ENGLISH_TENS));

const isWhole = (n: number) => Math.abs(n - Math.round(n)) < 1e-9;

/** A number of a unit as whole periods, or null when it does not come out whole. */
function toPeriod(value: number, unit: Unit): Period | null {
  if (!Number.isFinite(value) || value < 0) return null;
  const p = { ...ZERO };
  if (isWhole(value)) {
    p[unit] = Math.round(value);
    return p;
  }
  const whole = Math.floor(value);
  if (unit === 'years' && isWhole(value * 12)) {
    p.years = whole;
    p.months = Math.round((value - whole) * 12);
    return p;
  }
  if (unit === 'weeks' && isWhole(value * 7)) {
    p.weeks = whole;
    p.days = Math.round((value - whole) * 7);
    return p;
  }
  return null;
}

const UNIT_RANK: Record<Unit, number> = { years: 4, months: 3, weeks: 2, days: 1 };

function smallestUnit(p: Period): number {
  for (const u of ['days', 'weeks', 'months', 'years'] as const) if (p[u]) return UNIT_RANK[u];
  return 0;
}
function largestUnit(p: Period): number {
  for (const u of ['years', 'months', 'weeks', 'days'] as const) if (p[u]) return UNIT_RANK[u];
  return 0;
}

function samePeriod(a: Period, b: Period): boolean {
  return a.years === b.years && a.months === b.months && a.weeks === b.weeks && a.days === b.days;
}

function periodYears(p: Period): number {
  return p.years + p.months / 12 + p.weeks / 52 + p.days / 365;
}

function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(PERIOD_RE)) {
    const unit = UNIT_OF.get(m[3])!;
    const period = toPeriod(numberValue(m[1] ?? m[2]), unit);
    tokens.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'period',
      period: period ?? { ...ZERO },
      fractional: period ? undefined : m[0].trim(),
    });
  }
  for (const m of text.matchAll(IMMEDIATELY_RE)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, kind: 'immediately', period: { ...ZERO } });
  }
  for (const m of text.matchAll(UNTIL_RE)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, kind: 'until', period: { ...ZERO } });
  }
  for (const [trigger, re] of WHILE_RES) {
    for (const m of text.matchAll(re)) {
      tokens.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'while',
        period: { ...ZERO },
        trigger,
        anchor: 'event',
      });
    }
  }
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps cannot happen between the kinds' words, but a cheap guard keeps it that way.
  const kept: Token[] = [];
  for (const t of tokens) if (kept.length === 0 || t.start >= kept[kept.length - 1].end) kept.push(t);
  return mergeCompounds(text, kept);
}

/** "1 år og 6 måneder", "2 years, 3 months": one period, largest unit first. */
function mergeCompounds(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind === 'period' &&
      t.kind === 'period' &&
      !prev.fractional &&
      !t.fractional &&
      /^\s*(?:,|og|and|&|\+|plus)?\s*$/.test(text.slice(prev.end, t.start)) &&
      smallestUnit(prev.period) > largestUnit(t.period) &&
      largestUnit(t.period) > 0
    ) {
      prev.end = t.end;
      prev.period = {
        years: prev.period.years + t.period.years,
        months: prev.period.months + t.period.months,
        weeks: prev.period.weeks + t.period.weeks,
        days: prev.period.days + t.period.days,
      };
      continue;
    }
    out.push(t);
  }
  return out;
}

interface FoundEvent {
  trigger: TriggerEvent;
  anchor: RetentionTerm['anchor'];
  index: number;
}

function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

/** The event named in `text`: the first trigger phrase, counted from the end of the financial
 * year when the text mentions it (the record date when no other event is named). */
function findEvent(text: string): FoundEvent | null {
  let best: { trigger: TriggerEvent; index: number; length: number } | null = null;
  for (const [trigger, re] of TRIGGER_RES) {
    const m = firstMatch(re, text);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))) {
      best = { trigger, index: m.index, length: m[0].length };
    }
  }
  const fy = firstMatch(FISCAL_YEAR_RE, text);
  if (best) return { trigger: best.trigger, anchor: fy ? 'fiscalYearEnd' : 'event', index: best.index };
  if (fy) return { trigger: 'recordDate', anchor: 'fiscalYearEnd', index: fy.index };
  return null;
}

/** The words after "efter"/"after" that name an event we do not know, or null. */
function statedEvent(following: string): string | null {
  const m = STATED_EVENT_RE.exec(following);
  const words = m?.[1]?.trim();
  return words ? words : null;
}

function followingClause(text: string, token: Token, next: Token | undefined): string {
  const following = text.slice(token.end, next ? next.start : text.length);
  const end = following.search(CLAUSE_END_RE);
  return end < 0 ? following : following.slice(0, end);
}

/** "Efter ansættelsens ophør: 5 år", "end of employment + 5 years": an event before the first
 * period, if a connector ("efter", "ved", "after") introduces it in the same clause or a
 * plus sign joins it to the period. */
function precedingEvent(text: string, token: Token): FoundEvent | null {
  let before = text.slice(0, token.start);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('\n'), before.search(/\.\s[^.]*$/));
  if (cut >= 0) before = before.slice(cut + 1);
  const event = findEvent(before);
  if (!event) return null;
  const connector = firstMatch(CONNECTOR_RE, before);
  if (connector && connector.index < event.index) return event;
  return /(?:\+|(?<![\p{L}])plus)\s*$/u.test(before) ? event : null;
}

/** Legal-hold remarks are blanked clause by clause, so that a period inside one ("kan
 * forlænges med 1 år ved tvist") is not read as a retention period. */
function blankLegalHold(text: string): { text: string; found: boolean } {
  const holds = [...text.matchAll(LEGAL_HOLD_RE)];
  if (holds.length === 0) return { text, found: false };
  const bounds = [...text.matchAll(CLAUSE_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let out = text;
  for (const h of holds) {
    const hEnd = h.index + h[0].length;
    let start = 0;
    let end = text.length;
    for (const b of bounds) {
      if (b.end <= h.index) start = b.start;
      else if (b.start >= hEnd) {
        end = b.start;
        break;
      }
    }
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return { text: out, found: true };
}

function manual(
  reason: ManualReason,
  legalHoldExtends: boolean,
  explanation: Localized | null,
): ParsedRetention {
  return {
    rule: { kind: 'manual', reason, legalHoldExtends },
    understood: reason === 'purposeBased' || reason === 'caseByCase',
    explanation,
  };
}

function joinExplanations(parts: Localized[]): Localized | null {
  if (parts.length === 0) return null;
  return { da: parts.map((p) => p.da).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** Reads a retention text. Never throws. */
export function parseRetention(text: string): ParsedRetention {
  try {
    return parse(typeof text === 'string' ? text : String(text ?? ''));
  } catch {
    // Nothing above is expected to throw; if it ever does, the text is simply not understood.
    return manual('notUnderstood', false, retentionMessages.notUnderstood());
  }
}

function parse(raw: string): ParsedRetention {
  let text = normalise(raw);
  const bare = text.trim().replace(/[\s.!]+$/, '');
  if (!/[\p{L}\p{N}]/u.test(bare) || NO_RULE_SET.has(bare))
    return manual('empty', false, retentionMessages.empty());
  if (text.length > MAX_RETENTION_TEXT) {
    return manual('notUnderstood', false, retentionMessages.tooLong(MAX_RETENTION_TEXT));
  }

  let step = blankLegalHold(text);
  text = step.text;
  const legalHoldExtends = step.found;

  let unknownEvent = false;
  for (const phrase of MANUAL_REVIEW_TEXTS) {
    const at = text.indexOf(phrase);
    if (at >= 0) {
      unknownEvent = true;
      text = text.slice(0, at) + ' '.repeat(phrase.length) + text.slice(at + phrase.length);
    }
  }
  step = blank(text, LATEST_RE);
  text = step.text;
  const latest = step.found;
  text = blank(text, EARLIEST_RE).text;
  step = blank(text, PURPOSE_BASED_RE);
  text = step.text;
  const manualReason: ManualReason | null = step.found ? 'purposeBased' : null;
  step = blank(text, CASE_BY_CASE_RE);
  text = step.text;
  const manualPhrase: ManualReason | null = manualReason ?? (step.found ? 'caseByCase' : null);
  step = blank(text, CEILING_RE);
  text = step.text;
  const ceiling = step.found;

  const tokens = scanTokens(text);
  const fractional = tokens.find((t) => t.fractional);
  if (fractional)
    return manual('notUnderstood', legalHoldExtends, retentionMessages.fractional(fractional.fractional!));
  const implausible = tokens.find((t) => periodYears(t.period) > MAX_YEARS);
  if (implausible) {
    return manual(
      'notUnderstood',
      legalHoldExtends,
      retentionMessages.implausiblePeriod(describePeriodBoth(implausible.period)),
    );
  }

  const assumptions: Localized[] = [];
  const unresolved: Array<{ token: Token; words: string | null }> = [];
  const following = tokens.map((t, i) => followingClause(text, t, tokens[i + 1]));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.trigger) continue;
    const event = findEvent(following[i]) ?? (i === 0 ? precedingEvent(text, t) : null);
    if (event) {
      t.trigger = event.trigger;
      t.anchor = event.anchor;
    }
  }
  const terms: RetentionTerm[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.trigger) {
      terms.push({ period: t.period, trigger: t.trigger, anchor: t.anchor ?? 'event' });
      continue;
    }
    // "indtil videre", "under 18 år": not a rule unless an event follows.
    if (t.kind === 'until' || t.kind === 'while') continue;
    const words = statedEvent(following[i]);
    if (t.kind === 'immediately') {
      if (words) unresolved.push({ token: t, words });
      else {
        // Decision (domain brief): "slettes straks" with no event means once the purpose is
        // fulfilled, and the explanation says so.
        terms.push({ period: t.period, trigger: 'purposeFulfilled', anchor: 'event' });
        assumptions.push(retentionMessages.immediatelyWhenPurposeFulfilled());
      }
      continue;
    }
    // "senest 5 år – ved 5 års inaktivitet": the same period said twice, once with its event.
    if (tokens.some((o) => o !== t && o.trigger && samePeriod(o.period, t.period))) continue;
    if (!words && ceiling) {
      // Decision (domain brief): a ceiling with no event, "op til 1 år", "max 12 months",
      // limits the age of the data, so it counts from collection; the explanation says so.
      terms.push({ period: t.period, trigger: 'collected', anchor: 'event' });
      assumptions.push(retentionMessages.ceilingFromCollection(describePeriodBoth(t.period)));
      continue;
    }
    // Decision: a bare period ("5 år", "slettes efter 6 måneder") is NOT counted from
    // collection. Collection is the most common reading but not the only one (the end of a
    // customer relationship is as common in registers), and a wrong guess moves a deletion
    // date by years in either direction. It becomes a manual rule, understood=false, and the
    // explanation asks for the event; "never a guess presented as certain".
    unresolved.push({ token: t, words });
  }

  if (unresolved.length > 0) {
    if (manualPhrase) return manual(manualPhrase, legalHoldExtends, messageFor(manualPhrase));
    const first = unresolved[0];
    const period = describePeriodBoth(first.token.period);
    return manual(
      'unknownTrigger',
      legalHoldExtends,
      first.words
        ? retentionMessages.unknownTrigger(period, first.words)
        : retentionMessages.noTrigger(period),
    );
  }
  if (terms.length > 0) {
    const unique = dedupe(terms);
    return {
      rule: {
        kind: 'computed',
        terms: unique,
        combine: latest && unique.length > 1 ? 'latest' : 'earliest',
        ceiling,
        legalHoldExtends,
      },
      understood: true,
      explanation: joinExplanations(assumptions),
    };
  }
  if (unknownEvent) return manual('unknownTrigger', legalHoldExtends, retentionMessages.unknownEvent());
  if (manualPhrase) return manual(manualPhrase, legalHoldExtends, messageFor(manualPhrase));
  if (firstMatch(PERMANENT_RE, text))
    return manual('notUnderstood', legalHoldExtends, retentionMessages.permanent());
  return manual('notUnderstood', legalHoldExtends, retentionMessages.notUnderstood());
}

function messageFor(reason: ManualReason): Localized {
  return reason === 'caseByCase' ? retentionMessages.caseByCase() : retentionMessages.purposeBased();
}

function dedupe(terms: RetentionTerm[]): RetentionTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.trigger}|${t.anchor}|${t.period.years}|${t.period.months}|${t.period.weeks}|${t.period.days}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
