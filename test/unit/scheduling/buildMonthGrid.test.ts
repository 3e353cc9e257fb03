// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildMonthGrid } from '../../../src/scheduling/buildMonthGrid';
import { weekdayOfKey } from '../../../src/scheduling/weekdayOfKey';

const dates = (grid: ReturnType<typeof buildMonthGrid>): string[][] => grid.map((week) => week.map((d) => d.date));

describe('buildMonthGrid', () => {
  it('lays out October 2025 from Sunday with September and November padding', () => {
    const grid = buildMonthGrid('2025-10', 0);
    expect(grid).toHaveLength(5);
    expect(grid[0]?.slice(0, 4)).toEqual([
      { date: '2025-09-28', inMonth: false },
      { date: '2025-09-29', inMonth: false },
      { date: '2025-09-30', inMonth: false },
      { date: '2025-10-01', inMonth: true },
    ]);
    expect(grid[4]?.at(-1)).toEqual({ date: '2025-11-01', inMonth: false });
  });

  it('starts weeks on Monday when asked', () => {
    const grid = buildMonthGrid('2025-10', 1);
    expect(dates(grid)[0]).toEqual(['2025-09-29', '2025-09-30', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05']);
    expect(dates(grid).at(-1)?.at(-1)).toBe('2025-11-02');
  });

  it.each([0, 1, 2, 3, 4, 5, 6] as const)('gives whole weeks starting on weekday %i, each day once', (weekStartsOn) => {
    for (const month of ['2024-02', '2025-02', '2025-03', '2025-06', '2025-11', '2026-02']) {
      const grid = buildMonthGrid(month, weekStartsOn);
      const flat = grid.flat();
      for (const week of grid) {
        expect(week).toHaveLength(7);
        expect(weekdayOfKey(week[0]?.date ?? '')).toBe(weekStartsOn);
      }
      const inMonth = flat.filter((d) => d.inMonth).map((d) => d.date);
      expect(inMonth.every((d) => d.startsWith(month))).toBe(true);
      expect(new Set(flat.map((d) => d.date)).size).toBe(flat.length);
      expect(flat.filter((d) => !d.inMonth).every((d) => !d.date.startsWith(month))).toBe(true);
      expect(grid.length).toBeGreaterThanOrEqual(4);
      expect(grid.length).toBeLessThanOrEqual(6);
    }
  });

  it('fits February 2026 from Sunday in exactly four weeks', () => {
    const grid = buildMonthGrid('2026-02', 0);
    expect(grid).toHaveLength(4);
    expect(grid.flat().every((d) => d.inMonth)).toBe(true);
    expect(buildMonthGrid('2024-02', 0).flat().filter((d) => d.inMonth)).toHaveLength(29);
  });

  it('always returns six weeks with fixedWeeks', () => {
    const grid = buildMonthGrid('2026-02', 0, { fixedWeeks: true });
    expect(grid).toHaveLength(6);
    expect(grid[5]?.at(-1)).toEqual({ date: '2026-03-14', inMonth: false });
  });

  it('gives a six-week month (Aug 2025 from Sunday) six rows', () => {
    expect(buildMonthGrid('2025-08', 0)).toHaveLength(6);
  });
});
