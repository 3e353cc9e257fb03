/**
 * meeting-scheduler: an inline, accessible booking widget for HubSpot scheduling pages, the
 * headless hooks to build a flow of your own, and (re-exported from `meeting-scheduler/core`) the
 * typed API client, query options and pure helpers. Explicit named exports only.
 */

// Everything without React (also `meeting-scheduler/core`, which server code imports).
export * from './core';

// The widget
export { MeetingScheduler } from './components/MeetingScheduler';
export type { MeetingSchedulerProps } from './components/MeetingSchedulerProps';
export { MeetingsProvider, type MeetingsProviderProps } from './components/MeetingsProvider';

// View parts, for a layout of your own around the hooks
export { Calendar, type CalendarProps } from './components/Calendar';
export { DurationTabs, type DurationTabsProps } from './components/DurationTabs';
export { HourCycleToggle, type HourCycleToggleProps } from './components/HourCycleToggle';
export { SlotList, type SlotListProps } from './components/SlotList';
export { TimeZonePicker, type TimeZonePickerProps } from './components/TimeZonePicker';

// Headless hooks: the flow's state, and the data
export { useSchedulerFlow, type SchedulerFlowState, type UseSchedulerFlowOptions } from './hooks/useSchedulerFlow';
export { useCatalog } from './hooks/useCatalog';
export type { SchedulerStep } from './hooks/SchedulerStep';
export { useBrowseState, type BrowseState, type BrowseStatus, type UseBrowseStateOptions } from './hooks/useBrowseState';
export {
  useBookingSubmit,
  type BookingFocusTarget,
  type BookingSubmit,
  type UseBookingSubmitOptions,
} from './hooks/useBookingSubmit';
export { MeetingsClientContext, useMeetingsClient } from './hooks/MeetingsClientContext';
export { useBookingInfo } from './hooks/useBookingInfo';
export { useBookMeeting, type UseBookMeetingResult } from './hooks/useBookMeeting';
export { useMonthAvailability, type UseMonthAvailabilityOptions } from './hooks/useMonthAvailability';
export { usePrefetchMonth } from './hooks/usePrefetchMonth';
export { useFirstAvailableMonth } from './hooks/useFirstAvailableMonth';
export { useOpeningMonth, type OpeningMonth, type UseOpeningMonthOptions } from './hooks/useOpeningMonth';
export { useAvailableDays, type AvailableDays, type UseAvailableDaysParams } from './hooks/useAvailableDays';
export { useRefreshAvailability } from './hooks/useRefreshAvailability';
export { useClockTick } from './hooks/useClockTick';
