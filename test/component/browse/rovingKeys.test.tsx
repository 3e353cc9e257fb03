import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DurationTabs } from '../../../src/components/DurationTabs';
import { SlotList } from '../../../src/components/SlotList';
import { defaultMessages } from '../../../src/i18n/Messages';

const HOUR = 3_600_000;

function Tabs({ dir = 'ltr' as const }: { dir?: 'ltr' | 'rtl' }) {
  const [selected, setSelected] = useState(900_000);
  return (
    <DurationTabs durations={[900_000, 1_800_000, HOUR]} selected={selected} onSelect={setSelected} messages={defaultMessages} dir={dir}>
      <p>panel</p>
    </DurationTabs>
  );
}

describe('DurationTabs', () => {
  it('selects as the arrows move, wraps around, and jumps with Home and End', async () => {
    const user = userEvent.setup();
    render(<Tabs />);
    screen.getByRole('tab', { name: '15 min' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: '1 hr' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: '1 hr' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: '15 min' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: '1 hr' })).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('1 hr');
    // One tab in the tab order.
    expect(screen.getAllByRole('tab').filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
  });

  it('mirrors the arrows right to left', async () => {
    const user = userEvent.setup();
    render(<Tabs dir="rtl" />);
    screen.getByRole('tab', { name: '15 min' }).focus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: '30 min' })).toHaveFocus();
  });

  it('writes a single duration out instead of a tab list of one', () => {
    render(
      <DurationTabs durations={[HOUR]} selected={HOUR} onSelect={() => {}} messages={defaultMessages} dir="ltr">
        <p>panel</p>
      </DurationTabs>,
    );
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
    expect(screen.getByText('Duration: 1 hr')).toBeInTheDocument();
  });
});

describe('SlotList', () => {
  const start = Date.parse('2025-10-13T13:00:00Z');
  const slots = [0, 1, 2, 3].map((i) => ({ start: start + i * 900_000, end: start + i * 900_000 + 1_800_000 }));

  it('moves focus with arrows, Home and End without choosing; Space chooses', async () => {
    const onChoose = vi.fn();
    const user = userEvent.setup();
    render(
      <SlotList date="2025-10-13" slots={slots} timezone="America/New_York" locale="en-US" hourCycle="h12" dir="ltr" onChoose={onChoose} messages={defaultMessages} />,
    );
    expect(screen.getByRole('radiogroup', { name: 'Monday, October 13, 2025' })).toBeInTheDocument();
    screen.getByRole('radio', { name: '9:00 AM' }).focus();
    await user.keyboard('{End}');
    expect(screen.getByRole('radio', { name: '9:45 AM' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: '9:00 AM' })).toHaveFocus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('radio', { name: '9:30 AM' })).toHaveFocus();
    expect(onChoose).not.toHaveBeenCalled();
    await user.keyboard(' ');
    expect(onChoose).toHaveBeenCalledWith(slots[2]);
    expect(screen.getAllByRole('radio').filter((radio) => radio.tabIndex === 0)).toEqual([screen.getByRole('radio', { name: '9:30 AM' })]);
  });

  it('checks the time chosen before', () => {
    render(
      <SlotList date="2025-10-13" slots={slots} timezone="America/New_York" locale="en-US" hourCycle="h23" dir="ltr" chosenStart={slots[1]!.start} onChoose={() => {}} messages={defaultMessages} />,
    );
    expect(screen.getByRole('radio', { name: '09:15' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '09:15' })).toHaveAttribute('tabindex', '0');
  });
});
