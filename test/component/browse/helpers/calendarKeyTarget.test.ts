// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addMonthsToDateKey, calendarKeyTarget } from '../../../../src/components/helpers/calendarKeyTarget';

const ltrSunday = { weekStartsOn: 0 as const, rtl: false };
const ltrMonday = { weekStartsOn: 1 as const, rtl: false };

describe('calendarKeyTarget', () => {
  it('moves by day and week across month ends', () => {
    expect(calendarKeyTarget('ArrowRight', '2025-10-31', ltrSunday)).toBe('2025-11-01');
    expect(calendarKeyTarget('ArrowLeft', '2025-10-01', ltrSunday)).toBe('2025-09-30');
    expect(calendarKeyTarget('ArrowDown', '2025-10-28', ltrSunday)).toBe('2025-11-04');
    expect(calendarKeyTarget('ArrowUp', '2025-10-02', ltrSunday)).toBe('2025-09-25');
  });

  it('mirrors left and right in right-to-left text', () => {
    expect(calendarKeyTarget('ArrowLeft', '2025-10-13', { weekStartsOn: 6, rtl: true })).toBe('2025-10-14');
    expect(calendarKeyTarget('ArrowRight', '2025-10-13', { weekStartsOn: 6, rtl: true })).toBe('2025-10-12');
  });

  it('goes to the start and end of the locale week', () => {
    // October 15, 2025 is a Wednesday.
    expect(calendarKeyTarget('Home', '2025-10-15', ltrSunday)).toBe('2025-10-12');
    expect(calendarKeyTarget('End', '2025-10-15', ltrSunday)).toBe('2025-10-18');
    expect(calendarKeyTarget('Home', '2025-10-15', ltrMonday)).toBe('2025-10-13');
    expect(calendarKeyTarget('End', '2025-10-15', ltrMonday)).toBe('2025-10-19');
    expect(calendarKeyTarget('Home', '2025-10-12', ltrMonday)).toBe('2025-10-06');
  });

  it('pages by month, and by year with Shift', () => {
    expect(calendarKeyTarget('PageDown', '2025-10-13', ltrSunday)).toBe('2025-11-13');
    expect(calendarKeyTarget('PageUp', '2025-10-13', ltrSunday)).toBe('2025-09-13');
    expect(calendarKeyTarget('PageDown', '2025-10-13', ltrSunday, true)).toBe('2026-10-13');
  });

  it('ignores other keys', () => {
    expect(calendarKeyTarget('a', '2025-10-13', ltrSunday)).toBeUndefined();
    expect(calendarKeyTarget('Enter', '2025-10-13', ltrSunday)).toBeUndefined();
  });
});

describe('addMonthsToDateKey', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonthsToDateKey('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsToDateKey('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsToDateKey('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonthsToDateKey('2025-12-15', 1)).toBe('2026-01-15');
  });
});
