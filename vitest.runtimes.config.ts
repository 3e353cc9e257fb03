import { defineConfig } from 'vitest/config';

// The proxy in real runtimes (Node http, Express, Next.js, workerd, Deno, Bun): servers started
// from the tests on 127.0.0.1, one file at a time, slow to start (Next compiles on first request).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/runtimes/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
