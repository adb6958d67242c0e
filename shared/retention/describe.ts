// A retention rule in plain Danish or English, for the sheet, the CLI and reminder emails.
// The wording is chosen so that `parseRetention(describeRetention(rule, lang)).rule` gives the
// same rule back (a property test proves it): what the user reads is what the product computes.

import { formatMessage } from '../i18n/format.ts';
import type { Lang, Localized } from '../register/types.ts';
import { retentionMessages } from './messages.ts';
import type { ComputedRule, Period, RetentionRule, RetentionTerm, TriggerEvent } from './types.ts';

type DatedEvent = Exclude<TriggerEvent, 'customEvent'>;

const UNIT_NAMES: Record<Lang, Record<keyof Period, string>> = {
  da: {
    years: '{n|# år|# år}',
    months: '{n|# måned|# måneder}',
    weeks: '{n|# uge|# uger}',
    days: '{n|# dag|# dage}',
  },
  en: {
    years: '{n|# year|# years}',
    months: '{n|# month|# months}',
    weeks: '{n|# week|# weeks}',
    days: '{n|# day|# days}',
  },
};

const AND: Record<Lang, string> = { da: 'og', en: 'and' };
const OR: Record<Lang, string> = { da: 'eller', en: 'or' };
const IMMEDIATELY: Record<Lang, string> = { da: 'straks', en: 'immediately' };

const AFTER_EVENT: Record<Lang, Record<DatedEvent, string>> = {
  da: {
    collected: 'efter modtagelse',
    lastContact: 'efter sidste kontakt',
    relationshipEnded: 'efter forholdets ophør',
    purposeFulfilled: 'efter at formålet er opfyldt',
    recordDate: 'efter bilagsdatoen',
  },
  en: {
    collected: 'after collection',
    lastContact: 'after the last contact',
    relationshipEnded: 'after the end of the relationship',
    purposeFulfilled: 'after the purpose is fulfilled',
    recordDate: 'after the record date',
  },
};

const FROM_FISCAL_YEAR_END: Record<Lang, Record<DatedEvent, string>> = {
  da: {
    recordDate: 'fra udgangen af regnskabsåret',
    collected: 'fra udgangen af det regnskabsår, hvor oplysningerne blev modtaget',
    lastContact: 'fra udgangen af det regnskabsår, hvor den sidste kontakt fandt sted',
    relationshipEnded: 'fra udgangen af det regnskabsår, hvor forholdet ophørte',
    purposeFulfilled: 'fra udgangen af det regnskabsår, hvor formålet blev opfyldt',
  },
  en: {
    recordDate: 'from the end of the financial year',
    collected: 'from the end of the financial year in which the data was collected',
    lastContact: 'from the end of the financial year in which the last contact took place',
    relationshipEnded: 'from the end of the financial year in which the relationship ended',
    purposeFulfilled: 'from the end of the financial year in which the purpose was fulfilled',
  },
};

const FROM_CALENDAR_YEAR_END: Record<Lang, Record<DatedEvent, string>> = {
  da: {
    recordDate: 'fra udgangen af kalenderåret',
    collected: 'fra udgangen af det kalenderår, hvor oplysningerne blev modtaget',
    lastContact: 'fra udgangen af det kalenderår, hvor den sidste kontakt fandt sted',
    relationshipEnded: 'fra udgangen af det kalenderår, hvor forholdet ophørte',
    purposeFulfilled: 'fra udgangen af det kalenderår, hvor formålet blev opfyldt',
  },
  en: {
    recordDate: 'from the end of the calendar year',
    collected: 'from the end of the calendar year in which the data was collected',
    lastContact: 'from the end of the calendar year in which the last contact took place',
    relationshipEnded: 'from the end of the calendar year in which the relationship ended',
    purposeFulfilled: 'from the end of the calendar year in which the purpose was fulfilled',
  },
};

/** The custom events the parser knows by name, in words it reads back as the same event. */
const NAMED_EVENTS: Record<string, Localized> = {
  applicationDeadline: { da: 'ansøgningsfristens udløb', en: 'the application deadline' },
  complaintDeadline: { da: 'klagefristens udløb', en: 'the complaint deadline' },
  referencePeriodEnd: { da: 'referenceperiodens udløb', en: 'the end of the reference period' },
};

/** A custom event's name in both languages: a known one's words, or the words the rule used. */
export function customEventName(event: string): Localized {
  return Object.hasOwn(NAMED_EVENTS, event) ? NAMED_EVENTS[event] : { da: event, en: event };
}

