import { render } from '@testing-library/react';
import { useLayoutEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { BookingFormValues } from '../../../src/booking/BookingFormValues';
import type { BookingStepProps } from '../../../src/components/BookingStepProps';
import { FlowBookingStep, type FlowBookingStepProps } from '../../../src/components/FlowBookingStep';
import { defaultFlowMessages } from '../../../src/i18n/FlowMessages';
import { bookingInfoFixture } from '../../helpers/bookingInfoFixture';

// The form changes its values before FlowBookingStep's effect has run, as an input or an autofill
// can when effects come late (Preact runs them a frame after the commit): a layout effect here.
vi.mock('../../../src/components/BookingStep', () => ({
  BookingStep: ({ values, onValuesChange }: BookingStepProps) => {
    useLayoutEffect(() => onValuesChange({ ...values, firstName: 'Typed' }), []); // eslint-disable-line react-hooks/exhaustive-deps
    return <p>{values.firstName}</p>;
  },
}));

function Flow({ onValues }: { onValues: (values: BookingFormValues | undefined) => void }) {
  const [values, setValues] = useState<BookingFormValues>();
  onValues(values);
  const props = {
    slug: 'menelson',
    info: bookingInfoFixture(),
    prefill: { firstName: 'Prefilled' },
    messages: defaultFlowMessages,
    values,
    onValuesChange: setValues,
  } as unknown as FlowBookingStepProps;
  return <FlowBookingStep {...props} />;
}

describe('FlowBookingStep', () => {
  it('hands the prefilled start to the flow, but never over a change made before it could', () => {
    const seen: Array<string | undefined> = [];
    render(<Flow onValues={(values) => seen.push(values?.firstName)} />);
    expect(seen.at(-1)).toBe('Typed');
    expect(seen).not.toContain('Prefilled');
  });
});
