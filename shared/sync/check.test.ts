import { describe, expect, it } from 'vitest';
import { examplePayload } from '../../test/fixtures/examplePayload.ts';
import { checkSyncPayload } from './check.ts';
import { SYNC_LIMITS } from './fields.ts';

// The tests bend payloads into shapes the types forbid, so they work on untyped JSON.
// biome-ignore lint/suspicious/noExplicitAny: deliberately untyped test input
type Json = any;

/** A deep copy of the example payload with one change applied. */
function variant(change: (p: Json) => void): unknown {
  const p = structuredClone(examplePayload()) as Json;
  change(p);
  return p;
}

function errorsOf(json: unknown): string[] {
  const result = checkSyncPayload(json);
  return result.ok ? [] : result.errors;
}

describe('checkSyncPayload', () => {
  it('accepts the example payload and returns it', () => {
    const payload = examplePayload({ holdings: 50 });
    const result = checkSyncPayload(payload);
    expect(result).toEqual({ ok: true, payload });
  });

  it.each([
    ['a top-level field', (p: Json) => (p.extra = 1), 'extra: is not a known field'],
    ['a register field', (p: Json) => (p.register.phone = '123'), 'register.phone: is not a known field'],
    [
      'a sheet-gid field',
      (p: Json) => (p.register.sheetGids.other = 1),
      'register.sheetGids.other: is not a known field',
    ],
    [
      'an activity field',
      (p: Json) => (p.activities[0].purpose = 'x'),
      'activities[0].purpose: is not a known field',
    ],
    [
      'a holding field',
      (p: Json) => (p.holdings[1].extensionReason = 'tvist'),
      'holdings[1].extensionReason: is not a known field',
    ],
    [
      'a trigger event',
      (p: Json) => (p.holdings[0].events.birthday = '2020-01-01'),
      'holdings[0].events.birthday: is not a known field',
    ],
    [
      'a rule field',
      (p: Json) => (p.activities[0].rule.note = 'x'),
      'activities[0].rule.note: is not a known field',
    ],
    [
      'a period unit',
      (p: Json) => (p.activities[0].rule.terms[0].period.hours = 1),
      'activities[0].rule.terms[0].period.hours: is not a known field',
    ],
  ])('rejects an unknown field at every level: %s', (_name, change, expected) => {
    expect(errorsOf(variant(change))).toContain(expected);
  });

  it.each([
    ['version as text', (p: Json) => (p.version = '3'), 'version: must be an integer'],
    ['version zero', (p: Json) => (p.version = 0), 'version: must be between 1 and 9007199254740991'],
    ['a fractional version', (p: Json) => (p.version = 1.5), 'version: must be an integer'],
    ['an unknown language', (p: Json) => (p.register.lang = 'de'), 'register.lang: must be one of da, en'],
    [
      'an unknown time zone',
      (p: Json) => (p.register.timeZone = 'Mars/Olympus'),
      'register.timeZone: is not a known IANA time zone',
    ],
    [
      'a spreadsheet URL chosen by the sender (version 4 has none: links are the worker’s)',
      (p: Json) => (p.register.spreadsheetUrl = 'https://phishing.example/s'),
      'register.spreadsheetUrl: is not a known field',
    ],
    [
      'a fiscal year end of 02-30',
      (p: Json) => (p.register.fiscalYearEnd = '02-30'),
      'register.fiscalYearEnd: must be a month and day MM-DD',
    ],
    [
      'a negative due-soon window',
      (p: Json) => (p.register.dueSoonDays = -1),
      'register.dueSoonDays: must be between 0 and 365',
    ],
    [
      'a bad admin email',
      (p: Json) => (p.register.adminEmail = 'admin'),
      'register.adminEmail: must be an email address or null',
    ],
    ['activities as an object', (p: Json) => (p.activities = {}), 'activities: must be an array'],
    ['a numeric name', (p: Json) => (p.activities[0].name = 42), 'activities[0].name: must be a string'],
    [
      'a Date-like string',
      (p: Json) => (p.activities[0].lastReview = '2025-6-15'),
      'activities[0].lastReview: must be a date YYYY-MM-DD or null',
    ],
    [
      'an impossible date',
      (p: Json) => (p.holdings[0].deletedOn = '2025-02-29'),
      'holdings[0].deletedOn: must be a date YYYY-MM-DD or null',
    ],
    [
      'a legal hold as text',
      (p: Json) => (p.holdings[0].legalHold = 'yes'),
      'holdings[0].legalHold: must be true or false',
    ],
    [
      'an unknown cadence',
      (p: Json) => (p.activities[0].routineCadence = 'daily'),
      'activities[0].routineCadence: must be one of weekly, monthly, quarterly, halfYearly, yearly',
    ],
    [
      'an unknown trigger',
      (p: Json) => (p.activities[0].rule.terms[0].trigger = 'birth'),
      'activities[0].rule.terms[0].trigger: must be one of collected, lastContact, relationshipEnded, purposeFulfilled, recordDate, customEvent',
    ],
    [
      'an unknown rule kind',
      (p: Json) => (p.activities[0].rule = { kind: 'guess' }),
      'activities[0].rule.kind: must be "computed" or "manual"',
    ],
    [
      'a negative period',
      (p: Json) => (p.activities[0].rule.terms[0].period.months = -6),
      'activities[0].rule.terms[0].period.months: must be between 0 and 100000',
    ],
    [
      'a missing holding field',
      (p: Json) => delete p.holdings[0].sheetRow,
      'holdings[0].sheetRow: is missing',
    ],
  ])('rejects wrong types and values: %s', (_name, change, expected) => {
    expect(errorsOf(variant(change))).toContain(expected);
  });

  it('rejects a payload that is not an object at all', () => {
    expect(errorsOf(null)).toEqual(['payload: must be an object']);
    expect(errorsOf([])).toEqual(['payload: must be an object']);
  });

  it('accepts a manual rule and refuses an unknown manual reason', () => {
    const manual = { kind: 'manual', reason: 'purposeBased', legalHoldExtends: false };
    expect(errorsOf(variant((p) => (p.activities[0].rule = manual)))).toEqual([]);
    expect(errorsOf(variant((p) => (p.activities[0].rule = { ...manual, reason: 'whenever' })))).toContain(
      'activities[0].rule.reason: must be one of purposeBased, caseByCase, unknownTrigger, notUnderstood, empty',
    );
  });

  it('caps the length of names, rule texts and references', () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(errorsOf(variant((p) => (p.activities[0].name = long(SYNC_LIMITS.nameLength))))).toEqual([]);
    expect(errorsOf(variant((p) => (p.activities[0].name = long(SYNC_LIMITS.nameLength + 1))))).toEqual([
      'activities[0].name: is longer than 200 characters',
    ]);
    expect(errorsOf(variant((p) => (p.dataCategories[0].ruleText = long(501))))).toEqual([
      'dataCategories[0].ruleText: is longer than 500 characters',
    ]);
    expect(errorsOf(variant((p) => (p.holdings[0].reference = long(65))))).toEqual([
      'holdings[0].reference: is longer than 64 characters',
    ]);
  });

  it('caps the number of activities and holdings', () => {
    const tooMany = variant((p) => {
      p.holdings = Array.from({ length: SYNC_LIMITS.holdings + 1 }, () => p.holdings[0]);
    });
    expect(errorsOf(tooMany)[0]).toBe('holdings: holds 200001 entries; at most 200000 are accepted');
    const activities = variant((p) => {
      p.activities = Array.from({ length: SYNC_LIMITS.activities + 1 }, () => p.activities[0]);
    });
    expect(errorsOf(activities)[0]).toBe('activities: holds 10001 entries; at most 10000 are accepted');
  });

  it.each([
    ['010190-1234', 'a CPR number'],
    ['anne@example.dk', 'an email address'],
    ['Anne Sofie Jensen', 'a full name'],
  ])('refuses the identifying reference %j', (reference, words) => {
    expect(errorsOf(variant((p) => (p.holdings[2].reference = reference)))).toEqual([
      `holdings[2].reference: looks like ${words}; only pseudonymous references are accepted`,
    ]);
  });

  it('refuses duplicate ids and references to rows that are not in the snapshot', () => {
    const errors = errorsOf(
      variant((p) => {
        p.holdings[1].id = p.holdings[0].id;
        p.holdings[2].activityId = 'act-404';
        p.holdings[3].dataCategoryId = 'dc-404';
        p.dataCategories[0].activityId = 'act-405';
      }),
    );
    expect(errors).toEqual([
      'holdings[1].id: repeats the id "h-1"',
      'dataCategories[0].activityId: names no activity in this snapshot ("act-405")',
      'holdings[2].activityId: names no activity in this snapshot ("act-404")',
      'holdings[3].dataCategoryId: names no data-category row in this snapshot ("dc-404")',
    ]);
  });

  it('lists at most fifty problems for a payload that is wrong everywhere', () => {
    const broken = variant((p) => {
      for (const h of p.holdings) h.legalHold = 'no';
      p.holdings = Array.from({ length: 500 }, (_, i) => ({ ...p.holdings[0], id: `x${i}` }));
    });
    const errors = errorsOf(broken);
    expect(errors).toHaveLength(51);
    expect(errors[50]).toMatch(/only the first 50/);
  });
});

