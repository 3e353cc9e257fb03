import type { FakeInstant } from '../FakeLinkDefinition';

/** A fixed instant, or one computed from "now". */
export function resolveInstant(instant: FakeInstant | undefined, now: number): number | undefined {
  return typeof instant === 'function' ? instant(now) : instant;
}
