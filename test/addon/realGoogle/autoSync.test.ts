// Issue 11, items 2–5: every write tells the sync (a deletion syncs at once, other writes are
// pending for the next open or menu action), enrolment works where installable triggers
// cannot be made (test deployment, trigger limit) and says why auto-sync is off, missing
// permissions are asked for instead of failing halfway, and auto-sync belongs to the register:
// any editor's disconnect stops the enroller's triggers, and every viewer sees the same state.

import { describe, expect, it } from 'vitest';
import type { ActivityFormModel } from '../../../addon/views/activityForm.ts';
import { userEdit } from '../fakes/index.ts';
import { callPublic, fixToday } from '../features/helpers.ts';
import { type LoadedAddon, loadAddon } from '../harness.ts';
import { addHoldings, holdingIdAt, readyRegister } from '../syncRegister.ts';
import { TOKEN, WorkerDouble } from '../syncWorkerDouble.ts';

const ORIGIN = 'http://127.0.0.1:8787/';
const OWNER = 'owner@example.org';

interface View {
  enrolled: boolean;
  autoSync: boolean;
  autoSyncOff: string | null;
  autoSyncBy: string | null;
  lastError: string | null;
}
type Reply =
  | { ok: true; value: { view: View; message: string } }
  | { ok: false; code: string; message: string };

function register(): { addon: LoadedAddon; worker: WorkerDouble; holdingRow: number } {
  const addon = loadAddon({ locale: 'da_DK', userEmail: OWNER });
  const { activities } = readyRegister(
    addon,
    'da',
    { owner: 'ejer@example.org', admin: 'admin@example.org', escalation: 'chef@example.org' },
    '2026-03-02',
  );
  const [holdingRow] = addHoldings(
    addon,
    [{ reference: 'K-001', activity: activities[0], lastContact: '2019-06-01' }],
    'da',
  );
  fixToday(addon, '2026-03-02');
  const worker = new WorkerDouble();
  addon.fakes.UrlFetchApp.handler = worker.handle;
  return { addon, worker, holdingRow };
}

const enrol = (addon: LoadedAddon) => callPublic(addon, 'enrolRegister', ORIGIN, TOKEN) as Reply;
const settings = (addon: LoadedAddon) => callPublic<View>(addon, 'getSyncSettings');

describe('every write tells the sync', () => {
  it('Mark deleted brings the worker up to date at once: it stops reminding about deleted data', () => {
    const { addon, worker, holdingRow } = register();
    expect(enrol(addon).ok).toBe(true);
    const id = holdingIdAt(addon, holdingRow, 'da');
    const before = worker.snapshots.length;
    const reply = callPublic(addon, 'markDeleted', [id], {
      method: 'Slettet',
      deletedOn: '2026-03-02',
      deletedByName: 'Mette',
    });
    expect(reply.ok).toBe(true);
    expect(worker.snapshots.length).toBe(before + 1);
    const holding = worker.snapshots.at(-1)!.payload.holdings.find((h) => h.id === id);
    expect(holding?.deletedOn).toBe('2026-03-02');
  });

  it('after Save activity the next open within 12 hours syncs, and so does the next Validate', () => {
    const { addon, worker } = register();
    expect(enrol(addon).ok).toBe(true);
    const first = callPublic<ActivityFormModel>(
      addon,
      'getActivityFormModel',
      worker.snapshots[0].payload.activities[0].id,
    );
    if (!first.ok) throw new Error(first.message);
    // The name reaches the worker (a purpose stays in the sheet).
    first.value.form.values.name = 'Omdøbt aktivitet';
    expect(callPublic(addon, 'saveActivity', first.value.form).ok).toBe(true);
    const before = worker.snapshots.length;
    expect(addon.fireTriggers('onRegisterOpen')).toBe(1);
    expect(worker.snapshots.length).toBe(before + 1);
    // A register used only through menus: the next change is synced by Validate.
    expect(
      callPublic(addon, 'saveActivity', {
        ...first.value.form,
        values: { ...first.value.form.values, name: 'Omdøbt igen' },
      }).ok,
    ).toBe(true);
    addon.ctx.validateRegister();
    expect(worker.snapshots.length).toBe(before + 2);
  });
});

