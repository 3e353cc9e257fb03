import type { AvailabilityPage, BookingInfo, MeetingsClient, TimeSlot } from '../../../src/api/types';
import { MeetingsApiError } from '../../../src/api/MeetingsApiError';
import { bookingInfoFixture } from '../../helpers/bookingInfoFixture';

/** A recorded call of {@link createFakeClient}. */
export interface FakeCall {
  method: 'getBookingInfo' | 'getAvailabilityPage';
  slug: string;
  timezone: string;
  monthOffset?: number;
  signal?: AbortSignal;
}

export const MIN15 = 900_000;

/** A page with the given 15-minute slots. */
export function page(starts: number[], hasMore: boolean): AvailabilityPage {
  const slots: TimeSlot[] = starts.map((start) => ({ start, end: start + MIN15 }));
  return { slotsByDuration: { [MIN15]: slots }, hasMore, members: [] };
}

/** Minimal booking info around a first page. */
export function bookingInfo(availability: AvailabilityPage, durations: number[] = [MIN15]): BookingInfo {
  return bookingInfoFixture({ durations, members: [], availability });
}

/**
 * A MeetingsClient over fixed pages (by month offset), recording every call. Hook tests only
 * need the contract of src/api/types.ts, not HTTP; the component tests use the real client
 * against the fake backend.
 */
export function createFakeClient(
  pages: AvailabilityPage[],
  options: { failWith?: MeetingsApiError[]; beforeAnswer?: () => Promise<void> } = {},
) {
  const calls: FakeCall[] = [];
  const failures = [...(options.failWith ?? [])];
  const client: MeetingsClient = {
    listMeetingLinks: () => Promise.reject(new Error('not used')),
    bookMeeting: () => Promise.reject(new Error('not used')),
    getBookingInfo: async (slug, { timezone }, opts) => {
      calls.push({ method: 'getBookingInfo', slug, timezone, signal: opts?.signal });
      const failure = failures.shift();
      if (failure) throw failure;
      return bookingInfo(pages[0] ?? page([], false));
    },
    getAvailabilityPage: async (slug, { timezone, monthOffset }, opts) => {
      calls.push({ method: 'getAvailabilityPage', slug, timezone, monthOffset, signal: opts?.signal });
      await options.beforeAnswer?.();
      const failure = failures.shift();
      if (failure) throw failure;
      const found = pages[monthOffset ?? 0];
      if (!found) throw new MeetingsApiError({ kind: 'not-found', message: 'no page', status: 404 });
      return found;
    },
  };
  return { client, calls };
}
