import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

// The form and confirmation are a chunk of their own (src/components/lazyBookingViews.tsx).
// A dropped connection makes its import fail: here the first two attempts do.
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

async function pickElevenAm(user: ReturnType<typeof renderScheduler>['user']) {
  await user.click(await screen.findByRole('button', { name: /^Thursday, October 9, 2025(,|$)/ }));
  await user.click(await screen.findByRole('radio', { name: '11:00 AM' }));
}

describe('the booking form chunk', () => {
  it('failing to load (preload and first use) shows a network error with Try again, and the next pick opens the form', async () => {
    chunk.failuresLeft = 2;
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});

    const { user, onError } = renderScheduler({ slug: 'web-conference', timezone: 'America/Toronto' });
    await pickElevenAm(user);

    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }));
    await user.click(retry);
    await pickElevenAm(user);

    expect(await screen.findByRole('heading', { name: 'Enter your details' })).toBeVisible();
    expect(chunk.attempts).toBe(3);
    consoleError.mockRestore();
  });
});
