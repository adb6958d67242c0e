// One sync of the register to the worker: read the workbook once with the sheet adapter, build
// the payload with the shared builder (rows added by hand get their stable ids first) (a row it refuses — an identifying reference, a bad
// email — stops everything before a byte leaves the sheet), give it a monotonic version,
// gzip it, sign exactly the gzipped bytes and PUT it. Automatic syncs skip the upload when the
// content hash (the payload without its version) equals the last one sent recently.

import { sheetDef } from '../../../shared/register/schema.ts';
import type { Issue, Lang } from '../../../shared/register/types.ts';
import { buildSyncPayload } from '../../../shared/sync/build.ts';
import { repairIds } from '../setup.ts';
import { readWorkbook } from '../sheets/workbook.ts';
import { putSnapshot, type SnapshotReply, SyncFailure } from './client.ts';
import { syncUiText } from './messages.ts';
import { sha256HexOfText } from './signing.ts';
import { type Enrolment, markPending, readMemory, recordAttempt, recordSuccess } from './state.ts';

/** An unchanged register is still re-sent after this long, so the worker's "last sync" stays fresh. */
export const RESEND_UNCHANGED_AFTER_MS = 20 * 60 * 60 * 1000;

export type SyncMode = 'manual' | 'auto';

export type SyncOutcome = { kind: 'sent'; reply: SnapshotReply } | { kind: 'unchanged'; version: number };

/** A payload the builder refused: the rows to fix, each naming its sheet and row. */
export class PayloadRefused extends SyncFailure {
  constructor(readonly lines: string[]) {
    super('rowsToFix', { count: lines.length });
  }
}

function issueLine(issue: Issue, lang: Lang): string {
  return syncUiText(lang, 'rowIssue', {
    sheet: sheetDef(issue.sheet).title[lang],
    row: issue.row ?? '–',
    message: issue.message,
    hint: issue.hint ?? '',
  }).trim();
}

/** The next version: larger than any sent before, and (normally) the current time in ms. */
export function nextVersion(lastVersion: number, nowMs: number): number {
  return Math.max(lastVersion + 1, nowMs);
}

export function runSync(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  lang: Lang,
  mode: SyncMode,
  enrolment?: Enrolment,
): SyncOutcome {
  const memory = readMemory();
  const target = enrolment ?? memory.enrolment;
  if (!target) throw new SyncFailure('notConnected');
  const nowMs = Date.now();
  const at = new Date(nowMs).toISOString();
  recordAttempt(at);

  const wb = readWorkbook(ss, lang);
  if (!wb.layout.activities || !wb.layout.retentionLog) throw new SyncFailure('noRegister');
  // Rows users added since the last run get their stable ids now (one write per sheet that
  // lacked any); a script's write fires no change trigger, so this cannot loop.
  repairIds(wb);
  const build = (version: number) =>
    buildSyncPayload(wb.doc, {
      version,
      spreadsheetId: ss.getId(),
      timeZone: wb.timeZone,
      sheetGids: {
        activities: wb.gids.activities ?? 0,
        dataCategories: wb.gids.dataCategories ?? 0,
        retentionLog: wb.gids.retentionLog ?? 0,
        ...(wb.gids.requests === undefined ? {} : { requests: wb.gids.requests }),
      },
    });
  let version = nextVersion(memory.lastVersion, nowMs);
  const built = build(version);
  if ('errors' in built) throw new PayloadRefused(built.errors.slice(0, 20).map((i) => issueLine(i, lang)));

  const hash = sha256HexOfText(JSON.stringify({ ...built.payload, version: 0 }));
  const lastSync = memory.lastSyncAt ? Date.parse(memory.lastSyncAt) : 0;
  if (mode === 'auto' && hash === memory.lastHash && nowMs - lastSync < RESEND_UNCHANGED_AFTER_MS) {
    markPending(false);
    return { kind: 'unchanged', version: memory.lastVersion };
  }

  const upload = (v: number): SnapshotReply => {
    const json = JSON.stringify({ ...built.payload, version: v });
    const gzipped = Utilities.gzip(Utilities.newBlob(json, 'application/json')).getBytes();
    return putSnapshot(target.workerUrl, target.registerId, target.key, gzipped);
  };
  let reply: SnapshotReply;
  try {
    reply = upload(version);
  } catch (error) {
    // The sheet is the source of truth: when the worker holds a larger version (the remembered
    // version was lost, or this computer's clock is behind), send once more above it.
    const stored =
      error instanceof SyncFailure && error.code === 'versionConflict' ? Number(error.params.stored) : NaN;
    if (!Number.isSafeInteger(stored)) throw error;
    version = stored + 1;
    reply = upload(version);
  }
  recordSuccess(reply.version, hash, at);
  return { kind: 'sent', reply };
}
