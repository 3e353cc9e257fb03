import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TimeZonePicker } from '../../../src/components/TimeZonePicker';
import { defaultMessages } from '../../../src/i18n/Messages';
import { useFixedClock } from '../../helpers/fixedClock';

// The full search is a chunk of its own, loaded when the list opens: here it never arrives.
const importZoneSearch = vi.hoisted(() => vi.fn(() => Promise.reject(new Error('chunk failed'))));
vi.mock('../../../src/scheduling/importZoneSearch', () => ({ importZoneSearch }));

useFixedClock('2025-10-09T12:00:00Z');

describe('TimeZonePicker when its search cannot load', () => {
  it('still filters by city and picks a zone, and tries again on the next opening', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<TimeZonePicker value="America/New_York" locale="en-US" messages={defaultMessages} onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(input);
    await user.type(input, 'sao paulo');
    const listbox = screen.getByRole('listbox', { name: 'Time zone' });
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual(['Brasilia Standard Time - Sao Paulo (GMT-03:00)']);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('America/Sao_Paulo');
    await user.type(input, 'tokyo');
    expect(screen.getByRole('option', { name: 'Japan Standard Time - Tokyo (GMT+09:00)' })).toBeInTheDocument();
    expect(importZoneSearch).toHaveBeenCalledTimes(2);
  });
});
