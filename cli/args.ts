// Argument parsing shared by the commands: node:util's strict parseArgs, with its errors
// turned into the CLI's own bilingual usage errors (exit code 2), and the checks every
// command needs (--lang, ISO dates).

import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isIsoDate } from '../shared/calendar/civilDate.ts';
import type { Lang, Localized } from '../shared/register/types.ts';
import { MESSAGES } from './messages.ts';

/** A problem with the command line or the input: printed plainly, exit code 2. */
export class CliError extends Error {
  constructor(
    readonly text: Localized,
    readonly code: string,
  ) {
    super(text.en);
  }
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(args: string[], options: OptionSpec): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']+)'/.exec(e.message ?? '')?.[1] ?? '?';
      throw new CliError(MESSAGES.unknownOption(option), 'usage.unknownOption');
    }
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(--?[\w-]+)/.exec(e.message ?? '')?.[1] ?? '?';
      throw new CliError(MESSAGES.missingValue(option), 'usage.missingValue');
    }
    throw new CliError(MESSAGES.badArguments(e.message ?? String(error)), 'usage.badArguments');
  }
}

/** The language asked for with --lang, or null when none was given. */
export function langOption(values: ParsedArgs['values']): Lang | null {
  const value = values.lang;
  if (value === undefined) return null;
  if (value === 'da' || value === 'en') return value;
  throw new CliError(MESSAGES.badLang(String(value)), 'usage.badLang');
}

/** An ISO date option, checked; null when it was not given. */
export function dateOption(values: ParsedArgs['values'], name: string): string | null {
  const value = values[name];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new CliError(MESSAGES.badDate(`--${name}`, String(value)), 'usage.badDate');
  }
  return value;
}

export function requiredDateOption(values: ParsedArgs['values'], name: string): string {
  const value = dateOption(values, name);
  if (value === null) throw new CliError(MESSAGES.missingDateOption(`--${name}`), 'usage.missingOption');
  return value;
}

export function noExtraPositionals(positionals: string[], allowed: number): void {
  if (positionals.length > allowed) {
    throw new CliError(
      MESSAGES.tooManyArguments(positionals.slice(allowed).join(' ')),
      'usage.tooManyArguments',
    );
  }
}
