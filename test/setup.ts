import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The form's chunk is imported on demand; on a loaded machine vite's first transform of it can
// take over the default 1 s of findBy*, which is a wait for the view, not a speed requirement.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});
