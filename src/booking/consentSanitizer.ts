import type { DOMPurify } from 'dompurify';

type Listener = () => void;

// Our own DOMPurify instance: hooks and config on its default export are shared with the host
// page's own use of it, and a booking widget must not change how the host sanitizes.
let purifier: DOMPurify | undefined;
let loading: Promise<boolean> | undefined;
const listeners = new Set<Listener>();

function hasDom(): boolean {
  return typeof window !== 'undefined' && typeof window.document !== 'undefined';
}

/**
 * The HTML sanitizer of consent texts, loaded on demand: DOMPurify is about 9 kB gzip, and only
 * links with legal consent need it, so the first load of every other widget does not pay for it.
 * Until it is ready (and on a server) consent texts render as escaped plain text.
 */
export const consentSanitizer = {
  /** Starts loading (once); resolves true when HTML can be sanitized here. */
  load(): Promise<boolean> {
    if (purifier) return Promise.resolve(true);
    if (!hasDom()) return Promise.resolve(false);
    loading ??= import('dompurify').then(
      ({ default: createDOMPurify }) => {
        const instance = createDOMPurify(window);
        if (!instance.isSupported) return false;
        purifier = instance;
        for (const listener of listeners) listener();
        return true;
      },
      () => {
        // A failed chunk load (offline): allow a later retry; texts stay plain meanwhile.
        loading = undefined;
        return false;
      },
    );
    return loading;
  },
  /** The instance, once loaded. */
  get(): DOMPurify | undefined {
    return purifier;
  },
  /** For useSyncExternalStore: called once when the sanitizer becomes ready. */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Whether sanitized HTML is available now. */
  isReady(): boolean {
    return purifier !== undefined;
  },
};
