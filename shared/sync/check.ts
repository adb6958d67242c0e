// The strict validator for a snapshot as it arrives at the worker (and as the add-on checks
// it before sending). Hand-written, because shared/ takes no dependencies: every level
// rejects unknown fields, every value is type-checked, dates must be real ISO dates, texts
// and arrays are capped (SYNC_LIMITS), references that look identifying are refused, and
// ids must be unique and point at rows that exist. Messages are English developer text with
// the field's path; the add-on never shows them raw (it has its own da/en messages).

import { isIsoDate, isTimeZone } from '../calendar/civilDate.ts';
import { isMailbox } from '../mailbox/mailbox.ts';
import { TRIGGER_EVENTS } from '../retention/types.ts';
import { SYNC_LIMITS } from './fields.ts';
import { looksIdentifying } from './identifying.ts';
import type { SyncPayload } from './types.ts';

export type CheckResult = { ok: true; payload: SyncPayload } | { ok: false; errors: string[] };

/** More errors than this are summarised: a broken client should not get a 10 MB reply. */
const MAX_ERRORS = 50;

const ID = /^[A-Za-z0-9._:-]+$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const SPREADSHEET_ID = /^[A-Za-z0-9_-]{1,128}$/;
const CADENCES = ['weekly', 'monthly', 'quarterly', 'halfYearly', 'yearly'];
const MANUAL_REASONS = ['purposeBased', 'caseByCase', 'unknownTrigger', 'notUnderstood', 'empty'];
const IDENTIFYING_WORDS = { cpr: 'a CPR number', email: 'an email address', name: 'a full name' };

class Checker {
  errors: string[] = [];

  fail(path: string, problem: string): false {
    if (this.errors.length < MAX_ERRORS) this.errors.push(`${path}: ${problem}`);
    return false;
  }

  /** An object with exactly the `allowed` keys (all of `required` present). */
  object(
    value: unknown,
    path: string,
    allowed: readonly string[],
    required = allowed,
  ): value is Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return this.fail(path, 'must be an object');
    let ok = true;
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) ok = this.fail(`${path}.${key}`, 'is not a known field');
    }
    for (const key of required) {
      if (!(key in value)) ok = this.fail(`${path}.${key}`, 'is missing');
    }
    return ok;
  }

  string(value: unknown, path: string, max: number, min = 0): value is string {
    if (typeof value !== 'string') return this.fail(path, 'must be a string');
    if (value.length > max) return this.fail(path, `is longer than ${max} characters`);
    if (value.length < min)
      return this.fail(path, min === 1 ? 'must not be empty' : `is shorter than ${min} characters`);
    return true;
  }

  id(value: unknown, path: string): value is string {
    if (!this.string(value, path, SYNC_LIMITS.idLength, 1)) return false;
    return ID.test(value) || this.fail(path, 'may hold only letters, digits and . _ : -');
  }

  integer(value: unknown, path: string, min: number, max: number): value is number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value))
      return this.fail(path, 'must be an integer');
    if (value < min || value > max) return this.fail(path, `must be between ${min} and ${max}`);
    return true;
  }

  boolean(value: unknown, path: string): value is boolean {
    return typeof value === 'boolean' || this.fail(path, 'must be true or false');
  }

  dateOrNull(value: unknown, path: string): boolean {
    return value === null || isIsoDate(value) || this.fail(path, 'must be a date YYYY-MM-DD or null');
  }

  emailOrNull(value: unknown, path: string): boolean {
    if (value === null) return true;
    if (!this.string(value, path, SYNC_LIMITS.emailLength)) return false;
    return isMailbox(value) || this.fail(path, 'must be an email address or null');
  }

  oneOf(value: unknown, path: string, options: readonly string[]): boolean {
    return (
      (typeof value === 'string' && options.includes(value)) ||
      this.fail(path, `must be one of ${options.join(', ')}`)
    );
  }

  array(value: unknown, path: string, max: number): value is unknown[] {
    if (!Array.isArray(value)) return this.fail(path, 'must be an array');
    return (
      value.length <= max || this.fail(path, `holds ${value.length} entries; at most ${max} are accepted`)
    );
  }
}

