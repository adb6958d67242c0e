// art30 export --sheet <url|id> --format json|xlsx [--out <file>] [--lang da|en]
// Saves a live register, read in one spreadsheets.get: the RegisterDocument as JSON (stdout or
// --out), or a workbook laid out as Google Sheets downloads one (the same writer as `template
// show --format xlsx`), which validate and due read back whole.

import { writeFileSync } from 'node:fs';
import { CliError, COMMON_OPTIONS, langOption, parseCommandArgs } from '../args.ts';
import { writeStarter } from '../input/starter.ts';
import type { CliIo } from '../io.ts';
import { HELP, MESSAGES } from '../messages.ts';
import { printJson, printLines } from '../output.ts';
import { readSheetOption, SHEET_OPTIONS } from '../sheets/source.ts';
import { SYNC_MESSAGES } from '../sync/messages.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  ...SHEET_OPTIONS,
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const asked = langOption(values);
  if (values.help) {
    printLines(io, [HELP.export[asked ?? 'da']]);
    return 0;
  }
  if (values.sheet === undefined) throw new CliError(SYNC_MESSAGES.missingSheet, 'usage.missingSheet');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'xlsx') {
    throw new CliError(SYNC_MESSAGES.badExportFormat(String(format)), 'usage.badFormat');
  }
  const live = await readSheetOption(values, io, asked);
  const lang = asked ?? live.document.lang;
  const out = values.out as string | undefined;
  if (format === 'json' && out === undefined) {
    printJson(io, live.document);
    return 0;
  }
  const path = out ?? (lang === 'da' ? 'fortegnelse.xlsx' : 'register.xlsx');
  try {
    if (format === 'json') writeFileSync(path, `${JSON.stringify(live.document, null, 2)}\n`);
    else await writeStarter(live.document, 'xlsx', path);
  } catch (error) {
    throw new CliError(MESSAGES.fileUnreadable(path, (error as Error).message), 'output.unwritable');
  }
  printLines(io, [SYNC_MESSAGES.exported(path)[lang]]);
  return 0;
}
