/**
 * The React page's entry module, as an app using the library writes it: `<MeetingScheduler>` from
 * the built dist/index.js (its own React 19, unlike the embed's preact/compat). The bench mounts
 * it through `window.__benchMountReact(container, props)`, which returns the unmount.
 */
export function reactBenchEntry(distDir: string): string {
  return `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { MeetingScheduler } from ${JSON.stringify(`${distDir}/index.js`)};
import ${JSON.stringify(`${distDir}/style.css`)};

window.__benchMountReact = (container, props) => {
  const root = createRoot(container);
  root.render(createElement(MeetingScheduler, props));
  return () => {
    root.unmount();
    container.remove();
  };
};
`;
}
