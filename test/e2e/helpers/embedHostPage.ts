import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes `embed.html` and `embed-mount.js` into `dir`: the trap, the built embed, and
 * `window.__mount(slug, apiBaseUrl, extra)` / `window.__unmount()` over `MeetingScheduler.mount`,
 * and `window.__mountMany(slugs, apiBaseUrl)` adding one `<meeting-scheduler>` per slug.
 * No inline script or style, so the page works under strict CSPs.
 */
export function writeEmbedHostPage(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'embed-mount.js'),
    `let handle;
     window.__mount = (slug, apiBaseUrl, extra) => {
       if (handle) handle.unmount();
       handle = window.MeetingScheduler.mount(document.getElementById('widget'), Object.assign(
         { slug, apiBaseUrl, timezone: 'America/New_York', locale: 'en-US' }, extra || {}));
     };
     window.__unmount = () => { if (handle) handle.unmount(); handle = undefined; };
     window.__mountMany = (slugs, apiBaseUrl) => {
       const box = document.getElementById('many');
       box.replaceChildren();
       for (const slug of slugs) {
         const element = document.createElement('meeting-scheduler');
         element.setAttribute('slug', slug);
         element.setAttribute('api-base-url', apiBaseUrl);
         element.setAttribute('timezone', 'America/New_York');
         element.setAttribute('locale', 'en-US');
         box.append(element);
       }
     };`,
  );
  writeFileSync(
    join(dir, 'embed.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed host</title><link rel="icon" href="data:,">
<script src="/trap.js"></script><script src="/dist/meeting-scheduler.embed.js"></script></head>
<body><h1>Host</h1><div id="widget"></div><div id="many"></div><script src="/embed-mount.js"></script></body></html>`,
  );
}
