import { useCallback, useState } from 'react';

/**
 * State a caller may own (controlled: `value` with `onChange`) or leave to the hook (uncontrolled,
 * starting from `defaultValue`), the way React Aria's state hooks work. Controlled as soon as
 * `value` is not undefined.
 */
export function useControllableState<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((value: T) => void) | undefined,
): [T, (value: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? value : own, set];
}