describe('sync while a user types', () => {
  it('Sync now gives a hand-typed holding its id without erasing the date typed into it meanwhile', () => {
    const { addon, worker } = register();
    expect(enrol(addon).ok).toBe(true);
    const [row] = addHoldings(
      addon,
      [{ reference: 'K-002', activity: worker.snapshots[0].payload.activities[0].name }],
      'da',
    );
    const sheet = addon.ss.sheet('Slettelog');
    const header = sheet.dump()[0];
    const lastContact = header.indexOf('Seneste kontakt') + 1;
    expect(lastContact).toBeGreaterThan(0);
    addon.ss.whileScriptRuns(() => userEdit(sheet, row, lastContact, '2020-01-15'));
    expect(callPublic(addon, 'syncNow').ok).toBe(true);
    expect(sheet.values.get(row, lastContact)).toBeInstanceOf(Date);
    expect(holdingIdAt(addon, row, 'da')).toMatch(/\S/);
  });
});

describe('auto-sync that degrades openly', () => {
  it('in a test deployment (no installable triggers) enrolment succeeds, the first sync is sent, and the page says why auto-sync is off', () => {
    const { addon, worker } = register();
    addon.fakes.ScriptApp.testDeployment = true;
    const reply = enrol(addon);
    expect(reply.ok).toBe(true);
    expect(worker.snapshots).toHaveLength(1);
    if (!reply.ok) return;
    expect(reply.value.view).toMatchObject({ enrolled: true, autoSync: false });
    expect(reply.value.view.autoSyncOff).toMatch(/testudgave/);
  });

  it('at the limit of 20 triggers per user enrolment succeeds and names the limit', () => {
    const { addon, worker } = register();
    for (let i = 0; i < 20; i++) addon.fakes.ScriptApp.addTrigger(`other${i}`, 'CLOCK', 'CLOCK', null, {});
    const reply = enrol(addon);
    expect(reply.ok).toBe(true);
    expect(worker.snapshots).toHaveLength(1);
    if (reply.ok) expect(reply.value.view.autoSyncOff).toMatch(/20 udløsere/);
  });

  it('a missing permission is asked for before anything is saved, and the settings page still opens', () => {
    const { addon } = register();
    addon.fakes.ScriptApp.missingScopes = ['https://www.googleapis.com/auth/script.scriptapp'];
    const reply = enrol(addon);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.code).toBe('permissionMissing');
      expect(reply.message).toContain('https://script.google.com/a/authorize');
    }
    expect(addon.fakes.PropertiesService.document.getProperty('art30.sync.key')).toBeNull();
    const view = settings(addon);
    expect(view.ok).toBe(true);
  });

  it('a trigger that runs without a permission the user withdrew sends nothing and tells the settings page', () => {
    const { addon, worker } = register();
    expect(enrol(addon).ok).toBe(true);
    addon.fakes.ScriptApp.missingScopes = ['https://www.googleapis.com/auth/script.external_request'];
    addon.realm.Date.now = () => Date.parse('2026-03-03T12:00:00Z');
    expect(() => addon.fireTriggers('onRegisterChange', { changeType: 'EDIT' })).not.toThrow();
    expect(worker.snapshots).toHaveLength(1);
    const view = settings(addon);
    expect(view.ok && view.value.lastError).toMatch(/tilladelse/);
  });

  it('another editor sees the register’s auto-sync, and their disconnect makes the enroller’s trigger remove itself', () => {
    const { addon } = register();
    expect(enrol(addon).ok).toBe(true);
    const seen = addon.asUser('editor@example.org', () => settings(addon));
    expect(seen.ok && seen.value).toMatchObject({ enrolled: true, autoSync: true, autoSyncBy: OWNER });
    const off = addon.asUser('editor@example.org', () => callPublic(addon, 'disconnectRegister'));
    expect(off.ok).toBe(true);
    expect(addon.fakes.ScriptApp.triggers.filter((t) => t.owner === OWNER)).toHaveLength(2);
    addon.fireTriggers('onRegisterChange', { changeType: 'EDIT' });
    expect(addon.fakes.ScriptApp.triggers.filter((t) => t.owner === OWNER)).toHaveLength(0);
    const view = settings(addon);
    expect(view.ok && view.value).toMatchObject({ enrolled: false, autoSync: false });
  });
});
