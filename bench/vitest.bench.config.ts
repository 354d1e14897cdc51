// Benchmarks run as long Vitest "tests" in Node: one file at a time, no time limit, output shown.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../vite.config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['bench/**/*.bench.ts'],
      testTimeout: 0,
      hookTimeout: 0,
      fileParallelism: false,
      silent: false,
    },
  }),
);
