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
import { manifestWhitelist } from '../addon/fakes/urlFetch.ts';
import { callPublic } from '../addon/features/helpers.ts';
import { buildDir, type LoadedAddon, loadAddon } from '../addon/harness.ts';
import { readyRegister } from '../addon/syncRegister.ts';

const RUN_1 = { instant: '2026-03-02T02:00:00Z', date: '2026-03-02' };
const RUN_2 = { instant: '2026-03-03T02:00:00Z', date: '2026-03-03' };
const RUN_3 = { instant: '2026-03-04T02:00:00Z', date: '2026-03-04' };
const CONFIGURED_ORIGIN = 'http://127.0.0.1:8787';
const RESPONSIBLE = 'anmodninger@example.org';
const ADMIN = 'admin@example.org';
const REGISTER_NAME = 'Coach eller terapeut uden autorisation';

let worker: LocalWorker;

function addonAgainst(w: LocalWorker): LoadedAddon {
  const addon = loadAddon({ locale: 'da_DK' });
  addon.fakes.UrlFetchApp.useRealHttp({
    whitelist: manifestWhitelist(buildDir('test')),
    route: (url) => url.replace(CONFIGURED_ORIGIN, w.origin),
  });
  return addon;
}

type Reply = { ok: true; value: { message: string } } | { ok: false; code: string; message: string };

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
    addon.fakes.ScriptApp.identityToken = await worker.signIdentityToken({
      subject: 'requests-e2e',
      email: 'admin@example.org',
    });
    const enrolled = callPublic(addon, 'enrolRegister', `${CONFIGURED_ORIGIN}/`, '') as Reply;
    expect(enrolled.ok).toBe(true);

    await worker.runScheduled(RUN_1.instant);
    await worker.waitForRun(RUN_1.date);
    const before = await worker.readOutbox({ runDate: RUN_1.date });
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

    await worker.runScheduled(RUN_2.instant);
    await worker.waitForRun(RUN_2.date);
    const night2 = await worker.readOutbox({ runDate: RUN_2.date });
    const toResponsible = night2.filter((m) => m.recipient === RESPONSIBLE);
    expect(confirmationEmails(toResponsible)).toEqual(toResponsible);
    expect(toResponsible).toHaveLength(1);
    expect(toResponsible[0].subject).toBe(`Bekræft din e-mailadresse til fortegnelsen «${REGISTER_NAME}»`);
    expect(toResponsible[0].body_text).toContain(
      'Du står som ansvarlig for at besvare 1 anmodning fra en registreret.',
    );
    expect(toResponsible[0].body_text).not.toContain('SAG-2026-007');
    const toAdmin = night2.find((m) => m.recipient === ADMIN && m.subject.startsWith('Anmodninger'));
    expect(toAdmin?.body_text).toContain('SAG-2026-007');
    expect(toAdmin?.body_text).toContain(`hører til ${RESPONSIBLE}, som endnu ikke har bekræftet`);
    expect(await confirmAll(worker, toResponsible)).toEqual([RESPONSIBLE]);

    await worker.runScheduled(RUN_3.instant);
    await worker.waitForRun(RUN_3.date);
    const after = await worker.readOutbox({ runDate: RUN_3.date });
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
