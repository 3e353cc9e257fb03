// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { selectMonthDays } from '../../../src/hooks/helpers/selectMonthDays';
import { MIN15, page } from './fakeClient';

const at = (iso: string) => Date.parse(iso);
const now = at('2025-10-09T12:00:00Z');

describe('selectMonthDays', () => {
  const fixture = page([at('2025-10-09T11:00:00Z'), at('2025-10-10T20:45:00Z'), at('2025-10-13T13:00:00Z'), at('2025-11-03T14:00:00Z')], false);

  it('groups the month by local day and leaves out past slots', () => {
    const { days, hasLaterSlots } = selectMonthDays(fixture, MIN15, '2025-10', 'America/New_York', now);
    expect(days.map((day) => day.date)).toEqual(['2025-10-10', '2025-10-13']);
    expect(hasLaterSlots).toBe(true);
  });

  it('moves the 20:45 UTC slot to the next day in Kolkata', () => {
    const { days } = selectMonthDays(fixture, MIN15, '2025-10', 'Asia/Kolkata', now);
    expect(days.map((day) => day.date)).toEqual(['2025-10-11', '2025-10-13']);
  });

  it('gives nothing for a duration the page does not have, or no page', () => {
    expect(selectMonthDays(fixture, 1_800_000, '2025-10', 'UTC', now).days).toEqual([]);
    expect(selectMonthDays(undefined, MIN15, '2025-10', 'UTC', now)).toEqual({ days: [], hasLaterSlots: false });
  });

  it('sees no later slots in the last month', () => {
    expect(selectMonthDays(fixture, MIN15, '2025-11', 'UTC', now)).toMatchObject({ hasLaterSlots: false });
  });
});