function checkRule(c: Checker, rule: unknown, path: string): void {
  if (rule === null) return;
  if (typeof rule !== 'object' || Array.isArray(rule)) {
    c.fail(path, 'must be a retention rule object or null');
    return;
  }
  const kind = (rule as { kind?: unknown }).kind;
  if (kind === 'manual') {
    if (!c.object(rule, path, ['kind', 'reason', 'legalHoldExtends'])) return;
    c.oneOf(rule.reason, `${path}.reason`, MANUAL_REASONS);
    c.boolean(rule.legalHoldExtends, `${path}.legalHoldExtends`);
    return;
  }
  if (kind !== 'computed') {
    c.fail(`${path}.kind`, 'must be "computed" or "manual"');
    return;
  }
  if (!c.object(rule, path, ['kind', 'terms', 'combine', 'ceiling', 'legalHoldExtends'])) return;
  c.oneOf(rule.combine, `${path}.combine`, ['earliest', 'latest']);
  c.boolean(rule.ceiling, `${path}.ceiling`);
  c.boolean(rule.legalHoldExtends, `${path}.legalHoldExtends`);
  if (!c.array(rule.terms, `${path}.terms`, 10)) return;
  if (rule.terms.length === 0) c.fail(`${path}.terms`, 'must hold at least one term');
  rule.terms.forEach((term, i) => {
    const tp = `${path}.terms[${i}]`;
    if (!c.object(term, tp, ['period', 'trigger', 'anchor'])) return;
    c.oneOf(term.trigger, `${tp}.trigger`, TRIGGER_EVENTS);
    c.oneOf(term.anchor, `${tp}.anchor`, ['event', 'fiscalYearEnd']);
    if (c.object(term.period, `${tp}.period`, ['years', 'months', 'weeks', 'days'])) {
      for (const unit of ['years', 'months', 'weeks', 'days']) {
        c.integer(term.period[unit], `${tp}.period.${unit}`, 0, 100_000);
      }
    }
  });
}

function checkRegister(c: Checker, register: unknown): string | null {
  const keys = [
    'name',
    'lang',
    'timeZone',
    'spreadsheetId',
    'spreadsheetUrl',
    'sheetGids',
    'fiscalYearEnd',
    'dueSoonDays',
    'escalationAfterDays',
    'adminEmail',
    'escalationEmail',
  ];
  if (!c.object(register, 'register', keys)) return null;
  c.string(register.name, 'register.name', SYNC_LIMITS.nameLength);
  c.oneOf(register.lang, 'register.lang', ['da', 'en']);
  if (c.string(register.timeZone, 'register.timeZone', 64, 1) && !isTimeZone(register.timeZone)) {
    c.fail('register.timeZone', 'is not a known IANA time zone');
  }
  if (typeof register.spreadsheetId !== 'string' || !SPREADSHEET_ID.test(register.spreadsheetId)) {
    c.fail('register.spreadsheetId', 'must be a spreadsheet id (letters, digits, - and _)');
  }
  if (c.string(register.spreadsheetUrl, 'register.spreadsheetUrl', SYNC_LIMITS.urlLength)) {
    if (!register.spreadsheetUrl.startsWith('https://'))
      c.fail('register.spreadsheetUrl', 'must be an https:// URL');
  }
  if (c.object(register.sheetGids, 'register.sheetGids', ['activities', 'dataCategories', 'retentionLog'])) {
    for (const [sheet, gid] of Object.entries(register.sheetGids)) {
      c.integer(gid, `register.sheetGids.${sheet}`, 0, 2 ** 31 - 1);
    }
  }
  const md = typeof register.fiscalYearEnd === 'string' ? MONTH_DAY.exec(register.fiscalYearEnd) : null;
  if (!md || !isIsoDate(`2000-${md[1]}-${md[2]}`))
    c.fail('register.fiscalYearEnd', 'must be a month and day MM-DD');
  c.integer(register.dueSoonDays, 'register.dueSoonDays', 0, 365);
  c.integer(register.escalationAfterDays, 'register.escalationAfterDays', 0, 3650);
  c.emailOrNull(register.adminEmail, 'register.adminEmail');
  c.emailOrNull(register.escalationEmail, 'register.escalationEmail');
  return typeof register.spreadsheetId === 'string' ? register.spreadsheetId : null;
}

/** Collects ids, reporting duplicates. */
function uniqueIds(c: Checker, rows: unknown[], path: string): Set<string> {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const id = (row as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    if (seen.has(id)) c.fail(`${path}[${i}].id`, `repeats the id "${id}"`);
    seen.add(id);
  });
  return seen;
}

