import { getTimeZoneOffset } from './getTimeZoneOffset';

/** An interval `[from, to)` (epoch ms) over which a zone's UTC offset is `offset` ms. */
export interface OffsetSegment {
  from: number;
  to: number;
  offset: number;
}

const HOUR = 3_600_000;
/**
 * Probe spacing. The one assumption: no zone changes its offset and back within a day (none in
 * the tz database does; the property tests compare with Intl in every zone it knows).
 */
const PROBE_STEP = 24 * HOUR;
/** A segment never spans more than this, so a zone without transitions is probed a bounded time ahead. */
const MAX_SPAN = 62 * 24 * HOUR;
/** Segments kept per zone; a long session over many zones cannot grow memory without bound. */
const MAX_SEGMENTS = 256;

const segmentsByZone = new Map<string, OffsetSegment[]>();

/** The first instant in `(from, to]` whose offset is not `offset`, by bisection with Intl. */
function firstChange(timeZone: string, from: number, to: number, offset: number): number {
  let lo = from;
  let hi = to;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (getTimeZoneOffset(timeZone, mid) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Measures a new segment starting at `at`: probes ahead until the offset changes or MAX_SPAN. */
function measureSegment(timeZone: string, at: number): OffsetSegment {
  const offset = getTimeZoneOffset(timeZone, at);
  let verified = at;
  while (verified - at < MAX_SPAN) {
    const probe = verified + PROBE_STEP;
    if (getTimeZoneOffset(timeZone, probe) !== offset) {
      // The transition itself is found and checked against Intl, to the millisecond.
      return { from: at, to: firstChange(timeZone, verified, probe, offset), offset };
    }
    verified = probe;
  }
  return { from: at, to: verified + 1, offset };
}

/**
 * The offset segment of `timeZone` containing `at`: each segment ends exactly at a transition
 * Intl reports (or after ~2 months without one), so grouping a zone's slots costs a few dozen Intl
 * calls per two months of data instead of one per slot. Cached per zone across calls. Throws a
 * RangeError for an invalid zone.
 */
export function zoneOffsetSegmentAt(timeZone: string, at: number): OffsetSegment {
  let segments = segmentsByZone.get(timeZone);
  if (segments) {
    // Newest first: sorted input asks for the segment it just made, or the one after.
    for (let i = segments.length - 1; i >= 0; i--) {
      const segment = segments[i] as OffsetSegment;
      if (at >= segment.from && at < segment.to) return segment;
    }
  } else {
    segments = [];
    segmentsByZone.set(timeZone, segments);
  }
  const segment = measureSegment(timeZone, at);
  if (segments.length >= MAX_SEGMENTS) segments.splice(0, segments.length / 2);
  segments.push(segment);
  return segment;
}

/** Forgets every measured segment (for benchmarks of a zone's first grouping). */
export function clearZoneOffsetSegments(): void {
  segmentsByZone.clear();
}