const AFTER: Record<Lang, string> = { da: 'efter', en: 'after' };
const CEILING: Record<Lang, string> = { da: 'Højst', en: 'At most' };
const FLOOR: Record<Lang, string> = { da: 'mindst', en: 'at least' };
const THEN_DELETED: Record<Lang, string> = { da: 'slettes', en: 'deleted' };
const LATEST: Record<Lang, string> = { da: 'hvad der kommer sidst', en: 'whichever is later' };
const EARLIEST: Record<Lang, string> = { da: 'hvad der kommer først', en: 'whichever is earlier' };
const LEGAL_HOLD: Record<Lang, string> = {
  da: 'Kan opbevares længere ved verserende krav eller tvister.',
  en: 'May be kept longer while a legal claim is pending.',
};
const MANUAL: Record<Lang, Record<'purposeBased' | 'caseByCase' | 'notUnderstood', string>> = {
  da: {
    purposeBased: 'Så længe formålet består; gennemgås manuelt',
    caseByCase: 'Efter konkret vurdering; gennemgås manuelt',
    notUnderstood: 'Slettefristen kunne ikke forstås; gennemgås manuelt',
  },
  en: {
    purposeBased: 'As long as the purpose lasts; reviewed manually',
    caseByCase: 'Case-by-case assessment; reviewed manually',
    notUnderstood: 'The retention rule could not be understood; reviewed manually',
  },
};

function joinList(items: string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** "1 år og 6 måneder", "2 weeks and 3 days"; a zero period is "straks"/"immediately". */
export function describePeriod(period: Period, lang: Lang): string {
  const parts: string[] = [];
  for (const unit of ['years', 'months', 'weeks', 'days'] as const) {
    const n = period[unit];
    if (n) parts.push(formatMessage(lang, UNIT_NAMES[lang][unit], { n }));
  }
  return parts.length === 0 ? IMMEDIATELY[lang] : joinList(parts, AND[lang]);
}

export function describePeriodBoth(period: Period): Localized {
  return { da: describePeriod(period, 'da'), en: describePeriod(period, 'en') };
}

function describeTerm(term: RetentionTerm, lang: Lang): string {
  const period = describePeriod(term.period, lang);
  if (term.trigger === 'customEvent')
    return `${period} ${AFTER[lang]} ${customEventName(term.event ?? '')[lang]}`;
  const event =
    term.anchor === 'fiscalYearEnd'
      ? FROM_FISCAL_YEAR_END
      : term.anchor === 'calendarYearEnd'
        ? FROM_CALENDAR_YEAR_END
        : AFTER_EVENT;
  return `${period} ${event[lang][term.trigger]}`;
}

/** The deadline's alternatives: "6 måneder efter modtagelse eller …, hvad der kommer først". */
function describeDeadline(rule: ComputedRule, lang: Lang): string {
  let text = joinList(
    rule.terms.map((t) => describeTerm(t, lang)),
    OR[lang],
  );
  if (rule.terms.length > 1) text += `, ${rule.combine === 'latest' ? LATEST[lang] : EARLIEST[lang]}`;
  return text;
}

/** "Mindst 5 år efter forholdets ophør; højst 10 år efter forholdets ophør". */
function describeComputed(rule: ComputedRule, lang: Lang): string {
  const floor = rule.floor ?? [];
  if (floor.length === 0) {
    const text = describeDeadline(rule, lang);
    return rule.ceiling ? `${CEILING[lang]} ${text}` : capitalise(text);
  }
  const floors = floor.map((t) => `${FLOOR[lang]} ${describeTerm(t, lang)}`).join(` ${AND[lang]} `);
  if (rule.terms.length === 0) return capitalise(floors);
  const bound = rule.ceiling ? CEILING[lang].toLowerCase() : THEN_DELETED[lang];
  return `${capitalise(floors)}; ${bound} ${describeDeadline(rule, lang)}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The rule in plain words. A manual rule that says nothing ('empty' without a legal-hold
 * extension) is the empty string, as its source text was.
 */
export function describeRetention(rule: RetentionRule, lang: Lang): string {
  let text: string;
  if (rule.kind === 'manual') {
    if (rule.reason === 'empty') {
      // Parsing never yields 'empty' together with a legal-hold extension (the extension is
      // text, so the rule is not empty): such a rule reads as not understood.
      text = rule.legalHoldExtends ? MANUAL[lang].notUnderstood : '';
    } else if (rule.reason === 'unknownTrigger') {
      text = retentionMessages.manualReviewText()[lang];
    } else {
      text = MANUAL[lang][rule.reason];
    }
  } else {
    text = describeComputed(rule, lang);
  }
  if (rule.legalHoldExtends) text = text ? `${text}. ${LEGAL_HOLD[lang]}` : LEGAL_HOLD[lang];
  return text;
}
