import { options } from 'preact';

/**
 * Preact runs `useEffect` after the next animation frame; React Query subscribes in an effect, so
 * each query step of the first render waited a frame (~16 ms, more on a busy page). A macrotask
 * instead keeps effects after the commit (never inside it) without waiting for a paint. Set by the
 * embed entry only: the npm library runs on the host's React and leaves its scheduling alone.
 */
export function runEffectsWithoutFrame(): void {
  options.requestAnimationFrame = (callback) => {
    setTimeout(callback, 0);
  };
}
