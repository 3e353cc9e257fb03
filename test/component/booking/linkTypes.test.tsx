import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatTimeZoneName } from '../../../src/i18n/formatters/formatTimeZoneName';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { bookCalls, chooseSlot, confirmationDetail, fillDetails, renderScheduler } from './helpers/bookingFlow';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend({ scenarioIds: ['round-robin', 'group-calendar', 'offline-organizer', 'web-conference'] });
// Monday Oct 6, 2025, before business hours in the Americas and Europe.
useFixedClock('2025-10-06T05:00:00Z');

async function book(slug: string, timezone: string, choice: Parameters<typeof chooseSlot>[1]) {
  const rendered = renderScheduler({ slug, timezone });
  await chooseSlot(rendered.user, choice);
  await fillDetails(rendered.user);
  await rendered.user.click(screen.getByRole('button', { name: 'Book meeting' }));
  return rendered;
}

describe('round robin: likelyAvailableUserIds', () => {
  // Avery (5100001) is busy Mon/Wed 9:00–12:00, Bruno (5100002) Tue/Thu 13:00–17:00, Chidi
  // (5100003) every day 12:00–13:00 and Friday mornings, all Chicago time.
  it.each([
    ['Monday, October 13, 2025', '9:00 AM', Date.UTC(2025, 9, 13, 14, 0), ['5100002', '5100003']],
    ['Friday, October 10, 2025', '9:00 AM', Date.UTC(2025, 9, 10, 14, 0), ['5100001', '5100002']],
    ['Tuesday, October 7, 2025', '2:00 PM', Date.UTC(2025, 9, 7, 19, 0), ['5100001', '5100003']],
  ])('on %s at %s sends the members free then', async (day, time, startTime, expected) => {
    await book('round-robin', 'America/Chicago', { duration: '30 min', day, time });
    await screen.findByRole('heading', { name: 'Meeting booked' });
    const [call] = bookCalls(fake.backend.requests);
    expect(call!.body).toMatchObject({ slug: 'round-robin', startTime, duration: 1_800_000, likelyAvailableUserIds: expected });
    // The server picks the member: the confirmation names nobody rather than maybe the wrong rep.
    expect(confirmationDetail('Organizer')).toBeNull();
  });
});

describe('group calendar', () => {
  it('sends every member when all are free, and names them all', async () => {
    // Thursday 13:00 Berlin: the second interviewer's 14:00–16:00 block has not started.
    await book('group-calendar', 'Europe/Berlin', { day: 'Thursday, October 9, 2025', time: '1:00 PM' });
    await screen.findByRole('heading', { name: 'Meeting booked' });
    const [call] = bookCalls(fake.backend.requests);
    expect(call!.body).toMatchObject({
      startTime: Date.UTC(2025, 9, 9, 11, 0),
      duration: 2_700_000,
      likelyAvailableUserIds: ['5200001', '5200002', '5200003'],
    });
    expect(confirmationDetail('Organizer')?.split(', ')).toHaveLength(3);
  });
});

describe('confirmations', () => {
  it('offline: "Meeting requested", says no invitation was created, and still offers the calendar file and links', async () => {
    await book('offline-organizer', 'Europe/London', { duration: '20 min', day: 'Wednesday, October 8, 2025', time: '10:00 AM' });
    const heading = await screen.findByRole('heading', { name: 'Meeting requested' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('No calendar invitation was created. The organizer has been notified and will follow up with you.')).toBeVisible();
    expect(screen.queryByText(/invitation has been created/)).toBeNull();
    expect(confirmationDetail('Time')).toBe('10:00 – 10:20 AM');
    // The visitor's zone by name, whatever this engine's ICU calls it ('United Kingdom Time').
    expect(confirmationDetail('Time zone')).toBe(formatTimeZoneName('Europe/London', 'en-US', Date.UTC(2025, 9, 8, 9, 0)));
    expect(confirmationDetail('Location')).toBe('Office, 10 Market Street, London');
    expect(confirmationDetail('Organizer')).toBe('Gabriel Moreau');
    expect(screen.getByRole('link', { name: 'Download .ics file' })).toHaveAttribute('download', 'meeting.ics');
    expect(screen.getByRole('link', { name: /^Google Calendar/ })).toHaveAttribute('href', expect.stringContaining('dates=20251008T090000Z/20251008T092000Z'));
    expect(screen.getByRole('link', { name: /^Outlook\.com/ })).toHaveAttribute('href', expect.stringContaining('startdt=2025-10-08T09%3A00%3A00Z'));
  });

  it('online with a video call: "Meeting booked", the invitation sentence and a safe join link', async () => {
    await book('web-conference', 'America/Toronto', { duration: '25 min', day: 'Thursday, October 9, 2025', time: '11:00 AM' });
    const heading = await screen.findByRole('heading', { name: 'Meeting booked' });
    expect(heading).toHaveFocus();
    expect(screen.getByText('A calendar invitation has been created for this meeting.')).toBeVisible();
    expect(screen.queryByText(/No calendar invitation/)).toBeNull();
    const join = screen.getByRole('link', { name: /^Join the meeting/ });
    expect(join).toHaveAttribute('href', 'https://meet.example.com/ms-demo-walkthrough');
    expect(join).toHaveAttribute('rel', 'noopener noreferrer');
    expect(confirmationDetail('Duration')).toBe('25 min');
  });
});
