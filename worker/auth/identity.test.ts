import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { identityToken, newAccount } from '../test/client.ts';
import { GOOGLE_JWKS_URL, IdentityRefused, identityKeySource, verifyIdentityToken } from './identity.ts';

/** A stand-in for the network fetch of Google's keys: records the URL, answers with `jwks`. */
function recordingFetch(jwks: unknown) {
  const urls: string[] = [];
  const fetchKeys = async (url: string) => {
    urls.push(url);
    return new Response(JSON.stringify(jwks), { headers: { 'content-type': 'application/json' } });
  };
  return { urls, fetchKeys };
}

/** A key set shaped as Google's, holding none of this run's test keys. */
const GOOGLE_LIKE_JWKS = {
  keys: [
    {
      kty: 'RSA',
      kid: 'google-like-1',
      alg: 'RS256',
      use: 'sig',
      e: 'AQAB',
      n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw',
    },
  ],
};

describe('the Google identity token check', () => {
  it('verifies against the injected key set in local mode', async () => {
    const account = newAccount();
    const identity = await verifyIdentityToken(await identityToken(account), env);
    expect(identity).toEqual({ subject: account.subject, email: account.email });
  });

  it('ignores the injected key set outside local mode and uses Google’s published keys', () => {
    expect(identityKeySource({ MODE: 'production', IDENTITY_JWKS: env.IDENTITY_JWKS })).toEqual({
      kind: 'google',
      url: 'https://www.googleapis.com/oauth2/v3/certs',
    });
    expect(identityKeySource({ MODE: 'local', IDENTITY_JWKS: env.IDENTITY_JWKS }).kind).toBe('local');
    expect(identityKeySource({ MODE: 'local' }).kind).toBe('google');
  });

  it('refuses in production a token signed with the test key, after fetching Google’s keys instead', async () => {
    const token = await identityToken(newAccount());
    const google = recordingFetch(GOOGLE_LIKE_JWKS);
    const production = {
      MODE: 'production',
      GOOGLE_CLIENT_ID: env.GOOGLE_CLIENT_ID,
      IDENTITY_JWKS: env.IDENTITY_JWKS,
    };
    const refusal = await verifyIdentityToken(token, production, google.fetchKeys).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(IdentityRefused);
    expect((refusal as IdentityRefused).reason).toBe('invalid');
    expect(google.urls).toEqual([GOOGLE_JWKS_URL]);
  });

  it('says the keys are unavailable, not that the token is bad, when Google’s key endpoint fails', async () => {
    const token = await identityToken(newAccount());
    const failing = async () => new Response('unavailable', { status: 503 });
    const production = { MODE: 'production', GOOGLE_CLIENT_ID: env.GOOGLE_CLIENT_ID };
    const refusal = await verifyIdentityToken(token, production, failing).catch((e: unknown) => e);
    expect((refusal as IdentityRefused).reason).toBe('keysUnavailable');
  });

  it('refuses every token when no OAuth client id is configured', async () => {
    const token = await identityToken(newAccount());
    const refusal = await verifyIdentityToken(token, {
      MODE: 'local',
      IDENTITY_JWKS: env.IDENTITY_JWKS,
    }).catch((e: unknown) => e);
    expect((refusal as IdentityRefused).reason).toBe('invalid');
  });
});
