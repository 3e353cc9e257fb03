// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getWeekStartsOn } from '../../../src/scheduling/getWeekStartsOn';

describe('getWeekStartsOn', () => {
  it('starts the week on Sunday in en-US and Monday in en-GB and de-DE', () => {
    expect(getWeekStartsOn('en-US')).toBe(0);
    expect(getWeekStartsOn('en-GB')).toBe(1);
    expect(getWeekStartsOn('de-DE')).toBe(1);
  });

  it('starts on Saturday in Egyptian Arabic', () => {
    expect(getWeekStartsOn('ar-EG')).toBe(6);
  });

  it('falls back to Monday for a malformed locale', () => {
    expect(getWeekStartsOn('not a locale!')).toBe(1);
  });

  describe('without Intl week info (Firefox)', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });

    function hideWeekInfo(): void {
      const proto = Intl.Locale.prototype as Intl.Locale & { getWeekInfo?: unknown; weekInfo?: unknown };
      if ('getWeekInfo' in proto) vi.spyOn(proto as { getWeekInfo: () => unknown }, 'getWeekInfo').mockReturnValue(undefined);
      if ('weekInfo' in proto) vi.spyOn(proto as { weekInfo: unknown }, 'weekInfo', 'get').mockReturnValue(undefined);
    }

    it.each([
      ['en-US', 0],
      ['en', 0], // likely region US
      ['en-GB', 1],
      ['de-DE', 1],
      ['fr', 1],
      ['ja-JP', 0],
      ['ar-EG', 6],
      ['ar', 6], // likely region EG
      ['dv-MV', 5],
      ['pt-BR', 0],
    ])('uses CLDR data: %s → %i', (locale, expected) => {
      hideWeekInfo();
      expect(getWeekStartsOn(locale)).toBe(expected);
    });
  });
});
