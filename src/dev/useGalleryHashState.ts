import { useCallback, useEffect, useRef, useState } from 'react';
import { formatGalleryHash } from './formatGalleryHash';
import type { GalleryState } from './GalleryState';
import { parseGalleryHash, type ParseGalleryHashOptions } from './parseGalleryHash';

/** The gallery state and a way to change it; the URL hash is the single source of truth. */
export type GalleryHashState = [GalleryState, (patch: Partial<GalleryState>) => void];

/**
 * Mirrors the gallery state in `location.hash`. Sidebar links change the hash themselves (real
 * links: they open in a new tab, and Back returns to the previous scenario); control changes
 * replace the current history entry so Back is not flooded with every width tried.
 */
export function useGalleryHashState(options: ParseGalleryHashOptions): GalleryHashState {
  const [state, setState] = useState(() => parseGalleryHash(window.location.hash, options));
  // The latest state for `update`, so two quick control changes never overwrite each other.
  // Only `sync` and `update` change the state, and both keep this in step.
  const latest = useRef(state);
  // The options are fixed for the page's life (the scenario list is static): the first ones win.
  const [fixedOptions] = useState(options);

  useEffect(() => {
    const sync = () => {
      const next = parseGalleryHash(window.location.hash, fixedOptions);
      latest.current = next;
      setState(next);
      // Show the fallback in the address bar when the hash was invalid, so a copied link is honest.
      const canonical = formatGalleryHash(next);
      if (canonical !== window.location.hash) window.history.replaceState(window.history.state, '', canonical);
    };
    sync();
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }, [fixedOptions]);

  const update = useCallback((patch: Partial<GalleryState>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    window.history.replaceState(window.history.state, '', formatGalleryHash(next));
    setState(next);
  }, []);

  return [state, update];
}
