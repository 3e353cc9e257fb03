import { useCallback, useEffect, useMemo, useRef } from 'react';
import { createInitialFormValues } from '../booking/createInitialFormValues';
import type { BookingFormValues } from '../booking/BookingFormValues';
import type { CatalogMessages } from '../i18n/FlowMessages';
import { withBookingMessages } from '../i18n/withBookingMessages';
import { BookingStep } from './BookingStep';
import type { BookingStepProps } from './BookingStepProps';

/** Props of {@link FlowBookingStep}: the flow's catalog, and its values once any were set. */
export interface FlowBookingStepProps extends Omit<BookingStepProps, 'messages' | 'values'> {
  messages: CatalogMessages;
  values: BookingFormValues | undefined;
}

/**
 * The booking step as the widget's flow opens it, in the form's chunk: the English booking
 * strings filled in, and the start values made from the prefill here, not on the first load.
 */
export function FlowBookingStep({ messages, values, info, prefill, onValuesChange, ...props }: FlowBookingStepProps) {
  const start = useMemo(() => values ?? createInitialFormValues(info, prefill), [values, info, prefill]);
  // Set by the form's own changes as they happen, not by a render: an input (or a password
  // manager's autofill) can come before the effect below runs, which Preact runs a frame late.
  const changedRef = useRef(false);
  const change = useCallback(
    (next: BookingFormValues) => {
      changedRef.current = true;
      onValuesChange(next);
    },
    [onValuesChange],
  );
  // The flow keeps the start as its values at once: the confirmation then names the prefilled
  // email even when the visitor typed nothing, and going back keeps it as typed. Never over a
  // change the visitor already made.
  useEffect(() => {
    if (!values && !changedRef.current) onValuesChange(start);
  }, [values, start, onValuesChange]);
  return (
    <BookingStep
      {...props}
      info={info}
      prefill={prefill}
      values={start}
      onValuesChange={change}
      messages={withBookingMessages(messages)}
    />
  );
}
