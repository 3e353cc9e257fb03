import { useCallback, useInsertionEffect, useRef } from 'react';
import { reportHostError } from './reportHostError';

/**
 * A stable function that always calls the latest `callback`. Host callbacks are often inline
 * arrows: reading them through a ref means a new arrow never re-runs an effect or re-renders a
 * memoized child, and each widget instance only ever calls its own props. A callback that throws
 * is reported, not rethrown: a bug in the host's analytics must not turn a booking that went
 * through into a failure on screen.
 */
export function useLatestCallback<Args extends unknown[], Result>(
  callback: ((...args: Args) => Result) | undefined,
): (...args: Args) => Result | undefined {
  const ref = useRef(callback);
  // Insertion effects run before layout effects and effects, so the ref is current before any
  // other effect of this commit can call it.
  useInsertionEffect(() => {
    ref.current = callback;
  });
  return useCallback((...args: Args) => {
    try {
      return ref.current?.(...args);
    } catch (error) {
      reportHostError(error);
      return undefined;
    }
  }, []);
}
