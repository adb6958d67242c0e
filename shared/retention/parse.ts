// Reads a retention rule written as free text in Danish or English ("6 mdr. efter modtagelse",
// "5 years from the end of the financial year") into a structured `RetentionRule`, or says
// plainly what it did not understand. It never guesses silently: every assumption it makes is
// named in the explanation (a bare period counts from collection, the earliest anchor, so a
// reminder is never late; an event it does not know becomes a named custom event dated by the
// retention log's event-date column). A minimum period ("mindst", "at least") is a floor,
// kept apart from the deadline. It never throws, for any string.
//
// How it reads: the text is lower-cased and cleaned, then remarks that change no date are
// recognised and blanked out (legal-hold clauses, "whichever is later", ceilings such as
// "op til", manual phrases such as "så længe formålet består"), keeping every other
// character's position. What remains is scanned for periods ("1 år og 6 måneder", "straks")
// and each period takes the event named after it in the same clause (or, for the first
// period, an event introduced before it: "Efter ophør: 5 år"). The words are data in
// phrases.ts.

import type { Localized } from '../register/types.ts';
import { customEventName, describePeriodBoth } from './describe.ts';
import { retentionMessages } from './messages.ts';
import {
  CALENDAR_YEAR_PHRASES,
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
  FLOOR,
  IMMEDIATELY,
  LATEST,
  LEGAL_HOLD,
  NAMED_EVENT_PHRASES,
  NO_RULE,
  NUMBER_WORDS,
  PERMANENT,
  PURPOSE_BASED,
  THEN,
  TRIGGER_PHRASES,
  UNIT_WORDS,
  UNTIL,
  WHILE,
  WHILE_ACTIVE_STATES,
  WHILE_ACTIVE_VERBS,
  WHILE_SUBJECTS,
} from './phrases.ts';
import type { Anchor, ManualReason, Period, RetentionRule, RetentionTerm, TriggerEvent } from './types.ts';

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

WHILE_RES.push([
  'relationshipEnded',
  new RegExp(
    `${NOT_WORD_BEFORE}(?:${WHILE.map(fragment).join('|')})\\s+(?:\\p{L}+\\s+){1,3}?(?:${WHILE_ACTIVE_VERBS.join('|')})\\s+(?:${WHILE_ACTIVE_STATES.map(fragment).join('|')})${NOT_WORD_AFTER}`,
    'gu',
  ),
]);

const TRIGGER_RES: Array<[TriggerEvent, RegExp, string?]> = [
  ...TRIGGER_PHRASES.map(([t, phrases]): [TriggerEvent, RegExp] => [t, anyOf(phrases)]),
  ...NAMED_EVENT_PHRASES.map(([name, phrases]): [TriggerEvent, RegExp, string] => [
    'customEvent',
    anyOf(phrases),
    name,
  ]),
];
const FISCAL_YEAR_RE = anyOf(FISCAL_YEAR_PHRASES);
const CALENDAR_YEAR_RE = anyOf(CALENDAR_YEAR_PHRASES);
const FLOOR_RE = anyOf(FLOOR);
const THEN_RE = anyOf(THEN);
/** "mindst 5 og højst 10 år": the first number borrows the unit of the second. */
const FLOOR_RANGE_RE = new RegExp(
  `(${NOT_WORD_BEFORE}(?:${FLOOR.map(fragment).join('|')})\\s+\\d{1,4})(\\s+(?:og|and|til|to)\\s+(?:(?:${CEILING.map(fragment).join('|')})\\s+)?\\d{1,4}\\s*(${UNIT_SOURCE})(?:(?<=\\.)|${NOT_WORD_AFTER}))`,
  'gu',
);
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
  anchor?: Anchor;
  /** The name of a custom event. */
  event?: string;
  /** A minimum period ("mindst 5 år"): a floor, not a deadline. */
  floor?: boolean;
  /** A "while" token whose end a later period counts from ("så længe … aktiv, derefter 6 mdr."). */
  consumed?: boolean;
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
    .replace(ABBREVIATION_RE, (_m, word: string) => `${word} `)
    .replace(FLOOR_RANGE_RE, (_m, floor: string, rest: string, unit: string) => `${floor} ${unit}${rest}`);
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
  anchor: Anchor;
  index: number;
  event?: string;
}

