import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { bookCalls, chooseSlot, confirmationDetail, fillDetails, renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend({ scenarioIds: ['guests'] });
useFixedClock('2025-10-06T08:00:00Z');

const slot = { duration: '30 min', day: 'Wednesday, October 8, 2025', time: '9:00 AM' };
const open = () => renderScheduler({ slug: 'guests', timezone: 'Europe/Paris' });

describe('guests (up to 3)', () => {
  it('adds up to three guest emails, focusing each new one, and sends them', async () => {
    const { user } = open();
    await chooseSlot(user, slot);
    const guests = screen.getByRole('group', { name: 'Guests' });
    expect(guests).toHaveAccessibleDescription('You can invite up to 3 guests.');
    for (const [index, email] of ['ana@example.com', ' ben@example.com ', 'cy@example.com'].entries()) {
      await user.click(within(guests).getByRole('button', { name: 'Add guest' }));
      const input = within(guests).getByRole('textbox', { name: `Guest ${index + 1} email` });
      expect(input).toHaveFocus();
      // Focus says which field; the shared polite region says what happened.
      expect(document.querySelector('[data-announcer]')).toHaveTextContent('Guest added');
      await user.type(input, email);
    }
    // The limit is reached: no way to add a fourth.
    expect(within(guests).queryByRole('button', { name: 'Add guest' })).toBeNull();

    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('heading', { name: 'Meeting booked' });
    const [call] = bookCalls(fake.backend.requests);
    expect((call!.body as { guestEmails: string[] }).guestEmails).toEqual(['ana@example.com', 'ben@example.com', 'cy@example.com']);
    const shown = confirmationDetail('Guests');
    expect(shown).toContain('ana@example.com');
    expect(shown).toContain('cy@example.com');
  });

  it('refuses malformed, duplicate and own addresses at the guest, and removing one moves focus to the next', async () => {
    const { user } = open();
    await chooseSlot(user, slot);
    await fillDetails(user);
    const guests = screen.getByRole('group', { name: 'Guests' });
    for (const [index, email] of ['not-an-email', 'dup@example.com', 'DUP@example.com'].entries()) {
      await user.click(within(guests).getByRole('button', { name: 'Add guest' }));
      await user.type(screen.getByRole('textbox', { name: `Guest ${index + 1} email` }), email);
    }
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    expect(screen.getByRole('textbox', { name: 'Guest 1 email' })).toHaveAccessibleDescription(
      'Guest 1: enter an email address like name@example.com.',
    );
    expect(screen.getByRole('textbox', { name: 'Guest 3 email' })).toHaveAccessibleDescription('Guest 3 is already on the list.');
    expect(bookCalls(fake.backend.requests)).toHaveLength(0);

    await user.click(within(guests).getByRole('button', { name: 'Remove guest 1' }));
    const nowFirst = screen.getByRole('textbox', { name: 'Guest 1 email' });
    expect(nowFirst).toHaveValue('dup@example.com');
    expect(nowFirst).toHaveFocus();
    expect(document.querySelector('[data-announcer]')).toHaveTextContent('Guest removed');
    await user.clear(screen.getByRole('textbox', { name: 'Guest 2 email' }));
    await user.type(screen.getByRole('textbox', { name: 'Guest 2 email' }), 'MENELSON@hubspot.com');
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    expect(screen.getByRole('textbox', { name: 'Guest 2 email' })).toHaveAccessibleDescription(
      'Guest 2 is your own email; you are already invited.',
    );
    expect(bookCalls(fake.backend.requests)).toHaveLength(0);
  });

  it('shows the server refusing a guest at that guest', async () => {
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
            correlationId: 'c-1',
            errors: [{ message: 'This guest cannot be invited.', in: 'guestEmails[0]', code: 'INVALID_GUEST' }],
          },
        },
      },
    ]);
    const { user } = open();
    await chooseSlot(user, slot);
    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Add guest' }));
    await user.type(screen.getByRole('textbox', { name: 'Guest 1 email' }), 'blocked@example.com');
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    const guest = await screen.findByRole('textbox', { name: 'Guest 1 email', description: 'This guest cannot be invited.' });
    expect(guest).toHaveAttribute('aria-invalid', 'true');
    expect(guest).toHaveValue('blocked@example.com');
  });
});
