import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { SyncPayload } from '../../shared/sync/types.ts';
import { examplePayload, holding } from '../../test/fixtures/examplePayload.ts';
import { loadCurrentSnapshot } from '../store/snapshot.ts';
import { dumpTables, type Enrolment, enrol, problemOf, putSnapshot } from '../test/client.ts';

let sheetCounter = 0;

/** A freshly enrolled register and a payload builder bound to its spreadsheet. */
async function fresh(): Promise<{
  reg: Enrolment;
  payload: (o?: Parameters<typeof examplePayload>[0]) => SyncPayload;
}> {
  const spreadsheetId = `1Sheet${++sheetCounter}`;
  const reg = await enrol(spreadsheetId);
  return { reg, payload: (o = {}) => examplePayload({ spreadsheetId, ...o }) };
}

/** Asserts the request is refused with `code` and that D1 holds exactly what it held before,
 * apart from the spent nonce of a request whose signature verified. */
async function expectRefusedUnchanged(send: () => Promise<Response>, status: number, code: string) {
  const before = await dumpTables({ except: ['nonces'] });
  const nonces = (await env.DB.prepare('SELECT COUNT(*) AS n FROM nonces').first<{ n: number }>())!.n;
  const response = await send();
  const problem = await problemOf(response);
  expect(response.status, problem.detail).toBe(status);
  expect(problem.code).toBe(code);
  expect(await dumpTables({ except: ['nonces'] })).toEqual(before);
  const after = (await env.DB.prepare('SELECT COUNT(*) AS n FROM nonces').first<{ n: number }>())!.n;
  expect(after - nonces).toBeLessThanOrEqual(1);
  return problem;
}

/** A version-4 payload without what only version 4 carries: the requests and their gid, the
 * breaches, the register's longest extension and the data-category rows' labels (issue 16). */
function withoutVersion4Fields(p: SyncPayload) {
  const current = p as unknown as {
    register: { sheetGids: Record<string, unknown> } & Record<string, unknown>;
    dataCategories: Record<string, unknown>[];
    holdings: { events: Record<string, unknown> }[];
    requests?: unknown[];
    breaches?: unknown[];
  };
  delete current.requests;
  delete current.breaches;
  delete current.register.sheetGids.requests;
  delete current.register.maxExtensionMonths;
  for (const d of current.dataCategories) {
    delete d.subjectGroup;
    delete d.categories;
  }
  return current;
}