function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

/** The end of a year the text counts from, the first one it names. */
function yearEnd(text: string): { anchor: Anchor; index: number } | null {
  const fy = firstMatch(FISCAL_YEAR_RE, text);
  const cy = firstMatch(CALENDAR_YEAR_RE, text);
  if (fy && (!cy || fy.index <= cy.index)) return { anchor: 'fiscalYearEnd', index: fy.index };
  return cy ? { anchor: 'calendarYearEnd', index: cy.index } : null;
}

/** The event named in `text`: the first trigger phrase, counted from the end of the financial
 * or calendar year when the text names one (the record date when no other event is named). */
function findEvent(text: string): FoundEvent | null {
  let best: { trigger: TriggerEvent; index: number; length: number; event?: string } | null = null;
  for (const [trigger, re, event] of TRIGGER_RES) {
    const m = firstMatch(re, text);
    if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length))) {
      best = { trigger, index: m.index, length: m[0].length, event };
    }
  }
  const year = yearEnd(text);
  if (best) {
    const found: FoundEvent = { trigger: best.trigger, anchor: year?.anchor ?? 'event', index: best.index };
    return best.event ? { ...found, event: best.event } : found;
  }
  if (year) return { trigger: 'recordDate', anchor: year.anchor, index: year.index };
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

/** What the remarks of a text say, once they are blanked out of it. */
interface Remarks {
  text: string;
  legalHoldExtends: boolean;
  /** The text holds describeRetention's words for an 'unknownTrigger' rule. */
  reviewText: boolean;
  latest: boolean;
  ceiling: boolean;
  manualPhrase: ManualReason | null;
  /** Where each "mindst"/"at least" ends. */
  floorEnds: number[];
}

/** Blanks out the remarks that change no date, remembering what they said. */
function readRemarks(normalised: string): Remarks {
  let step = blankLegalHold(normalised);
  let text = step.text;
  const legalHoldExtends = step.found;
  let reviewText = false;
  for (const phrase of MANUAL_REVIEW_TEXTS) {
    const at = text.indexOf(phrase);
    if (at >= 0) {
      reviewText = true;
      text = text.slice(0, at) + ' '.repeat(phrase.length) + text.slice(at + phrase.length);
    }
  }
  step = blank(text, LATEST_RE);
  text = step.text;
  const latest = step.found;
  text = blank(text, EARLIEST_RE).text;
  step = blank(text, PURPOSE_BASED_RE);
  text = step.text;
  const purposeBased = step.found;
  step = blank(text, CASE_BY_CASE_RE);
  text = step.text;
  const manualPhrase: ManualReason | null = purposeBased ? 'purposeBased' : step.found ? 'caseByCase' : null;
  step = blank(text, CEILING_RE);
  text = step.text;
  const ceiling = step.found;
  const floorEnds = [...text.matchAll(FLOOR_RE)].map((m) => m.index + m[0].length);
  text = blank(text, FLOOR_RE).text;
  return { text, legalHoldExtends, reviewText, latest, ceiling, manualPhrase, floorEnds };
}

const FLOOR_FILLER_RE = /^\s*(?:(?:i|in|for|of|a|en|et|på|period|periode)\s+)*$/u;

/** A period right after "mindst"/"at least" (a few filler words aside) is a floor. */
function markFloors(text: string, tokens: Token[], floorEnds: number[]): void {
  for (const t of tokens) {
    t.floor = floorEnds.some((end) => end <= t.start && FLOOR_FILLER_RE.test(text.slice(end, t.start)));
  }
}

const JOINED_RE = /(?:^|[^\p{L}])(?:og|and|plus)(?![\p{L}])|\+/u;

/** "Så længe kontoen er aktiv, derefter 6 måneder": a period joined to an earlier "while"
 * clause by "derefter", "og", "plus" counts from that clause's end, which it replaces. */
