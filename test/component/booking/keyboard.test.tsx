import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { bookCalls, renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend({ scenarioIds: ['menelson'] });
useFixedClock('2025-10-09T12:00:00Z');

describe('keyboard only, from the slot to the confirmation', () => {
  it('books with Tab, arrows, typing, Enter and Space, never needing a mouse', async () => {
    const { user } = renderScheduler({ slug: 'menelson' });
    await screen.findByRole('grid', { name: 'October 2025' });

    // Browse: 30 min tab, the selected day, then the first time.
    await user.tab();
    expect(screen.getByRole('tab', { name: '15 min' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: /^Monday, October 13, 2025(,|$)/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.tab(); // the time zone, right above the times
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('radio', { name: '9:00 AM' })).toHaveFocus();
    await user.keyboard('{Enter}');

    // The step's heading takes focus so its name is read, then the form in reading order.
    const heading = await screen.findByRole('heading', { name: 'Enter your details' });
    expect(heading).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Change the selected time' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveFocus();

    // An empty submit from the keyboard: the summary takes focus and its links lead to fields.
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: '3 fields need attention' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'First name is required.' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveFocus();

    await user.keyboard('Melinda');
    await user.tab();
    await user.keyboard('Nelson');
    await user.tab();
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveFocus();
    await user.keyboard('menelson@hubspot.com');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Book meeting' })).toHaveFocus();
    await user.keyboard(' ');

    const confirmation = await screen.findByRole('heading', { name: 'Meeting requested' });
    expect(confirmation).toHaveFocus();
    expect(bookCalls(fake.backend.requests)).toHaveLength(1);
    expect(bookCalls(fake.backend.requests)[0]!.body).toMatchObject({
      firstName: 'Melinda',
      lastName: 'Nelson',
      email: 'menelson@hubspot.com',
      startTime: Date.parse('2025-10-13T13:00:00Z'),
      duration: 1_800_000,
    });
    await user.tab();
    expect(screen.getByRole('link', { name: 'Download .ics file' })).toHaveFocus();
  });

  it('"Change" goes back to the calendar and the typed values come back with the next slot', async () => {
    const { user } = renderScheduler({ slug: 'menelson' });
    await screen.findByRole('grid', { name: 'October 2025' });
    await user.click(screen.getByRole('tab', { name: '30 min' }));
    await user.click(screen.getByRole('button', { name: /^Monday, October 13, 2025(,|$)/ }));
    await user.click(screen.getByRole('radio', { name: '9:00 AM' }));
    await user.type(await screen.findByRole('textbox', { name: /^First name/ }), 'Melinda');
    screen.getByRole('button', { name: 'Change the selected time' }).focus();
    await user.keyboard('{Enter}');

    await user.click(await screen.findByRole('radio', { name: '9:15 AM' }));
    expect(await screen.findByRole('textbox', { name: /^First name/ })).toHaveValue('Melinda');
    expect(screen.getByRole('group', { name: 'Selected time' })).toHaveTextContent('9:15 – 9:45 AM');
  });
});
