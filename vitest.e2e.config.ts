import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: real Chromium driven by playwright-core against built files served on
// 127.0.0.1. One file at a time: two cores cannot run several Chromiums and a build side by side.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
