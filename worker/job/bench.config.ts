// Runs the nightly-job benchmark (nightly.bench.ts) inside workerd with the worker's own test
// set-up (local D1 with migrations, MODE=local). By hand only, never part of the test suite:
//   BENCH_REGISTERS=100 BENCH_HOLDINGS=1000 npx vitest run --config worker/job/bench.config.ts
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import workerConfig from '../vitest.config.ts';

export default defineConfig(async (configEnv) => {
  const base = (await (typeof workerConfig === 'function'
    ? workerConfig(configEnv)
    : workerConfig)) as ViteUserConfig;
  const define = {
    BENCH_REGISTERS: JSON.stringify(Number(process.env.BENCH_REGISTERS ?? 100)),
    BENCH_HOLDINGS: JSON.stringify(Number(process.env.BENCH_HOLDINGS ?? 1000)),
  };
  return {
    ...base,
    define: { ...base.define, ...define },
    test: {
      ...base.test,
      name: 'worker-bench',
      include: ['job/nightly.bench.ts'],
      testTimeout: 3_600_000,
      hookTimeout: 3_600_000,
    },
  };
});
