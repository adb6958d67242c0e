// Which Google identity the CLI calls the Sheets API as, found in this order:
//   1. ART30_GOOGLE_ACCESS_TOKEN: an OAuth access token (CI, scheduled jobs, tests);
//   2. --service-account <key.json> (or ART30_GOOGLE_SERVICE_ACCOUNT): a service account, which
//      reads the sheets shared with its address;
//   3. the token `art30 login` stored in the user's config directory;
//   4. Application Default Credentials (GOOGLE_APPLICATION_CREDENTIALS, gcloud's
//      application-default login, or the metadata server of a Google Cloud runtime).
// Each kind carries the address to share a sheet with, where one is known, for the "no access"
// message. The auth library's transport can be injected (tests send its token requests to a
// local server; Google's token endpoint is otherwise fixed).

import { readFileSync } from 'node:fs';
import type { Gaxios } from 'gaxios';
import { type AuthClient, GoogleAuth, JWT, OAuth2Client } from 'google-auth-library';
import { CliError } from '../args.ts';
import { readStoredLogin } from './loginStore.ts';
import { SHEETS_MESSAGES } from './messages.ts';

export const SCOPES = {
  read: 'https://www.googleapis.com/auth/spreadsheets.readonly',
  /** Files this app creates (art30 create), and nothing else in the user's Drive. */
  create: 'https://www.googleapis.com/auth/drive.file',
} as const;

export type CredentialKind = 'accessToken' | 'serviceAccount' | 'login' | 'adc';

export interface GoogleCredentials {
  kind: CredentialKind;
  client: AuthClient;
  /** The address a sheet must be shared with, when known (a service account's, the login's). */
  principal: string | null;
}

export interface CredentialOptions {
  env: Readonly<Record<string, string | undefined>>;
  scopes: string[];
  serviceAccountFile?: string;
  /** The auth library's HTTP transport (tests); default its own. */
  transporter?: Gaxios;
}

interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  private_key_id?: string;
}

function readServiceAccount(path: string): ServiceAccountKey {
  try {
    const key = JSON.parse(readFileSync(path, 'utf8')) as Partial<ServiceAccountKey>;
    if (typeof key.client_email === 'string' && typeof key.private_key === 'string') {
      return key as ServiceAccountKey;
    }
  } catch {
    // Reported below.
  }
  throw new CliError(SHEETS_MESSAGES.badServiceAccountFile(path), 'credentials.badServiceAccount');
}

/** The credentials to call the Sheets API with (see the file's first lines for the order). */
export async function googleCredentials(options: CredentialOptions): Promise<GoogleCredentials> {
  const { env, scopes, transporter } = options;
  const token = env.ART30_GOOGLE_ACCESS_TOKEN?.trim();
  if (token) {
    const client = new OAuth2Client({ transporter });
    client.setCredentials({ access_token: token });
    return { kind: 'accessToken', client, principal: null };
  }
  const keyFile = options.serviceAccountFile ?? env.ART30_GOOGLE_SERVICE_ACCOUNT;
  if (keyFile) {
    const key = readServiceAccount(keyFile);
    const client = new JWT({
      email: key.client_email,
      key: key.private_key,
      keyId: key.private_key_id,
      scopes,
      transporter,
    });
    return { kind: 'serviceAccount', client, principal: key.client_email };
  }
  const stored = readStoredLogin(env);
  if (stored) {
    const client = new OAuth2Client({
      clientId: stored.clientId,
      clientSecret: stored.clientSecret,
      transporter,
    });
    client.setCredentials({ refresh_token: stored.refreshToken });
    return { kind: 'login', client, principal: stored.account };
  }
  try {
    // The Sheets API needs no project id and the universe is Google's public one: said here,
    // so that the library does not look for them (gcloud, a metadata server: seconds of
    // timeouts on any machine outside Google Cloud). Quota projects still come from the ADC file.
    const auth = new GoogleAuth({
      scopes,
      projectId: env.GOOGLE_CLOUD_PROJECT || 'art30-cli',
      universeDomain: 'googleapis.com',
      clientOptions: transporter ? { transporter } : undefined,
    });
    const client = await auth.getClient();
    const principal = (client as { email?: string }).email ?? null;
    return { kind: 'adc', client, principal };
  } catch {
    throw new CliError(SHEETS_MESSAGES.noCredentials, 'credentials.none');
  }
}
