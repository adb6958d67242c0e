// The credential kinds, in-process against the local server: a service account (the JWT grant)
// and `art30 login` (the desktop OAuth flow with a loopback redirect and PKCE, its token stored
// with mode 600 and refreshed later). Google's token endpoint is fixed in the auth library, so
// its transport is injected: a Gaxios whose fetch sends oauth2.googleapis.com to the local server.
// The access-token kind is tested end to end through the CLI in sheetCommands.test.ts.

import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Gaxios } from 'gaxios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../cli/args.ts';
import { retryPolicy, sheetsSession } from '../../cli/sheets/api.ts';
import { googleCredentials, SCOPES } from '../../cli/sheets/credentials.ts';
import { login } from '../../cli/sheets/login.ts';
import { loginFile, storeLogin } from '../../cli/sheets/loginStore.ts';
import { readLiveSheet } from '../../cli/sheets/readLiveSheet.ts';
import { METTE, PRACTICE_ID, practiceSpreadsheet, serve } from './liveRegister.ts';
import { type SheetsServer, startSheetsServer } from './sheetsServer.ts';

let server: SheetsServer;
const SERVICE_ACCOUNT = 'art30-sync@nordlys-art30.iam.gserviceaccount.com';

beforeAll(async () => {
  server = await startSheetsServer();
  serve(server, practiceSpreadsheet());
});
afterAll(() => server.close());

/** The auth library's transport, with Google's token endpoint moved to the local server. */
function transporter(): Gaxios {
  return new Gaxios({
    fetchImplementation: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.host === 'oauth2.googleapis.com') return fetch(`${server.url}${url.pathname}`, init);
      return fetch(input, init);
    },
  });
}

async function readWith(env: Record<string, string>, extra: { serviceAccountFile?: string } = {}) {
  const credentials = await googleCredentials({
    env,
    scopes: [SCOPES.read],
    transporter: transporter(),
    ...extra,
  });
  const session = sheetsSession(credentials, server.url, retryPolicy({ ART30_SHEETS_RETRY_BASE_MS: '1' }));
  return { credentials, live: await readLiveSheet(session, PRACTICE_ID, null) };
}

function serviceAccountKeyFile(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const path = join(mkdtempSync(join(tmpdir(), 'art30-sa-')), 'key.json');
  const key = {
    type: 'service_account',
    client_email: SERVICE_ACCOUNT,
    private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }),
    private_key_id: 'k1',
  };
  writeFileSync(path, JSON.stringify(key));
  return path;
}

describe('a service account', () => {
  it('reads a sheet shared with its address, asking Google for the read-only scope only', async () => {
    const keyFile = serviceAccountKeyFile();
    server.sharedWith.get(PRACTICE_ID)?.add(SERVICE_ACCOUNT);
    server.tokenRequests.length = 0;
    const { credentials, live } = await readWith({}, { serviceAccountFile: keyFile });
    expect(credentials.kind).toBe('serviceAccount');
    expect(live.document.sheets.retentionLog).toHaveLength(6);
    expect(server.tokenRequests).toHaveLength(1);
    const grant = server.tokenRequests[0];
    expect(grant.get('grant_type')).toBe('urn:ietf:params:oauth:grant-type:jwt-bearer');
    const claims = JSON.parse(
      Buffer.from(String(grant.get('assertion')).split('.')[1], 'base64url').toString(),
    );
    expect(claims).toMatchObject({
      iss: SERVICE_ACCOUNT,
      scope: 'https://www.googleapis.com/auth/spreadsheets.readonly',
    });
  });

  it('is told to have the sheet shared with its own address when it has no access', async () => {
    const keyFile = serviceAccountKeyFile();
    server.sharedWith.get(PRACTICE_ID)?.delete(SERVICE_ACCOUNT);
    const error = await readWith({}, { serviceAccountFile: keyFile }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).text.en).toBe(
      `No access to spreadsheet ${PRACTICE_ID}. Share it with ${SERVICE_ACCOUNT} (Share ▸ add the address as a viewer; editor for art30 create), then try again.`,
    );
  });
});

