// ESLint flat config: typescript-eslint, React hooks 7 (including the React Compiler rules such as
// purity: no clock read during render) and jsx-a11y. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'coverage/',
      'test-results/',
      'public/mockServiceWorker.js',
      'test/runtimes/fixtures/.build/',
      'test/runtimes/fixtures/next-app/.next/',
      'test/runtimes/fixtures/next-app/lib/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (tsc's noUnused* already covers the rest).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Lists styled without bullets lose their list semantics in Safari/VoiceOver unless the role
      // is explicit, so `<ul role="list">` is deliberate.
      'jsx-a11y/no-redundant-roles': ['error', { nav: ['navigation'], ul: ['list'] }],
      // Only the DOM attribute (focus stolen on page load). The components' own `autoFocus` prop
      // means "focus me when this step opens after the visitor's action" and is implemented with
      // an effect.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
    },
  },
  {
    // Scripts the runtime tests start under Bun and Deno, whose globals these are.
    files: ['test/runtimes/fixtures/**'],
    languageOptions: { globals: { Bun: 'readonly', Deno: 'readonly' } },
  },
  {
    // Vitest helpers named use* (useFakeBackend, useFixedClock, useRecordingServer, useGalleryPage)
    // register beforeEach/afterEach hooks at a test file's top level; they are not React hooks.
    files: ['test/**/*.{ts,tsx}'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
