// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isValidTimeZone } from '../../../src/scheduling/isValidTimeZone';
import { listTimeZones } from '../../../src/scheduling/listTimeZones';
import { modernTimeZoneName } from '../../../src/scheduling/modernTimeZoneName';
import { resolveTimeZone } from '../../../src/scheduling/resolveTimeZone';
import { mockSystemTimeZone } from '../../helpers/systemTimeZone';

describe('listTimeZones', () => {
  it('lists every zone by its current IANA name, sorted, with UTC', () => {
    const zones = listTimeZones();
    expect(zones.length).toBeGreaterThan(300);
    expect(zones).toContain('UTC');
    expect(zones).toContain('America/New_York');
    expect(zones).toContain('Asia/Kolkata');
    expect(zones).toContain('Asia/Kathmandu');
    expect(zones).not.toContain('Asia/Calcutta');
    expect([...zones].sort()).toEqual(zones);
    expect(new Set(zones).size).toBe(zones.length);
    expect(zones.every(isValidTimeZone)).toBe(true);
  });

  it('falls back to a built-in list of valid zones where Intl cannot list them (Safari < 15.4)', async () => {
    vi.spyOn(Intl, 'supportedValuesOf').mockImplementation(() => {
      throw new TypeError('Intl.supportedValuesOf is not a function');
    });
    vi.resetModules();
    const { listTimeZones: freshList } = await import('../../../src/scheduling/listTimeZones');
    const fallback = freshList();
    vi.restoreAllMocks();
    expect(fallback.length).toBeGreaterThan(50);
    expect(fallback).toEqual(expect.arrayContaining(['UTC', 'America/New_York', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Kiritimati']));
    expect(fallback.filter((zone) => !isValidTimeZone(zone))).toEqual([]);
    expect([...fallback].sort()).toEqual(fallback);
  });

  it('returns a copy the caller may change', () => {
    listTimeZones().length = 0;
    expect(listTimeZones().length).toBeGreaterThan(300);
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and rejects anything else without throwing', () => {
    expect(isValidTimeZone('Pacific/Chatham')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(undefined)).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
  });

  it('refuses offset ids, which newer engines accept as zones and HubSpot does not', () => {
    // Chromium 156 takes '+05:45' as a zone; Node 20 does not, so here Intl is made to.
    const RealDateTimeFormat = Intl.DateTimeFormat;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locales, options) {
      return new RealDateTimeFormat(locales, { ...options, timeZone: 'UTC' });
    });
    expect(isValidTimeZone('+05:45')).toBe(false);
    expect(isValidTimeZone('-0930')).toBe(false);
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
  });
});

describe('modernTimeZoneName', () => {
  it('maps legacy ICU ids to current ones and leaves others alone', () => {
    expect(modernTimeZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(modernTimeZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(modernTimeZoneName('Etc/UTC')).toBe('UTC');
    expect(modernTimeZoneName('Europe/Paris')).toBe('Europe/Paris');
    expect(modernTimeZoneName('toString')).toBe('toString');
  });
});

describe('resolveTimeZone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps a valid preferred zone, by its current name', () => {
    expect(resolveTimeZone('Asia/Kathmandu')).toBe('Asia/Kathmandu');
    expect(resolveTimeZone('Asia/Calcutta')).toBe('Asia/Kolkata');
  });

  it('falls back to the browser’s zone, then to UTC', () => {
    mockSystemTimeZone('Australia/Adelaide');
    expect(resolveTimeZone('Not/AZone')).toBe('Australia/Adelaide');
    expect(resolveTimeZone()).toBe('Australia/Adelaide');
    vi.restoreAllMocks();
    mockSystemTimeZone(undefined);
    expect(resolveTimeZone('Not/AZone')).toBe('UTC');
  });

  it('shows UTC where the browser’s zone is only an offset, which the API would refuse', () => {
    // Chromium's Intl says '+00:00' on a system set to GMT; offset-only systems give others.
    for (const system of ['+00:00', '+05:00', '-0800', '+05:30']) {
      vi.restoreAllMocks();
      mockSystemTimeZone(system);
      expect(resolveTimeZone(), system).toBe('UTC');
    }
  });
});
