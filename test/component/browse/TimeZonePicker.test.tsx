import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TimeZonePicker } from '../../../src/components/TimeZonePicker';
import { defaultMessages } from '../../../src/i18n/Messages';
import { useFixedClock } from '../../helpers/fixedClock';

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
  it('shows the current zone and its offset while closed', () => {
    const { input } = setup();
    expect(input).toHaveValue('America/New York (GMT-04:00)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('opens on ArrowDown at the current zone and moves with the arrows, keeping focus in the box', async () => {
    const { user, input, onChange } = setup();
    await user.click(input);
    await user.keyboard('{ArrowDown}');
    const current = screen.getByRole('option', { name: 'America/New York (GMT-04:00)' });
    expect(input).toHaveAttribute('aria-activedescendant', current.id);
    await user.keyboard('{ArrowDown}');
    const next = screen.getByRole('option', { selected: true });
    expect(next).not.toBe(current);
    expect(input).toHaveAttribute('aria-activedescendant', next.id);
    expect(input).toHaveFocus();
    const label = next.textContent;
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(input).toHaveValue(label);
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('filters by what is typed, announces the count, and Enter takes the first match', async () => {
    const { user, input, onChange } = setup();
    await user.clear(input);
    await user.type(input, 'kathmandu');
    const listbox = screen.getByRole('listbox', { name: 'Time zone' });
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual(['Asia/Kathmandu (GMT+05:45)']);
    expect(screen.getByRole('status')).toHaveTextContent('1 time zone');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('Asia/Kathmandu');
    expect(input).toHaveValue('Asia/Kathmandu (GMT+05:45)');
  });

  it('finds zones by offset', async () => {
    const { user, input } = setup();
    await user.clear(input);
    await user.type(input, '+5:30');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toContain('Asia/Kolkata (GMT+05:30)');
  });

  it('says when nothing matches, and Escape restores the current zone', async () => {
    const { user, input, onChange } = setup();
    await user.clear(input);
    await user.type(input, 'atlantis');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('No matching time zone');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('America/New York (GMT-04:00)');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('picks an option with the mouse', async () => {
    const { user, input, onChange } = setup();
    await user.clear(input);
    await user.type(input, 'tokyo');
    await user.click(screen.getByRole('option', { name: 'Asia/Tokyo (GMT+09:00)' }));
    expect(onChange).toHaveBeenCalledWith('Asia/Tokyo');
  });

  it('closes without a change when focus leaves', async () => {
    const { user, input, onChange } = setup();
    await user.clear(input);
    await user.type(input, 'tokyo');
    await user.tab();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('America/New York (GMT-04:00)');
    expect(onChange).not.toHaveBeenCalled();
  });
});
