import {
  defaultGalleryState,
  galleryColorSchemes,
  galleryHourCycles,
  galleryLatencies,
  galleryLocales,
  galleryPrefills,
  galleryTabs,
  galleryWidths,
  type GalleryState,
} from './GalleryState';

/** What the parser needs to know to tell a valid hash from a stale or hand-edited one. */
export interface ParseGalleryHashOptions {
  /** Ids the sidebar lists; an unknown `scenario` falls back to `fallbackScenario`. */
  scenarioIds: readonly string[];
  /** Default: the first of `scenarioIds`, or the default state's scenario. */
  fallbackScenario?: string;
  /** Decides whether `tz` names a real IANA zone. */
  isValidTimeZone: (zone: string) => boolean;
}

/**
 * Reads `#scenario=menelson&tz=Asia/Kolkata&width=320` into a full state. Every key is optional and
 * checked on its own: an invalid value falls back to its default and never drops the others, so an
 * old link still opens as close to what it showed as possible.
 */
export function parseGalleryHash(hash: string, options: ParseGalleryHashOptions): GalleryState {
  const params = readHashParams(hash);
  const fallbackScenario = options.fallbackScenario ?? options.scenarioIds[0] ?? defaultGalleryState.scenario;
  const scenario = params.get('scenario');
  const timezone = params.get('tz');
  return {
    scenario: scenario !== undefined && options.scenarioIds.includes(scenario) ? scenario : fallbackScenario,
    timezone: timezone !== undefined && options.isValidTimeZone(timezone) ? timezone : undefined,
    locale: pick(galleryLocales, params.get('locale'), defaultGalleryState.locale),
    hourCycle: pick(galleryHourCycles, params.get('hour'), defaultGalleryState.hourCycle),
    colorScheme: pick(galleryColorSchemes, params.get('scheme'), defaultGalleryState.colorScheme),
    width: pick(galleryWidths, params.get('width'), defaultGalleryState.width),
    latency: pick(galleryLatencies, params.get('latency'), defaultGalleryState.latency),
    prefill: pick(galleryPrefills, params.get('prefill'), defaultGalleryState.prefill),
    tab: pick(galleryTabs, params.get('tab'), defaultGalleryState.tab),
  };
}

/**
 * Splits the hash by hand rather than with URLSearchParams, which reads `+` as a space and would
 * turn `Etc/GMT+5` into an invalid zone. Malformed escapes are skipped, never thrown.
 */
function readHashParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    try {
      params.set(decodeURIComponent(part.slice(0, separator)), decodeURIComponent(part.slice(separator + 1)));
    } catch {
      // A broken escape like `%E0%A4%A` comes from a mangled link: ignore that key only.
    }
  }
  return params;
}

function pick<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback;
}
