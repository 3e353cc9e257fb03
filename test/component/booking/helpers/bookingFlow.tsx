import { screen, within } from '@testing-library/react';
import { type UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';

// One render helper for every component test (test/helpers); re-exported beside the flow helpers.
export { renderScheduler } from '../../../helpers/renderScheduler';

export interface SlotChoice {
  /** The duration tab, e.g. '30 min'; the pre-selected one when absent. */
  duration?: string;
  /** The day's accessible name, e.g. 'Monday, October 13, 2025', or a pattern. */
  day: string | RegExp;
  /** The time as the slot list shows it, e.g. '9:00 AM'. */
  time: string;
}

/** Picks a duration, a day and a time with the mouse, and waits for the booking step. */
export async function chooseSlot(user: UserEvent, choice: SlotChoice): Promise<void> {
  if (choice.duration) await user.click(await screen.findByRole('tab', { name: choice.duration }));
  // Day names go on after the date ("…, 3 times available, selected").
  const dayName = typeof choice.day === 'string' ? new RegExp(`^${choice.day}(,|$)`) : choice.day;
  await user.click(await screen.findByRole('button', { name: dayName }));
  const times = await screen.findByRole('radiogroup');
  await user.click(within(times).getByRole('radio', { name: choice.time }));
  await screen.findByRole('heading', { name: 'Enter your details' });
}

/** The first available day of the shown month and its first time: for computed scenarios. */
export async function chooseFirstSlot(user: UserEvent, duration?: string): Promise<{ start: number }> {
  if (duration) await user.click(await screen.findByRole('tab', { name: duration }));
  // The calendar waits for booking info: as long as findCalendar allows, not findByRole's 1 s.
  const grid = await screen.findByRole('grid', undefined, { timeout: 5000 });
  const day = await vi.waitFor(() => {
    const found = grid.querySelector<HTMLButtonElement>('button[data-available]');
    if (!found) throw new Error('no available day yet');
    return found;
  });
  await user.click(day);
  const times = await screen.findByRole('radiogroup');
  const first = within(times).getAllByRole('radio')[0];
  expect(first).toBeDefined();
  const start = Number(first!.getAttribute('data-start'));
  await user.click(first!);
  await screen.findByRole('heading', { name: 'Enter your details' });
  return { start };
}

export interface Details {
  firstName?: string;
  lastName?: string;
  email?: string;
}

/** Types the visitor's name and email into the booking form. */
export async function fillDetails(user: UserEvent, details: Details = {}): Promise<void> {
  const { firstName = 'Melinda', lastName = 'Nelson', email = 'menelson@hubspot.com' } = details;
  if (firstName) await user.type(screen.getByRole('textbox', { name: /^First name/ }), firstName);
  if (lastName) await user.type(screen.getByRole('textbox', { name: /^Last name/ }), lastName);
  if (email) await user.type(screen.getByRole('textbox', { name: /^Email/ }), email);
}

/** Recorded requests the fake API received for the book call. */
export function bookCalls<T extends { method: string; path: string }>(requests: readonly T[]): T[] {
  return requests.filter((request) => request.method === 'POST' && /\/meeting-links\/book$/.test(request.path));
}

/** The value shown next to a label of the confirmation's details ('Date', 'Time', …). */
export function confirmationDetail(term: string): string | null {
  const dt = screen.getAllByRole('term').find((element) => element.textContent === term);
  return dt?.nextElementSibling?.textContent ?? null;
}
