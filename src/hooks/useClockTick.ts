import { useEffect, useState } from 'react';

/**
 * Re-renders the caller every `intervalMs` (default a minute) and returns the time, so views that
 * drop past slots at render time keep doing so while a visitor leaves the page open.
 */
export function useClockTick(intervalMs = 60_000): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((tick) => tick + 1), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return Date.now();
}
