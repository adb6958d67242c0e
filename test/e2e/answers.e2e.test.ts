// End to end, issue 16: the reminder email's "I have deleted it" and "I need more time" links,
// through the BUILT add-on against the real worker in a child process. The nightly job emails
// the links; a browser's GET and form POST answer them; the add-on's next sync writes the
// deletion as a v2 Deletion log entry carrying the worker's valid Ed25519 signature and the
// extension with its reason, and acknowledges both (the worker then holds nothing); Validate
// says the worker vouches for the entry; the next night is silent about both items.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmAll } from '../../cli/local/confirmLinks.ts';
import { type LocalWorker, startLocalWorker } from '../../cli/local/startLocalWorker.ts';
import { verifyWorkerSignature } from '../../shared/register/deletionEvidence.ts';
import { signedContent } from '../../shared/register/deletionLog.ts';
import { sheetDef } from '../../shared/register/schema.ts';
import { callPublic } from '../addon/features/helpers.ts';
import { addHoldings, columnOf, holdingIdAt, readyRegister } from '../addon/syncRegister.ts';
import { addonAgainst, enrolHosted, night } from './steps.ts';

/** The night before: nobody but the enrolling user has confirmed yet (issue 15). */
const RUN_0 = { instant: '2026-03-01T02:00:00Z', date: '2026-03-01' };
const RUN_1 = { instant: '2026-03-02T02:00:00Z', date: '2026-03-02' };
const RUN_2 = { instant: '2026-03-09T02:00:00Z', date: '2026-03-09' };
const PAGES_ORIGIN = 'https://art30.example.org'; // wrangler.toml's PUBLIC_ORIGIN
const OWNER = 'ejer@example.org';

let worker: LocalWorker;

/** What a browser does with a link from the email: GET the page, then POST its form. */
async function answerAsBrowser(link: string, form: Record<string, string>) {
  const url = link.replace(PAGES_ORIGIN, worker.origin);
  const started = performance.now();
  const page = await fetch(url);
  const html = await page.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const reply = await fetch(new URL(action!, worker.origin), {
    method: 'POST',
    body: new URLSearchParams(form),
    redirect: 'manual',
  });
  return { page, html, reply, replyHtml: await reply.text(), ms: Math.round(performance.now() - started) };
}

beforeAll(async () => {
  worker = await startLocalWorker();
});
afterAll(async () => {
  await worker?.stop();
});

