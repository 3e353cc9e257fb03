import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { day, findCalendar, renderScheduler, timesOn } from './renderScheduler';
import { useFixedClock } from '../../helpers/fixedClock';

useFakeBackend();

useFixedClock('2025-10-09T12:00:00Z');

describe('keyboard only', () => {
  it('walks from the tabs to a chosen time with Tab, arrows and Enter', async () => {
    const onDurationChange = vi.fn();
    const onDateSelect = vi.fn();
    const onSlotSelect = vi.fn();
    const { user } = renderScheduler({ slug: 'menelson', onDurationChange, onDateSelect, onSlotSelect });
    await findCalendar('October 2025');

    await user.tab();
    expect(screen.getByRole('tab', { name: '15 min' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: '30 min' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: '30 min' })).toHaveAttribute('aria-selected', 'true');
    expect(onDurationChange).toHaveBeenLastCalledWith(1_800_000);

    await user.tab(); // previous month (focusable though unavailable: it says why)
    expect(screen.getByRole('button', { name: 'Previous month' })).toHaveFocus();
    await user.tab(); // next month
    await user.tab(); // the one day in the tab order: the selected one
    expect(day('Monday, October 13, 2025')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(day('Sunday, October 12, 2025, no availability')).toHaveFocus();
    await user.keyboard('{Enter}'); // not selectable
    expect(onDateSelect).not.toHaveBeenCalled();
    await user.keyboard('{ArrowUp}{ArrowDown}{ArrowRight}');
    expect(day('Monday, October 13, 2025')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onDateSelect).toHaveBeenCalledWith('2025-10-13');

    await user.tab(); // the time zone, right above the times it changes
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('radio', { name: '9:00 AM' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: '9:15 AM' })).toHaveFocus();
    expect(onSlotSelect).not.toHaveBeenCalled(); // arrows move, they do not choose
    await user.keyboard('{Enter}');
    expect(onSlotSelect).toHaveBeenCalledTimes(1);
    expect(onSlotSelect).toHaveBeenCalledWith({
      start: Date.parse('2025-10-13T13:15:00Z'),
      end: Date.parse('2025-10-13T13:45:00Z'),
      duration: 1_800_000,
      timezone: 'America/New_York',
    });
    // Focus moved on to the booking step, nothing was left focused on a vanished button.
    await waitFor(() => expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument());
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement?.closest('.ms-root')).not.toBeNull();
  });

  it('moves by week, to the week’s ends, and announces the month in a polite live region', async () => {
    const { user } = renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    day('Friday, October 10, 2025').focus();
    await user.keyboard('{Home}');
    expect(day('Sunday, October 5, 2025, no availability')).toHaveFocus();
    await user.keyboard('{End}');
    expect(day('Saturday, October 11, 2025, no availability')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(day('Saturday, October 18, 2025, no availability')).toHaveFocus();
    expect(screen.getByText('October 2025')).toHaveAttribute('aria-live', 'polite');
  });

  it('does not page past the last month nor before the current one', async () => {
    const { user } = renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    day('Friday, October 10, 2025').focus();
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('grid', { name: 'October 2025' })).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    expect(screen.getByRole('grid', { name: 'October 2025' })).toBeInTheDocument();
    expect(day('Friday, October 10, 2025')).toHaveFocus();
  });

  it('mirrors the arrows in a right-to-left locale', async () => {
    const { user, container } = renderScheduler({ slug: 'menelson', locale: 'ar-EG' });
    await screen.findByRole('grid', undefined, { timeout: 5000 });
    expect(container.querySelector('.ms-root')).toHaveAttribute('dir', 'rtl');
    const start = container.querySelector<HTMLElement>('[data-date="2025-10-10"]');
    start?.focus();
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toHaveAttribute('data-date', '2025-10-11');
  });

  it('keeps the chosen time when the visitor comes back from the form', async () => {
    const { user } = renderScheduler({ slug: 'menelson' });
    await findCalendar('October 2025');
    await user.click(day('Monday, October 13, 2025'));
    await user.click(screen.getByRole('radio', { name: '9:00 AM' }));
    await waitFor(() => expect(screen.queryByRole('grid')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: /change/i }));
    expect(await findCalendar('October 2025')).toBeInTheDocument();
    expect(timesOn('Monday, October 13, 2025')).toEqual(['9:00 AM']);
    expect(screen.getByRole('radio', { name: '9:00 AM' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('radio', { name: '9:00 AM' })).toHaveFocus();
  });
});
