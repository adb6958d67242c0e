// Where `art30 login` keeps its Google token: google-login.json in the user's config directory
// (ART30_CONFIG_DIR, else $XDG_CONFIG_HOME/art30, else %APPDATA%\art30 on Windows, else
// ~/.config/art30), readable by the user only (mode 600, in a directory of mode 700). It holds
// the OAuth client id and secret the user logged in with (a desktop client's secret is not
// secret, as Google says), the refresh token, the scopes granted and the account, if known.

import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface StoredLogin {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  scopes: string[];
  account: string | null;
  savedAt: string;
}

export function configDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.ART30_CONFIG_DIR) return env.ART30_CONFIG_DIR;
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, 'art30');
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'art30');
  return join(env.HOME || homedir(), '.config', 'art30');
}

export function loginFile(env: Readonly<Record<string, string | undefined>>): string {
  return join(configDir(env), 'google-login.json');
}

export function readStoredLogin(env: Readonly<Record<string, string | undefined>>): StoredLogin | null {
  const file = loginFile(env);
  if (!existsSync(file)) return null;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredLogin>;
    if (typeof stored.clientId !== 'string' || typeof stored.refreshToken !== 'string') return null;
    return { clientSecret: '', scopes: [], account: null, savedAt: '', ...stored } as StoredLogin;
  } catch {
    return null;
  }
}

/** Writes the login readable by the user only; returns the file's path. */
export function storeLogin(env: Readonly<Record<string, string | undefined>>, login: StoredLogin): string {
  const dir = configDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = loginFile(env);
  writeFileSync(file, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
  // writeFileSync's mode applies only to a new file: an older file keeps its own until chmod.
  chmodSync(file, 0o600);
  return file;
}
