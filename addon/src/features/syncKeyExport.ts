// Settings & sync ▸ "Export key for scheduled sync": the one way the register key leaves the
// document properties, for `art30 sync --key-file` in a scheduled job where the add-on's
// triggers cannot run. The page asks the user to confirm first and shows the file once (it is
// never stored in the page or sent again unasked); the server refuses without that confirmation.
// The file names its key version, so a key rotated later on the worker is reported as a stale
// file by the CLI instead of a bare signature failure.

import { registerKeyFile } from '../../../shared/sync/keyFile.ts';
import { activeLang } from '../i18n.ts';
import { syncUiText } from '../sync/messages.ts';
import { readMemory } from '../sync/state.ts';

/**
 * Where key rotation (the hosted-worker work) keeps the register key's version; absent until a
 * first rotation, which makes the enrolment key version 1.
 */
export const KEY_VERSION_PROPERTY = 'art30.sync.keyVersion';
const EXPORTED_AT_PROPERTY = 'art30.sync.keyExportedAt';

export type KeyExportResult =
  | { ok: true; value: { fileName: string; text: string } }
  | { ok: false; code: string; message: string };

/** The key file of this register, after the user confirmed on the page. */
export function exportSyncKey(confirmed: unknown): KeyExportResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = activeLang(ss);
  if (confirmed !== true) {
    return { ok: false, code: 'keyExportUnconfirmed', message: syncUiText(lang, 'keyExportUnconfirmed') };
  }
  const { enrolment } = readMemory();
  if (!enrolment) return { ok: false, code: 'notConnected', message: syncUiText(lang, 'notConnected') };
  const props = PropertiesService.getDocumentProperties();
  const version = Number(props.getProperty(KEY_VERSION_PROPERTY));
  const exportedAt = new Date(Date.now()).toISOString();
  const file = registerKeyFile({
    workerUrl: enrolment.workerUrl,
    registerId: enrolment.registerId,
    spreadsheetId: ss.getId(),
    key: enrolment.key,
    keyVersion: Number.isSafeInteger(version) && version > 0 ? version : 1,
    exportedAt,
  });
  props.setProperty(EXPORTED_AT_PROPERTY, exportedAt);
  return {
    ok: true,
    value: { fileName: `art30-key-${enrolment.registerId}.json`, text: `${JSON.stringify(file, null, 2)}\n` },
  };
}
