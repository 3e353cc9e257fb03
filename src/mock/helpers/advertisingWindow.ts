import type { FakeLinkDefinition } from '../FakeLinkDefinition';
import { resolveInstant } from './resolveInstant';

const WEEK_MS = 7 * 86_400_000;

/** Default of `weeksToAdvertise`, as HubSpot creates new links. */
export const DEFAULT_WEEKS_TO_ADVERTISE = 2;

/**
 * Where slot starts may fall: after `earliestExclusive` (now + minimum notice) and from the custom
 * start on, and before `end` (the custom end, else weeksToAdvertise after now or the custom start).
 */
export function advertisingWindow(
  link: FakeLinkDefinition,
  now: number,
): { earliestExclusive: number; start: number; end: number } {
  const customStart = resolveInstant(link.customAvailabilityStartDate, now);
  const customEnd = resolveInstant(link.customAvailabilityEndDate, now);
  const earliestExclusive = now + (link.minimumNoticeMs ?? 0);
  const start = customStart ?? Number.NEGATIVE_INFINITY;
  const weeks = link.weeksToAdvertise ?? DEFAULT_WEEKS_TO_ADVERTISE;
  const end = customEnd ?? Math.max(now, customStart ?? now) + weeks * WEEK_MS;
  return { earliestExclusive, start, end };
}
