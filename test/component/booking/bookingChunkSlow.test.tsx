import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

// The form and confirmation are a chunk of their own (src/components/lazyBookingViews.tsx), here
// on a slow connection: it arrives well after the visitor picks a time.
vi.mock('../../../src/components/bookingViews', async (importOriginal) => {
  await new Promise((resolve) => setTimeout(resolve, 400));
  return importOriginal();
});

useFakeBackend({ scenarioIds: ['web-conference'] });
useFixedClock('2025-10-06T05:00:00Z');

describe('the booking form chunk on a slow connection', () => {
  it('keeps focus on the step while it loads, not on the page, then puts it on the form heading', async () => {
    const { user } = renderScheduler({ slug: 'web-conference', timezone: 'America/Toronto' });
    await user.click(await screen.findByRole('button', { name: /^Thursday, October 9, 2025(,|$)/ }));
    await user.click(await screen.findByRole('radio', { name: '11:00 AM' }));

    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(document.activeElement).toHaveClass('ms-step');
    const heading = await screen.findByRole('heading', { name: 'Enter your details' });
    expect(heading).toHaveFocus();
  });
});
