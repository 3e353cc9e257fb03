import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { bookCalls, chooseSlot, fillDetails, renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend({ scenarioIds: ['consent-required'] });
// Monday morning in San Francisco; the link offers weekdays 9:00–17:00 Pacific.
useFixedClock('2025-10-06T15:00:00Z');

const slot = { day: 'Wednesday, October 8, 2025', time: '10:00 AM' };

describe('legal consent (consent-required)', () => {
  it('shows the organizer texts sanitized: formatting and safe links kept, scripts and handlers gone', async () => {
    const { user, container } = renderScheduler({ slug: 'consent-required', timezone: 'America/Los_Angeles' });
    await chooseSlot(user, slot);
    const consent = screen.getByRole('group', { name: 'Consent' });
    // The sanitizer loads on demand: plain text first, the organizer's formatting once it is in.
    expect(await within(consent).findByText('Please tick below')).toHaveProperty('tagName', 'STRONG');
    expect(container.querySelector('script, img, [onerror]')).toBeNull();
    expect(container.innerHTML).not.toMatch(/javascript:|alert\(/);
    const policies = within(consent).getAllByRole('link', { name: /privacy policy/i });
    expect(policies.length).toBeGreaterThan(0);
    for (const link of policies) {
      expect(link).toHaveAttribute('href', 'https://example.com/privacy');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAttribute('target', '_blank');
    }
    // The hostile "(details)" link lost its javascript: href and is plain text now.
    expect(within(consent).getByText('(details)').closest('a')).not.toHaveAttribute('href');
  });

  it('blocks the booking until the required boxes are ticked, then sends every answer', async () => {
    const { user } = renderScheduler({ slug: 'consent-required', timezone: 'America/Los_Angeles' });
    await chooseSlot(user, slot);
    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));

    const summary = screen.getByRole('group', { name: '2 fields need attention' });
    expect(summary).toHaveFocus();
    const reminders = screen.getByRole('checkbox', { name: /appointment reminders/ });
    const processing = screen.getByRole('checkbox', { name: /store and process my personal data/ });
    const news = screen.getByRole('checkbox', { name: /news and offers/ });
    const remindersError = 'Tick “I agree to receive appointment reminders by email” to continue.';
    const processingError = 'Tick “I agree to allow Northwind Health to store and process my personal data” to continue.';
    expect(reminders).toHaveAttribute('aria-invalid', 'true');
    expect(reminders).toHaveAccessibleDescription(remindersError);
    expect(processing).toHaveAttribute('aria-invalid', 'true');
    expect(processing).toHaveAccessibleDescription(processingError);
    expect(news).not.toHaveAttribute('aria-invalid');
    expect(bookCalls(fake.backend.requests)).toHaveLength(0);

    // The summary links lead to the boxes.
    await user.click(within(summary).getByRole('link', { name: processingError }));
    expect(processing).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: remindersError }));
    expect(reminders).toHaveFocus();

    await user.click(reminders);
    await user.click(processing);
    expect(screen.queryByRole('group', { name: /problem/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('heading', { name: 'Meeting booked' });

    const [call] = bookCalls(fake.backend.requests);
    expect(call!.body).toEqual({
      slug: 'consent-required',
      firstName: 'Melinda',
      lastName: 'Nelson',
      email: 'menelson@hubspot.com',
      startTime: Date.UTC(2025, 9, 8, 17, 0),
      duration: 1_800_000,
      guestEmails: [],
      timezone: 'America/Los_Angeles',
      locale: 'en-us',
      formFields: [],
      legalConsentResponses: [
        { communicationTypeId: '4101', consented: true },
        { communicationTypeId: '4102', consented: false },
      ],
      likelyAvailableUserIds: [],
    });
  });

  it('sends an optional box as consented when ticked', async () => {
    const { user } = renderScheduler({ slug: 'consent-required', timezone: 'America/Los_Angeles' });
    await chooseSlot(user, slot);
    await fillDetails(user);
    await user.click(screen.getByRole('checkbox', { name: /appointment reminders/ }));
    await user.click(screen.getByRole('checkbox', { name: /news and offers/ }));
    await user.click(screen.getByRole('checkbox', { name: /store and process my personal data/ }));
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('heading', { name: 'Meeting booked' });
    expect((bookCalls(fake.backend.requests)[0]!.body as { legalConsentResponses: unknown }).legalConsentResponses).toEqual([
      { communicationTypeId: '4101', consented: true },
      { communicationTypeId: '4102', consented: true },
    ]);
  });
});
