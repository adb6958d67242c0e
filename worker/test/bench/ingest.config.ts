// Runs the snapshot-ingest benchmark (ingest.bench.ts) inside workerd with the worker's own
// test set-up (local D1 with migrations). By hand only, never part of the test suite:
//   BENCH_HOLDINGS=100000 npx vitest run --config worker/test/bench/ingest.config.ts
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import workerConfig from '../../vitest.config.ts';

export default defineConfig(async (configEnv) => {
  const base = (await (typeof workerConfig === 'function'
    ? workerConfig(configEnv)
    : workerConfig)) as ViteUserConfig;
  return {
    ...base,
    define: { ...base.define, BENCH_HOLDINGS: JSON.stringify(Number(process.env.BENCH_HOLDINGS ?? 100_000)) },
    test: {
      ...base.test,
      name: 'worker-ingest-bench',
      include: ['test/bench/ingest.bench.ts'],
      testTimeout: 600_000,
    },
  };
});
