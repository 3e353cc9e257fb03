import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../src/mock/scenarios';
import type { ScenarioId } from '../../../src/mock/ScenarioId';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { bookCalls, chooseFirstSlot, confirmationDetail, fillDetails, renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend();
useFixedClock('2025-10-06T05:00:00Z');

// The scenarios that need no answers beyond name and email; the others have their own files.
const cases: Array<[ScenarioId, 'Meeting booked' | 'Meeting requested']> = [
  ['round-robin', 'Meeting booked'],
  ['group-calendar', 'Meeting booked'],
  ['offline-organizer', 'Meeting requested'],
  ['web-conference', 'Meeting booked'],
  ['guests', 'Meeting booked'],
  ['two-months-ahead', 'Meeting booked'],
  ['far-timezone', 'Meeting booked'],
];

describe('every bookable scenario books end to end', () => {
  it.each(cases)('%s: the first free time, the right body, "%s"', async (slug, heading) => {
    const { user } = renderScheduler({ slug });
    const { start } = await chooseFirstSlot(user);
    await fillDetails(user);
    await user.click(screen.getByRole('button', { name: 'Book meeting' }));
    await screen.findByRole('heading', { name: heading });

    const calls = bookCalls(fake.backend.requests);
    expect(calls).toHaveLength(1);
    const link = scenarios[slug].link;
    const body = calls[0]!.body as Record<string, unknown>;
    const shared = link.linkType !== 'PERSONAL_LINK';
    expect(body).toEqual({
      slug,
      firstName: 'Melinda',
      lastName: 'Nelson',
      email: 'menelson@hubspot.com',
      startTime: start,
      duration: expect.any(Number),
      guestEmails: [],
      timezone: 'America/New_York',
      locale: 'en-us',
      formFields: [],
      legalConsentResponses: [],
      likelyAvailableUserIds: shared ? expect.arrayContaining([expect.any(String)]) : [],
    });
    expect(link.durations).toContain(body.duration);
    if (shared) {
      const memberIds = link.members.map((member) => member.userId);
      for (const id of body.likelyAvailableUserIds as string[]) expect(memberIds).toContain(id);
    }
    expect(confirmationDetail('Date')).not.toBeNull();
    expect(confirmationDetail('Time zone')).not.toBeNull();
  });
});