describe('Application Default Credentials', () => {
  it('are used when nothing else is given: here a key file named by GOOGLE_APPLICATION_CREDENTIALS', async () => {
    const keyFile = serviceAccountKeyFile();
    server.sharedWith.get(PRACTICE_ID)?.add(SERVICE_ACCOUNT);
    const before = process.env.GOOGLE_APPLICATION_CREDENTIALS;
    // The auth library reads ADC from the process's own environment, not from the CLI's io.env.
    process.env.GOOGLE_APPLICATION_CREDENTIALS = keyFile;
    try {
      const env = { ART30_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'art30-adc-')) };
      const { credentials, live } = await readWith(env);
      expect(credentials).toMatchObject({ kind: 'adc', principal: SERVICE_ACCOUNT });
      expect(live.document.sheets.activities).toHaveLength(3);
    } finally {
      if (before === undefined) delete process.env.GOOGLE_APPLICATION_CREDENTIALS;
      else process.env.GOOGLE_APPLICATION_CREDENTIALS = before;
    }
  });
});

describe('art30 login', () => {
  it('signs in through the loopback redirect with PKCE, stores the token readable by the user only, and later reads with it', async () => {
    const env = { ART30_CONFIG_DIR: join(mkdtempSync(join(tmpdir(), 'art30-login-')), 'art30') };
    server.tokenRequests.length = 0;
    let asked: URL | null = null;
    const result = await login({
      clientId: 'desktop-client.apps.googleusercontent.com',
      clientSecret: 'GOCSPX-desktop',
      env,
      transporter: transporter(),
      openBrowser: async (url) => {
        // The browser: Google asks the user, then redirects to the loopback address with a code.
        asked = new URL(url);
        server.authorizationCodes.set('4/granted', { principal: METTE });
        const back = new URL(String(asked.searchParams.get('redirect_uri')));
        back.searchParams.set('code', '4/granted');
        back.searchParams.set('state', String(asked.searchParams.get('state')));
        expect((await fetch(back)).status).toBe(200);
      },
    });
    const authUrl = asked as unknown as URL;
    expect(authUrl.host).toBe('accounts.google.com');
    expect(authUrl.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authUrl.searchParams.get('access_type')).toBe('offline');
    expect(authUrl.searchParams.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining([SCOPES.read, SCOPES.create]),
    );
    const exchange = server.tokenRequests[0];
    expect(exchange.get('grant_type')).toBe('authorization_code');
    expect(exchange.get('code_verifier')?.length).toBeGreaterThanOrEqual(43);
    expect(result).toEqual({ file: loginFile(env), account: METTE });
    expect(statSync(result.file).mode & 0o777).toBe(0o600);
    expect(statSync(env.ART30_CONFIG_DIR).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(result.file, 'utf8'))).toMatchObject({
      refreshToken: `1//refresh-${METTE}`,
      account: METTE,
    });

    const { credentials, live } = await readWith(env);
    expect(credentials).toMatchObject({ kind: 'login', principal: METTE });
    expect(live.title).toBe('Psykologpraksis Nordlys – fortegnelse');
    expect(server.tokenRequests.at(-1)?.get('grant_type')).toBe('refresh_token');
  });

  it('says a revoked login has expired, and to sign in again', async () => {
    const env = { ART30_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'art30-revoked-')) };
    storeLogin(env, {
      clientId: 'c',
      clientSecret: 's',
      refreshToken: 'revoked-long-ago',
      scopes: [],
      account: METTE,
      savedAt: '2026-01-01T00:00:00Z',
    });
    const error = await readWith(env).catch((e: unknown) => e);
    expect((error as CliError).code).toBe('sheets.credentialsExpired');
    expect((error as CliError).text.da).toContain('art30 login');
  });
});
