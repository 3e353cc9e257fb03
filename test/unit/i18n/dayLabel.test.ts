// @vitest-environment node
import { describe, expect, it } from 'vitest';
import ar from '../../../src/i18n/catalogs/ar';
import ja from '../../../src/i18n/catalogs/ja';
import pl from '../../../src/i18n/catalogs/pl';
import { defaultMessages } from '../../../src/i18n/Messages';

const context = (slotCount: number, extra: { selected?: boolean; available?: boolean; loading?: boolean } = {}) => ({
  available: slotCount > 0,
  today: false,
  loading: false,
  locale: 'en-US',
  selected: false,
  slotCount,
  ...extra,
});

describe('dayLabel', () => {
  it('names a day with its number of times, by plural rules, and "selected" last', () => {
    expect(defaultMessages.dayLabel('2025-10-10', context(3))).toBe('Friday, October 10, 2025, 3 times available');
    expect(defaultMessages.dayLabel('2025-10-10', context(1, { selected: true }))).toBe('Friday, October 10, 2025, 1 time available, selected');
    expect(defaultMessages.dayLabel('2025-10-11', context(0))).toBe('Saturday, October 11, 2025, no availability');
    // While the month loads nothing is known about the day.
    expect(defaultMessages.dayLabel('2025-10-11', context(0, { loading: true }))).toBe('Saturday, October 11, 2025');
  });

  it('uses each language’s forms and separator', () => {
    const plDay = (count: number) => pl.dayLabel('2025-10-10', { ...context(count), locale: 'pl' });
    expect([1, 2, 5, 22].map(plDay).map((label) => label.slice(label.lastIndexOf(', ') + 2))).toEqual([
      '1 wolny termin',
      '2 wolne terminy',
      '5 wolnych terminów',
      '22 wolne terminy',
    ]);
    expect(ar.dayLabel('2025-10-10', { ...context(2), locale: 'ar' })).toMatch(/، وقتان متاحان$/);
    expect(ja.dayLabel('2025-10-10', { ...context(3, { selected: true }), locale: 'ja' })).toMatch(/、空き時間 3 件、選択済み$/);
  });
});
