/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev page (index.html → src/dev) and the test runner share this config.
// Library and embed builds have their own configs under scripts/.
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { outDir: 'dist-gallery' },
  test: {
    environment: 'jsdom',
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/component/**/*.test.{ts,tsx}', 'test/node/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    restoreMocks: true,
    testTimeout: 15_000,
    // Vitest's default leaves one core to its main process, which mostly waits: one worker on a
    // 2-core CI machine, where npm test took 292 s against 167 s with two.
    maxWorkers: '100%',
    // Type tests (test/types/*.test-d.ts): checked by tsc as part of `npm test`, not run.
    typecheck: {
      enabled: true,
      include: ['test/types/**/*.test-d.ts'],
      tsconfig: 'tsconfig.json',
    },
  },
});
