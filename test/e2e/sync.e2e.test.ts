// End to end: the BUILT add-on (test build) in node:vm with the Apps Script fakes, whose
// UrlFetchApp makes real synchronous HTTP requests, against the real worker running locally in
// a child process (cli/local: workerd via Miniflare, local D1, the Queue). A register made from
// a template, with holdings overdue, due soon and fine relative to a FIXED date, is enrolled
// with the user's Google identity token (signed by the local stand-in issuer the worker trusts
// in local mode only) and synced; the nightly job runs at that date and its captured emails are checked; a holding is
// marked deleted, synced, and the next run leaves it out while the deletion log keeps it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmAll, confirmationEmails, confirmPath } from '../../cli/local/confirmLinks.ts';
import { type CapturedEmail, type LocalWorker, startLocalWorker } from '../../cli/local/startLocalWorker.ts';
import { sheetDef } from '../../shared/register/schema.ts';
import { callPublic } from '../addon/features/helpers.ts';
import { addHoldings, columnOf, holdingIdAt, readyRegister } from '../addon/syncRegister.ts';
import { addonAgainst, CONFIGURED_ORIGIN, enrolHosted, night } from './steps.ts';

/** The night before: nobody has confirmed yet, so it sends only confirmation emails (issue 15). */
const RUN_0 = { instant: '2026-03-01T02:00:00Z', date: '2026-03-01' };
/** The run the test stands on: 03:00 in Copenhagen on Monday 2 March 2026. */
const RUN_1 = { instant: '2026-03-02T02:00:00Z', date: '2026-03-02' };
/** A week later: the next weekly reminder of the overdue holdings. */
const RUN_2 = { instant: '2026-03-09T02:00:00Z', date: '2026-03-09' };
const OWNER = 'ejer@example.org';
const BOOKING_OWNER = 'booking@example.org';
const ESCALATION = 'chef@example.org';
const ADMIN = 'admin@example.org';
const SCRIPT_NAME = '<script>alert(1)</script>';
const REGISTER_NAME = 'Coach eller terapeut uden autorisation';
/** The Google account that enrols in hosted mode. */
const COACH = { subject: '104455667788990011223', email: 'coach@example.org' };

let worker: LocalWorker;
const startedAt = performance.now();

type Reply =
  | { ok: true; value: { message: string } }
  | { ok: false; code: string; message: string; lines: string[] };

function holdingItems(mail: CapturedEmail): string[] {
  return mail.items
    .filter(([item]) => item.startsWith('holding:'))
    .map(([item, kind]) => `${item.slice('holding:'.length)}:${kind}`)
    .sort();
}

beforeAll(async () => {
  worker = await startLocalWorker();
  console.info(`local worker started in ${worker.startupMs} ms at ${worker.origin}`);
});

afterAll(async () => {
  await worker?.stop();
  console.info(`e2e file took ${Math.round(performance.now() - startedAt)} ms`);
});

