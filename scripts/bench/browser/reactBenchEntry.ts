/**
 * The React page's entry module, as an app using the library writes it: render
 * `<MeetingScheduler>` from the built dist/index.js (its own React 19, unlike the embed's
 * preact/compat) into #app at startup. `window.__benchMountReact` lets the clock remount it.
 */
export function reactBenchEntry(distDir: string): string {
  return `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { MeetingScheduler } from ${JSON.stringify(`${distDir}/index.js`)};
import ${JSON.stringify(`${distDir}/style.css`)};

function mount(container, props) {
  const root = createRoot(container);
  root.render(createElement(MeetingScheduler, props));
  return () => root.unmount();
}
window.__benchMountReact = mount;
const app = document.getElementById('app');
window.__benchUnmountApp = mount(app, { slug: app.dataset.slug, apiBaseUrl: app.dataset.apiBaseUrl });
`;
}
