import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bookRequestFixture } from '../../../src/mock/fixtures/bookRequestFixture';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { bookCalls, chooseSlot, confirmationDetail, fillDetails, renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend({ scenarioIds: ['menelson'] });

// The documentation's sample has fixed slots on Oct 10 and 13, 2025: be just before them.
useFixedClock('2025-10-09T12:00:00Z');

describe('menelson (the documentation sample) end to end', () => {
  it('books the chosen slot with the exact documented body and confirms it as requested (offline organizer)', async () => {
    const { user, onSubmit, onBooked, onError } = renderScheduler({ slug: 'menelson' });
    await chooseSlot(user, { duration: '30 min', day: 'Monday, October 13, 2025', time: '9:00 AM' });

    const summary = screen.getByRole('group', { name: 'Selected time' });
    expect(summary).toHaveTextContent('Monday, October 13, 2025');
    expect(summary).toHaveTextContent('9:00 – 9:30 AM');
    expect(summary).toHaveTextContent('30 min');
    expect(summary).toHaveTextContent('Eastern Time');

    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));

    const heading = await screen.findByRole('heading', { name: 'Meeting requested' });
    const expectedBody = {
      // The guide's sample body, on the Oct 13 slot, with the two lists the published types add.
      ...bookRequestFixture,
      startTime: 1_760_360_400_000,
      formFields: [],
      legalConsentResponses: [],
    };
    const calls = bookCalls(fake.backend.requests);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.query).toEqual({ timezone: 'America/New_York' });
    expect(calls[0]!.body).toEqual(expectedBody);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith(expectedBody);
    expect(onBooked).toHaveBeenCalledTimes(1);
    expect(onBooked.mock.calls[0]![0]).toMatchObject({ start: 1_760_360_400_000, end: 1_760_362_200_000, isOffline: true, calendarEventId: '' });
    expect(onError).not.toHaveBeenCalled();

    // The organizer has no calendar: never claim an invitation was sent.
    expect(heading).toHaveFocus();
    expect(screen.getByText('No calendar invitation was created. The organizer has been notified and will follow up with you.')).toBeVisible();
    expect(screen.queryByText(/invitation has been/i)).toBeNull();
    expect(confirmationDetail('Date')).toBe('Monday, October 13, 2025');
    expect(confirmationDetail('Time')).toBe('9:00 – 9:30 AM');
    expect(confirmationDetail('Time zone')).toBe('Eastern Time');
    expect(confirmationDetail('Duration')).toBe('30 min');
    expect(confirmationDetail('Subject')).toBe('Sales Pro Demo with Melinda Nelson');
    expect(confirmationDetail('Organizer')).toBe('John Doe');
  });

  it('books the 15 minute Friday slot shown in the visitor zone', async () => {
    const { user } = renderScheduler({ slug: 'menelson', timezone: 'Asia/Kolkata' });
    await chooseSlot(user, { duration: '15 min', day: 'Saturday, October 11, 2025', time: '2:15 AM' });
    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('heading', { name: 'Meeting requested' });
    const [call] = bookCalls(fake.backend.requests);
    expect(call!.query).toEqual({ timezone: 'Asia/Kolkata' });
    expect(call!.body).toMatchObject({ startTime: 1_760_129_100_000, duration: 900_000, timezone: 'Asia/Kolkata' });
  });
});
