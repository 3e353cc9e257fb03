/**
 * Where the built script-tag bundle is reachable from the gallery: the dev server serves the
 * project folder, so `dist/` is under `/dist/`; the built gallery is served next to `dist/`
 * (e2e tests: `serveStatic(['dist-gallery', 'dist'])`), so the bundle sits at the root.
 */
export const embedBundleUrl: string = import.meta.env.DEV
  ? '/dist/meeting-scheduler.embed.js'
  : '/meeting-scheduler.embed.js';
