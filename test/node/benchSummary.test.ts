// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { summarizeTimes } from '../../scripts/bench/browser/summarizeTimes';
import { parseBenchArgs } from '../../scripts/bench/parseBenchArgs';

describe('summarizeTimes', () => {
  it('takes the middle run as median, or the mean of the two middle runs', () => {
    expect(summarizeTimes('odd', [30, 10, 20]).medianMs).toBe(20);
    expect(summarizeTimes('even', [40, 10, 30, 20]).medianMs).toBe(25);
  });

  it('reports p95 by nearest rank, so one slow run in 15 is the p95 and the max', () => {
    const times = [...Array.from({ length: 14 }, (_, i) => 100 + i), 900];
    expect(summarizeTimes('tail', times)).toEqual({ name: 'tail', runs: 15, medianMs: 107, p95Ms: 900, minMs: 100, maxMs: 900 });
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(summarizeTimes('twenty', twenty).p95Ms).toBe(19);
  });

  it('leaves the input in its order and refuses an empty list', () => {
    const times = [3, 1, 2];
    summarizeTimes('kept', times);
    expect(times).toEqual([3, 1, 2]);
    expect(() => summarizeTimes('none', [])).toThrow('none: no timings');
  });
});

describe('parseBenchArgs', () => {
  it('runs both parts by default and takes the other words as the filter', () => {
    expect(parseBenchArgs(['groupSlots', 'New'])).toEqual({ pure: true, browser: true, filter: 'groupslots new' });
  });

  it('runs one part alone with --pure-only or --browser-only, not both', () => {
    expect(parseBenchArgs(['--pure-only'])).toMatchObject({ pure: true, browser: false });
    expect(parseBenchArgs(['--browser-only', 'embed'])).toEqual({ pure: false, browser: true, filter: 'embed' });
    expect(() => parseBenchArgs(['--pure-only', '--browser-only'])).toThrow('exclude each other');
    expect(() => parseBenchArgs(['--browser'])).toThrow('Unknown option --browser');
  });
});
