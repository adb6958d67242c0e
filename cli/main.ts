// The art30 command line: `npm run -s art30 -- <command>` or the package bin. Dispatches to
// one module per command (loaded only when used), turns usage and input problems into a
// clear message and exit code 2, and keeps --json output to exactly one JSON document.

import type { Lang, Localized } from '../shared/register/types.ts';
import { CliError } from './args.ts';
import { HELP, MESSAGES } from './messages.ts';
import { printJson } from './output.ts';

type Command = { run(args: string[]): Promise<number> };

/** The language of the CLI's output when --lang is not given (see each command's help). */
const DEFAULT_LANG: Lang = 'da';

const COMMANDS: Record<string, () => Promise<Command>> = {
  retention: () => import('./commands/retention.ts'),
  validate: () => import('./commands/validate.ts'),
  due: () => import('./commands/due.ts'),
  template: () => import('./commands/template.ts'),
};

/** The language the user asked for on the command line, if any, for messages about it. */
function askedLang(args: string[]): Lang | null {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return null;
  const value = args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
  return value === 'da' || value === 'en' ? value : null;
}

/** A problem is told in the language asked for with --lang, else in Danish, the CLI's default. */
function fail(args: string[], text: Localized, code: string): number {
  const lang = askedLang(args) ?? DEFAULT_LANG;
  process.stderr.write(`art30: ${text[lang]}\n`);
  if (args.includes('--json')) printJson({ error: { code, message: text[lang] } });
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) return fail(argv, MESSAGES.missingCommand, 'usage.missingCommand');
    process.stdout.write(`${HELP.main[askedLang(argv) ?? DEFAULT_LANG]}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) return fail(argv, MESSAGES.unknownCommand(name), 'usage.unknownCommand');
  try {
    const command = await load();
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliError) return fail(argv, error.text, error.code);
    const detail = error instanceof Error ? error.message : String(error);
    fail(argv, MESSAGES.internalError(detail), 'internal');
    if (process.env.ART30_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 3;
  }
}

process.exitCode = await main(process.argv.slice(2));
