// Settings & sync: the public server functions of the settings sidebar (enrol, sync now,
// refresh the worker's status, disconnect), the trigger handlers that keep the worker current
// without clicks (installable change and open triggers, debounced, skipped when nothing
// changed), the catch-up the add-on's own writes and menu actions run (the script's writes
// fire no change trigger, and triggers may be missing), and the worker's status for the
// retention overview. Syncs hold the document lock, so two never overlap. The register key
// stays in document properties: none of these functions returns it (only "Export key for
// scheduled sync", syncKeyExport.ts, after the user confirms). Auto-sync belongs to the register:
// the triggers' owner is recorded in document properties, and the view shows that state.

import type { Lang } from '../../../shared/register/types.ts';
import type { SyncAction, SyncResult, SyncSettingsView, WorkerStatus } from '../../views/sync.ts';
import { WORKER_ORIGIN } from '../buildConfig.ts';
import { activeLang } from '../i18n.ts';
import {
  type EnrolCredentials,
  enrol,
  getRecipients,
  getStatus,
  normaliseWorkerUrl,
  rotateKey,
  SyncFailure,
  unenrol,
} from '../sync/client.ts';
import { type SyncUiMessage, syncUiText } from '../sync/messages.ts';
import { PayloadRefused, runSync, type SyncOutcome } from '../sync/run.ts';
import { nextNightlyRun } from '../sync/schedule.ts';
import {
  forgetEnrolment,
  markPending,
  readMemory,
  recordAutoSync,
  recordError,
  recordRecipients,
  recordStatus,
  saveEnrolment,
  saveWorkerUrl,
} from '../sync/state.ts';
import { currentUserLabel, installTriggers, missingPermissionUrl, removeTriggers } from '../sync/triggers.ts';
import { withDocumentLock } from './register.ts';

/** A change within this long after the last sync attempt waits for the next chance. */
export const CHANGE_DEBOUNCE_MS = 5 * 60 * 1000;
/** On open, a register synced more recently than this (and with no pending change) is left alone. */
export const OPEN_RESYNC_AFTER_MS = 12 * 60 * 60 * 1000;

function spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function timeZoneOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  return ss.getSpreadsheetTimeZone() || 'Europe/Copenhagen';
}

function localTime(iso: string | null, timeZone: string): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm');
}

function asStatus(value: unknown): WorkerStatus | null {
  if (!value || typeof value !== 'object') return null;
  const s = value as Partial<WorkerStatus>;
  return {
    version: typeof s.version === 'number' ? s.version : null,
    lastSyncAt: typeof s.lastSyncAt === 'string' ? s.lastSyncAt : null,
    overdue: Number(s.overdue) || 0,
    dueSoon: Number(s.dueSoon) || 0,
    activities: Array.isArray(s.activities)
      ? s.activities.map((a) => ({
          name: String(a.name),
          overdue: Number(a.overdue) || 0,
          dueSoon: Number(a.dueSoon) || 0,
        }))
      : [],
    lastRun: s.lastRun
      ? {
          date: String(s.lastRun.date),
          remindersSent: Number(s.lastRun.remindersSent) || 0,
          remindersFailed: Number(s.lastRun.remindersFailed) || 0,
          failedAddresses: Array.isArray(s.lastRun.failedAddresses)
            ? s.lastRun.failedAddresses.map(String)
            : [],
          cutShort:
            s.lastRun.cutShort === 'queryBudget' || s.lastRun.cutShort === 'retriesExhausted'
              ? s.lastRun.cutShort
              : null,
        }
      : null,
  };
}

function view(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): SyncSettingsView {
  const memory = readMemory();
  const tz = timeZoneOf(ss);
  return {
    lang,
    origin: WORKER_ORIGIN,
    workerUrl: memory.workerUrl ?? WORKER_ORIGIN,
    enrolled: memory.enrolment !== null,
    registerId: memory.enrolment?.registerId ?? null,
    autoSync: memory.enrolment !== null && memory.triggerOwner !== null && memory.autoSyncOff === null,
    autoSyncOff:
      memory.enrolment && memory.autoSyncOff ? syncUiText(lang, memory.autoSyncOff as SyncUiMessage) : null,
    autoSyncBy: memory.enrolment ? memory.triggerOwner : null,
    lastSyncAt: localTime(memory.lastSyncAt, tz),
    lastError: memory.lastError?.message ?? null,
    pending: memory.pending,
    status: asStatus(memory.status),
    statusAt: localTime(memory.statusAt, tz),
    recipients: memory.enrolment ? memory.recipients : [],
    nextRun: localTime(new Date(nextNightlyRun(Date.now())).toISOString(), tz) ?? '',
  };
}

