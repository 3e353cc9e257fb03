import { afterEach } from 'vitest';

// Only DOM test files need Testing Library and jest-dom; most unit and node files run in Node's
// environment, where importing react-dom for nothing cost every file about half a second.
if (typeof document !== 'undefined') {
  const { cleanup, configure } = await import('@testing-library/react');
  await import('@testing-library/jest-dom/vitest');
  // The form's chunk is imported on demand; on a loaded machine vite's first transform of it can
  // take over the default 1 s of findBy*, which is a wait for the view, not a speed requirement.
  configure({ asyncUtilTimeout: 5_000 });
  afterEach(() => {
    cleanup();
  });
}
