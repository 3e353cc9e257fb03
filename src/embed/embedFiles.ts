/**
 * The script-tag files `npm run build` writes side by side into dist/ (scripts/build), and the
 * globals they hand things over with. Kept here so the build and the code agree on the names.
 */
export const embedFiles = {
  /** The widget: custom element, `window.MeetingScheduler`, all a visitor needs to pick a time. */
  embed: 'meeting-scheduler.embed.js',
  /** The form and confirmation, loaded by the embed once the calendar is on screen. */
  bookingViews: 'meeting-scheduler.embed.booking.js',
  /** DOMPurify, loaded by the embed only when a consent text with HTML is shown. */
  dompurify: 'meeting-scheduler.embed.dompurify.js',
  /** The small loader: starts each widget's first request, then loads the embed. */
  loader: 'meeting-scheduler.js',
} as const;

/** The element the embed defines (and the loader looks for). */
export const MEETING_SCHEDULER_TAG = 'meeting-scheduler';

/** Where the DOMPurify file leaves DOMPurify's factory for the embed to pick up. */
export const DOMPURIFY_GLOBAL = '__meetingSchedulerDOMPurify';
/** Where the loader leaves the requests it started, for the embed to take over. */
export const PREFETCH_GLOBAL = '__meetingSchedulerPrefetch';

/**
 * The property of the booking-views file's `<script>` element that carries the embed's shared
 * modules: on the element, not on `window`, so the page gains no global and each copy of the embed
 * hands its own modules to the file it loaded.
 */
export const SHARED_MODULES_PROPERTY = '__meetingSchedulerShared';
