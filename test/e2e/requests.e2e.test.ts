// End to end for data-subject requests: the BUILT add-on (test build) in node:vm with the Apps
// Script fakes, against the real worker in a child process. A register is enrolled and synced;
// the first night has no request to remind; a person then enters a new request in the
// new-request form (its server function, as the sidebar calls it) and syncs. The next night the
// request's responsible, a new address, gets only a confirmation email (issue 15) and the request
// goes to the administrator who enrolled (confirmed by enrolment) with a note; once the
// responsible confirms by POST, the following night's digest to it lists the request. Dates by
// hand: received Tuesday 10 February 2026, due Tuesday 10 March; on Tuesday 3 March it is 7 days
// away, the first day of the requests' due-soon window.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmAll, confirmationEmails } from '../../cli/local/confirmLinks.ts';
import { type LocalWorker, startLocalWorker } from '../../cli/local/startLocalWorker.ts';
import { callPublic } from '../addon/features/helpers.ts';
import { readyRegister } from '../addon/syncRegister.ts';
import { addonAgainst, enrolHosted, night, type Reply } from './steps.ts';

const RUN_1 = { instant: '2026-03-02T02:00:00Z', date: '2026-03-02' };
const RUN_2 = { instant: '2026-03-03T02:00:00Z', date: '2026-03-03' };
const RUN_3 = { instant: '2026-03-04T02:00:00Z', date: '2026-03-04' };
const RESPONSIBLE = 'anmodninger@example.org';
const ADMIN = 'admin@example.org';
const REGISTER_NAME = 'Coach eller terapeut uden autorisation';

let worker: LocalWorker;

beforeAll(async () => {
  worker = await startLocalWorker();
});

afterAll(async () => {
  await worker?.stop();
});

describe('A data-subject request from the form to the reminder email', () => {
  it('a new request entered in the add-on reaches its responsible once it confirmed, and the admin until then', async () => {
    const addon = addonAgainst(worker);
    readyRegister(
      addon,
      'da',
      { owner: 'ejer@example.org', admin: 'admin@example.org', escalation: 'chef@example.org' },
      RUN_1.date,
    );
    // Hosted enrolment: the add-on presents the user's identity token (the local stand-in issuer).
    const enrolled = await enrolHosted(addon, worker, {
      subject: 'requests-e2e',
      email: 'admin@example.org',
    });
    expect(enrolled.ok).toBe(true);

    const before = await night(worker, RUN_1);
    expect(before.filter((m) => m.recipient === RESPONSIBLE)).toEqual([]);

    const saved = callPublic<{ id: string; due: string }>(addon, 'saveRequest', {
      reference: 'SAG-2026-007',
      type: 'access',
      received: '2026-02-10',
      channel: 'email',
      identityCheck: 'verified',
      identityCheckedOn: '2026-02-11',
      activityIds: [],
      responsible: RESPONSIBLE,
      extensionReason: '',
      extensionNotified: '',
    });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.value.due).toBe('2026-03-10');
    const synced = callPublic(addon, 'syncNow') as Reply;
    expect(synced.ok ? 'ok' : synced.message).toBe('ok');
    const stored = await worker.query<{ reference: string; type: string; received: string; state: string }>(
      'SELECT reference, type, received, state FROM requests',
    );
    expect(stored).toEqual([
      { reference: 'SAG-2026-007', type: 'access', received: '2026-02-10', state: 'open' },
    ]);

    const night2 = await night(worker, RUN_2);
    const toResponsible = night2.filter((m) => m.recipient === RESPONSIBLE);
    expect(confirmationEmails(toResponsible)).toEqual(toResponsible);
    expect(toResponsible).toHaveLength(1);
    expect(toResponsible[0].subject).toBe(`Bekræft din e-mailadresse til fortegnelsen »${REGISTER_NAME}«`);
    expect(toResponsible[0].body_text).toContain(
      'Du står som ansvarlig for at besvare 1 anmodning fra en registreret.',
    );
    expect(toResponsible[0].body_text).not.toContain('SAG-2026-007');
    const toAdmin = night2.find((m) => m.recipient === ADMIN && m.subject.startsWith('Anmodninger'));
    expect(toAdmin?.body_text).toContain('SAG-2026-007');
    expect(toAdmin?.body_text).toContain(`hører til ${RESPONSIBLE}, som endnu ikke har bekræftet`);
    expect(await confirmAll(worker, toResponsible)).toEqual([RESPONSIBLE]);

    const after = await night(worker, RUN_3);
    const digest = after.find((m) => m.recipient === RESPONSIBLE);
    expect(digest?.kind).toBe('digest');
    expect(digest?.subject).toBe(`Anmodninger: 1 anmodning fra en registreret – ${REGISTER_NAME}`);
    expect(digest?.items.map(([item, kind]) => `${item} ${kind}`)).toEqual([
      `request:${saved.value.id} dueSoon`,
    ]);
    expect(digest?.body_text).toContain('SAG-2026-007');
    expect(digest?.body_text).toContain('Besvares senest: 10. mar. 2026');
  });
});
