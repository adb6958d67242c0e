// art30 create --template <id> --lang da|en [--title …] [--time-zone <IANA zone>] [--json]
// Creates a new Google Sheets register from a template in ONE spreadsheets.create (sheets,
// headers, notes, the template's rows with stable ids) and ONE batchUpdate (widths, hidden ids,
// date formats, validation, protections, named ranges, conditional formats), laid out as the
// add-on's Set up register plus Insert template lays it out, and prints its URL. Scope:
// drive.file (the files this app creates, nothing else in the user's Drive).

import { randomUUID } from 'node:crypto';
import { isTimeZone } from '../../shared/calendar/civilDate.ts';
import { CliError, COMMON_OPTIONS, langOption, parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { HELP } from '../messages.ts';
import { printJson, printLines } from '../output.ts';
import { callSheets } from '../sheets/api.ts';
import { CREATE_MESSAGES } from '../sheets/createMessages.ts';
import { createPlan } from '../sheets/createPlan.ts';
import { SCOPES } from '../sheets/credentials.ts';
import { openSheetsSession, SHEET_OPTIONS } from '../sheets/source.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  'sheets-api-root': SHEET_OPTIONS['sheets-api-root'],
  'service-account': SHEET_OPTIONS['service-account'],
  template: { type: 'string' },
  title: { type: 'string' },
  'time-zone': { type: 'string' },
} as const;

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const lang = langOption(values) ?? 'da';
  if (values.help) {
    printLines(io, [HELP.create[lang]]);
    return 0;
  }
  const id = values.template as string | undefined;
  if (!id) throw new CliError(CREATE_MESSAGES.missingTemplate, 'usage.missingTemplate');
  const timeZone = String(values['time-zone'] ?? 'Europe/Copenhagen');
  if (!isTimeZone(timeZone)) throw new CliError(CREATE_MESSAGES.badTimeZone(timeZone), 'usage.badTimeZone');
  // Imported by URL so the CLI runs in a checkout without templates (as template.ts does).
  const templates = (await import(
    new URL('../../templates/index.ts', import.meta.url).href
  )) as typeof import('../../templates/index.ts');
  const known = templates.listTemplates().find((tpl) => tpl.id === id && tpl.langs.includes(lang));
  if (!known) throw new CliError(CREATE_MESSAGES.unknownTemplate(id), 'usage.unknownTemplate');
  const title = String(values.title ?? known.title[lang]);
  const plan = createPlan(templates.loadTemplate(id, lang), lang, title, timeZone, randomUUID());

  const session = await openSheetsSession(values, io, [SCOPES.create]);
  const created = await callSheets(session, null, 'write', () =>
    session.api.spreadsheets.create({
      requestBody: plan.body,
      fields: 'spreadsheetId,spreadsheetUrl,sheets(properties(sheetId,title))',
    }),
  );
  const spreadsheetId = String(created.data.spreadsheetId);
  const ids = new Map(
    (created.data.sheets ?? []).map((s) => [String(s.properties?.title), Number(s.properties?.sheetId ?? 0)]),
  );
  await callSheets(session, spreadsheetId, 'write', () =>
    session.api.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: plan.requests(ids) } }),
  );
  const url = created.data.spreadsheetUrl ?? `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;
  if (values.json) printJson(io, { spreadsheetId, url, title });
  else printLines(io, [CREATE_MESSAGES.created(title, url)[lang]]);
  return 0;
}
