// Settings & sync in the BUILT add-on, against an in-process double of the worker API (the real
// worker is exercised end to end in test/e2e/): enrolment keeps the key to the document,
// snapshots are gzipped and signed over the exact bytes sent, refused rows stop the sync before
// anything is sent, every worker problem becomes a da/en message, and the triggers keep the
// worker current without overlapping or resending unchanged content.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkSyncPayload } from '../../shared/sync/check.ts';
import { TIMESTAMP_HEADER } from '../../shared/sync/signing.ts';
import { callPublic, fixToday } from './features/helpers.ts';
import { type LoadedAddon, loadAddon, ROOT } from './harness.ts';
import { addHoldings, readyRegister } from './syncRegister.ts';
import { TOKEN, WorkerDouble } from './syncWorkerDouble.ts';

const ORIGIN = 'http://127.0.0.1:8787/';
const CONTACTS = { owner: 'ejer@example.org', admin: 'admin@example.org', escalation: 'chef@example.org' };

interface Action {
  view: {
    enrolled: boolean;
    registerId: string | null;
    autoSync: boolean;
    status: { overdue: number } | null;
  };
  message: string;
}
type Reply = { ok: true; value: Action } | { ok: false; code: string; message: string; lines: string[] };

function setUp(locale = 'da_DK'): { addon: LoadedAddon; worker: WorkerDouble; lang: 'da' | 'en' } {
  const addon = loadAddon({ locale });
  const lang = locale.startsWith('da') ? 'da' : 'en';
  addon.ss.locale = locale;
  readyRegister(addon, lang, CONTACTS, '2026-03-02');
  addHoldings(addon, [{ reference: 'K-001', activity: 'placeholder', lastContact: '2025-06-01' }], lang);
  const worker = new WorkerDouble();
  addon.fakes.UrlFetchApp.handler = worker.handle;
  return { addon, worker, lang };
}

/** The holding's activity must exist: use the template's first activity name. */
function fixActivities(addon: LoadedAddon, lang: 'da' | 'en'): void {
  const sheet = addon.ss.sheet(lang === 'da' ? 'Slettelog' : 'Retention log');
  const rows = sheet.dump();
  const col = rows[0].indexOf(lang === 'da' ? 'Behandlingsaktivitet' : 'Processing activity') + 1;
  const first = addon.ss.sheet(lang === 'da' ? 'Behandlingsaktiviteter' : 'Processing activities').dump()[1];
  const nameCol = addon.ss
    .sheet(lang === 'da' ? 'Behandlingsaktiviteter' : 'Processing activities')
    .dump()[0]
    .indexOf(lang === 'da' ? 'Behandlingsaktivitet' : 'Processing activity');
  for (let r = 2; r <= rows.length; r++)
    if (rows[r - 1][col - 1] === 'placeholder') sheet.put(r, col, [[first[nameCol]]]);
}

function enrol(addon: LoadedAddon, url = ORIGIN, token = TOKEN): Reply {
  return callPublic<Action>(addon, 'enrolRegister', url, token) as Reply;
}

