// What `art30 login` says, in Danish and English (the browser page after the redirect is short
// English text, as Google's own consent pages follow the browser's language anyway).

import type { Localized } from '../../shared/register/types.ts';

const L = (da: string, en: string): Localized => ({ da, en });

export const LOGIN_MESSAGES = {
  missingClient: L(
    'Angiv OAuth-klienten: --client-file <client_secret.json> (et "Desktop app"-klient-id fra Google Cloud Console) eller ART30_OAUTH_CLIENT_ID og ART30_OAUTH_CLIENT_SECRET.',
    'Give the OAuth client: --client-file <client_secret.json> (a "Desktop app" client id from the Google Cloud Console) or ART30_OAUTH_CLIENT_ID and ART30_OAUTH_CLIENT_SECRET.',
  ),
  badClientFile: (path: string) =>
    L(
      `${path} er ikke en klientfil fra Google Cloud Console (JSON med "installed": client_id og client_secret).`,
      `${path} is not a client file from the Google Cloud Console (JSON with "installed": client_id and client_secret).`,
    ),
  openThis: (url: string) =>
    L(
      `Åbn denne adresse i din browser og log ind:\n${url}`,
      `Open this address in your browser and sign in:\n${url}`,
    ),
  timedOut: L(
    'Ingen login inden for 5 minutter. Kør art30 login igen.',
    'No sign-in within 5 minutes. Run art30 login again.',
  ),
  refused: (error: string) =>
    L(
      `Google gav ikke adgang (${error}). Kør art30 login igen.`,
      `Google did not grant access (${error}). Run art30 login again.`,
    ),
  noRefreshToken: L(
    'Google sendte ingen varig nøgle (refresh token). Fjern Art30 under myaccount.google.com ▸ Sikkerhed ▸ Tredjepartsadgang, og kør art30 login igen.',
    'Google sent no lasting token (refresh token). Remove Art30 under myaccount.google.com ▸ Security ▸ Third-party access, and run art30 login again.',
  ),
  done: (file: string, account: string | null) =>
    L(
      `Logget ind${account ? ` som ${account}` : ''}. Nøglen er gemt i ${file} (kun læsbar for dig).`,
      `Signed in${account ? ` as ${account}` : ''}. The token is stored in ${file} (readable by you only).`,
    ),
  pageDone: L('Art30: du er logget ind. Luk fanen.', 'Art30: you are signed in. You can close this tab.'),
  pageRefused: L('Art30: login blev afbrudt.', 'Art30: sign-in was cancelled.'),
  pageWrongState: L('Art30: ukendt login-svar.', 'Art30: unexpected sign-in reply.'),
} as const;