/** Checks untrusted JSON against the sync payload contract. */
export function checkSyncPayload(json: unknown): CheckResult {
  const c = new Checker();
  if (!c.object(json, 'payload', ['version', 'register', 'activities', 'dataCategories', 'holdings'])) {
    return { ok: false, errors: c.errors.map((e) => e.replace(/^payload\./, '')) };
  }
  c.integer(json.version, 'version', 1, Number.MAX_SAFE_INTEGER);
  checkRegister(c, json.register);

  const activities = c.array(json.activities, 'activities', SYNC_LIMITS.activities) ? json.activities : [];
  const categories = c.array(json.dataCategories, 'dataCategories', SYNC_LIMITS.dataCategories)
    ? json.dataCategories
    : [];
  const holdings = c.array(json.holdings, 'holdings', SYNC_LIMITS.holdings) ? json.holdings : [];
  const activityIds = uniqueIds(c, activities, 'activities');
  const categoryIds = uniqueIds(c, categories, 'dataCategories');
  uniqueIds(c, holdings, 'holdings');

  activities.forEach((a, i) => {
    const p = `activities[${i}]`;
    const keys = [
      'id',
      'name',
      'ownerEmail',
      'rule',
      'ruleText',
      'routineCadence',
      'routineLastRun',
      'lastReview',
      'sheetRow',
    ];
    if (!c.object(a, p, keys)) return;
    c.id(a.id, `${p}.id`);
    c.string(a.name, `${p}.name`, SYNC_LIMITS.nameLength);
    c.emailOrNull(a.ownerEmail, `${p}.ownerEmail`);
    checkRule(c, a.rule, `${p}.rule`);
    c.string(a.ruleText, `${p}.ruleText`, SYNC_LIMITS.ruleTextLength);
    if (a.routineCadence !== null) c.oneOf(a.routineCadence, `${p}.routineCadence`, CADENCES);
    c.dateOrNull(a.routineLastRun, `${p}.routineLastRun`);
    c.dateOrNull(a.lastReview, `${p}.lastReview`);
    c.integer(a.sheetRow, `${p}.sheetRow`, 1, SYNC_LIMITS.sheetRow);
  });

  categories.forEach((d, i) => {
    const p = `dataCategories[${i}]`;
    if (!c.object(d, p, ['id', 'activityId', 'rule', 'ruleText', 'sheetRow'])) return;
    c.id(d.id, `${p}.id`);
    if (c.id(d.activityId, `${p}.activityId`) && !activityIds.has(d.activityId)) {
      c.fail(`${p}.activityId`, `names no activity in this snapshot ("${d.activityId}")`);
    }
    checkRule(c, d.rule, `${p}.rule`);
    c.string(d.ruleText, `${p}.ruleText`, SYNC_LIMITS.ruleTextLength);
    c.integer(d.sheetRow, `${p}.sheetRow`, 1, SYNC_LIMITS.sheetRow);
  });

  const holdingKeys = [
    'id',
    'reference',
    'activityId',
    'dataCategoryId',
    'events',
    'deletedOn',
    'legalHold',
    'extendedUntil',
    'sheetRow',
  ];
  for (let i = 0; i < holdings.length; i++) {
    // Stop walking a huge broken array once the error list is full.
    if (c.errors.length >= MAX_ERRORS) break;
    const h = holdings[i];
    const p = `holdings[${i}]`;
    if (!c.object(h, p, holdingKeys)) continue;
    c.id(h.id, `${p}.id`);
    if (c.string(h.reference, `${p}.reference`, SYNC_LIMITS.referenceLength, 1)) {
      const kind = looksIdentifying(h.reference);
      if (kind)
        c.fail(
          `${p}.reference`,
          `looks like ${IDENTIFYING_WORDS[kind]}; only pseudonymous references are accepted`,
        );
    }
    if (c.id(h.activityId, `${p}.activityId`) && !activityIds.has(h.activityId)) {
      c.fail(`${p}.activityId`, `names no activity in this snapshot ("${h.activityId}")`);
    }
    if (
      h.dataCategoryId !== null &&
      c.id(h.dataCategoryId, `${p}.dataCategoryId`) &&
      !categoryIds.has(h.dataCategoryId)
    ) {
      c.fail(`${p}.dataCategoryId`, `names no data-category row in this snapshot ("${h.dataCategoryId}")`);
    }
    if (c.object(h.events, `${p}.events`, TRIGGER_EVENTS, [])) {
      for (const [event, date] of Object.entries(h.events)) c.dateOrNull(date, `${p}.events.${event}`);
    }
    c.dateOrNull(h.deletedOn, `${p}.deletedOn`);
    c.boolean(h.legalHold, `${p}.legalHold`);
    c.dateOrNull(h.extendedUntil, `${p}.extendedUntil`);
    c.integer(h.sheetRow, `${p}.sheetRow`, 1, SYNC_LIMITS.sheetRow);
  }

  if (c.errors.length >= MAX_ERRORS)
    c.errors.push(`… and possibly more problems (only the first ${MAX_ERRORS} are listed)`);
  return c.errors.length === 0
    ? { ok: true, payload: json as unknown as SyncPayload }
    : { ok: false, errors: c.errors };
}
