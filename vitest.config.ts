// Two kinds of test: the Node side (shared core, CLI, templates, add-on bundle, end to end)
// and the worker, which runs inside the real Workers runtime (see worker/vitest.config.ts).
import { defineConfig } from 'vitest/config';

// Every date test runs in Copenhagen, so time-zone bugs show: set here so that `npx vitest`,
// the per-part scripts and watch mode all get it, and every child process inherits it.
process.env.TZ = 'Europe/Copenhagen';

export default defineConfig({
  test: {
    projects: [
      './worker/vitest.config.ts',
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'cli/**/*.test.ts',
            'templates/**/*.test.ts',
            'addon/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          // Bounds for a hang, not for speed: a test must pass on a loaded machine (at load 30
          // the demo's workerd alone takes minutes to start), so nothing here races the clock.
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
