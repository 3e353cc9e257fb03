import { useInsertionEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the latest `value`, for reading a prop inside long-lived closures
 * (a client created once, an event handler) without recreating them on every render.
 */
export function useLatestRef<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useInsertionEffect(() => {
    ref.current = value;
  });
  return ref;
}