describe('Settings & sync', () => {
  let addon: LoadedAddon;
  let worker: WorkerDouble;
  let lang: 'da' | 'en';
  beforeEach(() => {
    ({ addon, worker, lang } = setUp());
    fixActivities(addon, lang);
  });

  it('enrolling keeps the register key in document properties only, installs one change and one open trigger, and sends the first snapshot', () => {
    const reply = enrol(addon);
    expect(reply.ok).toBe(true);
    const key = worker.key.toString('base64url');
    expect(addon.fakes.PropertiesService.document.getProperty('art30.sync.key')).toBe(key);
    expect(JSON.stringify(reply)).not.toContain(key);
    expect(JSON.stringify(callPublic(addon, 'getSyncSettings'))).not.toContain(key);
    expect(addon.fakes.PropertiesService.user.getKeys().some((k) => k.includes('key'))).toBe(false);
    const triggers = addon.fakes.ScriptApp.triggers.map((t) => `${t.handler}:${t.eventType}:${t.sourceId}`);
    expect(triggers.sort()).toEqual([
      'onRegisterChange:ON_CHANGE:fake-spreadsheet-id',
      'onRegisterOpen:ON_OPEN:fake-spreadsheet-id',
    ]);
    expect(worker.snapshots).toHaveLength(1);
    if (reply.ok)
      expect(reply.value.view).toMatchObject({ enrolled: true, registerId: 'reg_double', autoSync: true });
    // Enrolling again does not pile up triggers (an add-on may hold one of each kind).
    enrol(addon);
    expect(addon.fakes.ScriptApp.triggers).toHaveLength(2);
  });

  it('a snapshot is gzipped JSON signed over exactly the bytes sent, and the shared payload check accepts it', () => {
    enrol(addon);
    const req = addon.fakes.UrlFetchApp.requests.find((r) => r.method === 'PUT')!;
    expect(req.headers['Content-Encoding']).toBe('gzip');
    expect(req.contentType).toBe('application/json');
    expect(req.body!.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const payload = JSON.parse(gunzipSync(req.body!).toString('utf8'));
    expect(checkSyncPayload(payload).ok).toBe(true);
    expect(payload.holdings.map((h: { reference: string }) => h.reference)).toEqual(['K-001']);
    // The row typed without an id got one, written back to the sheet.
    expect(payload.holdings[0].id).toMatch(/\S/);
    expect(payload.register.spreadsheetId).toBe('fake-spreadsheet-id');
    expect(Math.abs(Number(req.headers[TIMESTAMP_HEADER]) - Date.now() / 1000)).toBeLessThan(60);
  });

  it('versions only grow, even when the computer clock goes back', () => {
    enrol(addon);
    const first = worker.snapshots[0].payload.version;
    addon.realm.Date.now = () => first - 60_000;
    expect(callPublic(addon, 'syncNow').ok).toBe(true);
    expect(worker.snapshots[1].payload.version).toBe(first + 1);
  });

  it('a reference that looks like a full name stops the sync before anything is sent, naming its row', () => {
    enrol(addon);
    const [row] = addHoldings(
      addon,
      [{ reference: 'Anne Hansen', activity: 'x', lastContact: '2025-06-01' }],
      lang,
    );
    const before = addon.fakes.UrlFetchApp.requests.length;
    const reply = callPublic(addon, 'syncNow') as Reply;
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.code).toBe('rowsToFix');
    expect(reply.message).toMatch(/før noget blev sendt/);
    expect(reply.lines.join('\n')).toContain(`Slettelog, række ${row}`);
    expect(reply.lines.join('\n')).toContain('"Anne Hansen" ligner et fulde navn');
    expect(addon.fakes.UrlFetchApp.requests.length).toBe(before);
  });

  it('a worker URL outside the build’s origin is refused before any request is made', () => {
    const reply = enrol(addon, 'https://evil.example.com/', TOKEN);
    expect(reply).toMatchObject({ ok: false, code: 'urlNotAllowed' });
    expect(addon.fakes.UrlFetchApp.requests).toHaveLength(0);
    expect(addon.fakes.PropertiesService.document.getProperty('art30.sync.key')).toBeNull();
  });

  it('rotating the key keeps the new key the worker issued, and the next sync is signed with it', () => {
    enrol(addon);
    const old = addon.fakes.PropertiesService.document.getProperty('art30.sync.key');
    const reply = callPublic(addon, 'rotateRegisterKey') as Reply;
    expect(reply).toMatchObject({
      ok: true,
      value: {
        message: 'Nøglen er skiftet. Den nye nøgle er gemt i regnearket; den gamle virker ikke længere.',
      },
    });
    expect(worker.rotations).toBe(1);
    const stored = addon.fakes.PropertiesService.document.getProperty('art30.sync.key');
    expect(stored).not.toBe(old);
    expect(stored).toBe(worker.key.toString('base64url'));
    // The double verifies with its new key only: a sync signed with the old one would be refused.
    const snapshots = worker.snapshots.length;
    expect(callPublic(addon, 'syncNow')).toMatchObject({ ok: true });
    expect(worker.snapshots).toHaveLength(snapshots + 1);
  });

  it('the settings page learns from the status when the worker’s last run was cut short', () => {
    worker.cutShort = 'retriesExhausted';
    enrol(addon);
    const settings = callPublic<{ status: { lastRun: { cutShort: string | null } } }>(
      addon,
      'getSyncSettings',
    );
    expect(settings.ok && settings.value.status.lastRun.cutShort).toBe('retriesExhausted');
    worker.cutShort = 'nonsense';
    callPublic(addon, 'refreshWorkerStatus');
    const again = callPublic<{ status: { lastRun: { cutShort: string | null } } }>(addon, 'getSyncSettings');
    expect(again.ok && again.value.status.lastRun.cutShort).toBeNull();
  });

  it('a refused key rotation keeps the key the register has', () => {
    enrol(addon);
    const old = addon.fakes.PropertiesService.document.getProperty('art30.sync.key');
    worker.problems.push({ status: 401, code: 'signatureInvalid' });
    expect(callPublic(addon, 'rotateRegisterKey')).toMatchObject({ ok: false, code: 'notEnrolled' });
    expect(addon.fakes.PropertiesService.document.getProperty('art30.sync.key')).toBe(old);
  });

  it('disconnecting asks the worker to delete the register, removes the triggers and forgets the key', () => {
    enrol(addon);
    const reply = callPublic(addon, 'disconnectRegister') as Reply;
    expect(reply.ok).toBe(true);
    expect(worker.deleted).toBe(true);
    expect(addon.fakes.ScriptApp.triggers).toHaveLength(0);
    expect(addon.fakes.PropertiesService.document.getProperty('art30.sync.key')).toBeNull();
    expect(callPublic(addon, 'syncNow')).toMatchObject({ ok: false, code: 'notConnected' });
  });

  it('the retention overview shows the worker’s numbers next to the sheet’s own', () => {
    const before = callPublic<{ workerStatus: unknown }>(addon, 'getRetentionOverview');
    expect(before.ok && before.value.workerStatus).toBeNull();
    enrol(addon);
    const after = callPublic<{ workerStatus: Record<string, unknown>; counts: object }>(
      addon,
      'getRetentionOverview',
    );
    expect(after.ok).toBe(true);
    if (!after.ok) return;
    expect(after.value.counts).toBeDefined();
    expect(after.value.workerStatus).toMatchObject({
      'Overskredet ifølge serveren': 2,
      'Snart ifølge serveren': 1,
      'Seneste natlige kørsel': '2026-03-02: 3 påmindelser sendt',
    });
  });

  it('the worker’s status lines in the retention overview are in the register’s language, Danish or English', () => {
    const expected = {
      da: {
        'Sidst synkroniseret': expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
        'Overskredet ifølge serveren': 2,
        'Snart ifølge serveren': 1,
        'Seneste natlige kørsel': '2026-03-02: 3 påmindelser sendt',
        'Næste natlige kørsel': expect.stringMatching(/ 03:00$/),
      },
      en: {
        'Last sync': expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
        'Overdue according to the server': 2,
        'Due soon according to the server': 1,
        'Last nightly run': '2026-03-02: 3 reminders sent',
        'Next nightly run': expect.stringMatching(/ 03:00$/),
      },
    };
    for (const locale of ['da_DK', 'en_GB']) {
      const { addon: a, worker: w, lang: l } = setUp(locale);
      fixActivities(a, l);
      expect(enrol(a).ok).toBe(true);
      const overview = callPublic<{ workerStatus: Record<string, unknown> }>(a, 'getRetentionOverview');
      expect(overview.ok && overview.value.workerStatus).toEqual(expected[l]);
      // The worker cannot be reached: the last known numbers, and why, in the same language.
      w.down = true;
      const stale = callPublic<{ workerStatus: Record<string, unknown> }>(a, 'getRetentionOverview');
      if (!stale.ok) throw new Error(stale.message);
      const label = l === 'da' ? 'Serverens status' : 'Server status';
      expect(String(stale.value.workerStatus[label])).toMatch(l === 'da' ? /svarer ikke/ : /does not answer/);
      expect(stale.value.workerStatus).toMatchObject({ ...expected[l], [label]: expect.any(String) });
    }
  });

  it('the next nightly run shown is the cron of wrangler.toml', () => {
    const toml = readFileSync(join(ROOT, 'wrangler.toml'), 'utf8');
    // The nightly cron comes first; the second is the hourly breach run.
    expect(toml).toMatch(/crons = \["0 2 \* \* \*", "0 \* \* \* \*"\]/);
    addon.realm.Date.now = () => Date.parse('2026-03-02T01:30:00Z');
    const reply = callPublic<{ nextRun: string }>(addon, 'getSyncSettings');
    expect(reply.ok && reply.value.nextRun).toBe('2026-03-02 03:00');
    addon.realm.Date.now = () => Date.parse('2026-03-02T02:00:00Z');
    const later = callPublic<{ nextRun: string }>(addon, 'getSyncSettings');
    expect(later.ok && later.value.nextRun).toBe('2026-03-03 03:00');
  });
});

