import { vi } from 'vitest';

/**
 * Makes Intl report `timeZone` as the system's zone: formatters made without a zone resolve to it,
 * the others keep theirs. Undone by `vi.restoreAllMocks()` (the config's `restoreMocks`).
 */
export function mockSystemTimeZone(timeZone: string | undefined): void {
  const resolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;
  const processZone = resolvedOptions.call(new Intl.DateTimeFormat()).timeZone;
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
    const options = resolvedOptions.call(this);
    return options.timeZone === processZone ? ({ ...options, timeZone } as Intl.ResolvedDateTimeFormatOptions) : options;
  });
}
