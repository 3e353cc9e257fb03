import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MeetingScheduler } from '../../../src/components/MeetingScheduler';
import type { MeetingSchedulerProps } from '../../../src/components/MeetingSchedulerProps';

/** Renders the widget with a user-event session; English, New York unless told otherwise. */
export function renderScheduler(props: MeetingSchedulerProps) {
  const user = userEvent.setup();
  const view = render(<MeetingScheduler locale="en-US" timezone="America/New_York" {...props} />);
  return { user, ...view };
}

/** The calendar, once it shows the given month. */
export function findCalendar(month: string) {
  return screen.findByRole('grid', { name: month }, { timeout: 5000 });
}

/** Accessible names of the radios (times) in the group named by `date`. */
export function timesOn(date: string): string[] {
  const group = screen.getByRole('radiogroup', { name: date });
  return within(group)
    .getAllByRole('radio')
    .map((radio) => radio.textContent ?? '');
}

/** The day button whose label is exactly `label` (a full date, maybe with ", no availability"). */
export function day(label: string): HTMLElement {
  return screen.getByRole('button', { name: label });
}
