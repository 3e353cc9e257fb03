// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cachedDateTimeFormat } from '../../../src/scheduling/cachedDateTimeFormat';

describe('cachedDateTimeFormat', () => {
  it('hands out one formatter per locale and options', () => {
    const a = cachedDateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: 'numeric' });
    expect(cachedDateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: 'numeric' })).toBe(a);
    expect(cachedDateTimeFormat('de-DE', { timeZone: 'Europe/Paris', hour: 'numeric' })).not.toBe(a);
  });

  it('falls back to en-US for a malformed locale', () => {
    const format = cachedDateTimeFormat('no such locale!', { timeZone: 'UTC', month: 'long' });
    expect(format.format(Date.UTC(2025, 9, 13))).toBe('October');
  });

  it('still rejects an invalid zone', () => {
    expect(() => cachedDateTimeFormat('en-US', { timeZone: 'Not/AZone' })).toThrow(RangeError);
    expect(() => cachedDateTimeFormat('xx!!', { timeZone: 'Not/AZone' })).toThrow(RangeError);
  });
});