describe('Worker problems become messages a person understands', () => {
  const cases: { name: string; arrange: (w: WorkerDouble) => void; code: string; da: RegExp; en: RegExp }[] =
    [
      {
        name: 'worker unreachable',
        arrange: (w) => {
          w.down = true;
        },
        code: 'unreachable',
        da: /svarer ikke/,
        en: /does not answer/,
      },
      {
        name: 'wrong enrolment token',
        arrange: (w) => w.problems.push({ status: 403, code: 'enrolmentTokenInvalid' }),
        code: 'wrongToken',
        da: /Tilmeldingskoden blev ikke godkendt/,
        en: /did not accept the enrolment token/,
      },
      {
        name: 'clock skew',
        arrange: (w) => w.problems.push({ status: 401, code: 'signatureExpired' }),
        code: 'clockSkew',
        da: /mere end 5 minutter/,
        en: /more than 5 minutes/,
      },
      {
        name: 'version conflict',
        arrange: (w) =>
          w.problems.push(
            { status: 409, code: 'versionConflict', extra: { storedVersion: 9e15 } },
            { status: 409, code: 'versionConflict', extra: { storedVersion: 9e15 } },
          ),
        code: 'versionConflict',
        da: /nyere udgave/,
        en: /newer version/,
      },
      {
        name: 'payload too large',
        arrange: (w) => w.problems.push({ status: 413, code: 'payloadTooLarge' }),
        code: 'tooLarge',
        da: /for stor/,
        en: /too large/,
      },
    ];
  for (const c of cases) {
    it(`${c.name}: a clear message in Danish and in English`, () => {
      for (const locale of ['da_DK', 'en_GB']) {
        const { addon, worker, lang } = setUp(locale);
        fixActivities(addon, lang);
        if (c.code !== 'wrongToken') expect(enrol(addon).ok).toBe(true);
        c.arrange(worker);
        const reply = (c.code === 'wrongToken' ? enrol(addon) : callPublic(addon, 'syncNow')) as Reply;
        expect(reply).toMatchObject({ ok: false, code: c.code });
        if (!reply.ok) expect(reply.message).toMatch(locale === 'da_DK' ? c.da : c.en);
      }
    });
  }

  it('a version conflict is resolved once by sending above the worker’s version (the sheet is the source of truth)', () => {
    const { addon, worker, lang } = setUp();
    fixActivities(addon, lang);
    enrol(addon);
    const stored = worker.snapshots[0].payload.version + 1000;
    worker.problems.push({ status: 409, code: 'versionConflict', extra: { storedVersion: stored } });
    expect(callPublic(addon, 'syncNow').ok).toBe(true);
    expect(worker.snapshots.at(-1)!.payload.version).toBe(stored + 1);
  });
});

