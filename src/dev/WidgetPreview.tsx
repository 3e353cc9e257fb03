import { MeetingScheduler } from '../components/MeetingScheduler';
import type { MeetingSchedulerProps } from '../components/MeetingSchedulerProps';
import type { GalleryState } from './GalleryState';
import { prefillPresets } from './prefillPresets';

/** Props of the React-component preview. */
export interface WidgetPreviewProps {
  slug: string;
  state: GalleryState;
  /** Receives every callback with its payload, for the event log. */
  onEvent: (name: string, payload: unknown) => void;
}

/** `<MeetingScheduler>` with the gallery's controls as props and every callback logged. */
export function WidgetPreview({ slug, state, onEvent }: WidgetPreviewProps) {
  const props: MeetingSchedulerProps = {
    slug,
    timezone: state.timezone,
    locale: state.locale,
    hourCycle: state.hourCycle === '12' ? 'h12' : state.hourCycle === '24' ? 'h23' : undefined,
    colorScheme: state.colorScheme,
    prefill: prefillPresets[state.prefill],
    onReady: (info) => onEvent('onReady', info),
    onDurationChange: (duration) => onEvent('onDurationChange', duration),
    onDateSelect: (date) => onEvent('onDateSelect', date),
    onSlotSelect: (slot) => onEvent('onSlotSelect', slot),
    onSubmit: (request) => onEvent('onSubmit', request),
    onBooked: (result) => onEvent('onBooked', result),
    onError: (error) => onEvent('onError', error),
  };
  return <MeetingScheduler {...props} />;
}
