// art30 sync --sheet <url|id> --key-file <key.json> [--worker <url>] [--json] [--lang da|en]
// Pushes a signed snapshot of a live register to its worker, for a scheduled job where the
// add-on's triggers cannot run: ONE spreadsheets.get, the shared payload builder (as the add-on's
// sync), gzip, the shared signing, one PUT. The version is the current time in milliseconds (as
// the add-on's), and a worker holding a larger one is answered once more above it. A row the
// builder refuses stops the sync before anything is sent (exit 1).

import { gzipSync } from 'node:zlib';
import type { Lang } from '../../shared/register/types.ts';
import { API_PATHS, type ProblemBody, type SnapshotReply } from '../../shared/sync/api.ts';
import { buildSyncPayload } from '../../shared/sync/build.ts';
import { CliError, COMMON_OPTIONS, langOption, parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { HELP as ALL_HELP } from '../messages.ts';
import { formatIssue, printJson, printLines } from '../output.ts';
import type { LiveRegister } from '../sheets/readLiveSheet.ts';
import { readSheetOption, SHEET_OPTIONS, spreadsheetIdOf } from '../sheets/source.ts';
import { readKeyFile } from '../sync/keyFile.ts';
import { SYNC_MESSAGES } from '../sync/messages.ts';
import { signatureHeaders } from '../sync/signedRequest.ts';

const HELP = ALL_HELP.sync;

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...SHEET_OPTIONS,
  worker: { type: 'string' },
  'key-file': { type: 'string' },
} as const;

type Sent = { ok: true; reply: SnapshotReply } | { ok: false; status: number; problem: Partial<ProblemBody> };

async function put(workerUrl: string, registerId: string, key: string, body: Uint8Array): Promise<Sent> {
  const path = API_PATHS.snapshot(registerId);
  const url = `${workerUrl.replace(/\/+$/, '')}${path}`;
  const headers = {
    'content-type': 'application/json',
    'content-encoding': 'gzip',
    ...signatureHeaders(key, 'PUT', new URL(url).pathname, body),
  };
  let response: Response;
  try {
    response = await fetch(url, { method: 'PUT', headers, body: Buffer.from(body), redirect: 'manual' });
  } catch (error) {
    throw new CliError(
      SYNC_MESSAGES.workerUnreachable(workerUrl, String((error as Error).message)),
      'sync.unreachable',
    );
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) return { ok: true, reply: json as unknown as SnapshotReply };
  return { ok: false, status: response.status, problem: json as Partial<ProblemBody> };
}

function refused(sent: Extract<Sent, { ok: false }>, keyVersion: number): CliError {
  const { problem, status } = sent;
  switch (problem.code) {
    case 'signatureInvalid':
    case 'registerNotFound': {
      const current = Number(problem.currentKeyVersion);
      return new CliError(
        SYNC_MESSAGES.staleKey(keyVersion, Number.isSafeInteger(current) ? current : null),
        'sync.staleKey',
      );
    }
    case 'signatureExpired':
      return new CliError(SYNC_MESSAGES.clockSkew, 'sync.clockSkew');
    default:
      return new CliError(
        SYNC_MESSAGES.workerRefused(status, String(problem.detail ?? problem.title ?? '').slice(0, 300)),
        `sync.${problem.code ?? 'refused'}`,
      );
  }
}

/** The payload of the live register at `version`, gzipped; or the rows to fix. */
function snapshotBytes(live: LiveRegister, version: number) {
  const built = buildSyncPayload(live.document, {
    version,
    spreadsheetId: live.spreadsheetId,
    timeZone: live.timeZone,
    sheetGids: {
      activities: live.gids.activities ?? 0,
      dataCategories: live.gids.dataCategories ?? 0,
      retentionLog: live.gids.retentionLog ?? 0,
    },
  });
  if ('errors' in built) return built;
  return {
    bytes: new Uint8Array(gzipSync(JSON.stringify(built.payload))),
    holdings: built.payload.holdings.length,
  };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const asked = langOption(values);
  const lang: Lang = asked ?? 'da';
  if (values.help) {
    printLines(io, [HELP[lang]]);
    return 0;
  }
  if (values.sheet === undefined) throw new CliError(SYNC_MESSAGES.missingSheet, 'usage.missingSheet');
  if (values['key-file'] === undefined)
    throw new CliError(SYNC_MESSAGES.missingKeyFile, 'usage.missingKeyFile');
  const keyFile = readKeyFile(String(values['key-file']));
  const sheetId = spreadsheetIdOf(String(values.sheet));
  if (keyFile.spreadsheetId !== sheetId) {
    throw new CliError(SYNC_MESSAGES.keyForAnotherSheet(keyFile.spreadsheetId, sheetId), 'sync.otherSheet');
  }
  const workerUrl = (values.worker as string | undefined) ?? keyFile.workerUrl;
  if (!workerUrl) throw new CliError(SYNC_MESSAGES.missingWorker, 'usage.missingWorker');

  const live = await readSheetOption(values, io, asked);
  const registerLang = asked ?? live.document.lang;
  let version = Date.now();
  let snapshot = snapshotBytes(live, version);
  if ('errors' in snapshot) {
    const lines = [SYNC_MESSAGES.payloadRefused(snapshot.errors.length)[registerLang]];
    lines.push(...snapshot.errors.slice(0, 20).map((i) => formatIssue(i, registerLang)));
    if (values.json) printJson(io, { synced: false, issues: snapshot.errors });
    else printLines(io, lines);
    return 1;
  }
  let sent = await put(workerUrl, keyFile.registerId, keyFile.key, snapshot.bytes);
  const stored =
    !sent.ok && sent.problem.code === 'versionConflict' ? Number(sent.problem.storedVersion) : NaN;
  if (Number.isSafeInteger(stored)) {
    // The sheet is the source of truth: send once more above the worker's version.
    version = stored + 1;
    snapshot = snapshotBytes(live, version);
    if (!('errors' in snapshot)) sent = await put(workerUrl, keyFile.registerId, keyFile.key, snapshot.bytes);
  }
  if (!sent.ok) throw refused(sent, keyFile.keyVersion);
  const { reply } = sent;
  if (values.json) printJson(io, { synced: true, ...reply });
  else
    printLines(io, [
      SYNC_MESSAGES.synced(live.title, reply.version, reply.result, reply.counts.holdings)[registerLang],
    ]);
  return 0;
}
