import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../helpers/axe';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { day, findCalendar, renderScheduler } from './renderScheduler';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend();

useFixedClock('2025-10-09T12:00:00Z');

describe('loading', () => {
  it('is busy, says so, and passes axe', async () => {
    const { container } = renderScheduler({ slug: 'menelson' });
    const root = container.querySelector('.ms-root');
    expect(root?.querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Loading available times…');
    await expectNoAxeViolations(container);
    await findCalendar('October 2025');
  });
});

describe('calendar and times', () => {
  it('pass axe', async () => {
    const { container } = renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    expect(screen.getByRole('radiogroup', { name: 'Friday, October 10, 2025' })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });

  it('say "Tomorrow" above tomorrow\'s date, and nothing above a later day', async () => {
    const { user } = renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    expect(screen.getByRole('heading', { name: 'Tomorrow, Friday, October 10, 2025' })).toBeVisible();
    await user.click(day('Monday, October 13, 2025'));
    expect(screen.getByRole('heading', { name: 'Monday, October 13, 2025' })).toBeVisible();
    expect(screen.queryByText('Tomorrow')).toBeNull();
  });

  it('pass axe with the time zone list open', async () => {
    const { container, user } = renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    // A click opens the list (a visitor should not need to know to press a key).
    await user.click(screen.getByRole('combobox', { name: 'Time zone' }));
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('option', { name: 'Eastern Time - New York (GMT-04:00)' })).toHaveAttribute('aria-selected', 'true');
    await expectNoAxeViolations(container);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('empty', () => {
  it('says no times are available when no month has any, and passes axe', async () => {
    const onReady = vi.fn();
    const { container } = renderScheduler({ slug: 'no-availability', onReady });
    expect(await screen.findByRole('heading', { name: 'No times available' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    expect(onReady).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });
});

describe('errors', () => {
  it('says an unknown page could not be found, offers no retry, reports not-found, and passes axe', async () => {
    const onError = vi.fn();
    const { container } = renderScheduler({ slug: 'nobody-has-this-slug', onError });
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert).toHaveTextContent('This scheduling page could not be found');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'not-found', status: 404 });
    // A 404 is not retried.
    expect(fake.backend.requests).toHaveLength(1);
    await expectNoAxeViolations(container);
  });

  it('explains a server error, retries it twice, then lets the visitor try again', async () => {
    fake.backend.setFaults([{ call: 'getBookingInfo', times: 3, response: { status: 500, body: { status: 'error', message: 'boom' } } }]);
    const onError = vi.fn();
    const { container, user } = renderScheduler({ slug: 'menelson', onError });
    const alert = await screen.findByRole('alert', undefined, { timeout: 8000 });
    expect(alert).toHaveTextContent('The available times could not be loaded');
    expect(alert).toHaveTextContent('The scheduling service had a problem. Please try again.');
    expect(fake.backend.requests).toHaveLength(3);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'server', status: 500 });
    await expectNoAxeViolations(container);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await findCalendar('October 2025')).toBeInTheDocument();
    await waitFor(() => expect(fake.backend.requests).toHaveLength(4));
  });
});
