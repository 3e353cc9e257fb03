import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { useFixedClock } from '../../helpers/fixedClock';
import { chooseSlot, renderScheduler } from './helpers/bookingFlow';

useFakeBackend({ scenarioIds: ['web-conference'] });
useFixedClock('2025-10-06T05:00:00Z');

// The form's start values are made in the form's chunk, not on the first load: what the host
// prefilled must still reach the book call and the confirmation when the visitor types nothing.
describe('a booking made only of prefilled details', () => {
  it('sends the prefill and names the prefilled email on the confirmation', async () => {
    const { user, onSubmit } = renderScheduler({
      slug: 'web-conference',
      timezone: 'Asia/Tokyo',
      prefill: { firstName: 'Melinda', lastName: 'Nelson', email: { value: 'menelson@hubspot.com', locked: true } },
    });
    await chooseSlot(user, { duration: '25 min', day: 'Friday, October 10, 2025', time: '12:00 AM' });
    expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveValue('Melinda');
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('heading', { name: 'Meeting booked' });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({ firstName: 'Melinda', lastName: 'Nelson', email: 'menelson@hubspot.com' });
    expect(screen.getByText('Invitation sent to menelson@hubspot.com')).toBeInTheDocument();
  });

  it('keeps what the visitor typed over the prefill after going back to the calendar', async () => {
    const { user } = renderScheduler({ slug: 'web-conference', timezone: 'Asia/Tokyo', prefill: { firstName: 'Melinda' } });
    await chooseSlot(user, { duration: '25 min', day: 'Friday, October 10, 2025', time: '12:00 AM' });
    const first = screen.getByRole('textbox', { name: /^First name/ });
    await user.clear(first);
    await user.type(first, 'Mel');
    await user.click(screen.getByRole('button', { name: 'Change the selected time' }));
    await chooseSlot(user, { day: 'Friday, October 10, 2025', time: '12:00 AM' });
    expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveValue('Mel');
  });
});
