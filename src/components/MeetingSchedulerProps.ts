import type { QueryClient } from '@tanstack/react-query';
import type { MeetingsApiError } from '../api/MeetingsApiError';
import type { BookMeetingRequest, BookingInfo, BookingResult } from '../api/types';
import type { Messages } from '../i18n/Messages';

export type ColorScheme = 'light' | 'dark' | 'auto';
export type HourCycle = 'h12' | 'h23';

/** A prefilled value: the plain value stays editable; `{ value, locked: true }` is read-only. */
export type PrefillValue = string | { value: string; locked?: boolean };

export interface Prefill {
  firstName?: PrefillValue;
  lastName?: PrefillValue;
  email?: PrefillValue;
  /** Guest emails to start with (only used when the link allows guests). */
  guestEmails?: string[];
  /** Custom form field values by field name; several checkbox values joined by `;`. */
  formFields?: Record<string, PrefillValue>;
}

/** The payload of `onSlotSelect` and the embed's `meeting-scheduler:slot-select` event. */
export interface SlotSelection {
  /** Epoch ms UTC. */
  start: number;
  end: number;
  /** Milliseconds. */
  duration: number;
  /** The IANA zone the visitor sees times in. */
  timezone: string;
}

export interface MeetingSchedulerProps {
  /** The scheduling page's slug: the end of its meetings URL (`jdoe` in `meetings.hubspot.com/jdoe`). */
  slug: string;
  /** Where the proxy (or the fake backend) answers; default the page's own origin. */
  apiBaseUrl?: string;
  /** Path segment after `/scheduler/`: `v3` (default) or a dated one such as `2026-03`. */
  apiVersion?: string;
  /** IANA zone to show times in; default the browser's. The visitor can change it. */
  timezone?: string;
  /** BCP 47 locale for dates, times and the week start; default the browser's. */
  locale?: string;
  /** 12- or 24-hour clock; default from the locale. The visitor can change it. */
  hourCycle?: HourCycle;
  /** Values to fill the form with. */
  prefill?: Prefill;
  /** `auto` (default) follows the visitor's system setting. */
  colorScheme?: ColorScheme;
  /** Overrides of any UI string; see `defaultMessages`. */
  messages?: Partial<Messages>;
  /** The fetch used for every call, e.g. to add credentials for an authenticated proxy. */
  fetch?: typeof fetch;
  /** Extra headers on every call. */
  headers?: HeadersInit;
  /**
   * Returns the token of a human check the host renders (Cloudflare Turnstile, hCaptcha), read at
   * each Book click and sent as `X-Booking-Verification` on the book call only, for the proxy's
   * `verifyBooking`. A refused or missing token shows a clear message and keeps the form.
   * @defaultValue none (no header)
   */
  getBookingVerificationToken?: () => string | Promise<string>;
  /** Reuse the host's React Query client; without one each widget has its own. */
  queryClient?: QueryClient;
  /** Follow the link's `redirectUrl` (http/https only) after booking. Default false. */
  redirectOnBooked?: boolean;
  /** Booking info arrived and the calendar is shown. */
  onReady?: (info: BookingInfo) => void;
  /** The visitor picked another meeting length (ms). */
  onDurationChange?: (duration: number) => void;
  /** The visitor picked a day (`yyyy-MM-dd` in the shown zone). */
  onDateSelect?: (date: string) => void;
  /** The visitor picked a time. */
  onSlotSelect?: (slot: SlotSelection) => void;
  /** The book request is about to be sent, with its exact body. */
  onSubmit?: (request: BookMeetingRequest) => void;
  /** The booking succeeded. */
  onBooked?: (result: BookingResult) => void;
  /** A call failed; the widget shows the error itself too. */
  onError?: (error: MeetingsApiError) => void;
}
