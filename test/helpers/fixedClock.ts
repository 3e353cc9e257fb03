import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Fixes the clock (Date only, so user-event and waitFor keep real timers) for a test file: the
 * computed scenarios then offer the same days on every run and every machine.
 */
export function useFixedClock(iso: string): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