function whileThen(text: string, tokens: Token[], following: string[], i: number): Token | null {
  const t = tokens[i];
  for (let j = i - 1; j >= 0; j--) {
    const w = tokens[j];
    if (w.kind !== 'while') continue;
    const between = text.slice(w.end, t.start);
    if (JOINED_RE.test(between) || firstMatch(THEN_RE, between) || firstMatch(THEN_RE, following[i]))
      return w;
    return null;
  }
  return null;
}

/** Gives each token the event it counts from, where the text names one. */
function resolveEvents(text: string, tokens: Token[], following: string[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.trigger) continue;
    const event = findEvent(following[i]) ?? (i === 0 ? precedingEvent(text, t) : null);
    if (event) Object.assign(t, { trigger: event.trigger, anchor: event.anchor, event: event.event });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.trigger || (t.kind !== 'period' && t.kind !== 'immediately') || statedEvent(following[i])) continue;
    const w = whileThen(text, tokens, following, i);
    if (w) {
      Object.assign(t, { trigger: w.trigger, anchor: w.anchor });
      w.consumed = true;
      continue;
    }
    // "mindst 5 og højst 10 år efter ophør": a floor and a ceiling share their event.
    const other = tokens.find((o) => o.trigger && o.kind !== 'while' && !o.floor !== !t.floor);
    if (other) Object.assign(t, { trigger: other.trigger, anchor: other.anchor, event: other.event });
  }
}

/** Reads a retention text. */
function parse(raw: string): ParsedRetention {
  const normalised = normalise(raw);
  const bare = normalised.trim().replace(/[\s.!]+$/, '');
  if (!/[\p{L}\p{N}]/u.test(bare) || NO_RULE_SET.has(bare))
    return manual('empty', false, retentionMessages.empty());
  if (normalised.length > MAX_RETENTION_TEXT) {
    return manual('notUnderstood', false, retentionMessages.tooLong(MAX_RETENTION_TEXT));
  }
  const remarks = readRemarks(normalised);
  const text = remarks.text;
  const tokens = scanTokens(text);
  const fractional = tokens.find((t) => t.fractional);
  if (fractional)
    return manual(
      'notUnderstood',
      remarks.legalHoldExtends,
      retentionMessages.fractional(fractional.fractional!),
    );
  const implausible = tokens.find((t) => periodYears(t.period) > MAX_YEARS);
  if (implausible) {
    return manual(
      'notUnderstood',
      remarks.legalHoldExtends,
      retentionMessages.implausiblePeriod(describePeriodBoth(implausible.period)),
    );
  }
  markFloors(text, tokens, remarks.floorEnds);
  const following = tokens.map((t, i) => followingClause(text, t, tokens[i + 1]));
  resolveEvents(text, tokens, following);
  return buildRule(remarks, tokens, following);
}

/** The rule the tokens make, or the manual rule that says why there is none. */
function buildRule(remarks: Remarks, tokens: Token[], following: string[]): ParsedRetention {
  const { legalHoldExtends, manualPhrase } = remarks;
  const built = buildTerms(remarks, tokens, following);
  if (built === 'manual') return manual(manualPhrase!, legalHoldExtends, messageFor(manualPhrase!));
  const { terms, floor, assumptions } = built;
  const customs = [...new Set([...terms, ...floor].flatMap((t) => (t.event === undefined ? [] : [t.event])))];
  if (customs.length > 1) {
    const [a, b] = customs.map(customEventName);
    return manual('unknownTrigger', legalHoldExtends, retentionMessages.twoCustomEvents(a, b));
  }
  if (customs.length === 1) assumptions.push(retentionMessages.customEvent(customEventName(customs[0])));
  if (terms.length === 0 && floor.length === 0 && !remarks.reviewText && !manualPhrase) {
    const event = implicitEvent(remarks.text);
    if (event) terms.push(event);
  }
  if (terms.length > 0 || floor.length > 0) return computedRule(remarks, terms, floor, assumptions);
  if (remarks.reviewText) return manual('unknownTrigger', legalHoldExtends, retentionMessages.unknownEvent());
  if (manualPhrase) return manual(manualPhrase, legalHoldExtends, messageFor(manualPhrase));
  if (firstMatch(PERMANENT_RE, remarks.text))
    return manual('notUnderstood', legalHoldExtends, retentionMessages.permanent());
  return manual('notUnderstood', legalHoldExtends, retentionMessages.notUnderstood());
}

