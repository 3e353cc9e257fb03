import { useMemo } from 'react';
import { createInitialFormValues } from '../booking/createInitialFormValues';
import type { SchedulerFlowState } from './SchedulerFlowState';
import type { UseSchedulerFlowOptions } from './UseSchedulerFlowOptions';
import { useSchedulerFlowState } from './useSchedulerFlowState';

export type { SchedulerFlowState, UseSchedulerFlowOptions };

/**
 * The booking flow's state, for the widget and for a UI of your own: the steps (browse → book →
 * booked), the chosen time (once), the zone and clock (following the props until the visitor
 * changes them), the minute tick, what the visitor chose and typed (kept across the steps, so a
 * failure or going back loses nothing), the slot-taken notice as data, and the host callbacks.
 * Use inside a `MeetingsProvider`.
 */
export function useSchedulerFlow(options: UseSchedulerFlowOptions): SchedulerFlowState {
  const flow = useSchedulerFlowState(options);
  const info = flow.info.data;
  const { prefill } = options;
  const initialValues = useMemo(() => (info ? createInitialFormValues(info, prefill) : undefined), [info, prefill]);
  return { ...flow, values: flow.values ?? initialValues };
}
