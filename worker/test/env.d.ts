// Types of `env` from 'cloudflare:workers' in tests: the worker's bindings plus test-only ones
// added in worker/vitest.config.ts.
import type { D1Migration } from 'cloudflare:test';
import type { Env as WorkerEnv } from '../env.ts';

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_MIGRATIONS: D1Migration[];
      /** The private half of IDENTITY_JWKS, a JWK with its kid (worker/vitest.config.ts). */
      TEST_IDENTITY_PRIVATE_JWK: string;
    }
    // Types `exports` from 'cloudflare:workers' as the worker's own exports.
    interface GlobalProps {
      mainModule: typeof import('../index.ts');
    }
  }
}
