import { screen } from '@testing-library/react';
import { describe, it } from 'vitest';
import { expectNoAxeViolations } from '../../helpers/axe';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { chooseSlot, fillDetails, renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend({ scenarioIds: ['custom-fields', 'consent-required', 'guests', 'offline-organizer', 'web-conference'] });
useFixedClock('2025-10-06T05:00:00Z');

describe('axe-core finds no violations', () => {
  it('on a form with every field type, then with every error shown', async () => {
    const { user, container } = renderScheduler({ slug: 'custom-fields', timezone: 'America/Denver' });
    await chooseSlot(user, { duration: '30 min', day: 'Wednesday, October 8, 2025', time: '10:00 AM' });
    await expectNoAxeViolations(container);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('group', { name: /need/ });
    await expectNoAxeViolations(container);
  });

  it('on the consent form and its errors', async () => {
    const { user, container } = renderScheduler({ slug: 'consent-required', timezone: 'America/Los_Angeles' });
    await chooseSlot(user, { day: 'Wednesday, October 8, 2025', time: '10:00 AM' });
    await expectNoAxeViolations(container);
    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('group', { name: /need/ });
    await expectNoAxeViolations(container);
  });

  it('on the guest list with guests and their errors', async () => {
    const { user, container } = renderScheduler({ slug: 'guests', timezone: 'Europe/Paris' });
    await chooseSlot(user, { duration: '30 min', day: 'Wednesday, October 8, 2025', time: '9:00 AM' });
    await user.click(screen.getByRole('button', { name: 'Add guest' }));
    await user.type(screen.getByRole('textbox', { name: 'Guest 1 email' }), 'nope');
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('group', { name: /need/ });
    await expectNoAxeViolations(container);
  });

  it('on a failure alert with its retry button', async () => {
    fake.backend.setFaults([{ call: 'bookMeeting', response: 'network-error', times: 1 }]);
    const { user, container } = renderScheduler({ slug: 'web-conference', timezone: 'America/Toronto' });
    await chooseSlot(user, { duration: '25 min', day: 'Thursday, October 9, 2025', time: '11:00 AM' });
    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('alert');
    await expectNoAxeViolations(container);
  });

  it.each([
    ['web-conference', 'America/Toronto', { duration: '25 min', day: 'Thursday, October 9, 2025', time: '11:00 AM' }, 'Meeting booked'],
    ['offline-organizer', 'Europe/London', { duration: '20 min', day: 'Wednesday, October 8, 2025', time: '10:00 AM' }, 'Meeting requested'],
  ])('on the %s confirmation', async (slug, timezone, choice, heading) => {
    const { user, container } = renderScheduler({ slug, timezone });
    await chooseSlot(user, choice);
    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('heading', { name: heading });
    await expectNoAxeViolations(container);
  });
});
