import { useEffect, useState } from 'react';

/**
 * The time, read once when the caller mounts and again every `intervalMs`, so views that drop past
 * slots keep doing so while a visitor leaves the page open. The one place the flow reads the
 * clock: the value is passed down, never read again during render (which would make renders
 * impure and a server render disagree with the browser).
 *
 * @param intervalMs - How often the time is read again. @defaultValue 60000 (a minute)
 * @param enabled - `false` when the caller is given the time instead: no timer runs. @defaultValue true
 */
export function useClockTick(intervalMs = 60_000, enabled = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs, enabled]);
  return now;
}
