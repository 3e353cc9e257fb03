import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemTimeZone } from '../../../src/embed/systemTimeZoneFromTemporal';
import { mockSystemTimeZone } from '../../helpers/systemTimeZone';

// Node 20 has no Temporal, so it is stubbed; Intl's answer is faked to tell the two apart.
describe('systemTimeZone of the script-tag builds', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('takes the zone from Temporal.Now where there is one, without asking Intl', () => {
    mockSystemTimeZone('Australia/Adelaide');
    vi.stubGlobal('Temporal', { Now: { timeZoneId: () => 'Asia/Calcutta' } });
    const formats = vi.spyOn(Intl, 'DateTimeFormat');
    expect(systemTimeZone()).toBe('Asia/Calcutta');
    expect(formats).not.toHaveBeenCalled();
  });

  it('asks Intl when Temporal is missing or gives an offset, nothing or an error', () => {
    mockSystemTimeZone('Australia/Adelaide');
    expect(systemTimeZone()).toBe('Australia/Adelaide');
    for (const answer of [
      () => '+05:30',
      () => undefined,
      () => {
        throw new RangeError('no zone');
      },
    ]) {
      vi.stubGlobal('Temporal', { Now: { timeZoneId: answer } });
      expect(systemTimeZone()).toBe('Australia/Adelaide');
    }
  });
});