describe('Closing the loop from the inbox', () => {
  it('a deletion and an extension answered from the email reach the sheet as signed evidence, and the next night is silent', async () => {
    const addon = addonAgainst(worker);
    const lang = 'da';
    const { activities } = readyRegister(
      addon,
      lang,
      { owner: OWNER, admin: 'admin@example.org', escalation: 'chef@example.org' },
      RUN_1.date,
    );
    const rows = addHoldings(
      addon,
      [
        { reference: 'K-OVER', activity: activities[0], lastContact: '2025-08-01' },
        { reference: 'K-LATE', activity: activities[0], lastContact: '2025-08-10' },
      ],
      lang,
    );
    // The user's Google identity, signed by the local stand-in issuer the worker trusts.
    const enrolled = await enrolHosted(addon, worker, {
      subject: '104455667788990011224',
      email: 'coach@example.org',
    });
    expect(enrolled.ok).toBe(true);
    const id = { over: holdingIdAt(addon, rows[0]!, lang), late: holdingIdAt(addon, rows[1]!, lang) };

    // Issue 15: the owner has not confirmed, so the first night asks it to, and its email carries
    // no answer link; its items go to the confirmed enrolling user instead, links and all.
    const eve = await night(worker, RUN_0);
    const toOwner = eve.filter((m) => m.recipient === OWNER);
    expect(toOwner.map((m) => m.items.map(([, kind]) => kind))).toEqual([['confirmation']]);
    expect(toOwner[0]!.body_text).not.toContain('/answer/');
    const toCoach = eve.find((m) => m.recipient === 'coach@example.org' && m.kind === 'digest');
    expect(toCoach?.body_text).toContain('Jeg har slettet det: https://');
    expect(await confirmAll(worker, eve)).toContain(OWNER);

    const [digest] = (await night(worker, RUN_1)).filter((m) => m.recipient === OWNER);
    const link = (holding: string, words: string) =>
      new RegExp(`${words}: (\\S+/answer/[^/\\s]+/${holding}/\\S+)`).exec(digest!.body_text!)?.[1];
    expect(digest!.body_text).toContain('Udvidelser → Art30 → Overblik over frister');
    expect(digest!.body_html).toContain('Jeg har slettet det</a>');

    const deleted = await answerAsBrowser(link(id.over, 'Jeg har slettet det')!, {
      method: 'deleted',
      deletedBy: 'Coach',
    });
    expect(deleted.page.status).toBe(200);
    expect(deleted.html).toContain('K-OVER');
    expect(deleted.reply.status).toBe(200);
    expect(deleted.replyHtml).toContain('Sletningen af »K-OVER« er registreret');
    const extended = await answerAsBrowser(link(id.late, 'Jeg har brug for mere tid')!, {
      until: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      reason: 'Klagesag verserer',
    });
    expect(extended.reply.status).toBe(200);
    console.info(`answer round trips (GET page + POST form): ${deleted.ms} ms, ${extended.ms} ms`);
    expect(await worker.query('SELECT holding_id FROM answers ORDER BY holding_id')).toHaveLength(2);

    // The add-on's next sync writes both answers into the sheet and acknowledges them.
    const requestsBefore = addon.fakes.UrlFetchApp.requests.length;
    expect(callPublic(addon, 'syncNow').ok).toBe(true);
    console.info(
      `Sync now with two answers: ${addon.fakes.UrlFetchApp.requests.length - requestsBefore} requests`,
    );
    expect(await worker.query('SELECT holding_id FROM answers')).toEqual([]);

    const log = addon.ss.sheet(sheetDef('deletionLog').title.da).dump();
    const header = log[0]!.map(String);
    const col = (name: string) => header.indexOf(name);
    const entryRow = log.slice(1).find((r) => r[col('Registrerings-id')] === id.over)!;
    expect(entryRow[col('Kilde')]).toBe('email');
    expect(entryRow[col('Reference')]).toBe('K-OVER');
    expect(String(entryRow[col('Slettet af')])).toBe(`Coach (${OWNER})`);
    // The cells as the add-on reads them: a date cell is its civil date in the sheet's zone.
    const cell = (name: string) => {
      const v = entryRow[col(name)] as unknown;
      return v && typeof v === 'object' && 'getTime' in v
        ? new Date((v as Date).getTime()).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' })
        : String(v);
    };
    const entry = {
      holdingId: cell('Registrerings-id'),
      reference: cell('Reference'),
      activity: cell('Behandlingsaktivitet'),
      rule: cell('Slettefrist'),
      due: cell('Frist'),
      deletedOn: cell('Slettet den'),
      deletedBy: cell('Slettet af'),
      method: cell('Metode'),
      source: cell('Kilde'),
    };
    const { publicKey } = (await (await fetch(`${worker.origin}/.well-known/art30-signing-key`)).json()) as {
      publicKey: string;
    };
    expect(verifyWorkerSignature(signedContent(entry), String(entryRow[col('Signatur')]), publicKey)).toBe(
      true,
    );
    const retention = addon.ss.sheet(sheetDef('retentionLog').title.da).dump();
    const lateRow = retention[rows[1]! - 1]!;
    expect(lateRow[columnOf(addon, 'retentionLog', 'extensionReason', lang) - 1]).toBe(
      `Klagesag verserer (${OWNER})`,
    );
    const overRow = retention[rows[0]! - 1]!;
    expect(overRow[columnOf(addon, 'retentionLog', 'deletedOn', lang) - 1]).toBeTruthy();

    // Validate: the chain holds, and the worker vouches for the entry from the email.
    addon.ctx.validateRegister();
    const issues = (addon.ctx.getLastIssues() as { issues: { code: string; row: number }[] }).issues;
    expect(issues.filter((i) => i.code.startsWith('deletionLog')).map((i) => i.code)).toEqual([
      'deletionLogVouched',
    ]);

    const second = await night(worker, RUN_2);
    for (const mail of second) {
      expect(`${mail.body_text}${mail.body_html}`).not.toContain('K-OVER');
      expect(`${mail.body_text}${mail.body_html}`).not.toContain('K-LATE');
    }
  });
});
