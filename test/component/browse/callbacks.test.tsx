import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MeetingScheduler } from '../../../src/components/MeetingScheduler';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { findCalendar, renderScheduler } from './renderScheduler';
import { useFixedClock } from '../../helpers/fixedClock';

useFakeBackend();

useFixedClock('2025-10-09T12:00:00Z');

describe('callbacks', () => {
  it('fires onReady once with the booking info, then each choice with its payload', async () => {
    const onReady = vi.fn();
    const onDurationChange = vi.fn();
    const onDateSelect = vi.fn();
    const onSlotSelect = vi.fn();
    const { user } = renderScheduler({ slug: 'menelson', timezone: 'Asia/Kolkata', onReady, onDurationChange, onDateSelect, onSlotSelect });
    await findCalendar('October 2025');
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    expect(onReady.mock.calls[0]?.[0]).toMatchObject({ linkId: '123456', durations: [900_000, 1_800_000, 3_600_000] });

    await user.click(screen.getByRole('tab', { name: '1 hr' }));
    expect(onDurationChange).toHaveBeenCalledWith(3_600_000);
    await user.click(screen.getByRole('tab', { name: '15 min' }));
    await user.click(screen.getByRole('button', { name: /^Saturday, October 11, 2025(,|$)/ }));
    expect(onDateSelect).toHaveBeenCalledWith('2025-10-11');
    await user.click(screen.getByRole('radio', { name: '2:15 AM' }));
    expect(onSlotSelect).toHaveBeenCalledWith({
      start: Date.parse('2025-10-10T20:45:00Z'),
      end: Date.parse('2025-10-10T21:00:00Z'),
      duration: 900_000,
      timezone: 'Asia/Kolkata',
    });
    // Going back and forth does not report ready again.
    await user.click(await screen.findByRole('button', { name: /change/i }));
    await findCalendar('October 2025');
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('calls the latest callback the host passed, without remounting', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender, user } = renderScheduler({ slug: 'menelson', onDurationChange: first });
    await findCalendar('October 2025');
    rerender(<MeetingScheduler slug="menelson" locale="en-US" timezone="America/New_York" onDurationChange={second} />);
    await user.click(screen.getByRole('tab', { name: '30 min' }));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith(1_800_000);
  });

  it('lets each of two widgets call only its own callbacks', async () => {
    const a = { onReady: vi.fn(), onSlotSelect: vi.fn(), onDurationChange: vi.fn() };
    const b = { onReady: vi.fn(), onSlotSelect: vi.fn(), onDurationChange: vi.fn() };
    const user = userEvent.setup();
    render(
      <>
        <div data-testid="a">
          <MeetingScheduler slug="menelson" locale="en-US" timezone="America/New_York" {...a} />
        </div>
        <div data-testid="b">
          <MeetingScheduler slug="menelson" locale="en-US" timezone="Asia/Kolkata" {...b} />
        </div>
      </>,
    );
    const widgetA = within(screen.getByTestId('a'));
    const widgetB = within(screen.getByTestId('b'));
    await widgetA.findByRole('grid', { name: 'October 2025' }, { timeout: 5000 });
    await widgetB.findByRole('grid', { name: 'October 2025' }, { timeout: 5000 });
    await waitFor(() => expect(a.onReady).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(b.onReady).toHaveBeenCalledTimes(1));

    await user.click(widgetB.getByRole('tab', { name: '30 min' }));
    await user.click(widgetA.getByRole('radio', { name: '4:45 PM' }));
    expect(a.onSlotSelect).toHaveBeenCalledTimes(1);
    expect(a.onSlotSelect.mock.calls[0]?.[0]).toMatchObject({ timezone: 'America/New_York' });
    expect(b.onSlotSelect).not.toHaveBeenCalled();
    expect(b.onDurationChange).toHaveBeenCalledWith(1_800_000);
    expect(a.onDurationChange).not.toHaveBeenCalled();
    // B is untouched by A's step change: still browsing, in its own zone.
    expect(widgetB.getByRole('radiogroup', { name: 'Monday, October 13, 2025' })).toBeInTheDocument();
    expect(widgetB.getByRole('radio', { name: '6:30 PM' })).toBeInTheDocument();
  });
});