describe('Keeping the worker current without clicks', () => {
  let addon: LoadedAddon;
  let worker: WorkerDouble;
  let lang: 'da' | 'en';
  let now: number;
  beforeEach(() => {
    ({ addon, worker, lang } = setUp());
    fixActivities(addon, lang);
    now = Date.now();
    addon.realm.Date.now = () => now;
    enrol(addon);
  });
  const change = (changeType = 'EDIT') =>
    addon.ctx.onRegisterChange(addon.toContext({ changeType, source: addon.ss }));
  const open = () => addon.ctx.onRegisterOpen(addon.toContext({ source: addon.ss }));
  const puts = () => worker.snapshots.length;

  it('a change syncs the register; changes within five minutes wait, and the open trigger sends them', () => {
    now += 6 * 60_000;
    addHoldings(addon, [{ reference: 'K-002', activity: 'placeholder', lastContact: '2025-07-01' }], lang);
    fixActivities(addon, lang);
    const before = puts();
    change();
    expect(
      JSON.parse(addon.fakes.PropertiesService.document.getProperty('art30.sync.lastError') ?? 'null'),
    ).toBeNull();
    expect(puts()).toBe(before + 1);
    now += 60_000;
    addHoldings(addon, [{ reference: 'K-003', activity: 'placeholder', lastContact: '2025-07-01' }], lang);
    fixActivities(addon, lang);
    change();
    expect(puts()).toBe(before + 1);
    expect(addon.fakes.PropertiesService.document.getProperty('art30.sync.pending')).toBe('1');
    open();
    expect(puts()).toBe(before + 2);
    expect(worker.snapshots.at(-1)!.payload.holdings.map((h) => h.reference)).toEqual([
      'K-001',
      'K-002',
      'K-003',
    ]);
  });

  it('a formatting change does not sync, and an unchanged register is not uploaded again', () => {
    now += 10 * 60_000;
    change('FORMAT');
    // enrol, first snapshot, status, the addresses' states
    expect(addon.fakes.UrlFetchApp.requests.length).toBe(4);
    change('EDIT');
    expect(addon.fakes.UrlFetchApp.requests.length).toBe(4);
    now += 21 * 60 * 60_000;
    change('EDIT');
    expect(addon.fakes.UrlFetchApp.requests.length).toBe(5);
  });

  it('while another sync holds the document lock, a change is left pending and never runs in parallel', () => {
    now += 10 * 60_000;
    addHoldings(addon, [{ reference: 'K-009', activity: 'placeholder', lastContact: '2025-07-01' }], lang);
    fixActivities(addon, lang);
    addon.fakes.LockService.document.heldElsewhere = true;
    const before = puts();
    change();
    expect(puts()).toBe(before);
    expect(addon.fakes.PropertiesService.document.getProperty('art30.sync.pending')).toBe('1');
    expect(callPublic(addon, 'syncNow')).toMatchObject({ ok: false, code: 'busy' });
    addon.fakes.LockService.document.heldElsewhere = false;
    open();
    expect(puts()).toBe(before + 1);
  });

  it('a failing automatic sync is remembered for the settings page and retried at the next chance', () => {
    now += 10 * 60_000;
    addHoldings(addon, [{ reference: 'K-010', activity: 'placeholder', lastContact: '2025-07-01' }], lang);
    fixActivities(addon, lang);
    worker.down = true;
    change();
    const settings = callPublic<{ lastError: string; pending: boolean }>(addon, 'getSyncSettings');
    expect(settings.ok && settings.value.pending).toBe(true);
    worker.down = false;
    open();
    expect(worker.snapshots.at(-1)!.payload.holdings.map((h) => h.reference)).toContain('K-010');
  });
});

