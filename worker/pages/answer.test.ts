// The answer pages behind "I have deleted it" and "I need more time" in reminder emails, in
// workerd with real D1: the links come from a real nightly run's outbox, GET changes nothing,
// one valid POST records one answer, every refusal writes nothing, the next night is silent
// about the answered item, and the answer goes on acknowledgement or after 30 days.

import { env, exports } from 'cloudflare:workers';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyWorkerSignature } from '../../shared/register/deletionEvidence.ts';
import { signedContent } from '../../shared/register/deletionLog.ts';
import type { AnswersReply } from '../../shared/sync/api.ts';
import type { SyncRegister } from '../../shared/sync/types.ts';
import { activity, holding, payload } from '../../test/fixtures/examplePayload.ts';
import { confirmAddresses, jobEnv, RecordingSender } from '../../test/worker/fixtures.ts';
import { runRegister } from '../job/consumer.ts';
import { namedAddresses } from '../recipients/book.ts';
import { dumpTables, type Enrolment, enrol, putSnapshot, signed } from '../test/client.ts';

const DB = env.DB;
const NOW = Date.UTC(2026, 2, 16, 2, 0); // 16 March 2026, the night's run (03:00 in Copenhagen)
const DAY = 86_400_000;
let sheet = 0;

// a1 (owner a@klinik.dk): h1 and h2 collected 31 Aug 2025, 6 months → due 28 Feb 2026, so
// 16 days overdue on 16 March: in the owner's digest and in the escalation to boss@klinik.dk.
// a1's one data-category row names both holdings: clients, health data and contact details.
async function enrolled(register: Partial<SyncRegister> = {}): Promise<Enrolment> {
  const spreadsheetId = `answers-${++sheet}`;
  const reg = await enrol(spreadsheetId);
  const snapshot = payload({
    register: { spreadsheetId, lang: 'da', ...register },
    activities: [activity('a1', { ownerEmail: 'a@klinik.dk', lastReview: '2026-01-05' })],
    dataCategories: [
      {
        id: 'dc1',
        activityId: 'a1',
        rule: null,
        ruleText: '',
        sheetRow: 2,
        subjectGroup: 'Klienter',
        categories: 'Helbredsoplysninger, Kontaktoplysninger',
      },
    ],
    holdings: [
      holding('h1', { events: { collected: '2025-08-31' } }),
      holding('h2', { events: { collected: '2025-08-31' }, sheetRow: 3 }),
    ],
  });
  const put = await putSnapshot(reg, snapshot);
  expect(put.status).toBe(200);
  // Issue 15: only confirmed addresses receive reminders, and so answer links.
  await confirmAddresses(DB, reg.registerId, namedAddresses(snapshot));
  return reg;
}

function runAt(reg: Enrolment, at: number, sender = new RecordingSender()) {
  return runRegister(jobEnv({ PUBLIC_ORIGIN: 'https://art30.test' }), DB, reg.registerId, {
    scheduledTime: at,
    sender,
  }).then(() => sender);
}

/** The answer links in the plain text of the messages sent, by recipient and holding. */
function linksOf(sender: RecordingSender) {
  const out: Record<string, { deleted: string; extend: string }> = {};
  for (const mail of sender.sent) {
    for (const m of mail.text.matchAll(/Jeg har slettet det: (\S+)\n\s+Jeg har brug for mere tid: (\S+)/g)) {
      const holdingId = m[1]!.split('/')[5]!;
      out[`${mail.to} ${holdingId}`] = { deleted: m[1]!, extend: m[2]! };
    }
  }
  return out;
}

const get = (url: string) => exports.default.fetch(new Request(url));
const post = (url: string, form: Record<string, string>) =>
  exports.default.fetch(new Request(url, { method: 'POST', body: new URLSearchParams(form) }));
