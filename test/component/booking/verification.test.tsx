import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { useFixedClock } from '../../helpers/fixedClock';
import { bookCalls, chooseSlot, fillDetails, renderScheduler } from './helpers/bookingFlow';

const fake = useFakeBackend({ scenarioIds: ['web-conference'] });
useFixedClock('2025-10-06T05:00:00Z');

const slot = { duration: '25 min', day: 'Thursday, October 9, 2025', time: '11:00 AM' };
const bookButton = () => screen.getByRole('button', { name: 'Book meeting' });

/** The widget's calls with the verification header each carried. */
function recordingFetch() {
  const sent: { method: string; url: string; verification: string | null }[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    sent.push({ method: init?.method ?? 'GET', url: String(input), verification: new Headers(init?.headers).get('x-booking-verification') });
    return globalThis.fetch(input, init);
  };
  return { fetch, sent };
}

describe('booking verification (human check)', () => {
  it('sends the host’s token on the book call only, and explains a refusal without losing the form', async () => {
    fake.backend.setFaults([
      {
        call: 'bookMeeting',
        times: 1,
        response: { status: 403, body: { status: 'error', category: 'BOOKING_VERIFICATION_FAILED', message: 'The human check failed.' } },
      },
    ]);
    const { fetch, sent } = recordingFetch();
    let n = 0;
    const { user, onError, onBooked } = renderScheduler({
      slug: 'web-conference',
      timezone: 'America/Toronto',
      fetch,
      getBookingVerificationToken: async () => `token-${(n += 1)}`,
    });
    await chooseSlot(user, slot);
    await fillDetails(user);
    await user.click(bookButton());
    expect(await screen.findByText(/check that you are not a robot did not pass/)).toBeVisible();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'verification-failed' }));
    expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveValue('Melinda');
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('menelson@hubspot.com');

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Meeting booked' });
    expect(onBooked).toHaveBeenCalledTimes(1);
    expect(sent.filter((call) => call.method === 'GET').every((call) => call.verification === null)).toBe(true);
    expect(sent.filter((call) => call.method === 'POST').map((call) => call.verification)).toEqual(['token-1', 'token-2']);
  });

  it('a token callback that throws fails the booking before anything is sent', async () => {
    const { user, onError } = renderScheduler({
      slug: 'web-conference',
      timezone: 'America/Toronto',
      getBookingVerificationToken: () => {
        throw new Error('challenge not solved');
      },
    });
    await chooseSlot(user, slot);
    await fillDetails(user);
    await user.click(bookButton());
    expect(await screen.findByText(/check that you are not a robot did not pass/)).toBeVisible();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'verification-failed' }));
    expect(bookCalls(fake.backend.requests)).toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /^Last name/ })).toHaveValue('Nelson');
  });
});
