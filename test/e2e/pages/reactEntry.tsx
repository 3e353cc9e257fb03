// A host page's own React app using the built npm package (dist/index.js), bundled by the
// Trusted Types, heap and accessibility tests: `window.__mount(slug, apiBaseUrl, extra)` renders
// (extra props over the defaults, like the embed page's), `window.__unmount()` removes.
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
// @ts-expect-error dist/ has no declarations next to the file; the built package is what is tested.
import { MeetingScheduler } from '../../../dist/index.js';

let root: Root | undefined;
const target = document.getElementById('app')!;
Object.assign(window, {
  __mount(slug: string, apiBaseUrl: string, extra?: Record<string, unknown>) {
    root?.unmount();
    root = createRoot(target);
    root.render(createElement(MeetingScheduler, { slug, apiBaseUrl, timezone: 'America/New_York', locale: 'en-US', ...extra }));
  },
  __unmount() {
    root?.unmount();
    root = undefined;
  },
});
