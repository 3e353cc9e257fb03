import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

// The form and confirmation are a chunk of their own (src/components/lazyBookingViews.tsx).
// A dropped connection makes its import fail: here the first two attempts do (the preloads).
const chunk = vi.hoisted(() => ({ failuresLeft: 0, attempts: 0 }));
vi.mock('../../../src/components/bookingViews', async (importOriginal) => {
  chunk.attempts += 1;
  if (chunk.failuresLeft > 0) {
    chunk.failuresLeft -= 1;
    throw new TypeError('Failed to fetch dynamically imported module');
  }
  return importOriginal();
});

useFakeBackend({ scenarioIds: ['web-conference'] });
useFixedClock('2025-10-06T05:00:00Z');

const thursday = /^Thursday, October 9, 2025(,|$)/;

async function pickElevenAm(user: ReturnType<typeof renderScheduler>['user']) {
  await user.click(await screen.findByRole('button', { name: thursday }));
  await user.click(await screen.findByRole('radio', { name: '11:00 AM' }));
}

/** The step's own message: the widget around it (meeting summary) stays, the outer view does not show. */
async function expectStepFailure(onError: ReturnType<typeof renderScheduler>['onError'], reports: number) {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('We could not reach the scheduling service. Check your connection and try again.');
  expect(screen.getByRole('heading', { name: 'Enter your details' })).toHaveFocus();
  expect(screen.queryByText('Something went wrong in the scheduler. Please reload the page.')).toBeNull();
  expect(screen.getByRole('group', { name: 'Meeting details' })).toBeVisible();
  expect(onError).toHaveBeenCalledTimes(reports);
  expect(onError).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'network' }));
}

// One test: once the chunk has loaded, the module keeps it, so a second test could not fail it.
describe('the booking form chunk failing to load (preload and first use)', () => {
  it('shows a message in place of the form, Change keeps the day and time, and Try again loads the form', async () => {
    chunk.failuresLeft = Infinity;
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});

    const { user, onError } = renderScheduler({ slug: 'web-conference', timezone: 'America/Toronto' });
    await pickElevenAm(user);
    await expectStepFailure(onError, 1);

    await user.click(screen.getByRole('button', { name: 'Change the selected time' }));
    // The day's name ends in "selected" when it is the one whose times are listed.
    expect(await screen.findByRole('button', { name: /^Thursday, October 9, 2025,.*selected$/ })).toBeVisible();
    const times = await screen.findByRole('radiogroup');
    expect(within(times).getByRole('radio', { name: '11:00 AM' })).toBeChecked();

    await user.click(within(times).getByRole('radio', { name: '11:00 AM' }));
    await expectStepFailure(onError, 2);

    // The connection is back: the retry imports again instead of keeping the failure.
    chunk.failuresLeft = 0;
    const attemptsBefore = chunk.attempts;
    await user.click(screen.getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('textbox', { name: /First name/ })).toBeVisible();
    const selected = screen.getByRole('group', { name: 'Selected time' });
    expect(selected).toHaveTextContent('Thursday, October 9, 2025');
    expect(selected).toHaveTextContent('11:00');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(chunk.attempts).toBeGreaterThan(attemptsBefore);
    expect(onError).toHaveBeenCalledTimes(2);
    consoleError.mockRestore();
  });
});
