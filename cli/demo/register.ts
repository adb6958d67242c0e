// The demo register, made the way a person makes one: the BUILT add-on runs in the node:vm
// harness with the Apps Script fakes (the same ones the add-on tests use), Insert template…
// fills a blank spreadsheet, owners, contacts and holdings are typed into the sheets, and
// Settings & sync enrols and syncs through the add-on's own public functions. The fake
// UrlFetchApp makes real, synchronous HTTP requests to the worker running in a child process;
// the add-on signs the paths of its configured (test) origin and the fake sends them to the
// port the worker really listens on.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sheetDef } from '../../shared/register/schema.ts';
import type { Lang, RegisterDocument } from '../../shared/register/types.ts';
import { TRIGGER_EVENTS } from '../../shared/retention/types.ts';
import { listTemplates, loadTemplate } from '../../templates/index.ts';
import { manifestWhitelist } from '../../test/addon/fakes/urlFetch.ts';
import { callPublic } from '../../test/addon/features/helpers.ts';
import { buildDir, type LoadedAddon, loadAddon, ROOT } from '../../test/addon/harness.ts';
import { addHoldings, columnOf, fillColumn, setOrganisationField } from '../../test/addon/syncRegister.ts';
import type { DemoHolding } from './holdings.ts';
import { DEMO_TEXT } from './messages.ts';

/** The origin the test build of the add-on is configured with (addon/config/test.json). */
export function configuredOrigin(): string {
  const config = JSON.parse(readFileSync(join(ROOT, 'addon/config/test.json'), 'utf8')) as {
    workerOrigin: string;
  };
  return config.workerOrigin;
}

/** Owners by position of the activity (round robin), contacts of the organisation. */
export const DEMO_PEOPLE: Record<Lang, { owners: string[]; admin: string; escalation: string }> = {
  da: {
    owners: ['hr@example.org', 'drift@example.org', 'bogholderi@example.org'],
    admin: 'admin@example.org',
    escalation: 'direktion@example.org',
  },
  en: {
    owners: ['hr@example.org', 'operations@example.org', 'accounts@example.org'],
    admin: 'admin@example.org',
    escalation: 'management@example.org',
  },
};

export class DemoRegisterError extends Error {
  override name = 'DemoRegisterError';
}

/** The add-on, loaded from the test build, whose UrlFetchApp reaches the worker at `workerOrigin`. */
export function addonFor(lang: Lang, workerOrigin: string): LoadedAddon {
  const addon = loadAddon({ locale: lang === 'da' ? 'da_DK' : 'en_GB', config: 'test' });
  // Stable ids come from Utilities.getUuid(); the fake's counting ids are for repeatable tests.
  (addon.fakes.Utilities as unknown as { deterministicUuids: boolean }).deterministicUuids = false;
  const configured = configuredOrigin().replace(/\/$/, '');
  addon.fakes.UrlFetchApp.useRealHttp({
    whitelist: manifestWhitelist(buildDir('test')),
    route: (url) => (url.startsWith(configured) ? workerOrigin + url.slice(configured.length) : url),
  });
  return addon;
}

/** Insert template… answered as a person would (the template's id typed into the prompt). */
export function insertTemplate(addon: LoadedAddon, templateId: string, lang: Lang): RegisterDocument {
  const known = listTemplates().map((t) => t.id);
  if (!known.includes(templateId)) throw new DemoRegisterError(`unknown template ${templateId}`);
  const alertsBefore = addon.fakes.ui.alerts().length;
  addon.fakes.ui.answer('OK', templateId);
  addon.ctx.insertTemplate();
  const alerts = addon.fakes.ui.alerts().slice(alertsBefore);
  const doc = loadTemplate(templateId, lang);
  const rows = addon.ss.sheet(sheetDef('activities').title[lang]).contentRows() - 1;
  if (alerts.length > 0 || rows < (doc.sheets.activities?.length ?? 0)) {
    throw new DemoRegisterError(DEMO_TEXT.insertFailed(alerts.join(' ') || `${rows} rows`)[lang]);
  }
  return doc;
}

/**
 * Types what the template leaves to the user: an owner for every activity, the admin and
 * escalation contacts, the organisation's name, and deletion routines and reviews done on the
 * run date (so the reminders are about the retention log, which is what the demo shows).
 * Returns how many distinct owners were used.
 */
export function fillContacts(addon: LoadedAddon, lang: Lang, runDate: string): number {
  const people = DEMO_PEOPLE[lang];
  const sheet = addon.ss.sheet(sheetDef('activities').title[lang]);
  const ownerColumn = columnOf(addon, 'activities', 'owner', lang);
  const rows = sheet.contentRows() - 1;
  const owners = Array.from({ length: rows }, (_, i) => [people.owners[i % people.owners.length]]);
  if (rows > 0) sheet.put(2, ownerColumn, owners);
  fillColumn(addon, 'activities', 'routineLastRun', runDate, lang);
  fillColumn(addon, 'activities', 'lastReview', runDate, lang);
  setOrganisationField(addon, 'adminEmail', people.admin, lang);
  setOrganisationField(addon, 'escalationEmail', people.escalation, lang);
  setOrganisationField(addon, 'controllerName', DEMO_TEXT.controllerName[lang], lang);
  return new Set(owners.map(([o]) => o)).size;
}

/** Types the holdings into the retention log below its last row; the add-on gives them ids. */
export function typeHoldings(addon: LoadedAddon, holdings: readonly DemoHolding[], lang: Lang): number[] {
  const rows = holdings.map((h) => {
    const row: Record<string, string | boolean> = { reference: h.reference, activity: h.activity };
    for (const event of TRIGGER_EVENTS) {
      const date = h.events[event];
      if (date) row[event] = date;
    }
    if (h.legalHold) row.legalHold = true;
    if (h.extendedUntil) row.extendedUntil = h.extendedUntil;
    if (h.extensionReason) row.extensionReason = h.extensionReason;
    return row;
  });
  // addHoldings types each given field into its column, as a user would.
  return addHoldings(addon, rows as unknown as Parameters<typeof addHoldings>[1], lang);
}

type Reply =
  | { ok: true; value: { message: string } }
  | { ok: false; code: string; message: string; lines?: string[] };

/** Settings & sync → Enrol, with an organisation's enrolment token, or with none (''): then the
 * add-on presents the user's Google identity token. The add-on syncs at once. */
export function enrolAndSync(addon: LoadedAddon, token: string, lang: Lang): string {
  const reply = callPublic(addon, 'enrolRegister', configuredOrigin(), token) as Reply;
  if (!reply.ok) {
    throw new DemoRegisterError(
      DEMO_TEXT.syncFailed([reply.message, ...(reply.lines ?? [])].join(' '))[lang],
    );
  }
  // A failed first sync keeps the enrolment and says why in the message: the settings page
  // would show it as the last error.
  const settings = callPublic<{ lastError: string | null; lastSyncAt: string | null }>(
    addon,
    'getSyncSettings',
  );
  if (!settings.ok || settings.value.lastError || !settings.value.lastSyncAt) {
    throw new DemoRegisterError(
      DEMO_TEXT.syncFailed(
        settings.ok ? (settings.value.lastError ?? reply.value.message) : settings.message,
      )[lang],
    );
  }
  return reply.value.message;
}
