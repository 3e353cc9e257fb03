/** Framework-free types every layer shares: no React, no network, no imports from other layers. */
export type { Announcement } from './Announcement';
export type { BrowseSelection } from './BrowseSelection';
export type { ColorScheme } from './ColorScheme';
export type { HourCycle } from './HourCycle';
export type { Prefill } from './Prefill';
export type { PrefillValue } from './PrefillValue';
export type { SlotSelection } from './SlotSelection';
export type { SchedulerNotice } from './SchedulerNotice';
