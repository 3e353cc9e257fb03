import type { Member, TimeSlot } from '../api/types';

/** Busy ranges sorted by start, with the running maximum of their ends, for O(log n) overlap tests. */
interface BusyIndex {
  starts: Float64Array;
  maxEnds: Float64Array;
}

// Keyed by the busyTimes array itself: the model treats it as immutable, so the index is built
// once per page and reused for every slot the visitor hovers or picks.
const indexes = new WeakMap<TimeSlot[], BusyIndex>();

function indexOf(busyTimes: TimeSlot[]): BusyIndex {
  let index = indexes.get(busyTimes);
  if (!index) {
    const sorted = [...busyTimes].sort((a, b) => a.start - b.start);
    const starts = new Float64Array(sorted.length);
    const maxEnds = new Float64Array(sorted.length);
    let maxEnd = -Infinity;
    sorted.forEach((range, i) => {
      starts[i] = range.start;
      maxEnd = Math.max(maxEnd, range.end);
      maxEnds[i] = maxEnd;
    });
    index = { starts, maxEnds };
    indexes.set(busyTimes, index);
  }
  return index;
}

function isBusy(busyTimes: TimeSlot[], slot: TimeSlot): boolean {
  if (busyTimes.length === 0) return false;
  const { starts, maxEnds } = indexOf(busyTimes);
  // Count the ranges starting before the slot ends; one of them overlaps iff the latest end
  // among them is after the slot starts (half-open intervals: touching is not overlapping).
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] as number) < slot.end) low = mid + 1;
    else high = mid;
  }
  return low > 0 && (maxEnds[low - 1] as number) > slot.start;
}

/**
 * The `userId`s of the members whose busy times leave `slot` free, in the members' order: the
 * `likelyAvailableUserIds` of a book request on round-robin and group links.
 */
export function availableMemberIds(members: Member[], slot: TimeSlot): string[] {
  return members.filter((member) => !isBusy(member.busyTimes, slot)).map((member) => member.userId);
}
