// The register key file for scheduled syncs: what the add-on's "Export key for scheduled sync"
// (Settings & sync) hands out once and `art30 sync --key-file` reads. It names the worker, the
// register and the spreadsheet the key is bound to, and the key's version, so that a key
// rotated on the worker after the export is reported as a stale file rather than as a mystery
// signature failure. Pure: the add-on builds it in Apps Script, the CLI reads it in Node.

import { base64urlDecode } from './signing.ts';

export const KEY_FILE_KIND = 'art30-register-key';
export const KEY_FILE_FORMAT = 1;

export interface RegisterKeyFile {
  kind: typeof KEY_FILE_KIND;
  format: typeof KEY_FILE_FORMAT;
  workerUrl: string;
  registerId: string;
  spreadsheetId: string;
  /** The register key, base64url (32 bytes), as enrolment handed it out. */
  key: string;
  /** Which key of the register this is: 1 from enrolment, one more at each rotation. */
  keyVersion: number;
  /** ISO instant of the export. */
  exportedAt: string;
}

export function registerKeyFile(fields: Omit<RegisterKeyFile, 'kind' | 'format'>): RegisterKeyFile {
  return { kind: KEY_FILE_KIND, format: KEY_FILE_FORMAT, ...fields };
}

/** The key file's fields, or null when the value is not a key file this version can use. */
export function parseRegisterKeyFile(value: unknown): RegisterKeyFile | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<RegisterKeyFile>;
  if (v.kind !== KEY_FILE_KIND || v.format !== KEY_FILE_FORMAT) return null;
  const texts = [v.workerUrl, v.registerId, v.spreadsheetId, v.key, v.exportedAt];
  if (!texts.every((t) => typeof t === 'string' && t.length > 0)) return null;
  if (!Number.isSafeInteger(v.keyVersion) || (v.keyVersion as number) < 1) return null;
  if (!base64urlDecode(v.key as string)?.length) return null;
  return v as RegisterKeyFile;
}
