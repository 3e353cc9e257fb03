import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { bookCalls, chooseSlot, fillDetails, renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend({ scenarioIds: ['web-conference'] });
useFixedClock('2025-10-06T05:00:00Z');

const slot = { duration: '25 min', day: 'Thursday, October 9, 2025', time: '11:00 AM' };
/** 11:00 AM in Toronto (EDT) on the chosen day. */
const elevenAm = Date.UTC(2025, 9, 9, 15, 0);

async function openForm() {
  const rendered = renderScheduler({ slug: 'web-conference', timezone: 'America/Toronto' });
  await chooseSlot(rendered.user, slot);
  await fillDetails(rendered.user);
  return rendered;
}

const bookButton = () => screen.getByRole('button', { name: 'Book meeting' });

function expectFormKept() {
  expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveValue('Melinda');
  expect(screen.getByRole('textbox', { name: /^Last name/ })).toHaveValue('Nelson');
  expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveValue('menelson@hubspot.com');
}

describe('failures keep every typed value', () => {
  it('a slot taken meanwhile: back to the calendar on the same day with a notice, form kept for the next pick', async () => {
    fake.backend.setFaults([{ call: 'bookMeeting', response: 'occupy-slot', times: 1 }]);
    const { user, onBooked, onError } = await openForm();
    await user.click(bookButton());

    expect(await screen.findByText('That time was just taken. Please pick another.')).toBeVisible();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'conflict' }));
    expect(onBooked).not.toHaveBeenCalled();
    // Same day, refreshed: the taken time is gone, others remain.
    const times = await screen.findByRole('radiogroup', { name: 'Thursday, October 9, 2025' });
    await expect.poll(() => within(times).queryByRole('radio', { name: '11:00 AM' })).toBeNull();
    await user.click(within(times).getByRole('radio', { name: '11:30 AM' }));

    await screen.findByRole('heading', { name: 'Enter your details' });
    expectFormKept();
    await user.click(bookButton());
    await screen.findByRole('heading', { name: 'Meeting booked' });
    const calls = bookCalls(fake.backend.requests);
    expect(calls.map((call) => (call.body as { startTime: number }).startTime)).toEqual([elevenAm, elevenAm + 1_800_000]);
    expect(calls[1]!.body).toMatchObject({ firstName: 'Melinda', lastName: 'Nelson', email: 'menelson@hubspot.com' });
    expect(onBooked).toHaveBeenCalledTimes(1);
  });

  it('server validation errors show at the field they name, then the fixed form books', async () => {
    fake.backend.setFaults([
      {
        call: 'bookMeeting',
        times: 1,
        response: {
          status: 400,
          body: {
            status: 'error',
            category: 'VALIDATION_ERROR',
            message: 'Invalid input',
            correlationId: 'c-2',
            errors: [{ message: 'This email domain is blocked.', in: 'email', code: 'INVALID_EMAIL' }],
          },
        },
      },
    ]);
    const { user, onError } = await openForm();
    await user.click(bookButton());

    const email = await screen.findByRole('textbox', { name: /^Email/, description: 'This email domain is blocked.' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    const summary = screen.getByRole('group', { name: '1 field needs attention' });
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: 'This email domain is blocked.' })).toBeVisible();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'validation' }));
    expectFormKept();

    await user.clear(email);
    await user.type(email, 'melinda@example.com');
    expect(email).not.toHaveAttribute('aria-invalid');
    await user.click(bookButton());
    await screen.findByRole('heading', { name: 'Meeting booked' });
    expect((bookCalls(fake.backend.requests)[1]!.body as { email: string }).email).toBe('melinda@example.com');
  });

  it('a validation error naming no field is shown above the form', async () => {
    fake.backend.setFaults([
      {
        call: 'bookMeeting',
        times: 1,
        response: { status: 400, body: { status: 'error', category: 'VALIDATION_ERROR', message: 'Bookings are paused today.', correlationId: 'c-3' } },
      },
    ]);
    const { user } = await openForm();
    await user.click(bookButton());
    const summary = await screen.findByRole('group', { name: '1 field needs attention' });
    expect(summary).toHaveTextContent('Bookings are paused today.');
    expectFormKept();
  });

  it('a network failure says so and "Try again" sends the same booking once more', async () => {
    fake.backend.setFaults([{ call: 'bookMeeting', response: 'network-error', times: 1 }]);
    const { user, onBooked, onError } = await openForm();
    await user.click(bookButton());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The booking service could not be reached, so the meeting was not booked.');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }));
    expectFormKept();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    await screen.findByRole('heading', { name: 'Meeting booked' });
    const calls = bookCalls(fake.backend.requests);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.body).toEqual(calls[0]!.body);
    expect(onBooked).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it.each([
    [{ status: 500, body: { status: 'error', message: 'boom', correlationId: 'c-4' } }, 'Something went wrong on the booking service'],
    [
      { status: 429, headers: { 'Retry-After': '30' }, body: { status: 'error', message: 'slow down', correlationId: 'c-5' } },
      'Please wait 30 seconds and try again.',
    ],
  ])('answers %j with an explanation and a retry', async (response, text) => {
    fake.backend.setFaults([{ call: 'bookMeeting', response, times: 1 }]);
    const { user } = await openForm();
    await user.click(bookButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(text);
    expectFormKept();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Meeting booked' });
  });
});

