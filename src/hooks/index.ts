/** React Query options factories and hooks, for the widget and for a headless UI of your own. */
export { MeetingsClientContext, useMeetingsClient } from './MeetingsClientContext';
export { meetingsQueryKeys, type AvailabilityPageParams, type SchedulingPageParams } from './meetingsQueryKeys';
export { MAX_QUERY_RETRIES, meetingsQueryRetryDelay, shouldRetryMeetingsQuery } from './meetingsQueryRetry';
export { AVAILABILITY_STALE_TIME, availabilityPageQueryOptions } from './availabilityPageQueryOptions';
export { BOOKING_INFO_STALE_TIME, bookingInfoQueryOptions } from './bookingInfoQueryOptions';
export { DEFAULT_MAX_SEARCH_MONTHS, firstAvailableMonthQueryOptions } from './firstAvailableMonthQueryOptions';
export { useBookingInfo } from './useBookingInfo';
export { useMonthAvailability, type UseMonthAvailabilityOptions } from './useMonthAvailability';
export { usePrefetchMonth } from './usePrefetchMonth';
export { useFirstAvailableMonth } from './useFirstAvailableMonth';
export { useOpeningMonth, type OpeningMonth } from './useOpeningMonth';
export { useAvailableDays, type AvailableDays, type UseAvailableDaysParams } from './useAvailableDays';
export { useRefreshAvailability } from './useRefreshAvailability';
export { useClockTick } from './useClockTick';
export { useBookMeeting, type UseBookMeetingResult } from './useBookMeeting';
export { selectMonthDays, type MonthDays } from './helpers/selectMonthDays';
