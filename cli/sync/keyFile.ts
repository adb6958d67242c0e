// Reads the register key file `art30 sync --key-file` is given (shared/sync/keyFile.ts), with a
// clear error when the file is missing or is not one.

import { readFileSync } from 'node:fs';
import { parseRegisterKeyFile, type RegisterKeyFile } from '../../shared/sync/keyFile.ts';
import { CliError } from '../args.ts';
import { SYNC_MESSAGES } from './messages.ts';

export function readKeyFile(path: string): RegisterKeyFile {
  let value: unknown = null;
  try {
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    // Reported below.
  }
  const file = parseRegisterKeyFile(value);
  if (!file) throw new CliError(SYNC_MESSAGES.badKeyFile(path), 'sync.badKeyFile');
  return file;
}
