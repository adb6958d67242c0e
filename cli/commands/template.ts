// art30 template list [--json] | art30 template show <id> [--lang da|en] [--json]
//                                 [--format xlsx|csv [--out <file>]]
//                                 [--retention-choice <activity>=<choice>]...
// Lists the ready-made registers in templates/ (one entry per template and language) and
// prints one of them; `show --json` prints a RegisterDocument that `art30 validate` reads, and
// `show --format xlsx|csv` writes a starter file to fill in Excel and check with validate.

import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Lang } from '../../shared/register/types.ts';
import {
  CliError,
  COMMON_OPTIONS,
  langOption,
  noExtraPositionals,
  type OptionSpec,
  parseCommandArgs,
} from '../args.ts';
import { INPUT_MESSAGES } from '../input/messages.ts';
import { type StarterFormat, writeStarter } from '../input/starter.ts';
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

const OPTIONS = {
  ...COMMON_OPTIONS,
  format: { type: 'string' },
  out: { type: 'string' },
  'retention-choice': { type: 'string', multiple: true },
} as const satisfies OptionSpec;

/** The --retention-choice values as loadTemplate's choices, each checked against the template. */
function retentionChoices(index: TemplateIndex, id: string, given: string[]): Record<string, string> {
  const offered = index.retentionChoicesOf(id);
  const known = offered.flatMap((o) => o.choices.map((c) => `${o.activity}=${c.key}`));
  const choices: Record<string, string> = {};
  for (const value of given) {
    const match = /^([^=\s]+)=([^=\s]+)$/.exec(value.trim());
    if (!match) throw new CliError(MESSAGES.badRetentionChoice(value), 'usage.badRetentionChoice');
    if (!known.includes(`${match[1]}=${match[2]}`)) {
      throw new CliError(
        MESSAGES.unknownRetentionChoice(value, id, known.join(', ')),
        'input.unknownRetentionChoice',
      );
    }
    choices[match[1]!] = match[2]!;
  }
  return choices;
}

/** The choosable retention periods of a template, for people. */
function choiceLines(index: TemplateIndex, id: string, lang: Lang): string[] {
  const offered = index.retentionChoicesOf(id);
  if (offered.length === 0) return [];
  return [
    MESSAGES.templateRetentionChoices[lang],
    ...offered.flatMap((o) => [
      `  ${o.activity} (${o.name[lang]}):`,
      ...o.choices.map((c) => `    ${o.activity}=${c.key}  ${c.label[lang]}`),
    ]),
    '',
  ];
}

function formatOption(value: string | boolean | undefined): StarterFormat | null {
  if (value === undefined) return null;
  if (value === 'xlsx' || value === 'csv') return value;
  throw new CliError(INPUT_MESSAGES.badFormat(String(value)), 'usage.badFormat');
}

/** Writes the starter file and says where; a file that cannot be written is a usage error. */
async function writeStarterFile(
  io: CliIo,
  document: Parameters<typeof writeStarter>[0],
  format: StarterFormat,
  path: string,
): Promise<void> {
  try {
    await writeStarter(document, format, path);
  } catch (error) {
    throw new CliError(MESSAGES.fileUnreadable(path, (error as Error).message), 'output.unwritable');
  }
  const lang = document.lang;
  printLines(io, [INPUT_MESSAGES.templateWritten(path)[lang], INPUT_MESSAGES.templateFillIn(path)[lang]]);
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS);
  const format = formatOption(values.format);
  const given = (values['retention-choice'] as unknown as string[] | undefined) ?? [];
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
    if (given.length)
      throw new CliError(MESSAGES.retentionChoiceOnlyForShow, 'usage.retentionChoiceOnlyForShow');
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
  const document = index.loadTemplate(id, lang, retentionChoices(index, id, given));
  if (format) {
    await writeStarterFile(io, document, format, String(values.out ?? `${id}-${lang}.${format}`));
    return 0;
  }
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
    ...choiceLines(index, id, lang),
    MESSAGES.templateShowHint(id, lang)[lang],
  ];
  printLines(io, lines);
  return 0;
}
