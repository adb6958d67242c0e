// The committed corpus of retention phrases is a test: every phrase must parse to exactly its
// expected rule, due date and (for minimum periods) first day it may be deleted, and at least
// 90 % of the phrases must be computable. The expected values were worked out by hand.
import { describe, expect, it } from 'vitest';
import corpus from './corpus.json' with { type: 'json' };
import { dueDate, floorDate } from './dueDate.ts';
import { parseRetention } from './parse.ts';
import type { Period, RetentionRule, RetentionTerm, TriggerDates, TriggerEvent } from './types.ts';

interface CorpusPhrase {
  id: number;
  family?: string;
  lang: 'da' | 'en';
  text: string;
  computable: boolean;
  expect:
    | { manual: string; legalHoldExtends: boolean }
    | {
        terms: string[];
        floor?: string[];
        combine?: 'earliest' | 'latest';
        ceiling: boolean;
        legalHoldExtends: boolean;
      };
  events?: TriggerDates;
  fiscalYearEnd?: string;
  due: string | null;
  mayDeleteFrom?: string;
}

const ANCHORS: Record<string, RetentionTerm['anchor']> = {
  fy: 'fiscalYearEnd',
  cy: 'calendarYearEnd',
};

/** "1y6m relationshipEnded@fy", "5y recordDate@cy", "6m customEvent:projektstart" → a term. */
function term(compact: string): RetentionTerm {
  const space = compact.indexOf(' ');
  const p = compact.slice(0, space);
  const t = compact.slice(space + 1);
  const m = /^(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?$/.exec(p === '0' ? '' : p);
  if (!m) throw new Error(`bad period in corpus: ${compact}`);
  const period: Period = {
    years: +(m[1] ?? 0),
    months: +(m[2] ?? 0),
    weeks: +(m[3] ?? 0),
    days: +(m[4] ?? 0),
  };
  if (t.startsWith('customEvent:'))
    return { period, trigger: 'customEvent', anchor: 'event', event: t.slice(12) };
  const [trigger, anchor] = t.split('@');
  return { period, trigger: trigger as TriggerEvent, anchor: anchor ? ANCHORS[anchor] : 'event' };
}

function expectedRule(e: CorpusPhrase['expect']): RetentionRule {
  if ('manual' in e)
    return { kind: 'manual', reason: e.manual as never, legalHoldExtends: e.legalHoldExtends };
  return {
    kind: 'computed',
    terms: e.terms.map(term),
    ...(e.floor ? { floor: e.floor.map(term) } : {}),
    combine: e.combine ?? 'earliest',
    ceiling: e.ceiling,
    legalHoldExtends: e.legalHoldExtends,
  };
}

const phrases = corpus.phrases as CorpusPhrase[];

describe('retention corpus', () => {
  it('holds at least 150 phrases in both languages, at least 90 % of them computable', () => {
    expect(phrases.length).toBeGreaterThanOrEqual(150);
    const computable = phrases.filter((p) => p.computable).length;
    expect(computable / phrases.length).toBeGreaterThanOrEqual(0.9);
    expect(phrases.filter((p) => p.lang === 'da').length).toBeGreaterThan(50);
    expect(phrases.filter((p) => p.lang === 'en').length).toBeGreaterThan(50);
    expect(new Set(phrases.map((p) => `${p.text}|${JSON.stringify(p.events)}|${p.fiscalYearEnd}`)).size).toBe(
      phrases.length,
    );
  });

  it.each(phrases.map((p) => [p.id, p.text, p] as const))(
    'phrase %i "%s" parses to its rule and due date',
    (_id, _text, p) => {
      const parsed = parseRetention(p.text);
      expect(parsed.rule).toEqual(expectedRule(p.expect));
      const computed = parsed.rule.kind === 'computed';
      expect(computed).toBe(p.computable);
      const events = p.events ?? (corpus.defaultEvents as TriggerDates);
      const options = { fiscalYearEnd: p.fiscalYearEnd ?? corpus.defaultFiscalYearEnd };
      expect(dueDate(parsed.rule, events, options)).toBe(p.due);
      expect(floorDate(parsed.rule, events, options)).toBe(p.mayDeleteFrom ?? null);
      // A manual rule is never a silent guess: it always explains itself.
      if (!computed) expect(parsed.explanation).not.toBeNull();
    },
  );

  it('holds at least 60 phrases, in both languages, for the phrase families of issue 13', () => {
    const added = phrases.filter((p) => p.family);
    expect(added.length).toBeGreaterThanOrEqual(60);
    expect(added.filter((p) => p.lang === 'en').length).toBeGreaterThanOrEqual(20);
    const families = new Set(added.map((p) => p.family));
    for (const family of [
      'healthRecord',
      'consentWithdrawal',
      'calendarYear',
      'referencePeriod',
      'applicationDeadline',
      'complaintDeadline',
      'endOfSchooling',
      'unsubscription',
      'atTermination',
      'whileActiveThen',
      'customEvent',
      'barePeriod',
      'alternatives',
      'minimum',
    ]) {
      expect(families).toContain(family);
    }
  });
});
