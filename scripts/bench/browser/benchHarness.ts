/** Where the widgets find the bench's API: same origin, under /api. */
export const BENCH_API_BASE = '/api';

/**
 * The in-page clock, a classic inline script placed before the widget's code, defining
 * `window.__bench`. Times are `performance.now()`, so a first load is measured from navigation
 * start, the same zero for the widget and for the limit page.
 *
 * - `cold()`: navigation start → first enabled day (`button[data-available]` in the calendar grid)
 *   of the widget already in the HTML (`#widget`).
 * - `bare(slug)`: one fetch of the booking info + `text()` + `JSON.parse`, the floor of a mount.
 * - `remount(kind, slug)`: a new `<meeting-scheduler>` (kind `embed`) or `<MeetingScheduler>` in a
 *   new div (kind `react`) → first enabled day; the code is parsed and warm, the data is not.
 * - `clickDay(kind)`: clicks the next enabled, unselected day of the mounted widget → the commit
 *   that marks it selected, seen by a MutationObserver (no frame or polling in the number).
 * - `plainDay()`: the baseline of a click: replacing a list with one day's 96 plain buttons.
 *
 * Shadow roots are watched from `attachShadow` on, since observers do not cross them; the first
 * load is watched from this script's run, not from when the bench asks (a late ask used to count
 * Playwright's round trip against the widget but not the limit page). Plain
 * JavaScript in a string: functions serialized by Playwright would carry tsx's helpers.
 */
export function benchHarness(): string {
  return `
(() => {
  const API = ${JSON.stringify(BENCH_API_BASE)};
  const SELECTOR = '[role="grid"] button[data-available]';
  const TIMEOUT_MS = 20000;
  const roots = new WeakMap();
  // Watchers waiting for a host's shadow root: told the moment it exists, before anything is in it.
  const shadowWatchers = new Set();
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    for (const watcher of [...shadowWatchers]) watcher(this, root);
    return root;
  };
  const rootOf = (host) => (host.localName === 'meeting-scheduler' ? roots.get(host) : host);
  // Resolves with performance.now() the moment check(root) holds, checked on every mutation.
  const when = (host, check, what) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error(what + ': not within ' + TIMEOUT_MS + ' ms')); }, TIMEOUT_MS);
    const test = () => {
      const root = rootOf(host);
      if (!root || !check(root)) return false;
      clearTimeout(timer);
      observer.disconnect();
      resolve(performance.now());
      return true;
    };
    const observer = new MutationObserver(test);
    observer.observe(host, { subtree: true, childList: true, attributes: true });
    if (test()) return;
    const existing = rootOf(host);
    if (existing && existing !== host) {
      observer.observe(existing, { subtree: true, childList: true, attributes: true });
    } else if (!existing) {
      const watcher = (shadowHost, root) => {
        if (shadowHost !== host) return;
        shadowWatchers.delete(watcher);
        observer.observe(root, { subtree: true, childList: true, attributes: true });
      };
      shadowWatchers.add(watcher);
      setTimeout(() => shadowWatchers.delete(watcher), TIMEOUT_MS);
    }
  });
  const firstDay = (host, what) => when(host, (root) => root.querySelector(SELECTOR) !== null, what);
  const hosts = { embed: null, react: null };
  const unmounts = { embed: () => {}, react: () => {} };
  const mount = (kind, slug) => {
    unmounts[kind]();
    let host;
    if (kind === 'embed') {
      host = document.createElement('meeting-scheduler');
      host.setAttribute('slug', slug);
      host.setAttribute('api-base-url', API);
      unmounts.embed = () => host.remove();
      return { host, start: () => document.body.append(host) };
    }
    host = document.createElement('div');
    document.body.append(host);
    return { host, start: () => { unmounts.react = window.__benchMountReact(host, { slug, apiBaseUrl: API }); } };
  };
  // Watched from here on (this script runs after the widget's tag, before its code), so the time is
  // that of the render, however late the bench asks for it (the limit page does the same).
  const widget = document.getElementById('widget');
  const coldLoad = widget ? firstDay(widget, 'first load') : undefined;
  coldLoad?.catch(() => {});
  window.__bench = {
    cold: () => coldLoad ?? Promise.reject(new Error('no #widget on this page')),
    async bare(slug) {
      const start = performance.now();
      const response = await fetch(API + '/scheduler/v3/meetings/meeting-links/book/' + slug + '?timezone=America%2FNew_York', { headers: { Accept: 'application/json' } });
      window.__benchSink = JSON.parse(await response.text());
      return performance.now() - start;
    },
    async remount(kind, slug) {
      const next = mount(kind, slug);
      // Let the old widget finish unmounting and aborting before the clock starts.
      await new Promise((r) => setTimeout(r, 30));
      hosts[kind] = next.host;
      const start = performance.now();
      next.start();
      return (await firstDay(next.host, kind + ' remount')) - start;
    },
    async clickDay(kind) {
      const root = rootOf(hosts[kind]);
      const days = [...root.querySelectorAll(SELECTOR + ':not([data-selected])')];
      if (days.length === 0) throw new Error('no enabled day to click');
      const day = days[0];
      const done = when(hosts[kind], () => day.hasAttribute('data-selected'), kind + ' day click');
      const start = performance.now();
      day.click();
      return (await done) - start;
    },
    async plainDay() {
      const list = document.getElementById('plain') ?? document.body.appendChild(Object.assign(document.createElement('ul'), { id: 'plain' }));
      const done = new Promise((resolve) => new MutationObserver((_, o) => { o.disconnect(); resolve(performance.now()); }).observe(list, { childList: true }));
      const start = performance.now();
      const items = [];
      for (let i = 0; i < 96; i++) { const li = document.createElement('li'); const b = document.createElement('button'); b.textContent = (9 + Math.floor(i / 12)) + ':' + String((i % 12) * 5).padStart(2, '0'); li.append(b); items.push(li); }
      list.replaceChildren(...items);
      return (await done) - start;
    },
  };
})();`;
}
