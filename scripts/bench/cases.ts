import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimeSlot } from '../../src/api/types';
import { parseBookingInfo } from '../../src/api/parseBookingInfo';
import { groupMonthDays } from '../../src/scheduling/groupMonthDays';
import { groupSlotsByDay } from '../../src/scheduling/groupSlotsByDay';
import { mergeSlots } from '../../src/scheduling/mergeSlots';
import { clearZoneOffsetSegments } from '../../src/scheduling/zoneOffsetSegmentAt';
import { makeSlots, seededRandom } from './data';

/** A timed call; `setup` runs untimed before each (fresh inputs where a cache would flatter). */
export interface PureCase {
  name: string;
  setup?: () => void;
  run: () => unknown;
}

/** Cases timed interleaved with their baseline, the baseline first. */
export interface PureSection {
  title: string;
  baseline: PureCase;
  cases: PureCase[];
}

const MIN = 60_000;
const DAY = 86_400_000;

/** The 52k case: 6 months × 3 durations (15, 30, 60 min) × 5-minute starts over 8-hour days, merged and sorted. */
export function make52kSlots(from = Date.UTC(2026, 0, 5)): TimeSlot[] {
  const lists = [15, 30, 60].map((minutes) => {
    const list: TimeSlot[] = [];
    for (let day = 0; day < 180; day++) {
      const open = from + day * DAY + 13 * 60 * MIN;
      for (let start = open; start < open + 8 * 60 * MIN; start += 5 * MIN) list.push({ start, end: start + minutes * MIN });
    }
    return list;
  });
  return mergeSlots(...lists);
}

function shuffled<T>(items: readonly T[]): T[] {
  const random = seededRandom(7);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

// Results go here so the engine cannot drop a call whose value is never used.
export let sink: unknown;

/** The plain implementation's core: one `Intl.DateTimeFormat` format per slot, nothing else. */
function plainIntlPass(slots: readonly TimeSlot[], timeZone: string): void {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
  let last = '';
  for (const slot of slots) last = format.format(slot.start);
  sink = last;
}

/** What `npm run bench` times in Node; the first section's figures are the goals. */
export function pureSections(fixturesDir: string): PureSection[] {
  const slots52k = make52kSlots();
  const shuffled52k = shuffled(slots52k);
  const docsText = readFileSync(join(fixturesDir, 'booking-info.json'), 'utf8');
  const shuffled50k = makeSlots(50_000);
  const zones = ['America/New_York', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
  return [
    ...zones.map((zone) => ({
      title: `groupSlotsByDay, ${slots52k.length} slots, ${zone}`,
      baseline: { name: `plain Intl.DateTimeFormat pass, ${zone}`, run: () => plainIntlPass(slots52k, zone) },
      cases: [
        { name: `groupSlotsByDay sorted (as parsed), ${zone}`, run: () => groupSlotsByDay(slots52k, zone) },
        {
          name: `groupSlotsByDay sorted, zone's first grouping, ${zone}`,
          setup: clearZoneOffsetSegments,
          run: () => groupSlotsByDay(slots52k, zone),
        },
        { name: `groupSlotsByDay shuffled (sorts), ${zone}`, run: () => groupSlotsByDay(shuffled52k, zone) },
        {
          // What a render, a day click or a focus move costs now: a lookup in the memo.
          name: `groupMonthDays per render (memoized), ${zone}`,
          run: () => groupMonthDays(slots52k, zone, '2026-03', Date.UTC(2026, 0, 5)),
        },
      ],
    })),
    {
      title: 'the documentation payload (booking-info.json)',
      baseline: { name: 'JSON.parse of the booking info', run: () => JSON.parse(docsText) as unknown },
      cases: [
        {
          name: 'JSON.parse + parseBookingInfo + group every duration',
          run: () => {
            const info = parseBookingInfo(JSON.parse(docsText));
            return Object.values(info.availability.slotsByDuration).map((list) => groupSlotsByDay(list, 'America/New_York'));
          },
        },
      ],
    },
    {
      title: 'mergeSlots, 50k shuffled slots with ~5% duplicates',
      baseline: { name: 'Array.prototype.sort of a copy', run: () => [...shuffled50k].sort((a, b) => a.start - b.start || a.end - b.end) },
      cases: [{ name: 'mergeSlots (validate, sort, de-duplicate)', run: () => mergeSlots(shuffled50k) }],
    },
  ];
}

/** Times one call of `bench` (its setup untimed), in ms. */
export function timeOnce(bench: PureCase): number {
  bench.setup?.();
  const start = performance.now();
  sink = bench.run();
  return performance.now() - start;
}
