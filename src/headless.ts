/**
 * meeting-scheduler/headless: everything a flow of your own needs, from one place. The flow,
 * browse and booking hooks, the data hooks, `MeetingsProvider` and the client context, the view
 * parts, and (re-exported from `meeting-scheduler/core`) the client, query and mutation options,
 * pure helpers, messages and formatters. The booking hooks live here and not in the root entry so
 * that bundlers which split by file (esbuild) keep the widget's first load small: the root must not
 * reach what only its lazily loaded form uses.
 */

// Everything without React (the same as `meeting-scheduler/core`).
export * from './core';

// Provider and client context
export { MeetingsProvider, type MeetingsProviderProps } from './components/MeetingsProvider';
export { MeetingsClientContext, useMeetingsClient } from './hooks/MeetingsClientContext';

// View parts, for a layout of your own around the hooks
export { Calendar, type CalendarProps } from './components/Calendar';
export { DurationTabs, type DurationTabsProps } from './components/DurationTabs';
export { HourCycleToggle, type HourCycleToggleProps } from './components/HourCycleToggle';
export { SlotList, type SlotListProps } from './components/SlotList';
export { TimeZonePicker, type TimeZonePickerProps } from './components/TimeZonePicker';

// The flow's state hooks
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

// The data hooks
export { useBookingInfo } from './hooks/useBookingInfo';
export { useBookMeeting, type UseBookMeetingResult } from './hooks/useBookMeeting';
export { useMonthAvailability, type UseMonthAvailabilityOptions } from './hooks/useMonthAvailability';
export { usePrefetchMonth } from './hooks/usePrefetchMonth';
export { useFirstAvailableMonth } from './hooks/useFirstAvailableMonth';
export { useOpeningMonth, type OpeningMonth, type UseOpeningMonthOptions } from './hooks/useOpeningMonth';
export { useAvailableDays, type AvailableDays, type UseAvailableDaysParams } from './hooks/useAvailableDays';
export { useRefreshAvailability } from './hooks/useRefreshAvailability';
export { useClockTick } from './hooks/useClockTick';
