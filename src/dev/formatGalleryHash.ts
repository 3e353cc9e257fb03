import { defaultGalleryState, type GalleryState } from './GalleryState';

/**
 * Writes the state as a hash, e.g. `#scenario=menelson&tz=Asia/Kolkata&width=320`. Only values
 * that differ from the defaults are written so shared links stay short and readable; `/` is kept
 * as is for the same reason (it needs no escaping in a fragment), `+` and `&` are escaped.
 */
export function formatGalleryHash(state: GalleryState): string {
  const entries: [string, string | undefined, string | undefined][] = [
    ['scenario', state.scenario, undefined],
    ['tz', state.timezone, defaultGalleryState.timezone],
    ['locale', state.locale, defaultGalleryState.locale],
    ['hour', state.hourCycle, defaultGalleryState.hourCycle],
    ['scheme', state.colorScheme, defaultGalleryState.colorScheme],
    ['width', state.width, defaultGalleryState.width],
    ['latency', state.latency, defaultGalleryState.latency],
    ['prefill', state.prefill, defaultGalleryState.prefill],
    ['tab', state.tab, defaultGalleryState.tab],
  ];
  const parts = entries
    .filter(([, value, fallback]) => value !== undefined && value !== fallback)
    .map(([key, value]) => `${key}=${encodeURIComponent(value ?? '').replaceAll('%2F', '/')}`);
  return `#${parts.join('&')}`;
}
