import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TimeZonePicker } from '../../../src/components/TimeZonePicker';
import { defaultMessages } from '../../../src/i18n/Messages';
import { useFixedClock } from '../../helpers/fixedClock';
import { mockSystemTimeZone } from '../../helpers/systemTimeZone';

useFixedClock('2025-10-09T12:00:00Z');

function Harness({ onChange }: { onChange: (zone: string) => void }) {
  const [zone, setZone] = useState('America/New_York');
  return (
    <TimeZonePicker
      value={zone}
      locale="en-US"
      messages={defaultMessages}
      onChange={(next) => {
        setZone(next);
        onChange(next);
      }}
    />
  );
}

function setup() {
  const onChange = vi.fn();
  const user = userEvent.setup();
  render(<Harness onChange={onChange} />);
  return { user, onChange, input: screen.getByRole('combobox', { name: 'Time zone' }) };
}

describe('TimeZonePicker', () => {
  it('shows the current zone by its friendly name, with the time there now, while closed', () => {
    const { input } = setup();
    expect(input).toHaveValue('Eastern Time (8:00 AM)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens on ArrowDown at the current zone and moves with the arrows, keeping focus in the box', async () => {
    const { user, input, onChange } = setup();
    await user.tab();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    const current = screen.getByRole('option', { name: 'Eastern Time - New York (GMT-04:00)' });
    expect(input).toHaveAttribute('aria-activedescendant', current.id);
    await user.keyboard('{ArrowDown}');
    const next = screen.getByRole('option', { selected: true });
    expect(next).not.toBe(current);
    expect(input).toHaveAttribute('aria-activedescendant', next.id);
    expect(input).toHaveFocus();
    // The box then names the chosen zone as the option does, without its city and offset.
    const name = (next.textContent ?? '').replace(/ - .*$| \(GMT.*$/, '');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect((input as HTMLInputElement).value.startsWith(`${name} (`)).toBe(true);
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('announces the number of zones on opening and the highlighted option after each arrow', async () => {
    const { user } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    // The list opens with its count: aria-activedescendant changes alone are not read reliably.
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ time zones$/);
    await user.keyboard('{ArrowDown}');
    const active = screen.getByRole('option', { selected: true });
    expect(screen.getByRole('status')).toHaveTextContent(active.textContent ?? 'none');
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('status')).toHaveTextContent('Eastern Time - New York (GMT-04:00)');
  });

  it('filters by what is typed, announces the count, and Enter takes the first match', async () => {
    const { user, input, onChange } = setup();
    await user.clear(input);
    await user.type(input, 'kathmandu');
    const listbox = screen.getByRole('listbox', { name: 'Time zone' });
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual(['Nepal Time - Kathmandu (GMT+05:45)']);
    expect(screen.getByRole('status')).toHaveTextContent('1 time zone');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('Asia/Kathmandu');
    expect(input).toHaveValue('Nepal Time (5:45 PM)');
  });

  it('finds zones by offset', async () => {
    const { user, input } = setup();
    await user.clear(input);
    await user.type(input, '+5:30');
    // The full search loads when the list first opens; offsets match once it is in.
    expect(await screen.findByRole('option', { name: 'India Standard Time - Kolkata (GMT+05:30)' })).toBeInTheDocument();
  });

  it('says when nothing matches, and Escape restores the current zone', async () => {
    const { user, input, onChange } = setup();
    await user.clear(input);
    await user.type(input, 'atlantis');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('No matching time zone');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('Eastern Time (8:00 AM)');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('picks an option with the mouse', async () => {
    const { user, input, onChange } = setup();
    await user.clear(input);
    await user.type(input, 'tokyo');
    await user.click(screen.getByRole('option', { name: 'Japan Standard Time - Tokyo (GMT+09:00)' }));
    expect(onChange).toHaveBeenCalledWith('Asia/Tokyo');
  });

  it('closes without a change when focus leaves', async () => {
    const { user, input, onChange } = setup();
    await user.clear(input);
    await user.type(input, 'tokyo');
    await user.tab();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('Eastern Time (8:00 AM)');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('opens on a click, with the current zone first and the time in each zone', async () => {
    const { user, input } = setup();
    await user.click(input);
    const options = within(screen.getByRole('listbox', { name: 'Time zone' })).getAllByRole('option');
    expect(options[0]).toHaveTextContent('Eastern Time - New York (GMT-04:00)');
    expect(options[0]).toHaveAttribute('data-group', 'Suggested');
    expect(options[0]).toHaveAttribute('data-time', '8:00 AM');
  });

  it("suggests the system's zone once, by its current name, when the system reports an old one", async () => {
    // Some systems still report Asia/Calcutta; the list (and the widget's zone) say Asia/Kolkata.
    mockSystemTimeZone('Asia/Calcutta');
    const user = userEvent.setup();
    render(<TimeZonePicker value="Asia/Kolkata" locale="en-US" messages={defaultMessages} onChange={() => {}} />);
    await user.click(screen.getByRole('combobox', { name: 'Time zone' }));
    const options = within(screen.getByRole('listbox', { name: 'Time zone' })).getAllByRole('option');
    expect(options[0]).toHaveTextContent('India Standard Time - Kolkata (GMT+05:30)');
    expect(options[1]).toHaveAttribute('data-group', 'Africa');
    expect(options.filter((option) => /Kolkata|Calcutta/.test(option.textContent ?? ''))).toHaveLength(1);
  });
});