function failure(
  lang: Lang,
  error: unknown,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null,
): Extract<SyncResult<never>, { ok: false }> {
  let code = 'unexpected';
  let message: string;
  let lines: string[] = [];
  if (error instanceof SyncFailure) {
    code = error.code;
    message = syncUiText(lang, error.code, error.params);
    if (error instanceof PayloadRefused) lines = error.lines;
  } else {
    message = syncUiText(lang, 'unexpected', { detail: String((error as Error)?.message ?? error) });
  }
  let current: SyncSettingsView | null = null;
  try {
    if (ss) current = view(ss, lang);
  } catch {
    // the view itself could not be read: the message still goes out
  }
  return { ok: false, code, message, lines, view: current };
}

/** The failure in the user's words, with the rows to fix (what the settings page shows later). */
function failureText(lang: Lang, error: unknown): { code: string; text: string } {
  if (!(error instanceof SyncFailure))
    return {
      code: 'unexpected',
      text: syncUiText(lang, 'unexpected', { detail: String((error as Error)?.message ?? error) }),
    };
  const lines = error instanceof PayloadRefused ? ` ${error.lines.join(' ')}` : '';
  return { code: error.code, text: syncUiText(lang, error.code, error.params) + lines };
}

function remember(lang: Lang, error: unknown): void {
  const { code, text } = failureText(lang, error);
  recordError(code, text, new Date().toISOString());
}

