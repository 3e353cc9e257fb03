import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../helpers/axe';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { findCalendar, renderScheduler } from './renderScheduler';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend();

useFixedClock('2025-10-20T12:00:00Z');

const pageRequestCount = () => fake.backend.requests.filter((request) => request.path.includes('/availability-page/')).length;

describe('a time taken meanwhile', () => {
  it('brings the visitor back to the same day with a notice, without the taken time, keeping the form', async () => {
    const onError = vi.fn();
    const { user, container } = renderScheduler({ slug: 'round-robin', timezone: 'America/Chicago', onError });
    await findCalendar('October 2025');
    const group = screen.getByRole('radiogroup');
    // The group is named by its day's heading, e.g. "Monday, October 20, 2025".
    const heading = document.getElementById(group.getAttribute('aria-labelledby') ?? '')?.textContent;
    expect(heading).toMatch(/October \d+, 2025$/);
    const first = within(group).getAllByRole('radio')[0]!;
    const takenTime = first.textContent;
    await user.click(first);

    await user.type(await screen.findByLabelText(/^First name/), 'Ada');
    await user.type(screen.getByLabelText(/^Last name/), 'Lovelace');
    await user.type(screen.getByLabelText(/^Email/), 'ada@example.com');
    const requestsBefore = pageRequestCount();
    fake.backend.setFaults([{ call: 'bookMeeting', response: 'occupy-slot' }]);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));

    const notice = await screen.findByText('That time was just taken. Please pick another.');
    await waitFor(() => expect(notice.closest('.ms-notice')).toHaveFocus());
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'conflict' }));
    // Same day, and the availability was asked for again.
    expect(screen.getByRole('radiogroup', { name: heading! })).toBeInTheDocument();
    await waitFor(() => expect(pageRequestCount()).toBeGreaterThan(requestsBefore));
    const times = within(screen.getByRole('radiogroup')).getAllByRole('radio').map((radio) => radio.textContent);
    expect(times).not.toContain(takenTime);
    await expectNoAxeViolations(container);

    await user.click(within(screen.getByRole('radiogroup')).getAllByRole('radio')[0]!);
    expect(await screen.findByLabelText(/^First name/)).toHaveValue('Ada');
    expect(screen.getByLabelText(/^Email/)).toHaveValue('ada@example.com');
    expect(screen.queryByText('That time was just taken. Please pick another.')).not.toBeInTheDocument();
  });
});
