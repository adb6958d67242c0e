// Issue 15 in workerd with real D1: nobody gets email who has not agreed to it. A register's new
// addresses get one confirmation email (capped per night, resent once after 7 days); only the
// POST from the page its link opens confirms; until then, and after an address unsubscribes or
// bounces, its items go to a confirmed address with a note, and the admin is told.

import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecipientsReply } from '../../shared/sync/api.ts';
import { activity, examplePayload, holding, payload, request } from '../../test/fixtures/examplePayload.ts';
import { confirmAddresses, enrolAndSync, jobEnv, RecordingSender, utc } from '../../test/worker/fixtures.ts';
import type { OutgoingEmail } from '../email/sender.ts';
import worker from '../index.ts';
import { runRegister } from '../job/consumer.ts';
import { enrol, putSnapshot, signed } from '../test/client.ts';
import { EMAIL_EVENTS_QUEUE } from './events.ts';

const DB = env.DB;
const REG = 'reg_confirm';
const ORIGIN = 'https://art30.example.org';
const ADMIN = 'admin@klinik.dk';
const OWNER = 'owner@klinik.dk';
const BOSS = 'boss@klinik.dk';

beforeEach(async () => {
  await DB.prepare('DELETE FROM registers').run();
  await DB.batch(
    [
      'activities',
      'data_categories',
      'holdings',
      'requests',
      'snapshot_versions',
      'recipients',
      'deployment_nights',
    ].map((t) => DB.prepare(`DELETE FROM ${t}`)),
  );
});

/** One overdue holding owned by OWNER (due 28 Feb 2026), synced 1 March. */
const overdue = payload({
  activities: [activity('a1', { ownerEmail: OWNER, lastReview: '2026-01-05' })],
  holdings: [holding('h1', { events: { collected: '2025-08-31' } })],
});

function runOn(date: string, sender: RecordingSender, extra: Record<string, string> = {}, registerId = REG) {
  return runRegister(jobEnv(extra), DB, registerId, { scheduledTime: utc(`${date}T02:00`), sender });
}

