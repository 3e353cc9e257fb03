import { benchHarness, BENCH_API_BASE } from './benchHarness';

/** The pages `npm run bench` loads; the zone is the bench browser's (America/New_York). */
const BOOKING_INFO_URL = (slug: string): string => `${BENCH_API_BASE}/scheduler/v3/meetings/meeting-links/book/${slug}?timezone=America%2FNew_York`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title}</title>
  <link rel="icon" href="data:,">
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The limit page's script: one fetch of the same booking info, one JSON.parse, one plain DOM render
 * (a grid of day buttons for the first duration). What any widget showing that data would need at
 * the very least.
 */
export function limitScript(slug: string): string {
  return `(() => {
  let resolve;
  const done = new Promise((r) => { resolve = r; });
  window.__bench = { cold: () => done };
  fetch(${JSON.stringify(BOOKING_INFO_URL(slug))}, { headers: { Accept: 'application/json' } })
    .then((response) => response.text())
    .then((text) => {
      const info = JSON.parse(text);
      const first = Object.values(info.linkAvailability.linkAvailabilityByDuration)[0].availabilities;
      const grid = document.createElement('div');
      grid.setAttribute('role', 'grid');
      const seen = new Set();
      for (const slot of first) {
        const day = new Date(slot.startMillisUtc).toDateString();
        if (seen.has(day)) continue;
        seen.add(day);
        const button = document.createElement('button');
        button.textContent = day;
        button.dataset.available = '';
        grid.append(button);
      }
      document.getElementById('widget').append(grid);
      resolve(performance.now());
    });
})();
`;
}

/** The limit page: {@link limitScript} inline, so the request starts as the HTML is parsed. */
export function limitPage(slug: string): string {
  return page('bench: limit page', `<div id="widget"></div>\n<script>\n${limitScript(slug)}</script>`);
}

/**
 * The floor of a script-tag widget: the limit page's script loaded from `file`, as any script-tag
 * widget is loaded (one more round trip before the request can start).
 */
export function limitScriptPage(file: string): string {
  return page(`bench: ${file}`, `<div id="widget"></div>\n<script src="/${file}"></script>`);
}

/**
 * A page with a `<meeting-scheduler>` in the HTML, the clock, then `script` (the loader or the
 * embed); with the loader, the embed preloaded as the README recommends, so its download does not
 * wait for the loader's.
 */
export function embedPage(slug: string, script: string): string {
  const preload = script === 'meeting-scheduler.js' ? '<link rel="preload" as="script" href="/meeting-scheduler.embed.js">\n' : '';
  return page(
    `bench: ${script}`,
    `${preload}<meeting-scheduler id="widget" slug="${slug}" api-base-url="${BENCH_API_BASE}"></meeting-scheduler>
<script>${benchHarness()}</script>
<script src="/${script}"></script>`,
  );
}

/** The warm page: the clock, the embed's script and the React app (its module script added by Vite); widgets are mounted by the bench. */
export function warmPage(): string {
  return page('bench: warm page', `<script>${benchHarness()}</script>\n<script src="/meeting-scheduler.embed.js"></script>\n<script type="module" src="./entry.js"></script>`);
}
