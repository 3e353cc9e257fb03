/** 12-hour (`h12`, "2:30 PM") or 24-hour (`h23`, "14:30") clock. */
export type HourCycle = 'h12' | 'h23';