describe('the addresses’ states (issue 15)', () => {
  it('Settings & sync shows each address’s state as the worker tells it, with a signed request', () => {
    const { addon, worker, lang } = setUp();
    fixActivities(addon, lang);
    worker.recipients = [
      { address: CONTACTS.admin, state: 'confirmed', since: '2026-02-20' },
      { address: CONTACTS.owner, state: 'waiting', since: '2026-02-20' },
      { address: CONTACTS.escalation, state: 'unsubscribed', since: '2026-02-25' },
    ];
    expect(enrol(addon).ok).toBe(true);
    const asked = addon.fakes.UrlFetchApp.requests.filter((r) => r.url.endsWith('/recipients'));
    expect(asked).toHaveLength(1);
    expect(asked[0].headers[TIMESTAMP_HEADER]).toMatch(/^\d+$/);
    const settings = callPublic<{ recipients: { address: string; state: string }[] }>(
      addon,
      'getSyncSettings',
    );
    expect(settings.ok && settings.value.recipients.map((r) => `${r.address} ${r.state}`)).toEqual([
      `${CONTACTS.owner} waiting`,
      `${CONTACTS.admin} confirmed`,
      `${CONTACTS.escalation} unsubscribed`,
    ]);
  });

  it('Validate warns about an address waiting more than 7 days, at the owner column, in the sheet’s language', () => {
    const { addon, worker, lang } = setUp();
    fixActivities(addon, lang);
    fixToday(addon, '2026-03-02');
    worker.recipients = [
      { address: CONTACTS.owner, state: 'waiting', since: '2026-02-20' },
      { address: CONTACTS.admin, state: 'waiting', since: '2026-03-01' },
    ];
    expect(enrol(addon).ok).toBe(true);
    addon.ctx.validateRegister();
    // getLastIssues is the issue sidebar's server function: it returns the stored run itself.
    const stored = callPublic(addon, 'getLastIssues') as unknown as {
      issues: { code: string; sheet: string; column: string | null; message: string }[];
    };
    const waiting = stored.issues.filter((i) => i.code === 'addressNotConfirmed');
    expect(waiting.map((i) => `${i.sheet} ${i.column}`)).toEqual(['activities owner']);
    expect(waiting[0].message).toBe(
      `${CONTACTS.owner} har ikke bekræftet sin e-mailadresse i 10 dage, så påmindelserne går til administratoren i stedet.`,
    );
  });

  it('Validate warns about the responsible of a data-subject request waiting more than 7 days, at its row of the Requests sheet', () => {
    const { addon, worker, lang } = setUp();
    fixActivities(addon, lang);
    fixToday(addon, '2026-03-02');
    const responsible = 'anmodninger@example.org';
    const saved = callPublic(addon, 'saveRequest', {
      reference: 'SAG-2026-007',
      type: 'access',
      received: '2026-02-10',
      channel: 'email',
      identityCheck: 'verified',
      identityCheckedOn: '2026-02-11',
      activityIds: [],
      responsible,
      extensionReason: '',
      extensionNotified: '',
    });
    expect(saved.ok).toBe(true);
    worker.recipients = [{ address: responsible, state: 'waiting', since: '2026-02-21' }];
    expect(enrol(addon).ok).toBe(true);
    addon.ctx.validateRegister();
    const stored = callPublic(addon, 'getLastIssues') as unknown as {
      issues: { code: string; sheet: string; row: number | null; column: string | null; message: string }[];
    };
    const waiting = stored.issues.filter((i) => i.code === 'addressNotConfirmed');
    expect(waiting.map((i) => `${i.sheet} ${i.row} ${i.column}`)).toEqual(['requests 2 responsible']);
    expect(waiting[0].message).toBe(
      `${responsible} har ikke bekræftet sin e-mailadresse i 9 dage, så påmindelserne går til administratoren i stedet.`,
    );
  });
});
