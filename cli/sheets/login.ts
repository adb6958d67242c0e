// `art30 login`: Google's OAuth flow for desktop apps with a loopback redirect and PKCE. The CLI
// listens on 127.0.0.1 at a free port, the user signs in in the browser, Google redirects there
// with a code, and the code (with the PKCE verifier) is exchanged for a refresh token, which is
// stored in the user's config directory with mode 600 (loginStore.ts). The scopes asked are
// spreadsheets.readonly (validate, due, export, sync), drive.file (create: only files this app
// makes) and the address, to tell the user whom to share a sheet with.

import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Gaxios } from 'gaxios';
import { CodeChallengeMethod, OAuth2Client } from 'google-auth-library';
import { CliError } from '../args.ts';
import { SCOPES } from './credentials.ts';
import { LOGIN_MESSAGES } from './loginMessages.ts';
import { storeLogin } from './loginStore.ts';

export const LOGIN_SCOPES = [SCOPES.read, SCOPES.create, 'openid', 'email'];

export interface LoginOptions {
  clientId: string;
  clientSecret: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Shows the sign-in address to the user (prints it, and may open a browser). */
  openBrowser: (url: string) => void | Promise<void>;
  /** The auth library's transport (tests). */
  transporter?: Gaxios;
  /** How long to wait for the browser (default 5 minutes). */
  timeoutMs?: number;
}

/** The email claim of an ID token, for display only (the token came straight from Google over TLS). */
function emailOf(idToken: string | null | undefined): string | null {
  try {
    const claims = JSON.parse(Buffer.from(String(idToken).split('.')[1] ?? '', 'base64url').toString('utf8'));
    return typeof claims.email === 'string' ? claims.email : null;
  } catch {
    return null;
  }
}

/** Waits for Google's redirect to the loopback address and returns its code. */
function awaitRedirect(
  state: string,
  timeoutMs: number,
): { port: Promise<number>; code: Promise<string>; close(): void } {
  const server = createServer();
  const code = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CliError(LOGIN_MESSAGES.timedOut, 'login.timeout')), timeoutMs);
    server.on('request', (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.searchParams.get('state') !== state) {
        res
          .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
          .end(LOGIN_MESSAGES.pageWrongState.en);
        return;
      }
      clearTimeout(timer);
      const error = url.searchParams.get('error');
      const given = url.searchParams.get('code');
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(error || !given ? LOGIN_MESSAGES.pageRefused.en : LOGIN_MESSAGES.pageDone.en);
      if (error || !given) reject(new CliError(LOGIN_MESSAGES.refused(error ?? 'no code'), 'login.refused'));
      else resolve(given);
    });
  });
  const port = new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
  return { port, code, close: () => server.close() };
}

/** Runs the flow and stores the token; returns the file and the account signed in. */
export async function login(options: LoginOptions): Promise<{ file: string; account: string | null }> {
  const state = randomBytes(16).toString('base64url');
  const redirect = awaitRedirect(state, options.timeoutMs ?? 5 * 60_000);
  try {
    const redirectUri = `http://127.0.0.1:${await redirect.port}`;
    const client = new OAuth2Client({
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      redirectUri,
      transporter: options.transporter,
    });
    const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
    const url = client.generateAuthUrl({
      access_type: 'offline',
      prompt: 'consent',
      scope: LOGIN_SCOPES,
      state,
      code_challenge: codeChallenge,
      code_challenge_method: CodeChallengeMethod.S256,
    });
    await options.openBrowser(url);
    const code = await redirect.code;
    const { tokens } = await client.getToken({ code, codeVerifier, redirect_uri: redirectUri });
    if (!tokens.refresh_token) throw new CliError(LOGIN_MESSAGES.noRefreshToken, 'login.noRefreshToken');
    const account = emailOf(tokens.id_token);
    const file = storeLogin(options.env, {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      refreshToken: tokens.refresh_token,
      scopes: LOGIN_SCOPES,
      account,
      savedAt: new Date().toISOString(),
    });
    return { file, account };
  } finally {
    redirect.close();
  }
}
