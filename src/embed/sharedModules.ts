/** What the embed hands its booking-views file: the build it is from, and the bindings it takes. */
export interface SharedModules {
  id: string;
  modules: readonly Record<string, unknown>[];
}

/**
 * The modules the embed shares with its booking-views file. This is the stand-in outside the
 * embed build: there, scripts/build/shareEmbedModules.ts replaces it with one that returns exactly
 * the bindings that file imports, so it runs on the embed's own Preact, contexts and caches
 * instead of copies of them.
 */
export function sharedModules(): SharedModules | undefined {
  return undefined;
}
