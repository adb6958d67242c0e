// The organisation's details from a JSON file (`--org org.json`), for a register file that has
// no organisation block: an object of field → value, each field named by its label in Danish
// or English ("Dataansvarlig: navn", "Controller: name") or its id ("controllerName"). The
// details given override the file's own block.

import { readFileSync, statSync } from 'node:fs';
import { findColumn } from '../../shared/register/headerMapping.ts';
import { ORGANISATION } from '../../shared/register/schema.ts';
import type { CellValue, Lang } from '../../shared/register/types.ts';
import { CliError } from '../args.ts';
import { LIMITS } from './limits.ts';
import { INPUT_MESSAGES } from './messages.ts';
import type { LoadedRegister } from './readRegister.ts';

function readObject(path: string): Record<string, unknown> {
  let text: string;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    // A few fields of text: anything near the register limit is not an organisation file.
    if (statSync(path).size > LIMITS.fileBytes) throw new Error('too large');
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(INPUT_MESSAGES.orgNotFound(path), 'input.orgNotFound');
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new CliError(INPUT_MESSAGES.orgBadJson(path), 'input.orgBadJson');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(INPUT_MESSAGES.orgBadJson(path), 'input.orgBadJson');
  }
  return value as Record<string, unknown>;
}

/** The organisation fields of an --org file by field id; an unknown field or a value that is
 * not text, a number or yes/no is refused. */
export function readOrgFile(path: string, lang: Lang): Record<string, CellValue> {
  const fields: Record<string, CellValue> = {};
  for (const [key, value] of Object.entries(readObject(path))) {
    const byId = ORGANISATION.columns.find((c) => c.id === key);
    const ref = byId ? { id: byId.id } : findColumn(key, 'organisation');
    if (!ref || (value !== null && !['string', 'number', 'boolean'].includes(typeof value))) {
      const known = ORGANISATION.columns.map((c) => `"${c.header[lang]}"`).join(', ');
      throw new CliError(INPUT_MESSAGES.orgUnknownField(path, key, known), 'input.orgUnknownField');
    }
    fields[ref.id] = value as CellValue;
  }
  return fields;
}

/** The loaded register with the --org file's details in place of the file's own; findings
 * about those fields then have no file row. */
export function withOrgFile(loaded: LoadedRegister, path: string | undefined, lang: Lang): LoadedRegister {
  if (path === undefined) return loaded;
  const fields = readOrgFile(path, lang);
  const organisationRows = { ...loaded.organisationRows };
  for (const id of Object.keys(fields)) delete organisationRows[id];
  const document = { ...loaded.document, organisation: { ...loaded.document.organisation, ...fields } };
  return { ...loaded, document, organisationRows };
}
