// The art30 command line: `npm run -s art30 -- <command>` or the package bin (bin/art30.mjs,
// which calls main with the process's argv and streams). Dispatches to one module per command
// (loaded only when used), turns usage and input problems into a clear message and exit code
// 2, and keeps --json output to exactly one JSON document. Importing this file runs nothing:
// tests call main(argv, io) in-process with captured streams (cli/testing/runCli.ts).

import type { Lang, Localized } from '../shared/register/types.ts';
import { CliError } from './args.ts';
import { type CliIo, processIo } from './io.ts';
import { HELP, MESSAGES } from './messages.ts';
import { printJson } from './output.ts';

type Command = { run(args: string[], io: CliIo): Promise<number> };

/** The language of the CLI's output when --lang is not given (see each command's help). */
const DEFAULT_LANG: Lang = 'da';

const COMMANDS: Record<string, () => Promise<Command>> = {
  retention: () => import('./commands/retention.ts'),
  validate: () => import('./commands/validate.ts'),
  due: () => import('./commands/due.ts'),
  template: () => import('./commands/template.ts'),
  operator: () => import('./commands/operator.ts'),
  export: () => import('./commands/export.ts'),
  sync: () => import('./commands/sync.ts'),
  login: () => import('./commands/login.ts'),
  create: () => import('./commands/create.ts'),
};

/** The language the user asked for on the command line, if any, for messages about it. */
function askedLang(args: string[]): Lang | null {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return null;
  const value = args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
  return value === 'da' || value === 'en' ? value : null;
}

/** A problem is told in the language asked for with --lang, else in Danish, the CLI's default. */
function fail(io: CliIo, args: string[], text: Localized, code: string): number {
  const lang = askedLang(args) ?? DEFAULT_LANG;
  io.stderr.write(`art30: ${text[lang]}\n`);
  if (args.includes('--json')) printJson(io, { error: { code, message: text[lang] } });
  return 2;
}

/** Runs one command line (without the program name) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) return fail(io, argv, MESSAGES.missingCommand, 'usage.missingCommand');
    io.stdout.write(`${HELP.main[askedLang(argv) ?? DEFAULT_LANG]}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) return fail(io, argv, MESSAGES.unknownCommand(name), 'usage.unknownCommand');
  try {
    const command = await load();
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) return fail(io, argv, error.text, error.code);
    const detail = error instanceof Error ? error.message : String(error);
    fail(io, argv, MESSAGES.internalError(detail), 'internal');
    if (io.env.ART30_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return 3;
  }
}
