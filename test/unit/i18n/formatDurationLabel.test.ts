// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDurationLabel } from '../../../src/i18n/formatters/formatDurationLabel';

const MIN = 60_000;

describe('formatDurationLabel', () => {
  it.each([
    [15, '15 min'],
    [30, '30 min'],
    [45, '45 min'],
    [60, '1 hr'],
    [90, '1 hr 30 min'],
    [120, '2 hr'],
    [135, '2 hr 15 min'],
    [0, '0 min'],
  ])('%i minutes reads "%s"', (minutes, label) => {
    expect(formatDurationLabel(minutes * MIN)).toBe(label);
  });

  it('rounds to whole minutes', () => {
    expect(formatDurationLabel(15 * MIN + 20_000)).toBe('15 min');
    expect(formatDurationLabel(60 * MIN - 10_000)).toBe('1 hr');
  });

  it('gives an empty label for values that are not lengths', () => {
    expect(formatDurationLabel(-MIN)).toBe('');
    expect(formatDurationLabel(Number.NaN)).toBe('');
    expect(formatDurationLabel(Number.POSITIVE_INFINITY)).toBe('');
  });
});
