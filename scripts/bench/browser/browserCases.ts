/** A browser case: which page, and whether to time its first load or remounts on the warm page. */
export interface BrowserCase {
  name: string;
  /** The page, on the bench's static server. */
  path: string;
  /**
   * `cold`: a new browser context (empty HTTP and code caches) per run, timed from page start.
   * `remount`: one page; the widget is unmounted and a new one mounted per run.
   */
  kind: 'cold' | 'remount';
  /** The React page is bundled with Vite before the browser starts. */
  needsReactBuild: boolean;
}

/** What `npm run bench` times in Chromium: mount → first clickable day, against the fake backend. */
export const browserCases: BrowserCase[] = [
  { name: 'embed <script>: first load → clickable day', path: '/embed.html', kind: 'cold', needsReactBuild: false },
  { name: 'embed <script>: remount → clickable day', path: '/embed.html', kind: 'remount', needsReactBuild: false },
  { name: 'React library: first load → clickable day', path: '/react/index.html', kind: 'cold', needsReactBuild: true },
  { name: 'React library: remount → clickable day', path: '/react/index.html', kind: 'remount', needsReactBuild: true },
];
