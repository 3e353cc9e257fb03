import { firstDayHarness, type HarnessConfig } from './firstDayHarness';

/**
 * A plain host page: the widget's host element, the clock right after it, then the widget's code
 * (`scripts`, e.g. the embed's script tag; the React page gets its module script from Vite).
 */
export function benchPage(config: HarnessConfig, scripts = ''): string {
  const host =
    config.mode === 'embed'
      ? `<meeting-scheduler slug="${config.slug}" api-base-url="${config.apiBaseUrl}"></meeting-scheduler>`
      : `<div id="app" data-slug="${config.slug}" data-api-base-url="${config.apiBaseUrl}"></div>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>meeting-scheduler bench (${config.mode})</title>
  <link rel="icon" href="data:,">
</head>
<body>
  ${host}
  <script>${firstDayHarness(config)}</script>
  ${scripts}
</body>
</html>
`;
}