function linkIn(mail: OutgoingEmail, path: '/confirm/' | '/unsubscribe/'): string {
  const match = new RegExp(`${ORIGIN}${path}[A-Za-z0-9_-]+`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in ${mail.subject}`);
  return match[0].slice(ORIGIN.length);
}

function page(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, init));
}

async function stateOf(address: string, registerId = REG): Promise<string | undefined> {
  const row = await DB.prepare('SELECT state FROM recipients WHERE register_id = ? AND address = ?')
    .bind(registerId, address)
    .first<{ state: string }>();
  return row?.state;
}

const isConfirmation = (m: OutgoingEmail) => m.text.includes(`${ORIGIN}/confirm/`);

describe('an address that has not confirmed', () => {
  it('gets one confirmation email in the register’s language and no reminder; its item goes to the confirmed admin with a note', async () => {
    await enrolAndSync(DB, REG, overdue, '2026-03-01T08:00:00Z', undefined, false);
    await confirmAddresses(DB, REG, [ADMIN]);
    const sender = new RecordingSender();
    await runOn('2026-03-02', sender);
    const toOwner = sender.sent.filter((m) => m.to === OWNER);
    expect(toOwner).toHaveLength(1);
    expect(isConfirmation(toOwner[0])).toBe(true);
    expect(toOwner[0].subject).toBe('Bekræft din e-mailadresse til fortegnelsen «Klinik Ærø»');
    expect(toOwner[0].text).toContain('Du står som ansvarlig for 1 behandlingsaktivitet.');
    expect(toOwner[0].text).toContain('En person med adgang til regnearket har skrevet din adresse');
    expect(toOwner[0].text).not.toContain('K-h1');
    const digest = sender.sent.find((m) => m.to === ADMIN && m.subject.startsWith('Sletning'));
    expect(digest?.text).toContain('K-h1');
    expect(digest?.text).toContain(
      `Nogle af disse elementer hører til ${OWNER}, som endnu ikke har bekræftet sin e-mailadresse.`,
    );
    expect(await stateOf(OWNER)).toBe('waiting');
  });

  it('is not asked twice in a week, is asked once more after 7 days, and never a third time', async () => {
    await enrolAndSync(DB, REG, overdue, '2026-03-01T08:00:00Z', undefined, false);
    await confirmAddresses(DB, REG, [ADMIN]);
    const sender = new RecordingSender();
    const days = [
      '2026-03-02',
      '2026-03-03',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
      '2026-03-16',
      '2026-03-30',
    ];
    for (const day of days) await runOn(day, sender);
    const asked = sender.sent.filter((m) => m.to === OWNER && isConfirmation(m)).length;
    expect(asked).toBe(2);
    expect(sender.sent.filter((m) => m.to === OWNER && !isConfirmation(m))).toEqual([]);
  });

  it('with nobody confirmed, the snapshot sends confirmations only: no reminder reaches anyone', async () => {
    await enrolAndSync(DB, REG, overdue, '2026-03-01T08:00:00Z', undefined, false);
    const sender = new RecordingSender();
    await runOn('2026-03-02', sender);
    expect(sender.sent.map((m) => `${m.to} ${isConfirmation(m)}`).sort()).toEqual([
      `${ADMIN} true`,
      `${BOSS} true`,
      `${OWNER} true`,
    ]);
  });
});

describe('the enrolling user', () => {
  it('counts as confirmed by enrolment (its verified address): no confirmation email, and the unconfirmed admin’s items come to it', async () => {
    const ENROLLER = 'it@klinik.dk';
    const p = payload({
      register: { adminEmail: ADMIN, escalationEmail: null },
      activities: [activity('a1', { ownerEmail: null, lastReview: '2026-01-05' })],
      holdings: [holding('h1', { events: { collected: '2025-08-31' } })],
    });
    await enrolAndSync(DB, REG, p, '2026-03-01T08:00:00Z', undefined, false);
    await DB.prepare('UPDATE registers SET owner_email = ? WHERE id = ?').bind(ENROLLER, REG).run();
    const sender = new RecordingSender();
    await runOn('2026-03-02', sender);
    const toEnroller = sender.sent.filter((m) => m.to === ENROLLER);
    expect(toEnroller.some(isConfirmation)).toBe(false);
    const digest = toEnroller.find((m) => m.subject.startsWith('Sletning'));
    expect(digest?.text).toContain('K-h1');
    expect(digest?.text).toContain(`hører til ${ADMIN}, som endnu ikke har bekræftet`);
    expect(sender.sent.filter((m) => m.to === ADMIN).every(isConfirmation)).toBe(true);
  });
});

describe('the confirmation link', () => {
  async function linkFor(address: string): Promise<string> {
    await enrolAndSync(DB, REG, overdue, '2026-03-01T08:00:00Z', undefined, false);
    const sender = new RecordingSender();
    await runOn('2026-03-02', sender);
    const mail = sender.sent.find((m) => m.to === address && isConfirmation(m));
    if (!mail) throw new Error('no confirmation email');
    return linkIn(mail, '/confirm/');
  }

  it('opens a page whose GET changes nothing (a mail scanner confirms nobody); its form’s POST confirms', async () => {
    const link = await linkFor(OWNER);
    for (let i = 0; i < 3; i++) {
      const get = await page(link);
      expect(get.status).toBe(200);
      const html = await get.text();
      expect(html).toContain(`<form method="post" action="${link}">`);
      expect(html).toContain('Ja, bekræft min adresse');
    }
    expect(await stateOf(OWNER)).toBe('waiting');
    const head = await page(link, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await stateOf(OWNER)).toBe('waiting');
    const post = await page(link, { method: 'POST' });
    expect(post.status).toBe(200);
    expect(await post.text()).toContain(`${OWNER} er bekræftet`);
    expect(await stateOf(OWNER)).toBe('confirmed');
    // From now on the owner gets the reminder itself.
    const sender = new RecordingSender();
    await runOn('2026-03-03', sender);
    expect(sender.sent.some((m) => m.to === OWNER && m.text.includes('K-h1'))).toBe(true);
  });

  it('says so when it was used already, and a second POST changes nothing', async () => {
    const link = await linkFor(OWNER);
    await page(link, { method: 'POST' });
    for (const method of ['GET', 'POST']) {
      const again = await page(link, { method });
      expect(again.status).toBe(200);
      expect(await again.text()).toContain('Dette link er allerede brugt');
    }
    expect(await stateOf(OWNER)).toBe('confirmed');
  });

  it('says so when it has expired (14 days after its email), and its POST confirms nothing', async () => {
    const link = await linkFor(OWNER);
    // Fifteen nights after its email (a link's age is counted in the register's nightly runs).
    await DB.prepare("UPDATE registers SET last_run_date = '2026-03-17' WHERE id = ?").bind(REG).run();
    for (const method of ['GET', 'POST']) {
      const expired = await page(link, { method });
      expect(expired.status).toBe(410);
      expect(await expired.text()).toContain('Dette link er udløbet');
    }
    expect(await stateOf(OWNER)).toBe('waiting');
  });

  it('that is unknown or malformed is refused with a page, and changes nothing', async () => {
    await linkFor(OWNER);
    for (const path of ['/confirm/AAAAAAAAAAAAAAAAAAAAAA', '/confirm/%3Cscript%3E']) {
      const response = await page(path, { method: 'POST' });
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('Dette link er ikke gyldigt');
    }
    expect(await stateOf(OWNER)).toBe('waiting');
  });
});

describe('data-subject requests (issue 20) obey the same rules', () => {
  const RESPONSIBLE = 'responsible@example.dk';
  /** One open access request received Monday 2 March 2026: to be answered by Tuesday 7 April. */
  const withRequest = payload({
    activities: [activity('a1', { ownerEmail: null, lastReview: '2026-04-01' })],
    requests: [request('r1', '2026-03-02')],
  });

  it('the responsible of an open request is asked to confirm first; meanwhile the request goes to the confirmed admin with a note', async () => {
    await enrolAndSync(DB, REG, withRequest, '2026-04-06T08:00:00Z', undefined, false);
    await confirmAddresses(DB, REG, [ADMIN]);
    const sender = new RecordingSender();
    await runOn('2026-04-07', sender);
    const toResponsible = sender.sent.filter((m) => m.to === RESPONSIBLE);
    expect(toResponsible).toHaveLength(1);
    expect(isConfirmation(toResponsible[0])).toBe(true);
    expect(toResponsible[0].text).toContain(
      'Du står som ansvarlig for at besvare 1 anmodning fra en registreret.',
    );
    expect(toResponsible[0].text).not.toContain('SAG-r1');
    const digest = sender.sent.find((m) => m.to === ADMIN && m.subject.startsWith('Anmodninger'));
    expect(digest?.text).toContain('SAG-r1');
    expect(digest?.text).toContain(
      `Nogle af disse elementer hører til ${RESPONSIBLE}, som endnu ikke har bekræftet sin e-mailadresse.`,
    );
    expect(digest?.headers['List-Unsubscribe']).toMatch(new RegExp(`^<${ORIGIN}/unsubscribe/`));

    // Once it confirms by POST, the next step of the request reaches the responsible itself.
    const confirmed = await page(linkIn(toResponsible[0], '/confirm/'), { method: 'POST' });
    expect(confirmed.status).toBe(200);
    const next = new RecordingSender();
    await runOn('2026-04-14', next);
    const own = next.sent.find((m) => m.to === RESPONSIBLE && m.subject.startsWith('Anmodninger'));
    expect(own?.text).toContain('SAG-r1');
    expect(own?.text).not.toContain('endnu ikke har bekræftet');
    expect(own?.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('the responsible of an open breach is asked to confirm, with a line for the breach', async () => {
    const withBreach = payload({
      activities: [activity('a1', { ownerEmail: null, lastReview: '2026-04-01' })],
      breaches: [
        {
          id: 'b1',
          reference: 'BRUD-1',
          awareAt: '2026-04-06T08:00:00Z',
          risk: 'risk',
          role: 'controller',
          authorityNotifiedAt: null,
          controllerNotifiedAt: null,
          responsibleEmail: 'ida@klinik.dk',
          sheetRow: 2,
        },
      ],
    });
    await enrolAndSync(DB, REG, withBreach, '2026-04-06T09:00:00Z', undefined, false);
    await confirmAddresses(DB, REG, [ADMIN]);
    const sender = new RecordingSender();
    await runOn('2026-04-07', sender);
    const toIda = sender.sent.filter((m) => m.to === 'ida@klinik.dk');
    expect(toIda).toHaveLength(1);
    expect(isConfirmation(toIda[0])).toBe(true);
    expect(toIda[0].text).toContain(
      'Du står som ansvarlig for 1 brud på persondatasikkerheden, hvis frist for anmeldelse løber.',
    );
  });

  it('the responsible of an answered request is never asked to confirm and gets nothing', async () => {
    const answered = payload({
      activities: [activity('a1', { ownerEmail: null, lastReview: '2026-04-01' })],
      requests: [request('r1', '2026-03-02', { state: 'answered' })],
    });
    await enrolAndSync(DB, REG, answered, '2026-04-06T08:00:00Z', undefined, false);
    const sender = new RecordingSender();
    await runOn('2026-04-07', sender);
    expect(sender.sent.filter((m) => m.to === RESPONSIBLE)).toEqual([]);
    expect(await stateOf(RESPONSIBLE)).toBeUndefined();
  });
});

describe('leaving', () => {
  it('every email carries RFC 8058 one-click unsubscribe with an https link of this deployment', async () => {
    await enrolAndSync(DB, REG, overdue, '2026-03-01T08:00:00Z');
    const sender = new RecordingSender();
    await runOn('2026-03-02', sender);
    expect(sender.sent.length).toBeGreaterThan(0);
    for (const mail of sender.sent) {
      expect(mail.headers['List-Unsubscribe']).toMatch(
        new RegExp(`^<${ORIGIN}/unsubscribe/[A-Za-z0-9_-]{22}>$`),
      );
      expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      expect(mail.raw).toContain('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    }
  });

  it('unsubscribing is a POST (the one-click body of RFC 8058); a GET only shows the button; the admin is told and gets the items', async () => {
    await enrolAndSync(DB, REG, overdue, '2026-03-01T08:00:00Z');
    const first = new RecordingSender();
    await runOn('2026-03-02', first);
    const toOwner = first.sent.find((m) => m.to === OWNER)!;
    const link = toOwner.headers['List-Unsubscribe'].slice(1, -1).slice(ORIGIN.length);
    const get = await page(link);
    expect(await get.text()).toContain('<form method="post"');
    expect(await stateOf(OWNER)).toBe('confirmed');
    const oneClick = await page(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await stateOf(OWNER)).toBe('unsubscribed');

    const next = new RecordingSender();
    await runOn('2026-03-09', next); // the next weekly step of the overdue item
    expect(next.sent.filter((m) => m.to === OWNER)).toEqual([]);
    const admin = next.sent
      .filter((m) => m.to === ADMIN)
      .map((m) => m.text)
      .join('\n');
    expect(admin).toContain(`${OWNER} har frameldt sig e-mails fra fortegnelsen`);
    expect(admin).toContain('K-h1');
    expect(admin).toContain(`Nogle af disse elementer hører til ${OWNER}, som har frameldt sig e-mails.`);
  });
});

describe('bounce events from Email Service’s event subscription', () => {
  function bounce(recipient: string, type: 'hard' | 'soft') {
    return {
      type: 'cf.email.sending.message.bounced',
      source: { type: 'email.sending', domain: 'example.org' },
      payload: {
        messageId: 'cf-msg-1',
        recipient,
        terminal: true,
        bounce: { type, classification: 'permanent_failure' },
      },
      metadata: { eventSchemaVersion: 1, eventTimestamp: '2026-03-03T10:00:00Z' },
    };
  }

  async function deliver(events: unknown[]) {
    const batch = createMessageBatch(
      EMAIL_EVENTS_QUEUE,
      events.map((body, i) => ({ id: `e${i}`, timestamp: new Date(), attempts: 1, body })),
    );
    const ctx = createExecutionContext();
    // Through the worker's own queue handler, which tells the two queues apart.
    await worker.queue(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks).toHaveLength(events.length);
    return result;
  }

  it('a hard bounce makes the address failing at once; the admin is told and gets its items', async () => {
    await enrolAndSync(DB, REG, overdue, '2026-03-01T08:00:00Z');
    await runOn('2026-03-02', new RecordingSender());
    await deliver([bounce(OWNER, 'hard')]);
    expect(await stateOf(OWNER)).toBe('failing');
    const next = new RecordingSender();
    await runOn('2026-03-09', next);
    expect(next.sent.filter((m) => m.to === OWNER)).toEqual([]);
    const admin = next.sent
      .filter((m) => m.to === ADMIN)
      .map((m) => m.text)
      .join('\n');
    expect(admin).toContain(`E-mails til ${OWNER} kommer ikke frem`);
    expect(admin).toContain('K-h1');
  });

  it('soft bounces make it failing from the third; other events are acknowledged and change nothing', async () => {
    await enrolAndSync(DB, REG, overdue, '2026-03-01T08:00:00Z');
    await deliver([
      bounce(OWNER, 'soft'),
      { type: 'cf.email.sending.message.delivered', payload: { recipient: OWNER } },
      { nonsense: true },
    ]);
    expect(await stateOf(OWNER)).toBe('confirmed');
    await deliver([bounce(OWNER, 'soft'), bounce(OWNER, 'soft')]);
    expect(await stateOf(OWNER)).toBe('failing');
  });
});

describe('caps', () => {
  function many(n: number) {
    return payload({
      activities: Array.from({ length: n }, (_, i) =>
        activity(`a${i}`, {
          ownerEmail: `person${i}@example.org`,
          lastReview: '2026-01-05',
          sheetRow: i + 2,
        }),
      ),
      holdings: Array.from({ length: n }, (_, i) =>
        holding(`h${i}`, { activityId: `a${i}`, events: { collected: '2025-08-31' }, sheetRow: i + 2 }),
      ),
    });
  }

  it('a snapshot naming 1,000 unknown addresses sends 0 reminders and at most the capped confirmations; the admin is told', async () => {
    await enrolAndSync(DB, REG, many(1000), '2026-03-01T08:00:00Z', undefined, false);
    await confirmAddresses(DB, REG, [ADMIN]);
    const sender = new RecordingSender();
    await runOn('2026-03-02', sender);
    const confirmations = sender.sent.filter(isConfirmation);
    const reminders = sender.sent.filter((m) => !isConfirmation(m) && m.to !== ADMIN);
    console.info(
      `figure: 1,000 unknown addresses → ${reminders.length} reminder emails, ${confirmations.length} confirmation emails`,
    );
    expect(reminders).toHaveLength(0);
    expect(confirmations).toHaveLength(20);
    const [{ n }] = (
      await DB.prepare('SELECT COUNT(*) AS n FROM recipients WHERE register_id = ?')
        .bind(REG)
        .all<{ n: number }>()
    ).results;
    expect(n).toBe(200);
    const notice = sender.sent.find((m) => m.to === ADMIN && m.subject.startsWith('Art30 kræver'))!;
    expect(notice.text).toContain(
      'Fortegnelsen nævner flere end 200 e-mailadresser, det højeste antal modtagere. 802 adresser er ikke med',
    );
    expect(notice.text).toContain(
      'Højst 20 bekræftelses-e-mails sendes pr. nat. 179 adresser venter på deres bekræftelse',
    );
  });

  it('messages per register per night: the rest waits until the next night and the admin is told', async () => {
    await enrolAndSync(DB, REG, many(5), '2026-03-01T08:00:00Z');
    const sender = new RecordingSender();
    await runOn('2026-03-02', sender, { CAP_MESSAGES_PER_REGISTER_PER_NIGHT: '3' });
    const digests = sender.sent.filter((m) => m.subject.startsWith('Sletning'));
    expect(digests).toHaveLength(3);
    const notice = sender.sent.find((m) => m.to === ADMIN && m.subject.startsWith('Art30 kræver'))!;
    expect(notice.text).toContain(
      'Fortegnelsen nåede loftet på 3 e-mails i nat. 2 e-mails venter til i morgen nat.',
    );
    const next = new RecordingSender();
    await runOn('2026-03-03', next, { CAP_MESSAGES_PER_REGISTER_PER_NIGHT: '3' });
    expect(next.sent.filter((m) => m.subject.startsWith('Sletning')).length).toBeGreaterThan(0);
  });

  it('messages per deployment per night: shared by all registers; the admin of the one held back is told', async () => {
    await enrolAndSync(DB, 'reg_one', many(3), '2026-03-01T08:00:00Z');
    await enrolAndSync(
      DB,
      'reg_two',
      { ...many(3), register: { ...many(3).register, spreadsheetId: 'sheet-2' } },
      '2026-03-01T08:00:00Z',
    );
    const caps = { CAP_MESSAGES_PER_DEPLOYMENT_PER_NIGHT: '4' };
    const one = new RecordingSender();
    await runOn('2026-03-02', one, caps, 'reg_one');
    const two = new RecordingSender();
    await runOn('2026-03-02', two, caps, 'reg_two');
    const digests = [...one.sent, ...two.sent].filter((m) => m.subject.startsWith('Sletning'));
    expect(digests).toHaveLength(4);
    const notice = two.sent.find((m) => m.to === ADMIN && m.subject.startsWith('Art30 kræver'))!;
    expect(notice.text).toContain(
      'Tjenesten nåede sit samlede loft på 4 e-mails i nat. 2 e-mails fra denne fortegnelse venter til i morgen nat.',
    );
  });
});

describe('GET /v1/registers/:id/recipients', () => {
  it('tells the add-on each address’s state, signed like every other request', async () => {
    const reg = await enrol('1RecipientsSheet');
    const sent = examplePayload({ spreadsheetId: '1RecipientsSheet' });
    expect((await putSnapshot(reg, sent)).status).toBe(200);
    await runRegister(jobEnv(), DB, reg.registerId, {
      scheduledTime: utc('2026-03-02T02:00'),
      sender: new RecordingSender(),
    });
    // The enrolling Google account's verified address is confirmed by enrolment; the addresses
    // the snapshot names wait. One of those unsubscribes.
    const enroller = await DB.prepare('SELECT owner_email FROM registers WHERE id = ?')
      .bind(reg.registerId)
      .first<{ owner_email: string }>();
    const [first] = (
      await DB.prepare(
        'SELECT address FROM recipients WHERE register_id = ? AND address <> ? ORDER BY address',
      )
        .bind(reg.registerId, enroller?.owner_email)
        .all<{ address: string }>()
    ).results;
    await DB.prepare("UPDATE recipients SET state = 'unsubscribed' WHERE register_id = ? AND address = ?")
      .bind(reg.registerId, first.address)
      .run();
    const response = await signed('GET', `/v1/registers/${reg.registerId}/recipients`, reg);
    expect(response.status).toBe(200);
    const reply = (await response.json()) as RecipientsReply;
    expect(reply.recipients.length).toBeGreaterThan(1);
    expect(reply.recipients.map((r) => r.address)).toContain(enroller?.owner_email);
    for (const r of reply.recipients) {
      const expected =
        r.address === enroller?.owner_email
          ? 'confirmed'
          : r.address === first.address
            ? 'unsubscribed'
            : 'waiting';
      expect(r.state).toBe(expected);
      if (r.state === 'waiting') expect(r.since).toBe('2026-03-02');
    }
    const unsigned = await page(`/v1/registers/${reg.registerId}/recipients`);
    expect(unsigned.status).toBe(401);
  });
});
