import type { DehydratedState, QueryClient } from '@tanstack/react-query';
import type { UseSchedulerFlowOptions } from '../hooks/UseSchedulerFlowOptions';
import type { Messages } from '../i18n/Messages';
import type { ColorScheme } from '../model/ColorScheme';
import type { HourCycle } from '../model/HourCycle';
import type { Prefill } from '../model/Prefill';
import type { SlotSelection } from '../model/SlotSelection';

// Moved to src/model; re-exported so views written against the old home keep compiling.
export type { ColorScheme, HourCycle, Prefill, SlotSelection };
export type { PrefillValue } from '../model/PrefillValue';

/**
 * Props of `<MeetingScheduler>`: only `slug` is required. The flow's own options (slug, zone,
 * locale, clock, prefill and the callbacks) are {@link UseSchedulerFlowOptions}'s.
 */
export interface MeetingSchedulerProps extends UseSchedulerFlowOptions {
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
}
