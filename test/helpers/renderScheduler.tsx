import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { MeetingScheduler } from '../../src/components/MeetingScheduler';
import type { MeetingSchedulerProps } from '../../src/components/MeetingSchedulerProps';

/**
 * Renders the whole widget as a host would, with a user-event session: English (en-US, so a
 * 12-hour clock) in New York unless told otherwise, and spies on the submit/booked/error callbacks
 * (props given win over them and over the defaults).
 */
export function renderScheduler(props: Partial<MeetingSchedulerProps> & { slug: string }) {
  const callbacks = {
    onSubmit: vi.fn<NonNullable<MeetingSchedulerProps['onSubmit']>>(),
    onBooked: vi.fn<NonNullable<MeetingSchedulerProps['onBooked']>>(),
    onError: vi.fn<NonNullable<MeetingSchedulerProps['onError']>>(),
  };
  const user = userEvent.setup();
  const view = render(<MeetingScheduler locale="en-US" timezone="America/New_York" {...callbacks} {...props} />);
  return { user, ...callbacks, ...view };
}