describe('payloadVersion', () => {
  /** The example as version 3 would have sent it: no requests, no Requests sheet gid, and the
   * spreadsheet's URL (version 4 has none: links are the worker's). */
  const URL_OF_V3 = 'https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit';
  const version3 = (): Json => {
    const p = examplePayload() as Json;
    p.payloadVersion = 3;
    delete p.requests;
    delete p.breaches;
    delete p.register.sheetGids.requests;
    p.register.spreadsheetUrl = URL_OF_V3;
    return p;
  };
  /** The example as version 2 would have sent it: also no floorReviewDays, no custom event dates. */
  const previousVersion = (): Json => {
    const p = version3();
    p.payloadVersion = 2;
    delete p.register.floorReviewDays;
    for (const h of p.holdings) delete h.events.customEvent;
    return p;
  };

  it('accepts the current version 4 as it is', () => {
    const payload = examplePayload();
    expect(payload.payloadVersion).toBe(4);
    expect(checkSyncPayload(payload)).toEqual({ ok: true, payload });
  });

  it('accepts version 3 and lifts it to version 4 with no requests, no breaches and without its URL', () => {
    const previous = version3();
    const { spreadsheetUrl: _, ...register } = previous.register;
    expect(checkSyncPayload(previous)).toEqual({
      ok: true,
      payload: { ...previous, payloadVersion: 4, register, requests: [], breaches: [] },
    });
  });

  it('checks the URL a version-3 payload sends before dropping it', () => {
    const http = version3();
    http.register.spreadsheetUrl = 'http://x';
    expect(errorsOf(http)).toEqual(['register.spreadsheetUrl: must be an https:// URL']);
  });

  it('refuses requests in version 3, which could not carry them', () => {
    const p = version3();
    p.requests = [];
    expect(errorsOf(p)).toEqual(['requests: is not a known field']);
  });

  it('accepts version 2 and lifts it to version 4 with the default decision window, no requests and no URL', () => {
    const previous = previousVersion();
    const result = checkSyncPayload(previous);
    const { spreadsheetUrl: _, ...register } = previous.register;
    expect(result).toEqual({
      ok: true,
      payload: {
        ...previous,
        payloadVersion: 4,
        register: { ...register, floorReviewDays: 90 },
        requests: [],
        breaches: [],
      },
    });
  });

  it('refuses in version 2 what only version 3 can say: custom events, calendar years, floors', () => {
    const p = previousVersion();
    p.holdings[0].events.customEvent = '2026-01-01';
    p.activities[0].rule = {
      kind: 'computed',
      terms: [
        {
          period: { years: 1, months: 0, weeks: 0, days: 0 },
          trigger: 'recordDate',
          anchor: 'calendarYearEnd',
        },
      ],
      floor: [{ period: { years: 5, months: 0, weeks: 0, days: 0 }, trigger: 'collected', anchor: 'event' }],
      combine: 'earliest',
      ceiling: false,
      legalHoldExtends: false,
    };
    expect(errorsOf(p)).toEqual([
      'activities[0].rule.floor: needs payloadVersion 3',
      'activities[0].rule.terms[0]: needs payloadVersion 3',
      'holdings[0].events.customEvent: needs payloadVersion 3',
    ]);
    expect(errorsOf(variant((q) => (q.payloadVersion = 2)))).toContain(
      'register.floorReviewDays: is not a known field',
    );
  });

  it('refuses a request whose reference looks identifying, whose right is unknown or whose date is not one', () => {
    const p = examplePayload() as Json;
    p.requests[0].reference = 'Anne Sofie Jensen';
    p.requests[1].type = 'complaint';
    p.requests[1].received = '2026-02-30';
    expect(errorsOf(p)).toEqual([
      'requests[0].reference: looks like a full name; only pseudonymous references are accepted',
      'requests[1].type: must be one of access, rectification, erasure, restriction, portability, objection',
      'requests[1].received: must be a date YYYY-MM-DD',
    ]);
  });

  it('refuses breaches in version 3, which could not carry them', () => {
    const p = version3();
    p.breaches = [];
    expect(errorsOf(p)).toEqual(['breaches: is not a known field']);
  });

  it('refuses a breach whose reference looks identifying, whose instant has no UTC form or whose risk is unknown', () => {
    const p = examplePayload() as Json;
    p.breaches[0].reference = 'Anne Sofie Jensen';
    p.breaches[1].awareAt = '2026-10-01T09:30:00+02:00';
    p.breaches[1].risk = 'some';
    expect(errorsOf(p)).toEqual([
      'breaches[0].reference: looks like a full name; only pseudonymous references are accepted',
      'breaches[1].awareAt: must be a UTC instant YYYY-MM-DDThh:mm:ssZ or null',
      'breaches[1].risk: must be one of noRisk, risk, highRisk',
    ]);
  });

  it.each([[5], [1], [0], ['3'], ['4'], [null]])(
    'refuses payloadVersion %j, saying which versions it reads',
    (version) => {
      const result = checkSyncPayload(variant((p) => (p.payloadVersion = version)));
      expect(result).toEqual({
        ok: false,
        unsupportedVersion: true,
        errors: [`payloadVersion: ${JSON.stringify(version)} is not accepted; this server reads 4, 3, 2`],
      });
    },
  );

  it('refuses version 1 (no payloadVersion field), which is three versions old', () => {
    const { payloadVersion: _, ...first } = examplePayload();
    expect(checkSyncPayload(first)).toEqual({
      ok: false,
      unsupportedVersion: true,
      errors: ['payloadVersion: 1 is not accepted; this server reads 4, 3, 2'],
    });
  });

  it('accepts a custom event, a calendar-year end and a floor in the current version', () => {
    const p = examplePayload() as Json;
    p.activities[0].rule = {
      kind: 'computed',
      terms: [
        {
          period: { years: 0, months: 6, weeks: 0, days: 0 },
          trigger: 'customEvent',
          anchor: 'event',
          event: 'projektstart',
        },
      ],
      floor: [
        {
          period: { years: 1, months: 0, weeks: 0, days: 0 },
          trigger: 'recordDate',
          anchor: 'calendarYearEnd',
        },
      ],
      combine: 'earliest',
      ceiling: false,
      legalHoldExtends: false,
    };
    expect(checkSyncPayload(p).ok).toBe(true);
    p.activities[0].rule.terms = [];
    expect(checkSyncPayload(p).ok).toBe(true);
    delete p.activities[0].rule.floor;
    expect(errorsOf(p)).toEqual(['activities[0].rule: must hold at least one term or a floor']);
  });
});