/** The answers the worker holds for one register (storage is shared by this file's tests). */
const answers = (reg: Enrolment) =>
  DB.prepare('SELECT * FROM answers WHERE register_id = ?')
    .bind(reg.registerId)
    .all()
    .then((r) => r.results);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('the answer pages', () => {
  it('each reminder and escalation item carries both links, and a GET alone changes nothing', async () => {
    const reg = await enrolled();
    const links = linksOf(await runAt(reg, NOW));
    expect(Object.keys(links).sort()).toEqual([
      'a@klinik.dk h1',
      'a@klinik.dk h2',
      'boss@klinik.dk h1',
      'boss@klinik.dk h2',
    ]);
    const before = await dumpTables();
    const page = await get(links['a@klinik.dk h1']!.deleted);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('K-h1');
    expect(html).toContain('Aktivitet a1');
    expect(html).toContain('<form method="post"');
    // Issue 15's page headers: no caching, no referrer (the token is in the path), no script.
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    // The footer's language link shows the same page in English, and its form keeps the choice.
    const english = await (await get(`${links['a@klinik.dk h1']!.extend}?lang=en`)).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('I need more time');
    expect(english).toMatch(/<form method="post" action="\/answer\/[^"]+\?lang=en"/);
    await get(links['a@klinik.dk h1']!.extend);
    expect(await dumpTables()).toEqual(before);
  });

  it('names each item by its group of data subjects and categories of data beside the reference, in both bodies and on the page', async () => {
    const reg = await enrolled();
    const sender = await runAt(reg, NOW);
    const digest = sender.sent.find((m) => m.to === 'a@klinik.dk')!;
    expect(digest.text).toContain(
      '• Aktivitet a1 – K-h1 (Klienter · Helbredsoplysninger, Kontaktoplysninger): Overskredet med 16 dage',
    );
    expect(digest.html).toContain(
      '<span class="nowrap">K-h1</span><br/><span class="names">Klienter · Helbredsoplysninger, Kontaktoplysninger</span>',
    );
    // One sentence says what to do, here and in the sheet; the counts speak Danish.
    expect(digest.text).toContain(
      'Slet oplysningerne og klik »Jeg har slettet det« ved hver registrering, eller klik »Jeg har brug for mere tid«; i regnearket gør du det samme under Udvidelser → Art30 → Overblik over frister.',
    );
    expect(digest.subject).toBe('Sletning: 2 overskredne – Klinik Ærø');
    const html = await (await get(linksOf(sender)['a@klinik.dk h2']!.extend)).text();
    expect(html).toContain('<dt>Kategori af registrerede</dt><dd>Klienter</dd>');
    expect(html).toContain(
      '<dt>Kategorier af personoplysninger</dt><dd>Helbredsoplysninger, Kontaktoplysninger</dd>',
    );
  });

  it("holds more time to the register's longest extension from email, counted from the day of answering", async () => {
    const reg = await enrolled({ maxExtensionMonths: 3 });
    const links = linksOf(await runAt(reg, NOW));
    const page = await (await get(links['a@klinik.dk h2']!.extend)).text();
    // 16 March 2026 + 3 months = 16 June 2026, the last date the form offers.
    expect(page).toContain('Ny frist (senest 16. jun. 2026)');
    expect(page).toContain('max="2026-06-16"');
    const before = await dumpTables();
    const tooLate = await post(links['a@klinik.dk h2']!.extend, { until: '2026-06-17', reason: 'Sag' });
    expect(tooLate.status).toBe(422);
    expect(await tooLate.text()).toContain(
      'Vælg en dato efter i dag og senest 16. jun. 2026. Intet er gemt.',
    );
    expect(await dumpTables()).toEqual(before);
    const inTime = await post(links['a@klinik.dk h2']!.extend, { until: '2026-06-16', reason: 'Sag' });
    expect(inTime.status).toBe(200);
    expect(await answers(reg)).toMatchObject([{ holding_id: 'h2', extended_until: '2026-06-16' }]);
  });

  it('a valid POST records the deletion with an entry the worker signed, and says so', async () => {
    const reg = await enrolled();
    const links = linksOf(await runAt(reg, NOW));
    const reply = await post(links['a@klinik.dk h1']!.deleted, {
      method: 'anonymised',
      deletedBy: 'Ida Holm',
    });
    expect(reply.status).toBe(200);
    expect(await reply.text()).toContain('Sletningen af »K-h1« er registreret');
    const [row] = (await answers(reg)) as Record<string, string>[];
    expect(row).toMatchObject({
      holding_id: 'h1',
      kind: 'deleted',
      method: 'anonymised',
      answered_by: 'a@klinik.dk',
    });
    const entry = JSON.parse(row!.entry_json!);
    expect(entry).toEqual({
      holdingId: 'h1',
      reference: 'K-h1',
      activity: 'Aktivitet a1',
      rule: '6 måneder efter modtagelse',
      due: '2026-02-28',
      deletedOn: '2026-03-16',
      deletedBy: 'Ida Holm (a@klinik.dk)',
      method: 'Anonymiseret',
      source: 'email',
    });
    const { publicKey } = (await (await get('https://art30.test/.well-known/art30-signing-key')).json()) as {
      publicKey: string;
    };
    expect(verifyWorkerSignature(signedContent(entry), row!.signature!, publicKey)).toBe(true);
  });

  it('a valid POST of more time records the date and the reason', async () => {
    const reg = await enrolled();
    const links = linksOf(await runAt(reg, NOW));
    const reply = await post(links['a@klinik.dk h2']!.extend, {
      until: '2026-09-30',
      reason: 'Verserende klagesag',
    });
    expect(reply.status).toBe(200);
    expect(await answers(reg)).toMatchObject([
      { holding_id: 'h2', kind: 'extended', extended_until: '2026-09-30', reason: 'Verserende klagesag' },
    ]);
  });

  it('refuses with a clear page and writes nothing: used twice, expired, other register or item, forged, out of range, no reason', async () => {
    const reg = await enrolled();
    const other = await enrolled();
    const sender = await runAt(reg, NOW);
    const links = linksOf(sender);
    const otherLinks = linksOf(await runAt(other, NOW));
    const h1 = links['a@klinik.dk h1']!;
    const h2 = links['a@klinik.dk h2']!;
    expect((await post(h1.deleted, { method: 'deleted', deletedBy: 'Ida' })).status).toBe(200);

    const refusals: [string, () => Promise<Response>, number, string][] = [
      ['used twice', () => post(h1.deleted, { method: 'deleted', deletedBy: 'Ida' }), 409, 'allerede brugt'],
      [
        'another register',
        () =>
          post(h2.deleted.replace(reg.registerId, other.registerId), { method: 'deleted', deletedBy: 'Ida' }),
        404,
        'ikke gyldigt',
      ],
      [
        'another item',
        () => post(h2.deleted.replace('/h2/', '/h1/'), { method: 'deleted', deletedBy: 'Ida' }),
        404,
        'ikke gyldigt',
      ],
      [
        'a link of another register on this one',
        () =>
          post(otherLinks['a@klinik.dk h2']!.deleted.replace(other.registerId, reg.registerId), {
            method: 'deleted',
            deletedBy: 'Ida',
          }),
        404,
        'ikke gyldigt',
      ],
      [
        'forged',
        () => post(h2.deleted.replace(/[^/]+$/, 'A'.repeat(43)), { method: 'deleted', deletedBy: 'Ida' }),
        404,
        'ikke gyldigt',
      ],
      [
        'out of range',
        () => post(h2.extend, { until: '2027-03-17', reason: 'Sag' }),
        422,
        'senest 16. mar. 2027',
      ],
      ['in the past', () => post(h2.extend, { until: '2026-03-01', reason: 'Sag' }), 422, 'Intet er gemt'],
      [
        'no reason',
        () => post(h2.extend, { until: '2026-09-30', reason: '  ' }),
        422,
        'Skriv en begrundelse',
      ],
      ['no name', () => post(h2.deleted, { method: 'deleted', deletedBy: '' }), 422, 'Skriv navnet'],
      [
        'a GET of a used link',
        () => get(h1.extend.replace(/[^/]+$/, h1.deleted.split('/').pop()!)),
        409,
        'allerede brugt',
      ],
    ];
    for (const [what, send, status, words] of refusals) {
      const before = await dumpTables();
      const reply = await send();
      expect(reply.status, what).toBe(status);
      expect(await reply.text(), what).toContain(words);
      expect(await dumpTables(), what).toEqual(before);
    }
    vi.setSystemTime(NOW + 31 * DAY);
    const before = await dumpTables();
    const expired = await post(h2.extend, { until: '2026-09-30', reason: 'Sag' });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('Linket er udløbet');
    expect(await dumpTables()).toEqual(before);
  });

  it('the first of two recipients stands; the second is told it was answered and nothing is written', async () => {
    const reg = await enrolled();
    const links = linksOf(await runAt(reg, NOW));
    expect(
      (await post(links['a@klinik.dk h1']!.deleted, { method: 'deleted', deletedBy: 'Ida' })).status,
    ).toBe(200);
    const before = await dumpTables();
    const second = await post(links['boss@klinik.dk h1']!.extend, { until: '2026-09-30', reason: 'Sag' });
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('Der er allerede svaret');
    expect(await dumpTables()).toEqual(before);
  });

  it('the next nights send nothing about an answered item, neither reminder nor escalation', async () => {
    const reg = await enrolled();
    const links = linksOf(await runAt(reg, NOW));
    await post(links['a@klinik.dk h1']!.deleted, { method: 'deleted', deletedBy: 'Ida' });
    // A week later both items are owed again (weekly while overdue, weekly escalation).
    vi.setSystemTime(NOW + 7 * DAY);
    const next = await runAt(reg, NOW + 7 * DAY);
    expect(next.sent.map((m) => m.to).sort()).toEqual(['a@klinik.dk', 'boss@klinik.dk']);
    for (const mail of next.sent) {
      expect(mail.text).toContain('K-h2');
      expect(mail.text).not.toContain('K-h1');
    }
  });

  it('an answer is handed to the add-on, and gone after its acknowledgement', async () => {
    const reg = await enrolled();
    const links = linksOf(await runAt(reg, NOW));
    await post(links['a@klinik.dk h2']!.extend, { until: '2026-09-30', reason: 'Verserende klagesag' });
    const pending = (await (
      await signed('GET', `/v1/registers/${reg.registerId}/answers`, reg)
    ).json()) as AnswersReply;
    expect(pending.answers).toEqual([
      {
        kind: 'extended',
        holdingId: 'h2',
        answeredAt: new Date(NOW).toISOString(),
        answeredBy: 'a@klinik.dk',
        extendedUntil: '2026-09-30',
        reason: 'Verserende klagesag',
      },
    ]);
    const ack = await signed('POST', `/v1/registers/${reg.registerId}/answers/ack`, reg, {
      body: JSON.stringify({ acks: [{ holdingId: 'h2', outcome: 'applied' }] }),
    });
    expect(await ack.json()).toEqual({ deleted: 1 });
    expect(await answers(reg)).toEqual([]);
  });

  it('an answer never acknowledged is gone after 30 days', async () => {
    const reg = await enrolled();
    const links = linksOf(await runAt(reg, NOW));
    await post(links['a@klinik.dk h2']!.extend, { until: '2026-09-30', reason: 'Sag' });
    vi.setSystemTime(NOW + 29 * DAY);
    await runAt(reg, NOW + 29 * DAY);
    expect(await answers(reg)).toHaveLength(1);
    vi.setSystemTime(NOW + 30 * DAY);
    await runAt(reg, NOW + 30 * DAY);
    expect(await answers(reg)).toEqual([]);
  });
});
