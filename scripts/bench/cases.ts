import { formatTime } from '../../src/i18n/formatters/formatTime';
import { availableMemberIds } from '../../src/scheduling/availableMemberIds';
import { buildMonthGrid } from '../../src/scheduling/buildMonthGrid';
import { addMonthsToKey } from '../../src/scheduling/addMonthsToKey';
import { groupSlotsByDay } from '../../src/scheduling/groupSlotsByDay';
import { listTimeZones } from '../../src/scheduling/listTimeZones';
import { mergeAvailabilityPages } from '../../src/scheduling/mergeAvailabilityPages';
import { mergeSlots } from '../../src/scheduling/mergeSlots';
import { searchTimeZones } from '../../src/scheduling/searchTimeZones';
import { brandingToCssVariables } from '../../src/theme/brandingToCssVariables';
import { makeMembers, makePages, makeSlots } from './data';
import type { BenchCase } from './measure';

const slots10k = makeSlots(10_000);
const slots50k = makeSlots(50_000);
const lists = [makeSlots(20_000, 30, 4), makeSlots(20_000, 30, 5), makeSlots(10_000, 30, 4)];
const pages = makePages(12, 1_500);
const members = makeMembers(20, 5_000);
const probeSlots = makeSlots(1_000, 30, 9);
const zones = listTimeZones();
const at = Date.UTC(2025, 0, 15);

/** What `npm run bench` measures: the pure logic at the scale of a busy year-long team calendar. */
export const cases: BenchCase[] = [
  ...['America/New_York', 'Asia/Kolkata', 'Pacific/Chatham'].map((zone) => ({
    name: `groupSlotsByDay 10k slots, ${zone}`,
    run: () => groupSlotsByDay(slots10k, zone),
  })),
  ...['America/New_York', 'Asia/Kathmandu'].map((zone) => ({
    name: `groupSlotsByDay 50k slots, ${zone}`,
    run: () => groupSlotsByDay(slots50k, zone),
  })),
  { name: 'mergeSlots 3 lists, 50k slots', run: () => mergeSlots(...lists) },
  { name: 'mergeAvailabilityPages 12 months × 3 durations × 1.5k', run: () => mergeAvailabilityPages(pages) },
  {
    name: 'buildMonthGrid 120 months',
    run: () => Array.from({ length: 120 }, (_, i) => buildMonthGrid(addMonthsToKey('2025-01', i), 1)),
  },
  {
    name: 'availableMemberIds 1k slots × 20 members × 5k busy',
    run: () => probeSlots.map((slot) => availableMemberIds(members, slot)),
  },
  {
    name: 'availableMemberIds same, cold (builds busy index)',
    // Fresh busy arrays each time, so the per-array index cache starts empty.
    setup: () => members.map((m) => ({ ...m, busyTimes: [...m.busyTimes] })),
    run: (fresh) => probeSlots.map((slot) => availableMemberIds(fresh as typeof members, slot)),
  },
  ...['new york', '+5:30', 'eastern'].map((query) => ({
    name: `searchTimeZones "${query}" over ${zones.length} zones`,
    run: () => searchTimeZones(query, zones, at),
  })),
  {
    name: 'formatTime 10k slots, en-US, America/New_York',
    run: () => slots10k.map((s) => formatTime(s.start, { timezone: 'America/New_York', locale: 'en-US' })),
  },
  {
    name: 'brandingToCssVariables (4 colours)',
    run: () =>
      brandingToCssVariables({
        primaryColor: '#ebb70e',
        secondaryColor: '#ebb70e',
        accentColor: '#216bb4',
        accent2Color: '#216bb4',
        companyAddress: [],
        showMarketingAd: false,
        showSalesAd: false,
      }),
  },
];
