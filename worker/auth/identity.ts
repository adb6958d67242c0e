// Hosted enrolment: the add-on proves who is enrolling with the Google ID token of
// ScriptApp.getIdentityToken(). This file verifies it with jose (never by hand): the signature
// against Google's published keys, the issuer, the audience (the script's OAuth client id,
// GOOGLE_CLIENT_ID), the expiry, and email_verified. Tests and the demo sign their own tokens
// and hand their own key set in IDENTITY_JWKS, which is honoured ONLY when MODE is "local":
// in production that variable is ignored and Google's keys are always used.

import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  errors,
  type FetchImplementation,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { deploymentMode } from '../env.ts';

/** Where Google publishes the keys that sign its ID tokens (OpenID discovery: jwks_uri). */
export const GOOGLE_JWKS_URL = 'https://www.googleapis.com/oauth2/v3/certs';
/** Google writes either form into `iss`. */
export const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];
/** A token's clock may be off by this much (seconds) against ours. */
const CLOCK_TOLERANCE_S = 60;

/** The configuration the verifier reads (a subset of the worker's Env). */
export interface IdentityConfig {
  MODE: string;
  GOOGLE_CLIENT_ID?: string;
  /** Local mode only: a JSON Web Key Set to verify against instead of Google's. */
  IDENTITY_JWKS?: string;
}

/** Who a verified token says is asking. */
export interface VerifiedIdentity {
  /** Google's stable account id (`sub`); emails can change hands, this cannot. */
  subject: string;
  email: string;
}

/** Why a token was refused, in words for the problem's detail (English, technical). */
export class IdentityRefused extends Error {
  constructor(
    readonly reason: 'invalid' | 'keysUnavailable',
    detail: string,
  ) {
    super(detail);
  }
}

export type IdentityKeySource = { kind: 'local'; jwks: JSONWebKeySet } | { kind: 'google'; url: string };

/** Which keys verify tokens: the injected set only in local mode, Google's otherwise. */
export function identityKeySource(config: IdentityConfig): IdentityKeySource {
  if (deploymentMode(config) === 'local' && config.IDENTITY_JWKS) {
    return { kind: 'local', jwks: JSON.parse(config.IDENTITY_JWKS) as JSONWebKeySet };
  }
  return { kind: 'google', url: GOOGLE_JWKS_URL };
}

// Google's key set is fetched once per isolate and kept (jose caches it and refetches when a
// token names a key it does not know, at most every 30 s).
let googleKeys: JWTVerifyGetKey | null = null;

function keysFor(source: IdentityKeySource, fetchKeys?: FetchImplementation): JWTVerifyGetKey {
  if (source.kind === 'local') return createLocalJWKSet(source.jwks);
  if (fetchKeys) return createRemoteJWKSet(new URL(source.url), { [customFetch]: fetchKeys });
  googleKeys ??= createRemoteJWKSet(new URL(source.url), { timeoutDuration: 5000 });
  return googleKeys;
}

/**
 * The identity a Google ID token proves, or IdentityRefused. `fetchKeys` replaces the network
 * fetch of Google's keys (tests); it never replaces the key source itself.
 */
export async function verifyIdentityToken(
  token: string,
  config: IdentityConfig,
  fetchKeys?: FetchImplementation,
): Promise<VerifiedIdentity> {
  const audience = config.GOOGLE_CLIENT_ID?.trim();
  if (!audience) throw new IdentityRefused('invalid', 'This server does not accept Google sign-in.');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keysFor(identityKeySource(config), fetchKeys), {
      issuer: GOOGLE_ISSUERS,
      audience,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'iat', 'sub', 'email'],
      clockTolerance: CLOCK_TOLERANCE_S,
    }));
  } catch (error) {
    // A network failure, a timeout, an error status or a non-JSON reply from the key endpoint
    // is ours to retry, not the user's fault (jose reports a non-200 reply as a bare
    // JOSEError); everything else is a token that does not verify.
    const bareJoseError = error instanceof errors.JOSEError && error.code === errors.JOSEError.code;
    if (
      !(error instanceof errors.JOSEError) ||
      bareJoseError ||
      error instanceof errors.JWKSTimeout ||
      error instanceof errors.JWKSInvalid
    ) {
      throw new IdentityRefused('keysUnavailable', "Google's signing keys could not be fetched.");
    }
    throw new IdentityRefused('invalid', `The identity token was not accepted (${error.code}).`);
  }
  if (payload.email_verified !== true) {
    throw new IdentityRefused('invalid', 'The identity token does not carry a verified email address.');
  }
  if (typeof payload.sub !== 'string' || typeof payload.email !== 'string') {
    throw new IdentityRefused('invalid', 'The identity token lacks its subject or email.');
  }
  return { subject: payload.sub, email: payload.email.toLowerCase() };
}