describe('PUT /v1/registers/:id/snapshot', () => {
  it('accepts the current payloadVersion 4 and stores it, requests, custom event dates and the decision window included', async () => {
    const { reg, payload } = await fresh();
    const sent = payload({ holdings: 5 });
    expect(sent.payloadVersion).toBe(4);
    expect(sent.holdings.some((h) => h.events.customEvent)).toBe(true);
    expect(sent.requests.length).toBeGreaterThan(0);
    sent.register.floorReviewDays = 45;
    const response = await putSnapshot(reg, sent);
    expect(response.status).toBe(200);
    // Breaches are not read back: the worker keeps only the open one (brd-1), in the index.
    expect(await loadCurrentSnapshot(env.DB, reg.registerId)).toEqual({ ...sent, breaches: [] });
    const open = await env.DB.prepare('SELECT breach_id, aware_at FROM open_breaches WHERE register_id = ?')
      .bind(reg.registerId)
      .all();
    expect(open.results).toEqual([{ breach_id: 'brd-1', aware_at: Date.UTC(2026, 10, 24, 8, 0) }]);
  });

  it('accepts payloadVersion 3 from an add-on not yet updated, with no requests and without the URL it sent', async () => {
    const { reg, payload } = await fresh();
    const current = withoutVersion4Fields(payload({ holdings: 3 }));
    const spreadsheetUrl = 'https://phishing.example/looks-like-sheets';
    const previous = { ...current, payloadVersion: 3, register: { ...current.register, spreadsheetUrl } };
    const response = await putSnapshot(reg, previous as unknown as SyncPayload);
    expect(response.status).toBe(200);
    // Lifted to version 4: the sender's URL is not kept; links come from the bound id.
    expect(await loadCurrentSnapshot(env.DB, reg.registerId)).toEqual({
      ...previous,
      payloadVersion: 4,
      register: current.register,
      requests: [],
      breaches: [],
    });
  });

  it('accepts payloadVersion 2 from an add-on not yet updated, with the default window', async () => {
    const { reg, payload } = await fresh();
    const current = withoutVersion4Fields(payload({ holdings: 3 }));
    const { floorReviewDays: _, ...register } = current.register;
    for (const h of current.holdings) delete h.events.customEvent;
    const spreadsheetUrl = 'https://phishing.example/looks-like-sheets';
    const previous = { ...current, payloadVersion: 2, register: { ...register, spreadsheetUrl } };
    const response = await putSnapshot(reg, previous as unknown as SyncPayload);
    expect(response.status).toBe(200);
    // Lifted to version 4: the sender's URL is not kept; links come from the bound id.
    expect(await loadCurrentSnapshot(env.DB, reg.registerId)).toEqual({
      ...previous,
      payloadVersion: 4,
      register: { ...register, floorReviewDays: 90 },
      requests: [],
      breaches: [],
    });
    const row = await env.DB.prepare('SELECT spreadsheet_url FROM registers WHERE id = ?')
      .bind(reg.registerId)
      .first<{ spreadsheet_url: string | null }>();
    expect(row?.spreadsheet_url).toBeNull();
  });

  it('refuses payloadVersion 5 with the problem payloadVersionUnsupported and stores nothing', async () => {
    const { reg, payload } = await fresh();
    const future = { ...payload({ holdings: 3 }), payloadVersion: 5 } as unknown as SyncPayload;
    const problem = await expectRefusedUnchanged(
      () => putSnapshot(reg, future),
      422,
      'payloadVersionUnsupported',
    );
    expect(problem.detail).toBe('payloadVersion: 5 is not accepted; this server reads 4, 3, 2');
  });

  it('stores a snapshot and returns its counts; the stored snapshot reads back as sent', async () => {
    const { reg, payload } = await fresh();
    const sent = payload({ holdings: 40 });
    const response = await putSnapshot(reg, sent);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      registerId: reg.registerId,
      version: 1,
      result: 'written',
      counts: { activities: 3, dataCategories: 2, holdings: 40 },
    });
    expect(await loadCurrentSnapshot(env.DB, reg.registerId)).toEqual({ ...sent, breaches: [] });
  });

  it('accepts a gzipped body and treats it as the same content as the plain one', async () => {
    const { reg, payload } = await fresh();
    const response = await putSnapshot(reg, payload({ holdings: 25 }), { gzip: true });
    expect(response.status).toBe(200);
    expect((await response.json<{ result: string }>()).result).toBe('written');
    const again = await putSnapshot(reg, payload({ holdings: 25 }));
    expect((await again.json<{ result: string }>()).result).toBe('unchanged');
  });

  it('a duplicate snapshot (same version, same content) is answered 200 with the stored counts and writes nothing', async () => {
    const { reg, payload } = await fresh();
    await putSnapshot(reg, payload({ holdings: 10 }));
    const before = await dumpTables({ except: ['nonces'] });
    const response = await putSnapshot(reg, payload({ holdings: 10 }));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ result: 'unchanged', counts: { holdings: 10 } });
    expect(await dumpTables({ except: ['nonces'] })).toEqual(before);
  });

  it('different content under the stored version is a conflict and changes nothing', async () => {
    const { reg, payload } = await fresh();
    await putSnapshot(reg, payload({ version: 4 }));
    const problem = await expectRefusedUnchanged(
      () => putSnapshot(reg, payload({ version: 4, nameSuffix: ' (changed)' })),
      409,
      'versionConflict',
    );
    expect(problem).toMatchObject({ storedVersion: 4 });
  });

  it('an older snapshot arriving after a newer one is a conflict and changes nothing', async () => {
    const { reg, payload } = await fresh();
    await putSnapshot(reg, payload({ version: 7, holdings: 3 }));
    await expectRefusedUnchanged(
      () => putSnapshot(reg, payload({ version: 6, holdings: 9 })),
      409,
      'versionConflict',
    );
    expect((await loadCurrentSnapshot(env.DB, reg.registerId))?.holdings).toHaveLength(3);
  });

  it('a newer snapshot replaces the old one completely and leaves no rows of the old version', async () => {
    const { reg, payload } = await fresh();
    await putSnapshot(reg, payload({ version: 1, holdings: 30 }));
    const response = await putSnapshot(reg, payload({ version: 2, holdings: 12, activities: 2 }));
    expect(await response.json()).toMatchObject({ version: 2, counts: { activities: 2, holdings: 12 } });
    const versions = await env.DB.prepare('SELECT DISTINCT version FROM holdings WHERE register_id = ?')
      .bind(reg.registerId)
      .all<{ version: number }>();
    expect(versions.results).toEqual([{ version: 2 }]);
    expect((await loadCurrentSnapshot(env.DB, reg.registerId))?.holdings).toHaveLength(12);
  });

  it('two versions sent at once end with the newer one current, whichever finishes first', async () => {
    const { reg, payload } = await fresh();
    const [older, newer] = await Promise.all([
      putSnapshot(reg, payload({ version: 10, holdings: 1200 })),
      putSnapshot(reg, payload({ version: 11, holdings: 700 })),
    ]);
    expect(newer.status).toBe(200);
    expect([200, 409]).toContain(older.status);
    const current = await loadCurrentSnapshot(env.DB, reg.registerId);
    expect(current?.version).toBe(11);
    expect(current?.holdings).toHaveLength(700);
    const stray = await env.DB.prepare(
      'SELECT COUNT(*) AS n FROM holdings WHERE register_id = ? AND version <> 11',
    )
      .bind(reg.registerId)
      .first<{ n: number }>();
    expect(stray?.n).toBe(0);
  });

  it('the same version sent twice at once is written once; the other request is told to retry or sees it done', async () => {
    const { reg, payload } = await fresh();
    const [a, b] = await Promise.all([
      putSnapshot(reg, payload({ version: 3, holdings: 900 })),
      putSnapshot(reg, payload({ version: 3, holdings: 900 })),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses[0]).toBe(200);
    expect([200, 409]).toContain(statuses[1]);
    expect((await loadCurrentSnapshot(env.DB, reg.registerId))?.holdings).toHaveLength(900);
  });

  it("a key used with another spreadsheet's id is refused (403) and changes nothing", async () => {
    const { reg } = await fresh();
    const copied = examplePayload({ spreadsheetId: '1SomeoneElsesSheet' });
    await expectRefusedUnchanged(() => putSnapshot(reg, copied), 403, 'spreadsheetMismatch');
  });

  it('malformed JSON is refused (400) and changes nothing', async () => {
    const { reg } = await fresh();
    await expectRefusedUnchanged(
      () => putSnapshot(reg, undefined, { body: '{"version": 1, "register": ' }),
      400,
      'bodyNotJson',
    );
  });

  it('a body that is not UTF-8 is refused (400)', async () => {
    const { reg } = await fresh();
    await expectRefusedUnchanged(
      () => putSnapshot(reg, undefined, { body: new Uint8Array([0x7b, 0xff, 0x7d]) }),
      400,
      'bodyNotJson',
    );
  });

  it('a body marked gzip that is not gzip is refused (400)', async () => {
    const { reg, payload } = await fresh();
    await expectRefusedUnchanged(
      () => putSnapshot(reg, payload(), { headers: { 'content-encoding': 'gzip' } }),
      400,
      'bodyNotJson',
    );
  });

  it('an unsupported content encoding is refused (415)', async () => {
    const { reg, payload } = await fresh();
    await expectRefusedUnchanged(
      () => putSnapshot(reg, payload(), { headers: { 'content-encoding': 'br' } }),
      415,
      'unsupportedEncoding',
    );
  });

  it.each([
    [
      'a register name with a right-to-left override (subject spoofing)',
      (p: SyncPayload) => {
        p.register.name = 'Klinik \u202Egnp.exe';
      },
      'register.name: must not hold control or bidirectional-formatting characters',
    ],
    [
      'an activity name with a line break',
      (p: SyncPayload) => {
        p.activities[0].name = 'Løn\r\nBcc: x@evil.example';
      },
      'activities[0].name: must not hold control or bidirectional-formatting characters',
    ],
    [
      'an owner address with NEL',
      (p: SyncPayload) => {
        p.activities[0].ownerEmail = 'anne\u0085@firma.dk';
      },
      'activities[0].ownerEmail: must be an email address or null',
    ],
    [
      'an admin address with DEL',
      (p: SyncPayload) => {
        p.register.adminEmail = 'admin\u007f@firma.dk';
      },
      'register.adminEmail: must be an email address or null',
    ],
  ])('%s is refused at the checker (422) and changes nothing', async (_what, spoil, expected) => {
    const { reg, payload } = await fresh();
    const bad = payload();
    spoil(bad);
    const problem = await expectRefusedUnchanged(() => putSnapshot(reg, bad), 422, 'payloadInvalid');
    expect((problem as { errors?: string[] }).errors).toContain(expected);
  });

  it('wrong types are refused (422) with the list of problems', async () => {
    const { reg, payload } = await fresh();
    const bad = payload() as unknown as { version: unknown; holdings: { legalHold: unknown }[] };
    bad.version = '2';
    bad.holdings[0].legalHold = 'ja';
    const problem = await expectRefusedUnchanged(() => putSnapshot(reg, bad), 422, 'payloadInvalid');
    expect((problem as unknown as { errors: string[] }).errors).toEqual([
      'version: must be an integer',
      'holdings[0].legalHold: must be true or false',
    ]);
  });

  it('unknown fields are refused (422), so nothing undocumented is stored', async () => {
    const { reg, payload } = await fresh();
    const bad = payload() as unknown as { holdings: Record<string, unknown>[] };
    bad.holdings[1].extensionReason = 'Verserende tvist med Anne Jensen';
    const problem = await expectRefusedUnchanged(() => putSnapshot(reg, bad), 422, 'payloadInvalid');
    expect(problem.detail).toContain('holdings[1].extensionReason: is not a known field');
  });

  it.each([
    ['a CPR number', '010190-1234'],
    ['an email address', 'klient@example.dk'],
    ['a full name', 'Anne Sofie Jensen'],
  ])('a reference holding %s is refused (422) and changes nothing', async (words, reference) => {
    const { reg, payload } = await fresh();
    const bad = payload();
    bad.holdings[2].reference = reference;
    const problem = await expectRefusedUnchanged(() => putSnapshot(reg, bad), 422, 'payloadInvalid');
    expect(problem.detail).toContain(`holdings[2].reference: looks like ${words}`);
  });

  it('an oversize body is refused (413) before it is read whole, and changes nothing', async () => {
    const { reg } = await fresh();
    const huge = 'x'.repeat(33 * 1024 * 1024);
    await expectRefusedUnchanged(() => putSnapshot(reg, undefined, { body: huge }), 413, 'payloadTooLarge');
  });

  it('a small gzip body that inflates beyond the cap is refused (413)', async () => {
    const { reg } = await fresh();
    const bomb = `{"pad":"${'0'.repeat(33 * 1024 * 1024)}"}`;
    await expectRefusedUnchanged(
      () => putSnapshot(reg, undefined, { body: bomb, gzip: true }),
      413,
      'payloadTooLarge',
    );
  });

  it('too many holdings are refused (422) with the cap named, even when they fit the byte cap', async () => {
    const { reg, payload } = await fresh();
    const p = payload({ activities: 1, holdings: 0 });
    const tiny = holding('h', { reference: 'K', activityId: 'act-1' });
    p.holdings = Array.from({ length: 200_001 }, () => tiny);
    const problem = await expectRefusedUnchanged(() => putSnapshot(reg, p), 422, 'payloadInvalid');
    expect(problem.detail).toContain('at most 200000 are accepted');
  });
});
