import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../src/mock/scenarios';
import type { ScenarioId } from '../../../src/mock/ScenarioId';
import { useFakeBackend } from '../../helpers/fakeBackend';
import { renderScheduler } from './renderScheduler';
import { useFixedClock } from '../../helpers/fixedClock';

const fake = useFakeBackend();
const NOW = Date.parse('2025-10-09T12:00:00Z');

useFixedClock(new Date(NOW).toISOString());

interface WireSlots {
  linkAvailability?: { hasMore?: boolean; linkAvailabilityByDuration?: Record<string, { availabilities?: { startMillisUtc: number }[] }> };
  customParams?: { durations?: number[] };
}

/**
 * What the calendar must open on, worked out from the fake's own wire answers, independently of
 * the widget: the first page with a future slot, its first listed duration with one, and that
 * slot's local date and time from Intl.
 */
function expectedOpening(slug: ScenarioId, timeZone: string) {
  const info = fake.scheduler.getBookingInfo(slug, { timezone: timeZone }).body as WireSlots;
  const durations = info.customParams?.durations ?? [];
  let page: WireSlots = info;
  for (let offset = 0; offset < 12; offset += 1) {
    if (offset > 0) page = fake.scheduler.getAvailabilityPage(slug, { timezone: timeZone, monthOffset: offset }).body as WireSlots;
    const byDuration = page.linkAvailability?.linkAvailabilityByDuration ?? {};
    for (const duration of durations) {
      const starts = (byDuration[String(duration)]?.availabilities ?? []).map((slot) => slot.startMillisUtc).filter((start) => start > NOW);
      if (starts.length > 0) {
        const first = Math.min(...starts);
        const text = (options: Intl.DateTimeFormatOptions) =>
          new Intl.DateTimeFormat('en-US', { timeZone, ...options }).format(first).replace(/\s/g, ' ');
        return {
          duration,
          month: text({ month: 'long', year: 'numeric' }),
          date: text({ weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }),
          time: text({ hour: 'numeric', minute: '2-digit' }),
        };
      }
    }
    if (!page.linkAvailability?.hasMore) return undefined;
  }
  return undefined;
}

const ids = Object.keys(scenarios) as ScenarioId[];

describe.each(['America/New_York', 'Asia/Kolkata'])('every scenario in %s', (timeZone) => {
  it.each(ids)('%s opens on its first free time', async (slug) => {
    const expected = expectedOpening(slug, timeZone);
    renderScheduler({ slug, timezone: timeZone });
    if (!expected) {
      expect(await screen.findByRole('heading', { name: 'No times available' }, { timeout: 5000 })).toBeInTheDocument();
      return;
    }
    const grid = await screen.findByRole('grid', { name: expected.month }, { timeout: 5000 });
    // The opening day is selected and has times: its name says both after the date.
    const dayName = new RegExp(`^${expected.date}, \\d+ times? available, selected$`);
    expect(within(grid).getByRole('button', { name: dayName })).not.toHaveAttribute('aria-disabled');
    const group = screen.getByRole('radiogroup', { name: expected.date });
    expect(within(group).getAllByRole('radio')[0]).toHaveTextContent(expected.time);
    const minutes = expected.duration / 60_000;
    const label = minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} hr${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
    if (screen.queryAllByRole('tab').length > 0) {
      expect(screen.getByRole('tab', { name: label })).toHaveAttribute('aria-selected', 'true');
    } else {
      expect(screen.getByText(`Duration: ${label}`)).toBeInTheDocument();
    }
  });
});
