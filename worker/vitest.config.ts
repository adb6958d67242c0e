// The worker's tests run inside the real Workers runtime (workerd) with local D1, Queues and
// the send_email binding, configured from wrangler.toml. Test-only bindings: the migrations
// (applied by test/setup.ts), fixed secrets, MODE=local, and a Google-like identity issuer made
// for this run (its public key set as IDENTITY_JWKS, its private key for the tests to sign with).
import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { createLocalIdentityIssuer } from '../cli/local/localIdentity.ts';

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(import.meta.dirname, 'migrations'));
  const issuer = await createLocalIdentityIssuer();
  return {
    plugins: [
      cloudflareTest({
        main: path.join(import.meta.dirname, 'index.ts'),
        wrangler: { configPath: path.join(import.meta.dirname, '..', 'wrangler.toml') },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: migrations,
            MODE: 'local',
            ADMIN_TOKEN: 'test-admin-token-0123456789abcdef',
            GOOGLE_CLIENT_ID: issuer.clientId,
            IDENTITY_JWKS: issuer.jwks,
            TEST_IDENTITY_PRIVATE_JWK: JSON.stringify(issuer.privateJwk),
            // 32 bytes, base64url: a fixed test value, never used outside tests.
            KEY_ENCRYPTION_KEY: 'dGVzdC1rZXktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM',
          },
        },
      }),
    ],
    test: {
      name: 'worker',
      root: import.meta.dirname,
      include: ['**/*.test.ts'],
      setupFiles: ['./test/setup.ts'],
      // A bound for a hang, not for speed (see the root vitest.config.ts).
      testTimeout: 600_000,
      hookTimeout: 600_000,
    },
  };
});
