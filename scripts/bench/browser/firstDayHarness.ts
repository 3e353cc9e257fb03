/** What the in-page harness mounts: the script-tag element, or the library's React component. */
export interface HarnessConfig {
  mode: 'embed' | 'react';
  slug: string;
  apiBaseUrl: string;
}

/**
 * The in-page clock, as a classic inline script placed right after the widget's host in the page
 * (before the widget's own script), defining `window.__bench`:
 *
 * - `cold()`: page start (this script) → first clickable day of the widget in the HTML, so it
 *   includes loading, parsing and running the widget's code.
 * - `remount()`: unmounts the current widget, waits for it to settle, then times appending a new
 *   `<meeting-scheduler>` (embed) or rendering `<MeetingScheduler>` into a new div (react) →
 *   first clickable day, with the code already parsed and warm.
 *
 * "Clickable day" is a `button[data-available]` in the calendar grid; a MutationObserver sees it
 * in the same task React commits it, so neither polling delay nor frame rate is in the number.
 * The embed's shadow root is watched from `attachShadow` on, since observers do not cross it.
 * Plain JavaScript in a string: functions serialized by Playwright would carry tsx's helpers.
 */
export function firstDayHarness(config: HarnessConfig): string {
  return `
(() => {
  const config = ${JSON.stringify(config)};
  const SELECTOR = '[role="grid"] button[data-available]';
  const TIMEOUT_MS = 15000;
  const pageStart = performance.now();
  const deferreds = new WeakMap();
  const deferred = (key) => {
    if (!deferreds.has(key)) {
      let resolve;
      const promise = new Promise((r) => { resolve = r; });
      deferreds.set(key, { promise, resolve });
    }
    return deferreds.get(key);
  };
  const watch = (key, root) => {
    const found = () => root.querySelector(SELECTOR) !== null;
    if (found()) return deferred(key).resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      deferred(key).resolve(performance.now());
    });
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-available'] });
  };
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (this.localName === 'meeting-scheduler') watch(this, root);
    return root;
  };
  const elapsedSince = (start, key, what) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(what + ': no clickable day within ' + TIMEOUT_MS + ' ms')), TIMEOUT_MS);
    deferred(key).promise.then((at) => { clearTimeout(timer); resolve(at - start); });
  });

  let current = document.currentScript.previousElementSibling;
  // The React page's entry renders into #app when it loads and leaves its unmount here.
  let unmountReact = () => window.__benchUnmountApp?.();
  if (config.mode === 'react') watch(current, current);

  // Mounts a fresh widget and returns its key once the clock has started.
  const mountEmbed = () => {
    const host = document.createElement('meeting-scheduler');
    host.setAttribute('slug', config.slug);
    host.setAttribute('api-base-url', config.apiBaseUrl);
    return { host, start: () => document.body.append(host) };
  };
  const mountReact = () => {
    const host = document.createElement('div');
    document.body.append(host);
    watch(host, host);
    return { host, start: () => { unmountReact = window.__benchMountReact(host, { slug: config.slug, apiBaseUrl: config.apiBaseUrl }); } };
  };

  window.__bench = {
    cold: () => elapsedSince(pageStart, current, 'first load'),
    async remount() {
      unmountReact();
      current.remove();
      // The old widget unmounts a microtask later and aborts its requests; let that finish first.
      await new Promise((r) => setTimeout(r, 50));
      const next = config.mode === 'react' ? mountReact() : mountEmbed();
      current = next.host;
      const start = performance.now();
      next.start();
      return elapsedSince(start, current, 'remount');
    },
  };
})();`;
}
