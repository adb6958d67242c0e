// art30 login [--client-file client_secret.json] [--lang da|en]
// Signs in with Google (OAuth for desktop apps, loopback redirect, PKCE) and keeps the token in
// the user's config directory with mode 600; later commands use it when no access token or
// service account is given. The OAuth client is the user's own "Desktop app" client.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CliError, COMMON_OPTIONS, langOption, parseCommandArgs } from '../args.ts';
import type { CliIo } from '../io.ts';
import { HELP } from '../messages.ts';
import { printJson, printLines } from '../output.ts';
import { login } from '../sheets/login.ts';
import { LOGIN_MESSAGES } from '../sheets/loginMessages.ts';

const OPTIONS = {
  ...COMMON_OPTIONS,
  'client-file': { type: 'string' },
  'no-browser': { type: 'boolean' },
} as const;

function oauthClient(
  path: string | undefined,
  env: CliIo['env'],
): { clientId: string; clientSecret: string } {
  if (path) {
    try {
      const json = JSON.parse(readFileSync(path, 'utf8')) as Record<
        string,
        { client_id?: string; client_secret?: string }
      >;
      const client = json.installed ?? json.web;
      if (client?.client_id) return { clientId: client.client_id, clientSecret: client.client_secret ?? '' };
    } catch {
      // Reported below.
    }
    throw new CliError(LOGIN_MESSAGES.badClientFile(path), 'login.badClientFile');
  }
  if (env.ART30_OAUTH_CLIENT_ID) {
    return { clientId: env.ART30_OAUTH_CLIENT_ID, clientSecret: env.ART30_OAUTH_CLIENT_SECRET ?? '' };
  }
  throw new CliError(LOGIN_MESSAGES.missingClient, 'login.missingClient');
}

/** Opens the system browser where there is one; the address is printed either way. */
function tryOpen(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    spawn(command, [url], { stdio: 'ignore', detached: true })
      .on('error', () => {})
      .unref();
  } catch {
    // No browser here: the printed address is enough.
  }
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, OPTIONS);
  const lang = langOption(values) ?? 'da';
  if (values.help) {
    printLines(io, [HELP.login[lang]]);
    return 0;
  }
  const client = oauthClient(values['client-file'] as string | undefined, io.env);
  const result = await login({
    ...client,
    env: io.env,
    openBrowser: (url) => {
      io.stderr.write(`${LOGIN_MESSAGES.openThis(url)[lang]}\n`);
      if (!values['no-browser']) tryOpen(url);
    },
  });
  if (values.json) printJson(io, result);
  else printLines(io, [LOGIN_MESSAGES.done(result.file, result.account)[lang]]);
  return 0;
}
