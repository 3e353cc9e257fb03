/**
 * Packages the npm library leaves to the user's bundler: the React peers, msw (an optional peer of
 * `meeting-scheduler/mock`), the dependencies (resolved once per app, shared with the host's own
 * copies) and Node's built-ins (only `meeting-scheduler/mock/server` uses them).
 */
export const libraryExternals: RegExp[] = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@tanstack\/react-query($|\/)/,
  /^msw($|\/)/,
  /^dompurify($|\/)/,
  /^node:/,
];

/** Only the peers: what the size budget leaves out when it measures what a user ships. */
export const peerExternals: RegExp[] = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\/react-query($|\/)/];
