// art30 template list [--json] | art30 template show <id> [--lang da|en] [--json]
// Lists the ready-made registers in templates/ (one entry per template and language) and
// prints one of them; `show --json` prints a RegisterDocument that `art30 validate` reads.

import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CliError, COMMON_OPTIONS, langOption, noExtraPositionals, parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { HELP, MESSAGES } from '../messages.ts';
import { printJson, printLines } from '../output.ts';

/** What templates/index.ts provides (written with the templates themselves). */
export type TemplateIndex = typeof import('../../templates/index.ts');

const INDEX_PATH = fileURLToPath(new URL('../../templates/index.ts', import.meta.url));

/** The template index, or null while no templates are installed. */
async function templateIndex(): Promise<TemplateIndex | null> {
  if (!existsSync(INDEX_PATH)) return null;
  // Imported by URL so the CLI runs (and says so plainly) in a checkout without templates.
  return (await import(pathToFileURL(INDEX_PATH).href)) as TemplateIndex;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, COMMON_OPTIONS);
  const askedLang = langOption(values);
  const lang = askedLang ?? 'da';
  const [sub, id] = positionals;
  if (values.help) {
    printLines(io, [HELP.template[lang]]);
    return 0;
  }
  if (sub === undefined) throw new CliError(MESSAGES.missingTemplateCommand, 'usage.missingCommand');
  if (sub !== 'list' && sub !== 'show')
    throw new CliError(MESSAGES.unknownTemplateCommand(sub), 'usage.unknownCommand');
  const index = await templateIndex();

  if (sub === 'list') {
    noExtraPositionals(positionals, 1);
    const templates = index ? index.listTemplates() : [];
    // One entry per template and language, as the issue specifies; --lang narrows the list.
    const entries = templates.flatMap((t) =>
      t.langs
        .filter((l) => askedLang === null || l === askedLang)
        .map((l) => ({ id: t.id, title: t.title[l], lang: l, kind: t.kind })),
    );
    if (values.json) {
      printJson(io, entries);
    } else if (entries.length === 0) {
      printLines(io, [MESSAGES.noTemplatesInstalled[lang]]);
    } else {
      const width = Math.max(...entries.map((e) => e.id.length));
      printLines(io, [
        `${MESSAGES.templatesHeading[lang]}:`,
        ...entries.map((e) => `  ${e.id.padEnd(width)}  ${e.lang}  ${e.kind}  ${e.title}`),
      ]);
    }
    return 0;
  }

  if (id === undefined) throw new CliError(MESSAGES.missingTemplateId, 'usage.missingTemplateId');
  noExtraPositionals(positionals, 2);
  if (!index) throw new CliError(MESSAGES.noTemplatesInstalled, 'input.noTemplates');
  const template = index.listTemplates().find((t) => t.id === id);
  if (!template) {
    const known = index
      .listTemplates()
      .map((t) => t.id)
      .join(', ');
    throw new CliError(MESSAGES.unknownTemplate(id, known), 'input.unknownTemplate');
  }
  if (!template.langs.includes(lang))
    throw new CliError(MESSAGES.templateLangMissing(id, lang), 'input.templateLang');
  const document = index.loadTemplate(id, lang);
  if (values.json) {
    printJson(io, document);
    return 0;
  }
  const sheets = document.sheets;
  const lines = [
    `${template.title[lang]} (${id}, ${lang})`,
    MESSAGES.templateSummary(
      sheets.activities?.length ?? 0,
      sheets.recipients?.length ?? 0,
      sheets.systems?.length ?? 0,
    )[lang],
    '',
    ...(sheets.activities ?? []).map((a) => `  - ${a.name ?? a.id}${a.purpose ? `: ${a.purpose}` : ''}`),
    '',
    MESSAGES.templateShowHint(id, lang)[lang],
  ];
  printLines(io, lines);
  return 0;
}
