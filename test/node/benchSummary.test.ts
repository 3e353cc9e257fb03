// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatGoals, goalMet } from '../../scripts/bench/goals';
import { interleave } from '../../scripts/bench/interleave';
import { formatTimingTable, ratioOf } from '../../scripts/bench/formatTimingTable';
import { parseBenchArgs } from '../../scripts/bench/parseBenchArgs';
import { summarizeTimes } from '../../scripts/bench/summarizeTimes';

describe('summarizeTimes', () => {
  it('takes the middle run as median, or the mean of the two middle runs', () => {
    expect(summarizeTimes('odd', [30, 10, 20]).medianMs).toBe(20);
    expect(summarizeTimes('even', [40, 10, 30, 20]).medianMs).toBe(25);
  });

  it('reports p25 and p75 between ranks, and the range, so one slow run moves only the max', () => {
    const times = [...Array.from({ length: 8 }, (_, i) => 100 + i), 900];
    expect(summarizeTimes('tail', times)).toEqual({ name: 'tail', runs: 9, medianMs: 104, p25Ms: 102, p75Ms: 106, minMs: 100, maxMs: 900 });
  });

  it('leaves the input in its order and refuses an empty list', () => {
    const times = [3, 1, 2];
    summarizeTimes('kept', times);
    expect(times).toEqual([3, 1, 2]);
    expect(() => summarizeTimes('none', [])).toThrow('none: no timings');
  });
});

describe('interleave', () => {
  it('runs every case once per round, starting one case later each round, warm-ups left out', async () => {
    const calls: string[] = [];
    const make = (name: string, ms: number) => () => {
      calls.push(name);
      return ms;
    };
    const times = await interleave([make('a', 1), make('b', 2), make('c', 3)], 2, 1);
    expect(calls).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect(times).toEqual([[1, 1], [2, 2], [3, 3]]);
  });
});

describe('ratios and goals', () => {
  it('reports each case as the ratio of its median to the baseline’s', () => {
    const baseline = summarizeTimes('base', [10, 10, 10]);
    const row = { summary: summarizeTimes('case', [25, 20, 30]), baseline };
    expect(ratioOf(row)).toBe(2.5);
    const lines = formatTimingTable([{ summary: baseline }, row]);
    expect(lines[2]).toMatch(/base .* baseline$/);
    expect(lines[3]).toMatch(/case\s+25\.0\s+22\.5–27\.5\s+20\.0–30\.0\s+3\s+2\.50x$/);
  });

  it('meets a max or min bound inclusively and marks a missed figure', () => {
    expect(goalMet({ name: 'a', value: 2, unit: 'x', bound: { max: 2 } })).toBe(true);
    expect(goalMet({ name: 'b', value: 9.9, unit: 'x', bound: { min: 10 } })).toBe(false);
    const lines = formatGoals([{ name: 'click', value: 8.5, unit: 'ms', bound: { max: 8 } }]);
    expect(lines[2]).toMatch(/click\s+8\.50 ms\s+≤ 8\.00 ms\s+MISSED$/);
  });
});

describe('parseBenchArgs', () => {
  const all = ['cold', 'warm', 'click'];
  it('runs both parts by default, one alone with --pure-only or --browser-only, not both', () => {
    expect(parseBenchArgs([])).toEqual({ pure: true, browser: true, browserCases: all });
    expect(parseBenchArgs(['--pure-only'])).toEqual({ pure: true, browser: false, browserCases: all });
    expect(parseBenchArgs(['--browser-only'])).toEqual({ pure: false, browser: true, browserCases: all });
    expect(() => parseBenchArgs(['--pure-only', '--browser-only'])).toThrow('excludes the browser flags');
    expect(() => parseBenchArgs(['--browser'])).toThrow('Unknown argument --browser');
  });

  it('runs only the named browser sections, in the bench order, with --browser-cases', () => {
    expect(parseBenchArgs(['--browser-cases=warm,cold'])).toEqual({ pure: false, browser: true, browserCases: ['cold', 'warm'] });
    expect(() => parseBenchArgs(['--browser-cases=warm,hot'])).toThrow('Unknown browser case hot');
    expect(() => parseBenchArgs(['--browser-cases='])).toThrow('Unknown browser case (none)');
    expect(() => parseBenchArgs(['--pure-only', '--browser-cases=warm'])).toThrow('excludes the browser flags');
  });
});
