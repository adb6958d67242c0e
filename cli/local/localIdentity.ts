// A stand-in for Google's ID-token issuer, for local runs only (tests and the demo): a fresh
// RS256 key pair per run, its public half as the JSON Web Key Set the worker is started with
// (IDENTITY_JWKS, honoured only when MODE is "local"), and tokens shaped as Google issues them
// to an Apps Script project (issuer accounts.google.com, audience the OAuth client id, email
// and email_verified). Signed with jose, as the worker verifies with jose.

import { exportJWK, generateKeyPair, type JSONWebKeySet, type JWK, SignJWT } from 'jose';

/** The audience local tokens carry, and the worker is configured with (GOOGLE_CLIENT_ID). */
export const LOCAL_CLIENT_ID = '000000000000-art30local.apps.googleusercontent.com';

export interface LocalAccount {
  /** Google's stable account id. */
  subject: string;
  email: string;
  emailVerified?: boolean;
}

export interface TokenOptions {
  lifetimeS?: number;
  audience?: string;
  issuer?: string;
}

/** A token shaped as Google issues them to an Apps Script project, signed with `key`. */
export function signLocalIdentityToken(
  key: CryptoKey,
  kid: string,
  account: LocalAccount,
  options: TokenOptions = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ email: account.email, email_verified: account.emailVerified ?? true })
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(options.issuer ?? 'https://accounts.google.com')
    .setAudience(options.audience ?? LOCAL_CLIENT_ID)
    .setSubject(account.subject)
    .setIssuedAt(now)
    .setExpirationTime(now + (options.lifetimeS ?? 3600))
    .sign(key);
}

export interface LocalIdentityIssuer {
  clientId: string;
  /** The public key set, as JSON, for IDENTITY_JWKS. */
  jwks: string;
  /** The private key as a JWK with its kid (tests that sign inside workerd). */
  privateJwk: JWK;
  /** A token for `account`, valid for `lifetimeS` seconds from now (default an hour). */
  sign(account: LocalAccount, options?: TokenOptions): Promise<string>;
}

export async function createLocalIdentityIssuer(): Promise<LocalIdentityIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = `local-${Date.now().toString(36)}`;
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const jwks: JSONWebKeySet = { keys: [jwk] };
  return {
    clientId: LOCAL_CLIENT_ID,
    jwks: JSON.stringify(jwks),
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256' },
    sign: (account, options) => signLocalIdentityToken(privateKey, kid, account, options),
  };
}