function computedRule(
  remarks: Remarks,
  terms: RetentionTerm[],
  floor: RetentionTerm[],
  assumptions: Localized[],
): ParsedRetention {
  const unique = dedupe(terms);
  const rule: RetentionRule = {
    kind: 'computed',
    terms: unique,
    ...(floor.length > 0 ? { floor: dedupe(floor) } : {}),
    combine: remarks.latest && unique.length > 1 ? 'latest' : 'earliest',
    ceiling: remarks.ceiling && unique.length > 0,
    legalHoldExtends: remarks.legalHoldExtends,
  };
  return { rule, understood: true, explanation: joinExplanations(assumptions) };
}

function term(t: Token, trigger: TriggerEvent, anchor: Anchor, event?: string): RetentionTerm {
  return event === undefined
    ? { period: t.period, trigger, anchor }
    : { period: t.period, trigger, anchor, event };
}

/** The tokens as deadline and floor terms, with the assumptions made on the way; 'manual' when
 * a period has no event and the text says the rule is purpose-based or case by case. */
function buildTerms(
  remarks: Remarks,
  tokens: Token[],
  following: string[],
): { terms: RetentionTerm[]; floor: RetentionTerm[]; assumptions: Localized[] } | 'manual' {
  const terms: RetentionTerm[] = [];
  const floor: RetentionTerm[] = [];
  const assumptions: Localized[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const into = t.floor ? floor : terms;
    if (t.consumed) continue;
    if (t.trigger) {
      into.push(term(t, t.trigger, t.anchor ?? 'event', t.event));
      continue;
    }
    // "indtil videre", "under 18 år": not a rule unless an event follows.
    if (t.kind === 'until' || t.kind === 'while') continue;
    if (remarks.manualPhrase) return 'manual';
    const words = statedEvent(following[i]);
    if (words) {
      // An event none of the log's columns is named for: the event-date column dates it.
      into.push(term(t, 'customEvent', 'event', customEventWords(words)));
      continue;
    }
    if (t.kind === 'immediately') {
      // Decision (domain brief): "slettes straks" with no event means once the purpose is
      // fulfilled, and the explanation says so.
      into.push(term(t, 'purposeFulfilled', 'event'));
      assumptions.push(retentionMessages.immediatelyWhenPurposeFulfilled());
      continue;
    }
    // "senest 5 år – ved 5 års inaktivitet": the same period said twice, once with its event.
    if (tokens.some((o) => o !== t && o.trigger && !o.floor === !t.floor && samePeriod(o.period, t.period)))
      continue;
    // Decision (contracts, revised December 2026): a period with no event counts from
    // collection, the earliest anchor, so a reminder is never late; the explanation says so
    // and how to name another event.
    into.push(term(t, 'collected', 'event'));
    const period = describePeriodBoth(t.period);
    assumptions.push(
      remarks.ceiling && !t.floor
        ? retentionMessages.ceilingFromCollection(period)
        : retentionMessages.barePeriodFromCollection(period),
    );
  }
  return { terms, floor, assumptions };
}

/** "Slettes ved ophør", "deleted upon withdrawal of consent": an event with no period, after
 * a connector, is a zero period after that event. */
function implicitEvent(text: string): RetentionTerm | null {
  const event = findEvent(text);
  if (!event) return null;
  const connector = firstMatch(CONNECTOR_RE, text);
  if (!connector || connector.index > event.index) return null;
  const zero: RetentionTerm = { period: { ...ZERO }, trigger: event.trigger, anchor: event.anchor };
  return event.event === undefined ? zero : { ...zero, event: event.event };
}

/** The words naming a custom event, as the term keeps them. */
function customEventWords(words: string): string {
  return words
    .replace(/^(?:at|that)\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
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
