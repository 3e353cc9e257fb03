import { isValidTimeZone } from './isValidTimeZone';
import { modernTimeZoneName } from './modernTimeZoneName';
import { systemTimeZone } from './systemTimeZone';

/**
 * The zone to show times in: `preferred` when valid, else the browser's, else `UTC`; by its current
 * IANA name (`Asia/Calcutta` → `Asia/Kolkata`) so it matches an entry of `listTimeZones()`.
 */
export function resolveTimeZone(preferred?: string): string {
  if (isValidTimeZone(preferred)) return modernTimeZoneName(preferred);
  const system = systemTimeZone();
  return system ? modernTimeZoneName(system) : 'UTC';
}
