import type { FakeMonthQuery, FakeResponse, FakeScheduler } from '../../../src/mock/FakeScheduler';

/**
 * The fake with its two read calls answered once per slug, zone and month, then from memory.
 * Computing a round-robin month takes the fake 10–40 ms of the same two cores the browser runs
 * on; remembering it keeps the backend's work out of the widget's numbers, as `latencyMs: 0`
 * keeps the network's. Sound only because the bench never books: nothing changes the answers.
 */
export function memoizeReads(scheduler: FakeScheduler): FakeScheduler {
  const answers = new Map<string, FakeResponse>();
  const remembered =
    (call: 'getBookingInfo' | 'getAvailabilityPage') =>
    (slug: string, query: FakeMonthQuery = {}): FakeResponse => {
      const key = JSON.stringify([call, slug, query.timezone, query.monthOffset]);
      let answer = answers.get(key);
      if (!answer) {
        answer = scheduler[call](slug, query);
        answers.set(key, answer);
      }
      return answer;
    };
  return {
    listMeetingLinks: (query) => scheduler.listMeetingLinks(query),
    getBookingInfo: remembered('getBookingInfo'),
    getAvailabilityPage: remembered('getAvailabilityPage'),
    book: (body, query) => scheduler.book(body, query),
    get bookings() {
      return scheduler.bookings;
    },
    occupy: (slug, startMs, durationMs) => scheduler.occupy(slug, startMs, durationMs),
    reset: () => {
      answers.clear();
      scheduler.reset();
    },
  };
}
