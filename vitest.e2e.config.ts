import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: real Chromium driven by playwright-core against built files served on
// 127.0.0.1. Two files at a time, one Chromium each: much of a browser test is waiting (a slow fake
// backend, a page settling), which two cores can overlap; none asserts a wall-clock time. Tests
// marked concurrent (pages waiting out the slow backend side by side) run a few at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    maxConcurrency: 4,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
