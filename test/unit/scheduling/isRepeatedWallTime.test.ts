// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatSlotTimeRange } from '../../../src/i18n/formatters/formatSlotTimeRange';
import { isRepeatedWallTime } from '../../../src/scheduling/isRepeatedWallTime';

const at = (iso: string) => Date.parse(iso);

describe('isRepeatedWallTime', () => {
  it('finds both 1:30 AMs of New York’s fall-back and neither neighbour', () => {
    expect(isRepeatedWallTime(at('2025-11-02T05:30:00Z'), 'America/New_York')).toBe(true); // 1:30 EDT
    expect(isRepeatedWallTime(at('2025-11-02T06:30:00Z'), 'America/New_York')).toBe(true); // 1:30 EST
    expect(isRepeatedWallTime(at('2025-11-02T04:30:00Z'), 'America/New_York')).toBe(false); // 0:30
    expect(isRepeatedWallTime(at('2025-11-02T07:00:00Z'), 'America/New_York')).toBe(false); // 2:00
  });

  it('finds London’s and leaves spring-forward, zones without DST and half-hour shifts alone', () => {
    expect(isRepeatedWallTime(at('2025-10-26T00:30:00Z'), 'Europe/London')).toBe(true);
    expect(isRepeatedWallTime(at('2025-10-26T01:30:00Z'), 'Europe/London')).toBe(true);
    expect(isRepeatedWallTime(at('2025-03-30T01:30:00Z'), 'Europe/London')).toBe(false);
    expect(isRepeatedWallTime(at('2025-11-02T06:30:00Z'), 'Asia/Tokyo')).toBe(false);
    // Lord Howe goes back 30 minutes: 1:45 happens twice there.
    expect(isRepeatedWallTime(at('2025-04-05T14:45:00Z'), 'Australia/Lord_Howe')).toBe(true);
  });
});

describe('formatSlotTimeRange', () => {
  const options = { timezone: 'America/New_York', locale: 'en-US', hourCycle: 'h12' as const };
  it('adds the short zone name to a repeated time only', () => {
    expect(formatSlotTimeRange(at('2025-11-02T06:30:00Z'), at('2025-11-02T07:00:00Z'), options)).toBe('1:30 – 2:00 AM EST');
    expect(formatSlotTimeRange(at('2025-11-02T07:00:00Z'), at('2025-11-02T07:30:00Z'), options)).toBe('2:00 – 2:30 AM');
  });
});