describe('From the sheet to the reminder email and back', () => {
  it('a template register syncs to the local worker, the nightly job emails exactly the due items escaped, and a holding marked deleted is never reminded again', async () => {
    const addon = addonAgainst(worker);
    const lang = 'da';
    const { activities } = readyRegister(
      addon,
      lang,
      { owner: OWNER, admin: ADMIN, escalation: ESCALATION },
      RUN_1.date,
    );
    // The second activity gets its own owner and a name that must arrive escaped.
    const acts = addon.ss.sheet(sheetDef('activities').title.da);
    acts.put(3, columnOf(addon, 'activities', 'name', lang), [[SCRIPT_NAME]]);
    acts.put(3, columnOf(addon, 'activities', 'owner', lang), [[BOOKING_OWNER]]);
    const sessions = activities[0]; // "6 mdr. efter sidste session"
    // Relative to RUN_1: due 1 Feb (29 days overdue: escalated), due 10 Mar (due soon), due
    // 15 Jul (fine), and under the script-named activity due 20 Feb (10 days overdue).
    const rows = addHoldings(
      addon,
      [
        { reference: 'K-OVER', activity: sessions, lastContact: '2025-08-01' },
        { reference: 'K-SOON', activity: sessions, lastContact: '2025-09-10' },
        { reference: 'K-FINE', activity: sessions, lastContact: '2026-01-15' },
        { reference: 'B-OVER', activity: SCRIPT_NAME, lastContact: '2025-08-20' },
      ],
      lang,
    );

    // Hosted enrolment: no token typed; the add-on presents the user's identity token.
    const enrolled = await enrolHosted(addon, worker, COACH);
    expect(enrolled.ok ? enrolled.value.message : enrolled.message).toMatch(
      /tilmeldt.*Synkroniseret: 7 aktiviteter, 4 registreringer/,
    );
    const id = Object.fromEntries(
      ['K-OVER', 'K-SOON', 'K-FINE', 'B-OVER'].map((ref, i) => [ref, holdingIdAt(addon, rows[i], lang)]),
    );
    const registers = await worker.query<{ id: string; holding_count: number; name: string; owner: string }>(
      'SELECT id, holding_count, name, owner, owner_email FROM registers',
    );
    expect(registers).toEqual([
      {
        id: expect.stringMatching(/^reg_/),
        holding_count: 4,
        name: REGISTER_NAME,
        owner: `google:${COACH.subject}`,
        owner_email: COACH.email,
      },
    ]);
    expect(addon.fakes.UrlFetchApp.requests[0].headers).toHaveProperty('X-Art30-Identity-Token');

    // Nobody gets a reminder before confirming: the first night sends one confirmation email
    // to each address the register names, in Danish. Their items go to the one confirmed
    // address, the coach who enrolled with a verified Google identity, with a note.
    const eve = await night(worker, RUN_0);
    const asked = confirmationEmails(eve);
    expect(asked.map((m) => m.recipient).sort()).toEqual([ADMIN, BOOKING_OWNER, ESCALATION, OWNER].sort());
    for (const mail of asked) {
      expect(mail.subject).toBe(`Bekræft din e-mailadresse til fortegnelsen »${REGISTER_NAME}«`);
      expect(`${mail.body_text}`).not.toContain('K-OVER');
    }
    const others = eve.filter((m) => !asked.includes(m));
    expect(others.map((m) => m.recipient)).toEqual(others.map(() => COACH.email));
    expect(others.map((m) => m.body_text).join('\n')).toContain(
      `hører til ${OWNER}, som endnu ikke har bekræftet sin e-mailadresse`,
    );
    // Opening a link (as a mail scanner would) confirms nobody; the page's POST does.
    const ownerMail = eve.find((m) => m.recipient === OWNER)!;
    const page = await fetch(`${worker.origin}${confirmPath(ownerMail)}`);
    expect(await page.text()).toContain('<form method="post"');
    const waiting = await worker.query<{ state: string }>('SELECT state FROM recipients WHERE address = ?', [
      OWNER,
    ]);
    expect(waiting).toEqual([{ state: 'waiting' }]);
    expect((await confirmAll(worker, eve)).sort()).toEqual([ADMIN, BOOKING_OWNER, ESCALATION, OWNER].sort());
    const states = await worker.query<{ state: string }>('SELECT DISTINCT state FROM recipients');
    expect(states).toEqual([{ state: 'confirmed' }]);

    const first = await night(worker, RUN_1);
    expect(first.map((m) => `${m.kind} ${m.recipient} ${m.status}`).sort()).toEqual([
      `digest ${BOOKING_OWNER} sent`,
      `digest ${OWNER} sent`,
      `escalation ${ESCALATION} sent`,
    ]);
    const byRecipient = Object.fromEntries(first.map((m) => [m.recipient, m]));
    expect(byRecipient[OWNER].subject).toBe(
      `Sletning: 1 overskredet og 1 forfalder snart – ${REGISTER_NAME}`,
    );
    expect(holdingItems(byRecipient[OWNER])).toEqual(
      [`${id['K-OVER']}:overdue`, `${id['K-SOON']}:dueSoon`].sort(),
    );
    expect(byRecipient[BOOKING_OWNER].subject).toBe(`Sletning: 1 overskredet – ${REGISTER_NAME}`);
    expect(holdingItems(byRecipient[BOOKING_OWNER])).toEqual([`${id['B-OVER']}:overdue`]);
    expect(byRecipient[ESCALATION].subject).toBe(
      `Eskalering: 1 sletning langt over fristen – ${REGISTER_NAME}`,
    );
    expect(holdingItems(byRecipient[ESCALATION])).toEqual([`${id['K-OVER']}:escalation`]);
    // Nothing but retention-log entries: routines and reviews were done on the day.
    for (const mail of first) expect(mail.items.every(([item]) => item.startsWith('holding:'))).toBe(true);
    const everything = first.map((m) => `${m.body_text}\n${m.body_html}`).join('\n');
    expect(everything).not.toContain('K-FINE');
    expect(byRecipient[OWNER].body_html).toContain('K-OVER');
    expect(byRecipient[OWNER].body_html).toContain('K-SOON');
    expect(byRecipient[BOOKING_OWNER].body_html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(byRecipient[BOOKING_OWNER].body_html).not.toContain(SCRIPT_NAME);
    expect(byRecipient[BOOKING_OWNER].body_text).toContain(SCRIPT_NAME);

    // The person deletes K-OVER and marks it in the retention overview; the sheet syncs.
    const marked = callPublic(addon, 'markDeleted', [id['K-OVER']], {
      method: 'Slettet',
      deletedOn: '2026-03-03',
      deletedByName: 'Coach',
    });
    expect(marked.ok).toBe(true);
    const synced = callPublic(addon, 'syncNow') as Reply;
    expect(synced.ok).toBe(true);

    const second = await night(worker, RUN_2);
    expect(second.map((m) => `${m.kind} ${m.recipient}`).sort()).toEqual([
      `digest ${BOOKING_OWNER}`,
      `escalation ${ESCALATION}`,
    ]);
    for (const mail of second) {
      expect(mail.items.map(([item]) => item)).not.toContain(`holding:${id['K-OVER']}`);
      expect(`${mail.body_text}${mail.body_html}`).not.toContain('K-OVER');
    }
    expect(holdingItems(second.find((m) => m.kind === 'escalation')!)).toEqual([
      `${id['B-OVER']}:escalation`,
    ]);

    // The deletion log keeps the evidence, chained.
    const log = addon.ss.sheet(sheetDef('deletionLog').title.da).dump();
    const header = log[0];
    const entry = log.slice(1).find((r) => r[header.indexOf('Registrerings-id')] === id['K-OVER']);
    expect(entry).toBeDefined();
    expect(entry![header.indexOf('Reference')]).toBe('K-OVER');
    expect(entry![header.indexOf('Metode')]).toBe('Slettet');
    expect(String(entry![header.indexOf('Hash')])).toMatch(/^[0-9a-f]{64}$/);

    // The settings page and the retention overview show the worker's view of the register.
    const settings = callPublic<{ view: { recipients: { address: string; state: string }[] } }>(
      addon,
      'refreshWorkerStatus',
    );
    expect(settings.ok).toBe(true);
    // Settings & sync shows each address's state, fetched with a signed request.
    expect(
      settings.ok && settings.value.view.recipients.map((r) => `${r.address} ${r.state}`).sort(),
    ).toEqual([ADMIN, BOOKING_OWNER, ESCALATION, OWNER, COACH.email].map((a) => `${a} confirmed`).sort());
    const overview = callPublic<{ workerStatus: Record<string, unknown> }>(addon, 'getRetentionOverview');
    expect(overview.ok && overview.value.workerStatus?.['Seneste natlige kørsel']).toMatch(
      /^2026-03-09: 2 påmindelser sendt$/,
    );

    // A reference that names a person is refused before anything leaves the sheet.
    const [annaRow] = addHoldings(
      addon,
      [{ reference: 'Anna Jensen', activity: sessions, lastContact: '2025-10-01' }],
      lang,
    );
    const requests = addon.fakes.UrlFetchApp.requests.length;
    const refused = callPublic(addon, 'syncNow') as Reply;
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.code).toBe('rowsToFix');
      expect(refused.lines.join(' ')).toContain(
        `Slettelog, række ${annaRow}: Referencen "Anna Jensen" ligner et fulde navn`,
      );
    }
    expect(addon.fakes.UrlFetchApp.requests.length).toBe(requests);
    const stored = await worker.query<{ reference: string }>(
      'SELECT h.reference FROM holdings h JOIN registers r ON r.id = h.register_id AND r.current_version = h.version',
    );
    expect(stored.map((h) => h.reference).sort()).toEqual(['B-OVER', 'K-FINE', 'K-OVER', 'K-SOON']);
  });

  it('a user who declined the openid permission is asked for it, and nothing is sent or kept', async () => {
    const addon = addonAgainst(worker);
    readyRegister(addon, 'da', { owner: OWNER, admin: ADMIN, escalation: ESCALATION }, RUN_1.date);
    addon.fakes.ScriptApp.identityToken = await worker.signIdentityToken(COACH);
    addon.fakes.ScriptApp.missingScopes = ['openid'];
    const before = await worker.query<{ n: number }>('SELECT COUNT(*) AS n FROM registers');
    const reply = callPublic(addon, 'enrolRegister', `${CONFIGURED_ORIGIN}/`, '') as Reply;
    expect(reply).toMatchObject({ ok: false, code: 'identityMissing' });
    if (!reply.ok) {
      expect(reply.message).toBe(
        'Tilmelding kræver, at tilføjelsen må bekræfte, hvem du er: tilladelsen til at se din Google-kontos ' +
          'e-mailadresse (openid). Giv den, når Google spørger, og tilmeld igen. Har jeres organisation fået en ' +
          'tilmeldingskode, kan du skrive den i stedet.',
      );
    }
    expect(addon.fakes.UrlFetchApp.requests).toHaveLength(0);
    expect(addon.fakes.PropertiesService.document.getProperty('art30.sync.key')).toBeNull();
    expect(await worker.query<{ n: number }>('SELECT COUNT(*) AS n FROM registers')).toEqual(before);
  });

  it('enrolling the same spreadsheet again replaces its register with the old key, and without the key is refused with a clear message', async () => {
    const addon = addonAgainst(worker);
    readyRegister(addon, 'da', { owner: OWNER, admin: ADMIN, escalation: ESCALATION }, RUN_1.date);
    const account = { subject: '100000000000000000042', email: 'gentilmeld@example.org' };
    addon.fakes.ScriptApp.identityToken = await worker.signIdentityToken(account);
    const props = addon.fakes.PropertiesService.document;
    const owned = () =>
      worker.query<{ id: string }>('SELECT id FROM registers WHERE owner = ?', [`google:${account.subject}`]);

    expect((callPublic(addon, 'enrolRegister', `${CONFIGURED_ORIGIN}/`, '') as Reply).ok).toBe(true);
    const first = props.getProperty('art30.sync.registerId');
    // The add-on still holds the key: it signs the re-enrolment, and the worker replaces the register.
    expect((callPublic(addon, 'enrolRegister', `${CONFIGURED_ORIGIN}/`, '') as Reply).ok).toBe(true);
    const second = props.getProperty('art30.sync.registerId');
    expect(second).not.toBe(first);
    expect(await owned()).toEqual([{ id: second }]);

    // The key is lost (say, the document properties were cleared): the register stays as it was.
    props.deleteAllProperties();
    const refused = callPublic(addon, 'enrolRegister', `${CONFIGURED_ORIGIN}/`, '') as Reply;
    expect(refused).toMatchObject({ ok: false, code: 'alreadyEnrolled' });
    if (!refused.ok)
      expect(refused.message).toBe(
        'Du har allerede tilmeldt dette regneark, men nøglen til den tilmelding findes ikke her. Bed den, der ' +
          'driver serveren, om at fjerne den gamle tilmelding, og tilmeld igen.',
      );
    expect(await owned()).toEqual([{ id: second }]);
  });

  it("an organisation's enrolment token from the operator enrols and syncs the register (operator mode)", async () => {
    const addon = addonAgainst(worker);
    readyRegister(addon, 'da', { owner: OWNER, admin: ADMIN, escalation: ESCALATION }, RUN_1.date);
    const token = await worker.issueEnrolmentToken('Coachhuset ApS');
    const reply = callPublic(addon, 'enrolRegister', `${CONFIGURED_ORIGIN}/`, token) as Reply;
    expect(reply.ok ? reply.value.message : reply.message).toMatch(/tilmeldt.*Synkroniseret: 7 aktiviteter/);
    const registerId = addon.fakes.PropertiesService.document.getProperty('art30.sync.registerId');
    const [row] = await worker.query<{ owner: string; current_version: number | null }>(
      'SELECT owner, current_version FROM registers WHERE id = ?',
      [registerId],
    );
    expect(row.owner).toMatch(/^token:tok_/);
    expect(row.current_version).toBeGreaterThan(0);
  });

  it('a wrong enrolment token is refused by the worker with a clear message, and nothing is kept', async () => {
    const addon = addonAgainst(worker);
    readyRegister(addon, 'da', { owner: OWNER, admin: ADMIN, escalation: ESCALATION }, RUN_1.date);
    const before = await worker.query<{ n: number }>('SELECT COUNT(*) AS n FROM registers');
    const reply = callPublic(addon, 'enrolRegister', `${CONFIGURED_ORIGIN}/`, 'not-the-token') as Reply;
    expect(reply).toMatchObject({ ok: false, code: 'wrongToken' });
    if (!reply.ok)
      expect(reply.message).toBe(
        'Tilmeldingskoden blev ikke godkendt af serveren. Bed den, der driver serveren, om den rigtige kode.',
      );
    expect(addon.fakes.PropertiesService.document.getProperty('art30.sync.key')).toBeNull();
    expect(addon.fakes.ScriptApp.triggers).toHaveLength(0);
    expect(await worker.query<{ n: number }>('SELECT COUNT(*) AS n FROM registers')).toEqual(before);
  });
});
