import type { DehydratedState, QueryClient } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingInfo, BookingResult } from '../api/types';
import type { Messages } from '../i18n/Messages';
import type { ColorScheme } from '../model/ColorScheme';
import type { HourCycle } from '../model/HourCycle';
import type { Prefill } from '../model/Prefill';
import type { SlotSelection } from '../model/SlotSelection';

// Moved to src/model; re-exported so views written against the old home keep compiling.
export type { ColorScheme, HourCycle, Prefill, SlotSelection };
export type { PrefillValue } from '../model/PrefillValue';

/** Props of `<MeetingScheduler>`: only `slug` is required. */
export interface MeetingSchedulerProps {
  /** The scheduling page's slug: the end of its meetings URL (`jdoe` in `meetings.hubspot.com/jdoe`). */
  slug: string;
  /**
   * Where the proxy (or the fake backend) answers. Also scopes the cache keys, so give a server
   * prefetch the same value.
   * @defaultValue `""`: the page's own origin
   */
  apiBaseUrl?: string;
  /**
   * Path segment after `/scheduler/`: `v3` or a dated one such as `2026-03`.
   * @defaultValue `"v3"`
   */
  apiVersion?: string;
  /**
   * IANA zone to show times in. The visitor can change it.
   * @defaultValue the browser's zone
   */
  timezone?: string;
  /**
   * BCP 47 locale for dates, times, the week start and the writing direction.
   * @defaultValue the browser's locale
   */
  locale?: string;
  /**
   * 12- or 24-hour clock. The visitor can change it.
   * @defaultValue the locale's
   */
  hourCycle?: HourCycle;
  /**
   * Values to fill the form with.
   * @defaultValue none
   */
  prefill?: Prefill;
  /**
   * `light`, `dark`, or `auto` (the visitor's system setting).
   * @defaultValue `"auto"`
   */
  colorScheme?: ColorScheme;
  /**
   * Overrides of any UI string; see `defaultMessages`.
   * @defaultValue the English `defaultMessages`
   */
  messages?: Partial<Messages>;
  /**
   * The fetch used for every call, e.g. to add credentials for an authenticated proxy.
   * @defaultValue the global `fetch`, looked up at call time
   */
  fetch?: typeof fetch;
  /**
   * Extra headers on every call.
   * @defaultValue none
   */
  headers?: HeadersInit;
  /**
   * Returns the token of a human check the host renders (Cloudflare Turnstile, hCaptcha), read at
   * each Book click and sent as `X-Booking-Verification` on the book call only, for the proxy's
   * `verifyBooking`. A refused or missing token shows a clear message and keeps the form.
   * @defaultValue none (no header)
   */
  getBookingVerificationToken?: () => string | Promise<string>;
  /**
   * Reuse the host's React Query client.
   * @defaultValue one of the widget's own, so two widgets never share state by accident
   */
  queryClient?: QueryClient;
  /**
   * Data prefetched on a server: `dehydrate(queryClient)` after `prefetchBookingInfo` with the same
   * `apiBaseUrl`, `apiVersion` and `timezone`. The calendar is then interactive at hydration.
   * @defaultValue none: the browser fetches
   */
  dehydratedState?: DehydratedState;
  /**
   * Follow the link's `redirectUrl` (http/https only) after booking.
   * @defaultValue false
   */
  redirectOnBooked?: boolean;
  /**
   * Booking info arrived and the calendar is shown.
   * @defaultValue none
   */
  onReady?: (info: BookingInfo) => void;
  /**
   * The visitor picked another meeting length (ms).
   * @defaultValue none
   */
  onDurationChange?: (duration: number) => void;
  /**
   * The visitor picked a day (`yyyy-MM-dd` in the shown zone).
   * @defaultValue none
   */
  onDateSelect?: (date: string) => void;
  /**
   * The visitor picked a time.
   * @defaultValue none
   */
  onSlotSelect?: (slot: SlotSelection) => void;
  /**
   * The book request is about to be sent, with its exact body.
   * @defaultValue none
   */
  onSubmit?: (request: BookMeetingRequest) => void;
  /**
   * The booking succeeded.
   * @defaultValue none
   */
  onBooked?: (result: BookingResult) => void;
  /**
   * A call failed; the widget shows the error itself too.
   * @defaultValue none
   */
  onError?: (error: MeetingsApiError) => void;
}
