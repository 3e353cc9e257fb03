import { defineConfig } from 'vitest/config';

// Documentation checks that need the built package (`npm run build` first): `npm run test:docs`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/docs/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