describe('names and versions a worker must not store', () => {
  it.each([
    ['a tab', 'Løn\tbogholderi'],
    ['DEL', 'Løn\u007F'],
    ['a C1 control', 'Løn\u0085'],
    ['a left-to-right mark', '\u200ELøn'],
    ['an Arabic letter mark', 'Løn\u061C'],
    ['a pop directional isolate', 'Løn\u2069'],
  ])('refuses an activity name holding %s', (_what, name) => {
    expect(errorsOf(variant((p) => (p.activities[1].name = name)))).toEqual([
      'activities[1].name: must not hold control or bidirectional-formatting characters',
    ]);
  });

  it('still accepts names in Danish, with accents, dashes and emoji', () => {
    expect(errorsOf(variant((p) => (p.activities[0].name = 'Løn – Ærø & Zoë 👍')))).toEqual([]);
  });

  it('accepts a version up to 24 hours ahead of the clock given, and refuses one a millisecond later', () => {
    const now = Date.UTC(2026, 11, 4, 12);
    const day = 24 * 60 * 60 * 1000;
    const atVersion = (version: number) => variant((p) => (p.version = version));
    expect(checkSyncPayload(atVersion(now + day), now).ok).toBe(true);
    expect(checkSyncPayload(atVersion(now + day + 1), now)).toEqual({
      ok: false,
      errors: [
        `version: is more than 24 hours ahead of the server clock (${now} ms); versions are millisecond timestamps`,
      ],
    });
    // Without a clock (the add-on's own check) the version is only checked for its shape.
    expect(checkSyncPayload(atVersion(Number.MAX_SAFE_INTEGER)).ok).toBe(true);
  });
});