/** Runs `body` under the document lock; a held lock is reported as busy, never waited out. */
function locked<T>(body: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw new SyncFailure('busy');
  try {
    return body();
  } finally {
    // Google asks for a flush before releasing a lock, so the next holder reads these writes.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/** A missing permission (granular consent) stops before anything is changed, saying where to grant it. */
function requirePermission(): void {
  const url = missingPermissionUrl();
  if (url) throw new SyncFailure('permissionMissing', { url });
}

function refreshStatus(): void {
  const { enrolment } = readMemory();
  if (!enrolment) return;
  const status = getStatus(enrolment.workerUrl, enrolment.registerId, enrolment.key);
  recordStatus(status, new Date().toISOString());
  // Each address's state (issue 15); a worker from before it answers notFound: nothing to show.
  try {
    recordRecipients(getRecipients(enrolment.workerUrl, enrolment.registerId, enrolment.key));
  } catch (error) {
    if (!(error instanceof SyncFailure) || error.code !== 'serverError') throw error;
  }
}

function outcomeMessage(lang: Lang, outcome: SyncOutcome): string {
  if (outcome.kind === 'unchanged') return syncUiText(lang, 'unchanged');
  return syncUiText(lang, 'synced', {
    activities: outcome.reply.counts.activities,
    holdings: outcome.reply.counts.holdings,
    version: outcome.reply.version,
  });
}

function guardedAction(
  body: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang) => string,
): SyncResult<SyncAction> {
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  let lang: Lang = 'en';
  try {
    ss = spreadsheet();
    lang = activeLang(ss);
    const message = body(ss, lang);
    return { ok: true, value: { view: view(ss, lang), message } };
  } catch (error) {
    if (error instanceof SyncFailure) remember(lang, error);
    return failure(lang, error, ss);
  }
}

// ---- public functions (exported by main.ts) ---------------------------------------------------

/** Menu: Settings & sync. */
export function openSettings(): void {
  const ss = spreadsheet();
  const lang = activeLang(ss);
  withDocumentLock(() => catchUp(ss, lang));
  const html = HtmlService.createHtmlOutputFromFile('settings').setTitle(syncUiText(lang, 'settingsTitle'));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** The settings page's data (no network). */
export function getSyncSettings(): SyncResult<SyncSettingsView> {
  let lang: Lang = 'en';
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  try {
    ss = spreadsheet();
    lang = activeLang(ss);
    return { ok: true, value: view(ss, lang) };
  } catch (error) {
    return failure(lang, error, null);
  }
}

/**
 * Who enrols: an organisation's enrolment token when the user typed one (operator mode), or
 * else the user's Google identity token (hosted mode), which exists only once the user has
 * granted the openid permission; without it, the user is asked for that permission.
 */
function enrolCredentials(token: string): EnrolCredentials {
  if (token) return { enrolmentToken: token };
  const identityToken = ScriptApp.getIdentityToken();
  if (!identityToken) throw new SyncFailure('identityMissing');
  return { identityToken };
}

/**
 * Enrols this spreadsheet with the worker at `workerUrl` (see enrolCredentials; `token` may be
 * empty), keeps the returned key in document properties, installs the triggers and sends the
 * first snapshot. An earlier enrolment with the same worker signs the request with its key, so
 * the worker replaces that register. A failed first sync leaves the enrolment in place and
 * says why.
 */
export function enrolRegister(workerUrl: string, token: string): SyncResult<SyncAction> {
  return guardedAction((ss, lang) => {
    const url = normaliseWorkerUrl(workerUrl);
    const credentials = enrolCredentials(String(token ?? '').trim());
    requirePermission();
    return locked(() => {
      const previous = readMemory().enrolment;
      const previousKey = previous && previous.workerUrl === url ? previous.key : null;
      saveWorkerUrl(url);
      const reply = enrol(url, credentials, ss.getId(), previousKey);
      forgetEnrolment();
      saveEnrolment({ workerUrl: url, registerId: reply.registerId, key: reply.key });
      // Without triggers (test deployment, trigger limit) enrolment and the first sync go on.
      const off = installTriggers(ss);
      recordAutoSync(off ? null : currentUserLabel(), off);
      let first: string;
      try {
        first = outcomeMessage(lang, runSync(ss, lang, 'manual'));
        refreshStatus();
      } catch (error) {
        if (!(error instanceof SyncFailure)) throw error;
        remember(lang, error);
        first = failureText(lang, error).text;
      }
      return `${syncUiText(lang, 'enrolled')} ${first}`;
    });
  });
}

/** "Sync now": always sends (a new version), then reads the worker's numbers back. */
export function syncNow(): SyncResult<SyncAction> {
  return guardedAction((ss, lang) =>
    locked(() => {
      const message = outcomeMessage(lang, runSync(ss, lang, 'manual'));
      refreshStatus();
      return message;
    }),
  );
}

/** Reads the worker's status (overdue, due soon, last run) for the settings page. */
export function refreshWorkerStatus(): SyncResult<SyncAction> {
  return guardedAction(() => {
    if (!readMemory().enrolment) throw new SyncFailure('notConnected');
    refreshStatus();
    return '';
  });
}

/** "Rotate key": the worker issues a new key for the request signed with the current one, and
 * the new key replaces it in document properties at once (the old one no longer works). */
export function rotateRegisterKey(): SyncResult<SyncAction> {
  return guardedAction((_ss, lang) =>
    locked(() => {
      const { enrolment } = readMemory();
      if (!enrolment) throw new SyncFailure('notConnected');
      const reply = rotateKey(enrolment.workerUrl, enrolment.registerId, enrolment.key);
      saveEnrolment({ workerUrl: enrolment.workerUrl, registerId: reply.registerId, key: reply.key });
      return syncUiText(lang, 'keyRotated');
    }),
  );
}

/** "Disconnect": the worker deletes everything it holds for this register; the key is forgotten. */
export function disconnectRegister(): SyncResult<SyncAction> {
  return guardedAction((ss, lang) =>
    locked(() => {
      const { enrolment } = readMemory();
      if (!enrolment) throw new SyncFailure('notConnected');
      let message = syncUiText(lang, 'disconnected');
      try {
        unenrol(enrolment.workerUrl, enrolment.registerId, enrolment.key);
      } catch (error) {
        // A worker that no longer knows the register holds nothing to delete; one that cannot
        // be reached deletes it on its own inactivity clock.
        if (!(error instanceof SyncFailure) || (error.code !== 'notEnrolled' && error.code !== 'unreachable'))
          throw error;
        if (error.code === 'unreachable') message = syncUiText(lang, 'disconnectedLocally');
      }
      removeTriggers(ss);
      forgetEnrolment();
      return message;
    }),
  );
}

// ---- triggers ----------------------------------------------------------------------------------

interface TriggerEvent {
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  changeType?: string;
}

function autoSync(e: TriggerEvent | undefined, reason: 'change' | 'open'): void {
  const memory = readMemory();
  const ss = e?.source ?? spreadsheet();
  // Disconnected (by any editor): the trigger running now is this user's, and removes itself.
  if (!memory.enrolment) {
    removeTriggers(ss);
    return;
  }
  const url = missingPermissionUrl();
  if (url) {
    // A trigger cannot ask: the settings page says what is missing until the user grants it.
    remember(activeLang(ss), new SyncFailure('permissionMissing', { url }));
    markPending(true);
    return;
  }
  const now = Date.now();
  const lastAttempt = memory.lastAttemptAt ? Date.parse(memory.lastAttemptAt) : 0;
  const lastSync = memory.lastSyncAt ? Date.parse(memory.lastSyncAt) : 0;
  if (reason === 'change' && now - lastAttempt < CHANGE_DEBOUNCE_MS) {
    if (!memory.pending) markPending(true);
    return;
  }
  if (reason === 'open' && !memory.pending && now - lastSync < OPEN_RESYNC_AFTER_MS) return;
  const lock = LockService.getDocumentLock();
  // Another sync is running: it may already carry this change; if not, the next chance does.
  if (!lock.tryLock(1000)) {
    markPending(true);
    return;
  }
  const lang = activeLang(ss);
  try {
    runSync(ss, lang, 'auto');
  } catch (error) {
    remember(lang, error);
    markPending(true);
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

/**
 * After a feature wrote the register (the caller holds the document lock): the change is
 * pending for the next sync, and `now` (a deletion, an extension) syncs at once. A failed
 * sync stays pending and is remembered for the settings page; the feature's write stands.
 */
export function registerWritten(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  now: boolean,
): void {
  markPending(true);
  if (now) catchUp(ss, lang, true);
}

/**
 * A menu action that reads the register (Validate, Retention overview, Settings & sync) syncs
 * it when it changed, with the triggers' debounce and the content hash; the caller holds the
 * document lock. Not enrolled: nothing.
 */
export function catchUp(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang, force = false): void {
  const memory = readMemory();
  if (!memory.enrolment) return;
  const lastAttempt = memory.lastAttemptAt ? Date.parse(memory.lastAttemptAt) : 0;
  if (!force && !memory.pending && Date.now() - lastAttempt < CHANGE_DEBOUNCE_MS) return;
  try {
    runSync(ss, lang, 'auto');
  } catch (error) {
    remember(lang, error);
    markPending(true);
  }
}

/** Installable change trigger of the spreadsheet (installed on enrolment). */
export function onRegisterChange(e?: TriggerEvent): void {
  // Formatting changes no value the worker holds.
  if (e?.changeType === 'FORMAT') return;
  autoSync(e, 'change');
}

/** Installable open trigger (a simple onOpen may not fetch): catches up on skipped changes. */
export function onRegisterOpen(e?: TriggerEvent): void {
  autoSync(e, 'open');
}

// ---- the retention overview's slot ------------------------------------------------------------

/**
 * The worker's numbers for the retention overview, as label → value lines in the register's
 * language (fetched live; the last known status when the worker cannot be reached), or null
 * when the spreadsheet is not enrolled.
 */
export function workerStatusLines(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
): { [label: string]: string | number } | null {
  const memory = readMemory();
  if (!memory.enrolment) return null;
  let unavailable: string | null = null;
  try {
    refreshStatus();
  } catch (error) {
    // Every line is in the register's language, an unforeseen failure's too.
    unavailable =
      error instanceof SyncFailure
        ? syncUiText(lang, error.code, error.params)
        : syncUiText(lang, 'unexpected', { detail: error instanceof Error ? error.message : String(error) });
  }
  const latest = readMemory();
  const status = asStatus(latest.status);
  const tz = timeZoneOf(ss);
  const lines: { [label: string]: string | number } = {};
  if (unavailable) lines[syncUiText(lang, 'statusUnavailable')] = unavailable;
  lines[syncUiText(lang, 'statusLastSync')] =
    localTime(latest.lastSyncAt, tz) ?? syncUiText(lang, 'statusNever');
  if (status) {
    lines[syncUiText(lang, 'statusOverdue')] = status.overdue;
    lines[syncUiText(lang, 'statusDueSoon')] = status.dueSoon;
    lines[syncUiText(lang, 'statusLastRun')] = status.lastRun
      ? syncUiText(lang, 'statusLastRunValue', {
          date: status.lastRun.date,
          sent: status.lastRun.remindersSent,
        })
      : syncUiText(lang, 'statusNever');
    if (status.lastRun && status.lastRun.failedAddresses.length > 0)
      lines[syncUiText(lang, 'statusFailed')] = status.lastRun.failedAddresses.join(', ');
  }
  lines[syncUiText(lang, 'statusNextRun')] =
    localTime(new Date(nextNightlyRun(Date.now())).toISOString(), tz) ?? '';
  return lines;
}