describe('one click books once', () => {
  it('the button says "Booking…", keeps focus and is aria-disabled while the request is out; a double click sends one POST', async () => {
    fake.backend.setFaults([{ call: 'bookMeeting', response: { delayMs: 400 } }]);
    const { user, onSubmit, onBooked } = await openForm();
    await user.dblClick(bookButton());

    const busy = screen.getByRole('button', { name: 'Booking…' });
    // Not `disabled`: that would drop focus to the page's body for the whole request.
    expect(busy).toHaveFocus();
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    expect(busy).toHaveAttribute('aria-busy', 'true');
    expect(document.querySelector('[data-announcer]')).toHaveTextContent('Booking…');
    await user.click(busy);
    const change = screen.getByRole('button', { name: 'Change the selected time' });
    expect(change).toHaveAttribute('aria-disabled', 'true');
    await user.click(change);
    await screen.findByRole('heading', { name: 'Meeting booked' });
    expect(bookCalls(fake.backend.requests)).toHaveLength(1);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onBooked).toHaveBeenCalledTimes(1);
  });

  it('two submits in the same frame, before React re-renders, still send one POST', async () => {
    fake.backend.setFaults([{ call: 'bookMeeting', response: { delayMs: 200 } }]);
    await openForm();
    const form = bookButton().closest('form')!;
    fireEvent.submit(form);
    fireEvent.submit(form);
    fireEvent.submit(form);
    await screen.findByRole('heading', { name: 'Meeting booked' });
    expect(bookCalls(fake.backend.requests)).toHaveLength(1);
  });
});

describe('a throwing host callback', () => {
  it('does not turn a booking that went through into a failure, and is still reported', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const hostBug = new Error('analytics is down');
    const throwHostBug = () => {
      throw hostBug;
    };
    const { user, onError } = renderScheduler({
      slug: 'web-conference',
      timezone: 'America/Toronto',
      onSlotSelect: throwHostBug,
      onSubmit: throwHostBug,
      onBooked: throwHostBug,
    });
    await chooseSlot(user, slot);
    await fillDetails(user);
    await user.click(bookButton());

    expect(await screen.findByRole('heading', { name: 'Meeting booked' })).toBeVisible();
    expect(bookCalls(fake.backend.requests)).toHaveLength(1);
    expect(onError).not.toHaveBeenCalled();
    expect(consoleError.mock.calls.filter(([logged]) => logged === hostBug)).toHaveLength(3);
    consoleError.mockRestore();
  });
});
